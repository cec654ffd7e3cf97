"""Key files on disk: the kiosk's own signing key and the public keys it trusts.

Layout inside the data directory (see docs/SCANNING.md, "Payloads and signatures")::

    keys/                     0700
    keys/signing.pem          0600  this kiosk's Ed25519 private key (PKCS#8 PEM)
    keys/trusted/*.pem              public keys trusted besides our own; the label is
                                    the file name without ``.pem`` and without the
                                    ``.<key id in hex>`` that :func:`import_public_key`
                                    adds (``centre.1a2b3c4d5e6f7a8b.pem`` -> ``centre``)

Backs ``kiosk keys create|list|import``.  The domain only ever sees a :class:`TrustList`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.domain.payloads import PayloadError, PrivateKey, PublicKey, TrustedKey, TrustList
from kiosk.domain.payloads.cose import algorithm_of, key_id
from kiosk.errors import InputError
from kiosk.paths import private_dir

_log = logging.getLogger(__name__)

LOCAL_LABEL = "local"
#: Largest key file read; a PEM public key is a few hundred bytes.
MAX_KEY_FILE_BYTES = 16 * 1024
_LABEL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_KID_SUFFIX_RE = re.compile(r"\.[0-9a-f]{16}$")


def keys_dir(data_dir: Path) -> Path:
    """``<data_dir>/keys``."""
    return data_dir / "keys"


def signing_key_path(data_dir: Path) -> Path:
    """``<data_dir>/keys/signing.pem``."""
    return keys_dir(data_dir) / "signing.pem"


def trusted_dir(data_dir: Path) -> Path:
    """``<data_dir>/keys/trusted``."""
    return keys_dir(data_dir) / "trusted"


@dataclass(frozen=True)
class KeyInfo:
    """One key as ``kiosk keys list`` shows it."""

    label: str
    kid: str          # hex
    algorithm: str    # "EdDSA" or "ES256"
    path: Path
    local: bool = False


def _read_bounded(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise InputError(f"{path}: too large to be a key file")
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from err


def create_private_file(path: Path, make: Callable[[], bytes]) -> None:
    """Make the secret file ``path`` (0600) holding ``make()`` unless it exists.

    Atomic: written aside, synced, then linked into place, so a reader never sees half
    of it and processes racing agree on one (the first linked wins).  Looser
    permissions of an existing file are tightened to 0600.  OSError as raised.
    """
    if not path.exists():
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(make())
                out.flush()
                os.fsync(out.fileno())
            with contextlib.suppress(FileExistsError):   # another process won: use its file
                os.link(temp, path)
        finally:
            temp.unlink(missing_ok=True)
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)


def private_key_pem(key: PrivateKey | X25519PrivateKey) -> bytes:
    """``key`` as unencrypted PKCS#8 PEM."""
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_or_create_signing_key(data_dir: Path) -> PrivateKey:
    """This kiosk's signing key, created (Ed25519, file 0600, folder 0700) on first use.

    Creation is atomic: the key is written to a temporary file and linked into place,
    so a reader never sees half a key, and two kiosks processes racing agree on one.
    An existing file that is not a usable private key raises InputError naming it
    (it is never overwritten).
    """
    path = signing_key_path(data_dir)
    private_dir(path.parent)
    create_private_file(path, lambda: private_key_pem(ed25519.Ed25519PrivateKey.generate()))
    try:
        loaded = serialization.load_pem_private_key(_read_bounded(path), password=None)
    except (ValueError, TypeError) as err:
        raise InputError(f"{path}: not an unencrypted PEM private key") from err
    if not isinstance(loaded, ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey):
        raise InputError(f"{path}: not an Ed25519 or P-256 private key")
    try:
        algorithm_of(loaded.public_key())
    except PayloadError as err:
        raise InputError(f"{path}: {err}") from err
    return loaded


def public_key_pem(key: PublicKey) -> str:
    """``key`` as PEM text (what another kiosk or the centre imports)."""
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def read_public_key(path: Path) -> PublicKey:
    """The public key in the PEM file ``path``; InputError naming the file otherwise."""
    return parse_public_key(_read_bounded(path), str(path))


