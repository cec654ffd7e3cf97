"""Jisr's signed payloads: tickets (``JT1:``) and pre-registrations (``JP1:``).

Text = prefix + Base45(zlib(COSE_Sign1) if that is shorter, else COSE_Sign1).  The
prefix, the Base45 alphabet and nothing else: a QR of it is in alphanumeric mode and
reads back exactly with any decoder.  After Base45 decoding, a first byte 0x78 (a zlib
header) means compressed; a COSE_Sign1 starts with 0xD2 (tag 18), never 0x78.

The COSE payload is a CBOR map of CWT claims (RFC 8392) plus two private ones::

    4: exp, 5: nbf, 6: iat      (integers, seconds since 1970 UTC)
    -65537: "ticket" | "prereg" (the type; must match the prefix)
    -65538: {content}           (text keys, see TICKET_KEYS / PREREG_KEYS)

See docs/SCANNING.md, "Payloads and signatures", for the layout byte by byte.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

import base45
import cbor2

from kiosk.domain.payloads.cose import PrivateKey, TrustList, check_signature, decode_sign1, sign1
from kiosk.domain.payloads.limits import (
    MAX_FIELDS,
    MAX_ID_CHARS,
    MAX_INFLATED_BYTES,
    MAX_TEXT_CHARS,
    PayloadError,
    as_int,
    as_map,
    as_text,
    loads_strict,
)
from kiosk.domain.scan import ScanResult, Verdict

TICKET_PREFIX = "JT1:"
PREREG_PREFIX = "JP1:"
FORMAT_TICKET = "jisr-ticket"
FORMAT_PREREG = "jisr-prereg"
TYPE_TICKET = "ticket"
TYPE_PREREG = "prereg"
#: A ``J``, ``T`` or ``P``, a version number, a colon: ours, maybe a newer version.
JISR_PREFIX_RE = re.compile(r"J([TP])[0-9]{1,3}:")

CLAIM_EXP, CLAIM_NBF, CLAIM_IAT = 4, 5, 6
CLAIM_TYPE, CLAIM_CONTENT = -65537, -65538
TICKET_KEYS = ("site", "day", "number", "request", "service")
PREREG_KEYS = ("service", "lang", "fields", "created")

#: How far the kiosk's clock may be from the signer's before a payload is refused.
CLOCK_SKEW = timedelta(minutes=5)
TICKET_LIFETIME = timedelta(days=1)
PREREG_LIFETIME = timedelta(days=30)

BASE45_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
_FIELD_KEY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_LANG_RE = re.compile(r"[a-z]{2,3}")
_DAY_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _epoch(moment: datetime) -> int:
    """Whole seconds since 1970 UTC; a naive ``moment`` is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def _ident(value: object, what: str) -> str:
    text = as_text(value, what, MAX_ID_CHARS)
    if not _ID_RE.fullmatch(text):
        raise PayloadError(f"{what}: not an identifier")
    return text


# -- text <-> COSE bytes ----------------------------------------------------------

def wrap(prefix: str, message: bytes) -> str:
    """Prefix + Base45 of ``message``, zlib-compressed when that is shorter."""
    packed = zlib.compress(message, 9)
    body = packed if len(packed) < len(message) else message
    encoded: bytes = base45.b45encode(body)
    text = prefix + encoded.decode("ascii")
    if len(text) > MAX_TEXT_CHARS:
        raise PayloadError(f"payload: longer than {MAX_TEXT_CHARS} characters")
    return text


def unwrap(text: str, prefix: str) -> bytes:
    """The COSE bytes inside ``text``; PayloadError when malformed or oversized."""
    if len(text) > MAX_TEXT_CHARS:
        raise PayloadError(f"payload: longer than {MAX_TEXT_CHARS} characters")
    body = text[len(prefix):]
    if not body or len(body) % 3 == 1 or not BASE45_ALPHABET.issuperset(body):
        raise PayloadError("payload: not Base45")
    try:
        raw: bytes = base45.b45decode(body)
    except ValueError as err:
        raise PayloadError("payload: not Base45") from err
    if raw[:1] != b"\x78":
        return raw
    inflater = zlib.decompressobj()
    try:
        message = inflater.decompress(raw, MAX_INFLATED_BYTES)
    except zlib.error as err:
        raise PayloadError("payload: bad zlib data") from err
    if inflater.unconsumed_tail:
        raise PayloadError("payload: too large once inflated")
    if not inflater.eof or inflater.unused_data:
        raise PayloadError("payload: truncated or trailing zlib data")
    return message


# -- claims -------------------------------------------------------------------------

def _times(claims: Mapping[object, object]) -> tuple[int, int, int]:
    iat = as_int(claims.get(CLAIM_IAT), "iat")
    nbf = as_int(claims.get(CLAIM_NBF, iat), "nbf")
    exp = as_int(claims.get(CLAIM_EXP), "exp")
    if exp <= nbf:
        raise PayloadError("exp: not after nbf")
    return iat, nbf, exp


def _content(claims: Mapping[object, object], kind: str,
             keys: tuple[str, ...]) -> Mapping[object, object]:
    if claims.keys() - {CLAIM_EXP, CLAIM_NBF, CLAIM_IAT, CLAIM_TYPE, CLAIM_CONTENT}:
        raise PayloadError("claims: unknown claim")
    if claims.get(CLAIM_TYPE) != kind:
        raise PayloadError("claims: type does not match the prefix")
    content = as_map(claims.get(CLAIM_CONTENT), "content", len(keys))
    if set(content) != set(keys):
        raise PayloadError("content: wrong keys")
    return content


