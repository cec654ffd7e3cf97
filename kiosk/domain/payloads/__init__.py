"""The parser registry: any scanned bytes in, one :class:`ScanResult` out.

Parsers are tried in order: Jisr ticket (``JT1:``), Jisr pre-registration (``JP1:``),
address (``http``/``https``), plain text.  Bytes that are not UTF-8 are ``MALFORMED``
with format ``"binary"``.  Inside, problems raise :class:`PayloadError`; at this edge
they become a ``MALFORMED`` verdict whose ``fields["problem"]`` says what was wrong (a
fixed description, never payload content).  :func:`parse_payload` never raises.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.payloads.cose import PrivateKey, PublicKey, TrustedKey, TrustList, key_id
from kiosk.domain.payloads.formats import (
    FORMAT_PREREG,
    FORMAT_TICKET,
    JISR_PREFIX_RE,
    PREREG_PREFIX,
    TICKET_PREFIX,
    TYPE_PREREG,
    TYPE_TICKET,
    parse_signed,
    sign_prereg,
    sign_ticket,
)
from kiosk.domain.payloads.limits import MAX_INPUT_BYTES, PayloadError
from kiosk.domain.payloads.sites import KNOWN_DOMAINS, parse_text, parse_url
from kiosk.domain.scan import ScanResult, Verdict
from kiosk.domain.text import LocalText

__all__ = [
    "FORMAT_BINARY", "INTERNAL_PROBLEM", "KNOWN_DOMAINS", "PREREG_PREFIX", "TICKET_PREFIX",
    "ParseContext", "PayloadError", "PrivateKey", "PublicKey", "TrustList", "TrustedKey",
    "key_id", "parse_payload", "sign_prereg", "sign_ticket",
]

_log = logging.getLogger(__name__)

FORMAT_BINARY = "binary"
#: The problem given when a parser failed in a way it should not have (our bug).
INTERNAL_PROBLEM = "internal error"


@dataclass(frozen=True)
class ParseContext:
    """What parsing needs from outside: trusted keys, the time, known domains, and
    which trusted keys may sign which format (``signers``: format → key labels; a
    format not listed may be signed by any trusted key)."""

    trust: TrustList
    now: datetime
    known_domains: Mapping[str, LocalText] = field(default_factory=lambda: KNOWN_DOMAINS)
    signers: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _malformed(fmt: str, problem: str, text: str | None = None) -> ScanResult:
    return ScanResult(fmt, Verdict.MALFORMED, text=text, fields={"problem": problem})


def _parse_text(text: str, ctx: ParseContext) -> ScanResult:
    for prefix, kind, fmt in ((TICKET_PREFIX, TYPE_TICKET, FORMAT_TICKET),
                              (PREREG_PREFIX, TYPE_PREREG, FORMAT_PREREG)):
        if text.startswith(prefix):
            try:
                result = parse_signed(text, kind, ctx.trust, ctx.now)
            except PayloadError as err:
                return _malformed(fmt, str(err), text)
            allowed = ctx.signers.get(fmt)
            if (result.verdict is Verdict.VALID and allowed is not None
                    and result.fields.get("signer") not in allowed):
                # A good signature from a key not trusted for this: as good as unknown.
                return ScanResult(fmt, Verdict.UNKNOWN_KEY, text=text)
            return result
    newer = JISR_PREFIX_RE.match(text)
    if newer:
        fmt = FORMAT_TICKET if newer.group(1) == "T" else FORMAT_PREREG
        return _malformed(fmt, "unsupported version", text)
    return parse_url(text, ctx.known_domains) or parse_text(text)


def parse_payload(data: bytes, ctx: ParseContext) -> ScanResult:
    """The verdict on one scanned code's exact bytes.  Never raises."""
    try:
        if not data:
            return _malformed(FORMAT_BINARY, "empty")
        if len(data) > MAX_INPUT_BYTES:
            return _malformed(FORMAT_BINARY, f"longer than {MAX_INPUT_BYTES} bytes")
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            return _malformed(FORMAT_BINARY, "not UTF-8 text")
        return _parse_text(text, ctx)
    except Exception as err:  # the registry's promise: never raises
        frames = traceback.extract_tb(err.__traceback__)
        where = ", ".join(f"{f.name}:{f.lineno}" for f in frames[-3:])
        _log.error("payload parser failed: %s at %s", type(err).__name__, where)
        return _malformed(FORMAT_BINARY, INTERNAL_PROBLEM)
