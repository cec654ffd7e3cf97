"""Field bundles: a device's outbox events on a USB stick, encrypted and signed.

Encrypt-then-sign (docs/PROTOCOL.md, "Field bundles"):

1. the events document (canonical JSON: format, bundle_id, origin_device_id,
   site_code, created_at, events) is encrypted with a fresh AES-256-GCM content key;
2. that key is wrapped for the centre: an ephemeral X25519 key agreed with the
   centre's box key, HKDF-SHA256, AES-256-GCM (ECIES-style);
3. a CBOR map of the clear header (no personal data: ids, site, time, event count)
   and those encrypted parts is signed with the device's Ed25519 ticket key as a
   COSE_Sign1 message: the file.

Anyone holding the trusted keys can check the signature (a tampered, truncated or
foreign bundle is refused before anything is stored); only the centre can read the
events.  No I/O here; errors are :class:`FieldBundleInvalid` with a message fit for
the person at the machine, never a payload.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import cbor2
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.domain.payloads.cose import (
    PrivateKey,
    Sign1,
    TrustedKey,
    TrustList,
    check_signature,
    decode_sign1,
    sign1,
)
from kiosk.domain.payloads.limits import PayloadError, as_bytes, as_int, as_map, loads_strict
from kiosk.domain.scan import Verdict
from kiosk.errors import InputError

FORMAT = "jisr-field-bundle/1"
#: Largest bundle accepted (a field case is a few kB; days of them fit easily).
MAX_BUNDLE_BYTES = 12 * 1024 * 1024
_INFO = b"jisr-field-bundle/1 content key"
_ID_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._:-]{0,63}")
_SITE_RE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,19}")
_HEADER_KEYS = ("format", "bundle_id", "origin_device_id", "site_code", "created_at",
                "events")


class FieldBundleInvalid(InputError):
    """A field bundle refused: damaged, changed, from an unknown signer, or unreadable."""


@dataclass(frozen=True)
class SealedBundle:
    """A bundle whose signature checked out; its events still encrypted."""

    bundle_id: str
    origin_device_id: str
    site_code: str
    created_at: str
    events: int
    #: the trusted key that signed it (None: read by :func:`peek`, unchecked)
    signer: TrustedKey | None
    epk: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    nonce: bytes
    ciphertext: bytes


def box_key_text(key: X25519PublicKey) -> str:
    """A box public key as sent to devices: base64 of its raw 32 bytes."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def parse_box_key(text: str) -> X25519PublicKey:
    """The X25519 public key of :func:`box_key_text`; FieldBundleInvalid if malformed."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise FieldBundleInvalid("centre box key: not base64") from None
    if len(raw) != 32:
        raise FieldBundleInvalid("centre box key: not 32 bytes")
    return X25519PublicKey.from_public_bytes(raw)


def _kek(shared: bytes, epk: bytes, box: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + box,
                info=_INFO).derive(shared)


def _header_aad(header: Mapping[str, Any]) -> bytes:
    return json.dumps({k: header[k] for k in _HEADER_KEYS}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def new_bundle_id() -> str:
    """A fresh bundle id."""
    return str(uuid.uuid4())


def seal(events: Sequence[Mapping[str, Any]], *, bundle_id: str, origin_device_id: str,
         site_code: str, created_at: str, signing_key: PrivateKey,
         box_key: X25519PublicKey) -> bytes:
    """The bundle file's bytes for ``events`` (outbox events as pushed: event_id, seq,
    type, created_at, payload)."""
    header: dict[str, Any] = {
        "format": FORMAT, "bundle_id": bundle_id, "origin_device_id": origin_device_id,
        "site_code": site_code, "created_at": created_at, "events": len(events)}
    aad = _header_aad(header)
    document = dict(header, events=[dict(e) for e in events])
    plain = json.dumps(document, ensure_ascii=False, sort_keys=True,
                       separators=(",", ":")).encode("utf-8")
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    ciphertext = AESGCM(content_key).encrypt(nonce, plain, aad)
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                              serialization.PublicFormat.Raw)
    box = box_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    kek = _kek(ephemeral.exchange(box_key), epk, box)
    wrap_nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(wrap_nonce, content_key, aad)
    outer = dict(header, epk=epk, wrap_nonce=wrap_nonce, wrapped_key=wrapped, nonce=nonce,
                 ciphertext=ciphertext)
    return sign1(cbor2.dumps(outer, canonical=True), signing_key)


def _text(value: object, name: str, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= 64:
        raise FieldBundleInvalid(f"not a Jisr field bundle ({name} missing or malformed)")
    if pattern is not None and not pattern.fullmatch(value):
        raise FieldBundleInvalid(f"not a Jisr field bundle ({name} malformed)")
    return value


def _decode(data: bytes) -> Sign1:
    if len(data) > MAX_BUNDLE_BYTES:
        raise FieldBundleInvalid("too large to be a Jisr field bundle")
    try:
        return decode_sign1(data, max_payload=MAX_BUNDLE_BYTES)
    except PayloadError:
        raise FieldBundleInvalid("not a Jisr field bundle, or a damaged or truncated "
                                 "one: nothing imported") from None


def _parse(message: Sign1, signer: TrustedKey | None) -> SealedBundle:
    try:
        outer = as_map(loads_strict(message.payload, "field bundle", max_depth=1),
                       "field bundle", 16)
        epk = as_bytes(outer.get("epk"), "epk", 32)
        wrap_nonce = as_bytes(outer.get("wrap_nonce"), "wrap_nonce", 12)
        wrapped = as_bytes(outer.get("wrapped_key"), "wrapped_key", 48)
        nonce = as_bytes(outer.get("nonce"), "nonce", 12)
        ciphertext = as_bytes(outer.get("ciphertext"), "ciphertext", MAX_BUNDLE_BYTES)
        count = as_int(outer.get("events"), "events", 0, 10_000_000)
    except PayloadError:
        raise FieldBundleInvalid("not a Jisr field bundle (malformed content)") from None
    if outer.get("format") != FORMAT:
        raise FieldBundleInvalid(f"not a {FORMAT} bundle (another format or version)")
    if len(epk) != 32 or len(wrap_nonce) != 12 or len(nonce) != 12 or len(wrapped) != 48:
        raise FieldBundleInvalid("not a Jisr field bundle (malformed key material)")
    return SealedBundle(
        bundle_id=_text(outer.get("bundle_id"), "bundle_id", _ID_RE),
        origin_device_id=_text(outer.get("origin_device_id"), "origin_device_id", _ID_RE),
        site_code=_text(outer.get("site_code"), "site_code", _SITE_RE),
        created_at=_text(outer.get("created_at"), "created_at"),
        events=count, signer=signer, epk=epk, wrap_nonce=wrap_nonce, wrapped_key=wrapped,
        nonce=nonce, ciphertext=ciphertext)


def peek(data: bytes) -> SealedBundle:
    """The bundle's header WITHOUT checking its signature (``signer`` None): only to
    learn which device claims to have made it, so as to know whose key to check with.
    Never act on it otherwise: call :func:`verify`."""
    return _parse(_decode(data), None)


def peek_kid(data: bytes) -> bytes:
    """The key id the bundle claims to be signed with (unchecked)."""
    return _decode(data).kid


def verify(data: bytes, trust: TrustList) -> SealedBundle:
    """Check a bundle file's signature and header; FieldBundleInvalid saying why."""
    message = _decode(data)
    verdict, signer = check_signature(message, trust)
    if verdict is Verdict.UNKNOWN_KEY or signer is None:
        raise FieldBundleInvalid("signed by a device this machine does not know (not a "
                                 "device of a site it syncs with): nothing imported")
    if verdict is not Verdict.VALID:
        raise FieldBundleInvalid("the signature does not match: the bundle was changed "
                                 "or damaged after it was made; nothing imported")
    return _parse(message, signer)