def parse_public_key(data: bytes | str, name: str = "public key") -> PublicKey:
    """An Ed25519 or P-256 public key from PEM ``data``; InputError naming ``name``.

    Used for key files and for the keys the centre sends (enrolment, bundles).
    """
    raw = data.encode("ascii", "replace") if isinstance(data, str) else data
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise InputError(f"{name}: too large to be a key")
    if b"PRIVATE KEY" in raw:
        raise InputError(f"{name}: is a private key; import the public key only")
    try:
        key = serialization.load_pem_public_key(raw)
    except (ValueError, TypeError) as err:
        raise InputError(f"{name}: not a PEM public key") from err
    if not isinstance(key, ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey):
        raise InputError(f"{name}: not an Ed25519 or P-256 public key")
    try:
        algorithm_of(key)
    except PayloadError as err:
        raise InputError(f"{name}: {err}") from err
    return key


def is_valid_label(label: str) -> bool:
    """True for a key label: 1-32 letters, digits, ``-`` and ``_`` (not starting with
    ``-`` or ``_``)."""
    return _LABEL_RE.fullmatch(label) is not None


def _label_of(path: Path) -> str:
    return _KID_SUFFIX_RE.sub("", path.name.removesuffix(".pem"))


def _info(key: PublicKey, label: str, path: Path, local: bool = False) -> KeyInfo:
    algorithm = "EdDSA" if isinstance(key, ed25519.Ed25519PublicKey) else "ES256"
    return KeyInfo(label, key_id(key).hex(), algorithm, path, local)


def import_public_key(data_dir: Path, pem_path: Path, label: str) -> KeyInfo:
    """Trust the public key in ``pem_path`` under ``label`` (a site code, "centre"...).

    Copies it to ``keys/trusted/<label>.<kid>.pem``.  Refuses, with an InputError naming
    the file, anything that is not an Ed25519 or P-256 public key in PEM; refuses a
    label that is not letters, digits, ``-`` and ``_``.  Importing a key already
    trusted changes nothing and returns its entry.
    """
    if not _LABEL_RE.fullmatch(label):
        raise InputError(f"label {label!r}: use 1-32 letters, digits, '-' or '_'")
    key = read_public_key(pem_path)
    kid = key_id(key).hex()
    for info in list_keys(data_dir):
        if info.kid == kid:
            return info
    folder = trusted_dir(data_dir)
    private_dir(folder)
    target = folder / f"{label}.{kid}.pem"
    temp = folder / f".{label}.{kid}.tmp"
    temp.write_text(public_key_pem(key), encoding="ascii")
    os.replace(temp, target)
    return _info(key, label, target)


def _trusted_files(data_dir: Path) -> list[tuple[Path, PublicKey | None]]:
    folder = trusted_dir(data_dir)
    found: list[tuple[Path, PublicKey | None]] = []
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
        try:
            found.append((path, read_public_key(path)))
        except InputError as err:
            _log.warning("trusted key skipped: %s", err)
            found.append((path, None))
    return found


def list_keys(data_dir: Path) -> list[KeyInfo]:
    """The local key (if created) then every readable trusted key, by file name."""
    keys: list[KeyInfo] = []
    local = signing_key_path(data_dir)
    if local.exists():
        own = load_or_create_signing_key(data_dir).public_key()
        keys.append(_info(own, LOCAL_LABEL, local, local=True))
    keys.extend(_info(key, _label_of(path), path)
                for path, key in _trusted_files(data_dir) if key is not None)
    return keys


def trust_list(data_dir: Path, extra: Iterable[TrustedKey] = ()) -> TrustList:
    """The trust list: the trusted keys' files, ``extra``, and this kiosk's own key.

    ``extra`` are keys from elsewhere (the centre's key from the enrolment, the keys
    of the active reference bundle: see :func:`kiosk.sync.bundles.synced_keys`); a
    key already trusted from a file keeps the label given by ``extra``.  The local
    key comes last, so it is always labelled ``local``.  It is created if missing (a
    kiosk verifies the tickets it signs).  A trusted file that cannot be read is
    skipped with a logged warning naming it.
    """
    own = load_or_create_signing_key(data_dir).public_key()
    trusted = [TrustedKey(key, _label_of(path))
               for path, key in _trusted_files(data_dir) if key is not None]
    return TrustList.of([*trusted, *extra, TrustedKey(own, LOCAL_LABEL)])
