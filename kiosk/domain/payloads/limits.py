"""Bounds on every scanned payload, the one error type, and strict CBOR reading.

Everything here runs on bytes from outside.  Sizes are checked *before* any decoding
(text length, Base45 output, inflated length), CBOR is read with a nesting limit, no
indefinite lengths, no duplicate keys and no trailing bytes, and then every value is
checked for its exact type and length.  Any breach raises :class:`PayloadError`, which
:func:`kiosk.domain.payloads.parse_payload` turns into a ``MALFORMED`` verdict.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import cbor2

from kiosk.errors import InputError

#: Largest scanned code accepted at all, in bytes (a version-40 QR holds 2,953 bytes).
MAX_INPUT_BYTES = 4096
#: Largest Jisr payload text, prefix included, in characters.
MAX_TEXT_CHARS = 2000
#: Largest COSE message once inflated (a payload is never larger than this).
MAX_INFLATED_BYTES = 4096
#: Deepest CBOR nesting accepted (the claims: map -> content map -> fields map).
MAX_DEPTH = 4
#: Most entries in any CBOR map or array.
MAX_ITEMS = 32
#: Longest text value (a name, an address) in characters.
MAX_STR_CHARS = 200
#: Longest identifier (site, service id, request id, ticket number) in characters.
MAX_ID_CHARS = 64
#: Most visitor fields in a pre-registration.
MAX_FIELDS = 24
#: Latest time accepted in a time claim (seconds since 1970; year 2100).
MAX_EPOCH = 4_102_444_800


class PayloadError(InputError):
    """A scanned payload is malformed: truncated, oversized, badly encoded, wrong types.

    ``str()`` is a short fixed description of the problem, never the payload itself
    (payloads carry names and phone numbers).  Used inside the parsers only: the
    registry edge turns it into a ``MALFORMED`` verdict, so it never reaches the UI.
    """


def loads_strict(data: bytes, what: str, max_depth: int = MAX_DEPTH) -> object:
    """Decode exactly one CBOR item from ``data``, strictly; ``what`` names it in errors."""
    stream = io.BytesIO(data)
    decoder = cbor2.CBORDecoder(stream, max_depth=max_depth, allow_indefinite=False,
                                allow_duplicate_keys=False)
    try:
        value = decoder.decode()
    except (cbor2.CBORError, ValueError, TypeError, OverflowError, RecursionError) as err:
        raise PayloadError(f"{what}: not valid CBOR") from err
    if stream.tell() != len(data):
        raise PayloadError(f"{what}: trailing bytes after the CBOR item")
    return value


def as_map(value: object, what: str, max_items: int = MAX_ITEMS) -> Mapping[object, object]:
    """``value`` as a CBOR map of at most ``max_items`` entries."""
    if not isinstance(value, Mapping):   # dict, or cbor2.frozendict inside a tag
        raise PayloadError(f"{what}: expected a map")
    if len(value) > max_items:
        raise PayloadError(f"{what}: more than {max_items} entries")
    return value


def as_text(value: object, what: str, max_chars: int = MAX_STR_CHARS,
            min_chars: int = 1) -> str:
    """``value`` as a text string of ``min_chars`` to ``max_chars`` characters."""
    if not isinstance(value, str):
        raise PayloadError(f"{what}: expected text")
    if not min_chars <= len(value) <= max_chars:
        raise PayloadError(f"{what}: length out of bounds")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        raise PayloadError(f"{what}: control character")
    return value


def as_bytes(value: object, what: str, max_len: int) -> bytes:
    """``value`` as a byte string of at most ``max_len`` bytes."""
    if not isinstance(value, bytes):
        raise PayloadError(f"{what}: expected bytes")
    if len(value) > max_len:
        raise PayloadError(f"{what}: too long")
    return value


def as_int(value: object, what: str, low: int = 0, high: int = MAX_EPOCH) -> int:
    """``value`` as an integer (not a boolean) between ``low`` and ``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(f"{what}: expected an integer")
    if not low <= value <= high:
        raise PayloadError(f"{what}: out of range")
    return value