def read_ticket(claims: Mapping[object, object]) -> dict[str, object]:
    """The fields of a ticket's claims; PayloadError on any wrong type or length."""
    content = _content(claims, TYPE_TICKET, TICKET_KEYS)
    day = as_text(content["day"], "day", 10)
    try:
        if not _DAY_RE.fullmatch(day):
            raise ValueError(day)
        date.fromisoformat(day)
    except ValueError as err:
        raise PayloadError("day: not a YYYY-MM-DD date") from err
    return {"site": _ident(content["site"], "site"), "day": day,
            "number": _ident(content["number"], "number"),
            "request_id": _ident(content["request"], "request"),
            "service_id": _ident(content["service"], "service")}


def read_prereg(claims: Mapping[object, object]) -> dict[str, object]:
    """The fields of a pre-registration's claims; PayloadError on any wrong value."""
    content = _content(claims, TYPE_PREREG, PREREG_KEYS)
    lang = as_text(content["lang"], "lang", 3)
    if not _LANG_RE.fullmatch(lang):
        raise PayloadError("lang: not a language code")
    fields: dict[str, str] = {}
    for key, value in as_map(content["fields"], "fields", MAX_FIELDS).items():
        name = as_text(key, "field name", 32)
        if not _FIELD_KEY_RE.fullmatch(name):
            raise PayloadError("field name: not a lower-case identifier")
        fields[name] = as_text(value, "field value", min_chars=0)
    created = as_int(content["created"], "created")
    return {"service_id": _ident(content["service"], "service"), "lang": lang,
            "fields": fields, "created": _iso(created)}


_READERS = {TYPE_TICKET: read_ticket, TYPE_PREREG: read_prereg}


def _sign(kind: str, content: dict[str, object], key: PrivateKey, issued_at: datetime,
          not_before: datetime | None, expires_at: datetime) -> str:
    claims: dict[object, object] = {CLAIM_IAT: _epoch(issued_at), CLAIM_TYPE: kind,
                                    CLAIM_CONTENT: content, CLAIM_EXP: _epoch(expires_at)}
    if not_before is not None:
        claims[CLAIM_NBF] = _epoch(not_before)
    payload = cbor2.dumps(claims)
    _times(loads_strict_claims(payload))   # refuse to make what we would not read
    _READERS[kind](loads_strict_claims(payload))
    prefix = TICKET_PREFIX if kind == TYPE_TICKET else PREREG_PREFIX
    return wrap(prefix, sign1(payload, key))


def loads_strict_claims(payload: bytes) -> Mapping[object, object]:
    """The claims map inside a COSE payload, strictly decoded."""
    return as_map(loads_strict(payload, "claims"), "claims", 8)


def sign_ticket(site: str, day: date, number: str, request_id: str, service_id: str, *,
                key: PrivateKey, issued_at: datetime, expires_at: datetime | None = None,
                not_before: datetime | None = None) -> str:
    """The signed QR text of a ticket (``JT1:...``), valid a day unless told otherwise.

    Raises PayloadError when a value is too long or not an identifier.
    """
    content: dict[str, object] = {"site": site, "day": day.isoformat(), "number": number,
                                  "request": request_id, "service": service_id}
    return _sign(TYPE_TICKET, content, key, issued_at, not_before,
                 expires_at or issued_at + TICKET_LIFETIME)


def sign_prereg(service_id: str, lang: str, fields: Mapping[str, str], *, key: PrivateKey,
                created: datetime, expires_at: datetime | None = None) -> str:
    """The signed QR text of a pre-registration (``JP1:...``), valid 30 days by default.

    ``fields`` are the visitor's answers by field key (``{"name": ..., "phone": ...}``).
    Raises PayloadError when there are too many fields or a value is too long.
    """
    content: dict[str, object] = {"service": service_id, "lang": lang,
                                  "fields": dict(fields), "created": _epoch(created)}
    return _sign(TYPE_PREREG, content, key, created, None,
                 expires_at or created + PREREG_LIFETIME)


def parse_signed(text: str, kind: str, trust: TrustList, now: datetime) -> ScanResult:
    """The verdict on a Jisr payload ``text`` of type ``kind``; PayloadError if malformed.

    Order: Base45 and zlib, COSE structure, key id in the trust list (UNKNOWN_KEY),
    signature (BAD_SIGNATURE), claims (MALFORMED), then dates (NOT_YET_VALID, EXPIRED).
    Fields are given only for a good signature.
    """
    fmt, prefix = ((FORMAT_TICKET, TICKET_PREFIX) if kind == TYPE_TICKET
                   else (FORMAT_PREREG, PREREG_PREFIX))
    message = decode_sign1(unwrap(text, prefix), MAX_INFLATED_BYTES)
    verdict, trusted = check_signature(message, trust)
    if verdict is not Verdict.VALID or trusted is None:
        return ScanResult(fmt, verdict, text=text)
    claims = loads_strict_claims(message.payload)
    iat, nbf, exp = _times(claims)
    fields = _READERS[kind](claims)
    fields.update(issued_at=_iso(iat), not_before=_iso(nbf), expires_at=_iso(exp),
                  signer=trusted.label)
    moment = _epoch(now)
    skew = int(CLOCK_SKEW.total_seconds())
    if moment + skew < nbf:
        verdict = Verdict.NOT_YET_VALID
    elif moment - skew >= exp:
        verdict = Verdict.EXPIRED
    return ScanResult(fmt, verdict, text=text, fields=fields)
