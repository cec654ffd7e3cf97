"""``kiosk enrol``: a one-time code for a device id and a credential, kept on disk.

The enrolment lives in ``<data_dir>/sync/enrolment.json`` (folder 0700, file 0600,
written to a temporary file, fsynced and renamed into place, so a crash leaves the
old enrolment or the new one, never half of one)::

    {"device_id": "dev-3f9a1c2e", "credential": "dev-3f9a1c2e.Zm9v...",
     "server_url": "https://centre.example", "site_code": "TNG01",
     "centre_key_pem": "-----BEGIN PUBLIC KEY-----...", "install_id": "5b0c...",
     "enrolled_at": "2026-11-24T09:00:00+01:00"}

The credential is a secret: it is never logged or printed, and not in ``repr``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.config import SyncConfig
from kiosk.domain.payloads import PublicKey
from kiosk.domain.tickets import MAX_STATION
from kiosk.errors import InputError
from kiosk.keys import load_or_create_signing_key, parse_public_key, public_key_pem
from kiosk.paths import private_dir
from kiosk.store import SqlStore
from kiosk.sync.errors import BadReply
from kiosk.sync.replies import CREDENTIAL_RE

log = logging.getLogger(__name__)

ENROLMENT_FILE = "enrolment.json"
#: What a device can be in its hall.
ROLES = ("kiosk", "console", "board")
#: Largest enrolment file read.
MAX_ENROLMENT_BYTES = 64 * 1024


def sync_dir(data_dir: Path) -> Path:
    """``<data_dir>/sync`` (0700): the enrolment."""
    return data_dir / "sync"


def enrolment_path(data_dir: Path) -> Path:
    """``<data_dir>/sync/enrolment.json``."""
    return sync_dir(data_dir) / ENROLMENT_FILE


@dataclass(frozen=True)
class Enrolment:
    """What the centre gave this device when it enrolled."""

    device_id: str
    credential: str = field(repr=False)
    server_url: str
    site_code: str
    centre_key_pem: str = field(repr=False)
    install_id: str
    enrolled_at: str
    #: what this device is in its hall: kiosk, console or board
    role: str = "kiosk"
    #: the kiosk's number in a hall with several (1-9, in ticket numbers); 0: alone
    station: int = 0

    def centre_key(self) -> PublicKey:
        """The centre's public key (reference bundles must be signed by it)."""
        return parse_public_key(self.centre_key_pem, "centre_key_pem")


def load_enrolment(data_dir: Path) -> Enrolment | None:
    """The enrolment, or None when the device was never enrolled.

    A file that is not a valid enrolment raises InputError naming it (it is never
    overwritten except by ``kiosk enrol``).  Loose permissions are tightened to 0600.
    """
    path = enrolment_path(data_dir)
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if stat.S_IMODE(info.st_mode) & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    if info.st_size > MAX_ENROLMENT_BYTES:
        raise InputError(f"{path}: too large to be an enrolment")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        names = set(Enrolment.__dataclass_fields__) - {"role", "station"}
        values = {name: doc[name] for name in names}
        if not all(isinstance(v, str) and v for v in values.values()):
            raise ValueError("empty or not text")
        role = doc.get("role", "kiosk")
        station = doc.get("station", 0)
        if role not in ROLES or not isinstance(station, int) or isinstance(station, bool) \
                or not 0 <= station <= MAX_STATION:
            raise ValueError("role or station out of range")
        enrolment = Enrolment(**values, role=role, station=station)
        if not CREDENTIAL_RE.fullmatch(enrolment.credential):
            raise ValueError("credential not in the DEVICE_ID.SECRET form")
        enrolment.centre_key()
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, InputError) as exc:
        raise InputError(f"{path}: not a valid enrolment ({type(exc).__name__})") from None
    return enrolment


def save_enrolment(data_dir: Path, enrolment: Enrolment) -> Path:
    """Write the enrolment atomically (folder 0700, file 0600); returns its path."""
    folder = private_dir(sync_dir(data_dir))
    path = folder / ENROLMENT_FILE
    temp = folder / f".{ENROLMENT_FILE}.{os.getpid()}.tmp"
    data = json.dumps(asdict(enrolment), indent=1, sort_keys=True).encode("utf-8")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(folder)
    return path


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (no-op where directories cannot be
    opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def enrol(data_dir: Path, store: SqlStore, config: SyncConfig, server_url: str, code: str,
          software_version: str, now: datetime, role: str = "kiosk") -> Enrolment:
    """Enrol this device at ``server_url`` with the one-time ``code``; save it.

    Sends the install id (``store.device_id``), the software version and the public
    key this device signs tickets with.  The sync state is reset (a revoked device
    starts again).  Raises :class:`~kiosk.sync.errors.EnrolmentRefused` (bad code),
    :class:`~kiosk.sync.errors.SyncError` (network, centre) or InputError.
    """
    from kiosk.sync.client import CentreClient, check_server_url

    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}")
    url = check_server_url(server_url)
    ticket_key = public_key_pem(load_or_create_signing_key(data_dir).public_key())
    install_id = store.device_id
    client = CentreClient(url, config)
    try:
        reply = client.enrol(code.strip(), install_id, software_version, ticket_key, role)
    finally:
        client.close()
    try:
        parse_public_key(reply.centre_key_pem, "centre_key_pem")
    except InputError:
        raise BadReply("centre_key_pem: not an Ed25519 or P-256 public key") from None
    enrolment = Enrolment(
        device_id=reply.device_id, credential=reply.credential, server_url=url,
        site_code=reply.site_code, centre_key_pem=reply.centre_key_pem,
        install_id=install_id, enrolled_at=now.isoformat(), role=role,
        station=reply.station if role == "kiosk" else 0)
    save_enrolment(data_dir, enrolment)
    store.reset_sync_state("online", now)
    store.record_sync_success(now)
    log.info("enrolled as %s at site %s", enrolment.device_id, enrolment.site_code)
    return enrolment
