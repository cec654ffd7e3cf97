"""Validation of the details a visitor types, with reasons the UI can explain.

Each check returns a :class:`Checked`: the normalised value, or an error *code*.  The
UI turns the code into a sentence in the visitor's language; the CLI prints the code's
English text from :data:`ERROR_TEXTS`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import phonenumbers

from kiosk.domain.catalog import FieldSpec

#: English explanations of each error code (the UI has its own translations).
ERROR_TEXTS: dict[str, str] = {
    "required": "This detail is needed for this service.",
    "too_long": "This is too long.",
    "name_chars": "A name may contain letters, spaces, hyphens and apostrophes only.",
    "phone_invalid": "This is not a valid phone number. Start with + and the country code "
                     "(for example +33 6 12 34 56 78), or a Moroccan number (06 12 34 56 78).",
    "cnie_invalid": "A CNIE number is 1 or 2 letters followed by up to 6 digits "
                    "(for example AB123456).",
    "passport_invalid": "A passport number is 6 to 12 letters and digits.",
    "id_invalid": "Enter a CNIE number (for example AB123456) or a passport number.",
    "country_invalid": "Choose a country from the list.",
    "email_invalid": "This is not a valid e-mail address (for example name@example.com).",
    "plate_invalid": "A plate number is 2 to 15 letters, digits, spaces or hyphens.",
}

MAX_LENGTH = 120

_NAME = re.compile(r"^[^\W\d_]+(?:[\s'’\-][^\W\d_]+)*$", re.UNICODE)
# CNIE: one or two Latin letters (province prefix) then 1 to 6 digits, e.g. A123456, BK12345.
_CNIE = re.compile(r"^[A-Z]{1,2}[0-9]{1,6}$")
_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PLATE = re.compile(r"^[A-Z0-9\u0600-\u06FF][A-Z0-9\u0600-\u06FF \-|]{1,14}$")


@dataclass(frozen=True)
class Checked:
    """The outcome of checking one value."""

    value: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the value was accepted."""
        return self.error is None


def phone_region(specs: tuple[FieldSpec, ...] | list[FieldSpec],
                 values: dict[str, str] | Mapping[str, str]) -> str:
    """Where a phone number without ``+`` is read from: the visitor's country of
    residence when they gave one (a French "06..." is not Moroccan), else Morocco."""
    for spec in specs:
        if spec.type == "country":
            code = values.get(spec.key, "").strip().upper()
            if code in phonenumbers.SUPPORTED_REGIONS:
                return code
    return "MA"


def check_field(spec: FieldSpec, raw: str, default_region: str = "MA") -> Checked:
    """Check ``raw`` against ``spec``; return the normalised value or an error code."""
    value = " ".join(raw.split())
    if not value:
        return Checked("", "required" if spec.required else None)
    if len(value) > MAX_LENGTH:
        return Checked(value, "too_long")
    checker = _CHECKERS.get(spec.type, _check_text)
    return checker(value, default_region)


def _check_text(value: str, _region: str) -> Checked:
    return Checked(value)


def _check_name(value: str, _region: str) -> Checked:
    # Marks (harakat and shadda as in "محمّد", combining accents) belong to the letter
    # before them: check the letters without them, keep the name as typed (NFC).
    value = unicodedata.normalize("NFC", value)
    bare = "".join(ch for ch in unicodedata.normalize("NFD", value)
                   if not unicodedata.category(ch).startswith("M"))
    return Checked(value) if _NAME.match(bare) else Checked(value, "name_chars")


def _check_phone(value: str, region: str) -> Checked:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return Checked(value, "phone_invalid")
    if not phonenumbers.is_valid_number(number):
        return Checked(value, "phone_invalid")
    return Checked(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", value).upper()


def _check_cnie(value: str, _region: str) -> Checked:
    compact = _compact(value)
    return Checked(compact) if _CNIE.match(compact) else Checked(value, "cnie_invalid")


def _check_passport(value: str, _region: str) -> Checked:
    compact = _compact(value)
    return Checked(compact) if _PASSPORT.match(compact) else Checked(value, "passport_invalid")


def _check_id_number(value: str, _region: str) -> Checked:
    compact = _compact(value)
    if _CNIE.match(compact) or _PASSPORT.match(compact):
        return Checked(compact)
    return Checked(value, "id_invalid")


def _check_country(value: str, _region: str) -> Checked:
    code = value.strip().upper()
    if code in phonenumbers.SUPPORTED_REGIONS:
        return Checked(code)
    return Checked(value, "country_invalid")


def _check_email(value: str, _region: str) -> Checked:
    return Checked(value.lower()) if _EMAIL.match(value) else Checked(value, "email_invalid")


def _check_plate(value: str, _region: str) -> Checked:
    upper = value.upper()
    return Checked(upper) if _PLATE.match(upper) else Checked(value, "plate_invalid")


_CHECKERS = {
    "name": _check_name,
    "phone": _check_phone,
    "cnie": _check_cnie,
    "passport": _check_passport,
    "id_number": _check_id_number,
    "country": _check_country,
    "email": _check_email,
    "plate": _check_plate,
    "text": _check_text,
}
