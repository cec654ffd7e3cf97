"""Field-team assistance cases (Opération Marhaba teams at ports and rest areas).

Plain rules, no I/O: what a case holds, what is a valid one, and how a search
matches it.  Names, plates and stories are personal data: the ``repr`` of a
:class:`FieldCase` shows its id, type and version only, and error messages name the
field, never its value.  See docs/FIELD.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from kiosk.domain.search import normalise
from kiosk.errors import InputError

#: The kinds of assistance (the ``field_cases`` table's CHECK has the same list).
CASE_TYPES: tuple[str, ...] = (
    "medical", "administrative", "customs", "social", "legal", "transport")

MAX_NAME = 200
MAX_LANG = 10
MAX_PLATE = 20
MAX_TEXT = 4000
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
# loose: letters of any script, digits, spaces, dashes, dots and the Arabic letters
# of Moroccan plates (12345-أ-6); at least one letter or digit
_PLATE_RE = re.compile(r"[\w .\-|/]+", re.UNICODE)

#: The fields a person may change after recording (``kiosk field edit``).
EDITABLE: tuple[str, ...] = (
    "case_type", "person_name", "country", "lang", "vehicle_plate", "what_happened",
    "action_taken", "referral", "follow_up")


class FieldCaseInvalid(InputError):
    """A case that breaks the rules; the message names the field, never its value.

    ``field_name``: the case field at fault (None: the case as a whole); ``problem``:
    ``required``, ``too_long``, ``format`` or ``other``, for a screen to word it."""

    def __init__(self, message: str, field_name: str | None = None,
                 problem: str = "other") -> None:
        super().__init__(message)
        self.field_name = field_name
        self.problem = problem


@dataclass(frozen=True)
class FieldCase:
    """One assistance case.  ``repr`` leaves out every personal field."""

    id: str
    site_code: str
    staff_id: str | None
    case_type: str
    person_name: str = field(repr=False)
    country: str | None = field(repr=False)
    lang: str | None = field(repr=False)
    vehicle_plate: str | None = field(repr=False)
    what_happened: str = field(repr=False)
    action_taken: str | None = field(repr=False, default=None)
    referral: str | None = field(repr=False, default=None)
    follow_up: str | None = field(repr=False, default=None)
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def to_payload(self) -> dict[str, Any]:
        """The whole case as JSON-ready values (an outbox event's ``case``)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, datetime) else value
        return out


def _text(value: Any, name: str, limit: int, *, required: bool) -> str | None:
    if value is None:
        if required:
            raise FieldCaseInvalid(f"{name}: required", name, "required")
        return None
    if not isinstance(value, str):
        raise FieldCaseInvalid(f"{name}: not text", name, "format")
    text = " ".join(value.split()) if name in ("person_name", "vehicle_plate") else value.strip()
    if not text:
        if required:
            raise FieldCaseInvalid(f"{name}: required", name, "required")
        return None
    if len(text) > limit:
        raise FieldCaseInvalid(f"{name}: longer than {limit} characters", name,
                               "too_long")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise FieldCaseInvalid(f"{name}: control characters", name, "format")
    return text


def normalise_plate(value: str) -> str:
    """A plate as compared: upper case, no spaces, dots or dashes."""
    return re.sub(r"[\s.\-|/]", "", value).upper()


def check_case(case: FieldCase) -> FieldCase:
    """``case`` cleaned up (spaces, upper-case country and plate), or FieldCaseInvalid."""
    if case.case_type not in CASE_TYPES:
        raise FieldCaseInvalid(f"case_type: one of {', '.join(CASE_TYPES)}", "case_type",
                               "required")
    name = _text(case.person_name, "person_name", MAX_NAME, required=True)
    what = _text(case.what_happened, "what_happened", MAX_TEXT, required=True)
    country = _text(case.country, "country", 2, required=False)
    if country is not None:
        country = country.upper()
        if not _COUNTRY_RE.fullmatch(country):
            raise FieldCaseInvalid("country: an ISO 3166 two-letter code (FR, ES, BE...)",
                                   "country", "format")
    lang = _text(case.lang, "lang", MAX_LANG, required=False)
    if lang is not None and not _LANG_RE.fullmatch(lang):
        raise FieldCaseInvalid("lang: a language code (fr, ar, es, nl, de...)", "lang",
                               "format")
    plate = _text(case.vehicle_plate, "vehicle_plate", MAX_PLATE, required=False)
    if plate is not None:
        plate = plate.upper()
        if not _PLATE_RE.fullmatch(plate) or not normalise_plate(plate):
            raise FieldCaseInvalid("vehicle_plate: letters, digits, spaces and dashes",
                                   "vehicle_plate", "format")
    return replace(
        case, person_name=name or "", what_happened=what or "", country=country,
        lang=lang, vehicle_plate=plate,
        action_taken=_text(case.action_taken, "action_taken", MAX_TEXT, required=False),
        referral=_text(case.referral, "referral", MAX_TEXT, required=False),
        follow_up=_text(case.follow_up, "follow_up", MAX_TEXT, required=False))


def edited(case: FieldCase, changes: Mapping[str, Any], now: datetime) -> FieldCase:
    """``case`` with ``changes`` applied, checked, version + 1; FieldCaseInvalid for
    an unknown or non-editable field or a broken rule."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise FieldCaseInvalid(f"cannot edit: {', '.join(unknown)}")
    return check_case(replace(case, **dict(changes), version=case.version + 1,
                              updated_at=now))


def matches(case: FieldCase, query: str) -> bool:
    """True when every word of ``query`` is in the case's name, plate or texts
    (case, accents and Arabic variants ignored); a plate also matches without its
    spaces and dashes.  An empty query matches everything."""
    words = normalise(query).split()
    if not words:
        return True
    texts = [case.person_name, case.what_happened, case.action_taken or "",
             case.referral or "", case.follow_up or "", case.case_type,
             case.vehicle_plate or ""]
    haystack = normalise(" ".join(texts))
    plate = normalise_plate(case.vehicle_plate or "")
    compact_query = normalise_plate(query)
    if plate and compact_query and compact_query in plate:
        return True
    return all(word in haystack for word in words)
