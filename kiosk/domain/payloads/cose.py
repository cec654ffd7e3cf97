"""COSE_Sign1 (RFC 9052) built by hand with cbor2, and the trust list of public keys.

A message is the CBOR tag 18 around ``[protected, unprotected, payload, signature]``:

* ``protected`` -- a byte string holding the CBOR map ``{1: alg, 4: kid}``;
* ``unprotected`` -- a map, ignored (nothing in it is trusted);
* ``payload`` -- a byte string (the CBOR claims, see :mod:`.formats`);
* ``signature`` -- over ``["Signature1", protected, b"", payload]`` encoded in CBOR.

Algorithms: ES256 (ECDSA P-256 with SHA-256, alg -7, signature ``r || s``, 64 bytes)
and EdDSA (Ed25519, alg -8, 64 bytes).  The key id is the first 8 bytes of the SHA-256
of the public key's DER SubjectPublicKeyInfo.  The header's ``alg`` is only checked
against the trusted key's type, never used to choose how to verify.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from kiosk.domain.payloads.limits import (
    PayloadError,
    as_bytes,
    as_int,
    as_map,
    loads_strict,
)
from kiosk.domain.scan import Verdict

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey
PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey

ALG_ES256 = -7
ALG_EDDSA = -8
COSE_SIGN1_TAG = 18
HEADER_ALG = 1
HEADER_KID = 4
KID_BYTES = 8
SIGNATURE_BYTES = 64
_P256_BYTES = 32


def algorithm_of(key: PublicKey) -> int:
    """The COSE algorithm a key signs with; PayloadError for any other kind of key."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return ALG_EDDSA
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return ALG_ES256
    raise PayloadError("unsupported key: use Ed25519 or ECDSA P-256")


def key_id(key: PublicKey) -> bytes:
    """The key id: first 8 bytes of SHA-256 over the DER SubjectPublicKeyInfo."""
    algorithm_of(key)
    der = key.public_bytes(serialization.Encoding.DER,
                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).digest()[:KID_BYTES]


@dataclass(frozen=True)
class TrustedKey:
    """A public key the kiosk trusts, and who holds it (``"centre"``, a site code...)."""

    public_key: PublicKey
    label: str

    @property
    def kid(self) -> bytes:
        """The key id of :attr:`public_key`."""
        return key_id(self.public_key)


@dataclass(frozen=True)
class TrustList:
    """Trusted public keys by key id.  Plain data: files are read in kiosk.keys."""

    keys: Mapping[bytes, TrustedKey] = field(default_factory=dict)

    @classmethod
    def of(cls, keys: Iterable[TrustedKey]) -> TrustList:
        """A trust list of ``keys`` (a later key with the same id replaces an earlier)."""
        return cls({k.kid: k for k in keys})

    def get(self, kid: bytes) -> TrustedKey | None:
        """The trusted key with id ``kid``, if any."""
        return self.keys.get(kid)

    def __iter__(self) -> Iterator[TrustedKey]:
        return iter(self.keys.values())

    def __len__(self) -> int:
        return len(self.keys)


def _to_be_signed(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def sign1(payload: bytes, key: PrivateKey) -> bytes:
    """A tagged COSE_Sign1 message over ``payload`` signed with ``key``."""
    public = key.public_key()
    alg = algorithm_of(public)
    protected = cbor2.dumps({HEADER_ALG: alg, HEADER_KID: key_id(public)})
    tbs = _to_be_signed(protected, payload)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        signature = key.sign(tbs)
    else:
        r, s = decode_dss_signature(key.sign(tbs, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(_P256_BYTES, "big") + s.to_bytes(_P256_BYTES, "big")
    return cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, [protected, {}, payload, signature]))


@dataclass(frozen=True)
class Sign1:
    """A decoded COSE_Sign1 message, not yet verified."""

    protected: bytes
    alg: int
    kid: bytes
    payload: bytes
    signature: bytes


def decode_sign1(data: bytes, max_payload: int) -> Sign1:
    """Read a COSE_Sign1 message (tagged or not); PayloadError when malformed."""
    value = loads_strict(data, "COSE message", max_depth=2)
    if isinstance(value, cbor2.CBORTag):
        if value.tag != COSE_SIGN1_TAG:
            raise PayloadError("COSE message: not a COSE_Sign1 tag")
        value = value.value
    if not isinstance(value, list | tuple) or len(value) != 4:
        raise PayloadError("COSE message: expected an array of four")
    protected = as_bytes(value[0], "protected header", 64)
    as_map(value[1], "unprotected header", 8)
    payload = as_bytes(value[2], "payload", max_payload)
    signature = as_bytes(value[3], "signature", SIGNATURE_BYTES)
    header = as_map(loads_strict(protected, "protected header", max_depth=1),
                    "protected header", 4)
    alg = as_int(header.get(HEADER_ALG), "alg", low=-65536, high=65535)
    if alg not in (ALG_ES256, ALG_EDDSA):
        raise PayloadError("alg: unsupported algorithm")
    kid = as_bytes(header.get(HEADER_KID), "kid", 32)
    if not kid:
        raise PayloadError("kid: empty")
    return Sign1(protected, alg, kid, payload, signature)


def check_signature(message: Sign1, trust: TrustList) -> tuple[Verdict, TrustedKey | None]:
    """``VALID``, ``UNKNOWN_KEY`` or ``BAD_SIGNATURE``, with the trusted key if known."""
    trusted = trust.get(message.kid)
    if trusted is None:
        return Verdict.UNKNOWN_KEY, None
    key = trusted.public_key
    if algorithm_of(key) != message.alg or len(message.signature) != SIGNATURE_BYTES:
        return Verdict.BAD_SIGNATURE, trusted
    tbs = _to_be_signed(message.protected, message.payload)
    try:
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(message.signature, tbs)
        else:
            r = int.from_bytes(message.signature[:_P256_BYTES], "big")
            s = int.from_bytes(message.signature[_P256_BYTES:], "big")
            key.verify(encode_dss_signature(r, s), tbs, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return Verdict.BAD_SIGNATURE, trusted
    return Verdict.VALID, trusted
