"""Strict checks of the centre's replies (docs/PROTOCOL.md).

A reply that does not follow the protocol raises :class:`~kiosk.sync.errors.BadReply`
and nothing changes on the device.  Fields the protocol does not name are ignored
(the centre may add fields at any time); the ones it names must have their exact
types.  Error texts name the field, never its value (a reply may echo a payload).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.domain.tickets import MAX_STATION
from kiosk.sync.errors import BadReply

#: ``status`` values of a push result.
ACCEPTED, REJECTED, CONFLICT, GAP = "accepted", "rejected", "conflict", "gap"
PUSH_STATUSES = (ACCEPTED, REJECTED, CONFLICT, GAP)
#: Longest reason kept from the centre.
MAX_REASON_CHARS = 300

_DEVICE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
#: A credential as it may go into an ``Authorization`` header (no spaces, no controls).
CREDENTIAL_RE = re.compile(r"[A-Za-z0-9._~+/=-]{1,512}")
_SITE_RE = re.compile(r"[A-Z0-9]{1,16}")


@dataclass(frozen=True)
class EventResult:
    """The centre's verdict on one pushed event."""

    event_id: str
    seq: int
    status: str
    replay: bool = False
    reason: str | None = None
    expected_seq: int | None = None


@dataclass(frozen=True)
class PushReply:
    """The centre's reply to a push: one result per event, in the batch's order."""

    last_seq: int
    results: tuple[EventResult, ...]


@dataclass(frozen=True)
class EnrolReply:
    """What the centre gives a device it enrols."""

    device_id: str
    credential: str
    site_code: str
    centre_key_pem: str
    #: the kiosk's number in its hall (1-9, in its ticket numbers); 0: none given
    station: int = 0


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def parse_json(body: bytes, what: str) -> Any:
    """Decode a UTF-8 JSON body strictly (no duplicate keys, no NaN); BadReply if not."""
    try:
        return json.loads(body.decode("utf-8"), object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constant)
    except _Duplicate:
        raise BadReply(f"{what}: a key appears twice") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadReply(f"{what}: not JSON") from None


def _obj(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadReply(f"{what}: not a JSON object")
    return value


def _int(value: Any, what: str, low: int = 0, high: int = 2**63 - 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BadReply(f"{what}: not a whole number in range")
    return value


def _str(value: Any, what: str, pattern: re.Pattern[str] | None = None,
         max_chars: int = 10_000) -> str:
    if not isinstance(value, str) or not value or len(value) > max_chars:
        raise BadReply(f"{what}: not a non-empty string")
    if pattern is not None and not pattern.fullmatch(value):
        raise BadReply(f"{what}: not in the expected form")
    return value


def _reason(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadReply(f"{what}: not a string")
    text = "".join(ch if ch.isprintable() else " " for ch in value)
    return text[:MAX_REASON_CHARS]


def parse_push_reply(body: bytes, batch: Sequence[tuple[str, int]]) -> PushReply:
    """Check the reply to a push of ``batch`` (``(event_id, seq)`` in order).

    One result per event, in the same order, naming the same event and seq; a known
    status; ``replay`` a boolean; ``expected_seq`` on a gap; once a result is ``gap``
    every later one is too.  Anything else is a :class:`BadReply`.
    """
    doc = _obj(parse_json(body, "push reply"), "push reply")
    last_seq = _int(doc.get("last_seq"), "last_seq")
    raw = doc.get("results")
    if not isinstance(raw, list):
        raise BadReply("results: not a list")
    if len(raw) != len(batch):
        raise BadReply(f"results: {len(raw)} results for {len(batch)} events")
    results: list[EventResult] = []
    gap_seen = False
    for index, ((event_id, seq), item) in enumerate(zip(batch, raw, strict=True)):
        where = f"results[{index}]"
        entry = _obj(item, where)
        if entry.get("event_id") != event_id or entry.get("seq") != seq \
                or isinstance(entry.get("seq"), bool):
            raise BadReply(f"{where}: not the event sent at this place")
        status = entry.get("status")
        if status not in PUSH_STATUSES:
            raise BadReply(f"{where}.status: unknown")
        replay = entry.get("replay", False)
        if not isinstance(replay, bool):
            raise BadReply(f"{where}.replay: not a boolean")
        expected = None
        if status == GAP:
            gap_seen = True
            expected = _int(entry.get("expected_seq"), f"{where}.expected_seq", low=1)
        elif gap_seen:
            raise BadReply(f"{where}: {status} after a gap")
        results.append(EventResult(event_id, seq, str(status), replay,
                                   _reason(entry.get("reason"), f"{where}.reason"), expected))
    return PushReply(last_seq, tuple(results))


def parse_enrol_reply(body: bytes) -> EnrolReply:
    """Check the reply to ``POST /api/v1/enrol`` (the key itself is parsed by the caller)."""
    doc = _obj(parse_json(body, "enrol reply"), "enrol reply")
    device_id = _str(doc.get("device_id"), "device_id", _DEVICE_ID_RE)
    credential = _str(doc.get("credential"), "credential", CREDENTIAL_RE)
    if not credential.startswith(device_id + "."):
        raise BadReply("credential: not of the form DEVICE_ID.SECRET")
    site_code = _str(doc.get("site_code"), "site_code", _SITE_RE)
    centre_key_pem = _str(doc.get("centre_key_pem"), "centre_key_pem", max_chars=16_384)
    station = doc.get("station")
    if station is None:
        station = 0
    if not isinstance(station, int) or isinstance(station, bool) or not 0 <= station <= MAX_STATION:
        raise BadReply("station: not a whole number from 0 to 9")
    return EnrolReply(device_id, credential, site_code, centre_key_pem, station)


def error_code(body: bytes) -> str | None:
    """The ``error`` code of an error body ``{"error": CODE, ...}``, if it has one.

    Only a short word is kept (``revoked``, ``bad_code``...); the message is not read.
    """
    try:
        doc = json.loads(body.decode("utf-8")) if body and len(body) <= 65_536 else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    code = doc.get("error") if isinstance(doc, dict) else None
    if isinstance(code, str) and re.fullmatch(r"[a-z_]{1,40}", code):
        return code
    return None