def open_events(sealed: SealedBundle, box_private: X25519PrivateKey) -> list[dict[str, Any]]:
    """Decrypt a verified bundle's events (the centre); FieldBundleInvalid if this is
    not the key it was sealed for or the content does not match its header."""
    header = {"format": FORMAT, "bundle_id": sealed.bundle_id,
              "origin_device_id": sealed.origin_device_id, "site_code": sealed.site_code,
              "created_at": sealed.created_at, "events": sealed.events}
    aad = _header_aad(header)
    box = box_private.public_key().public_bytes(serialization.Encoding.Raw,
                                                serialization.PublicFormat.Raw)
    try:
        kek = _kek(box_private.exchange(X25519PublicKey.from_public_bytes(sealed.epk)),
                   sealed.epk, box)
        content_key = AESGCM(kek).decrypt(sealed.wrap_nonce, sealed.wrapped_key, aad)
        plain = AESGCM(content_key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError):
        raise FieldBundleInvalid("cannot be decrypted with this centre's key (sealed "
                                 "for another centre, or damaged)") from None
    try:
        document = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FieldBundleInvalid("the decrypted events are not JSON") from None
    if not isinstance(document, dict) or any(document.get(k) != header[k]
                                             for k in _HEADER_KEYS if k != "events"):
        raise FieldBundleInvalid("the decrypted events do not match the bundle's header")
    events = document.get("events")
    if not isinstance(events, list) or len(events) != sealed.events or not all(
            isinstance(e, dict) for e in events):
        raise FieldBundleInvalid("the decrypted events do not match the bundle's header")
    return events
