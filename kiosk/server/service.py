"""What the centre does: enrolment, authentication, push, bundles, and admin work.

The HTTP endpoints (:mod:`kiosk.server.app`) and the admin commands
(:mod:`kiosk.server.cli`) both call these functions; each runs in its own database
transaction.  Refusals are :class:`ServiceError` (an ``InputError``) carrying the HTTP
status and the stable error code of docs/PROTOCOL.md.

Nothing here logs a payload or a secret: payloads hold visitors' names and ID numbers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from sqlalchemy import Connection, func, insert, select, update

from kiosk.catalog_loader import catalog_files, load_catalog, read_json
from kiosk.domain.payloads import PayloadError
from kiosk.domain.payloads.cose import algorithm_of
from kiosk.errors import CatalogError, InputError
from kiosk.server.db import RELEASE_LOCK, Database
from kiosk.server.events import KNOWN_EVENT_TYPES, canonical_json
from kiosk.server.models import (
    SITE_CODE_PATTERN,
    DeviceInfo,
    EnrolCodeReply,
    EnrolReply,
    EventResult,
    PushReply,
    PushRequest,
    ReleaseReply,
    SiteReply,
    Status,
)
from kiosk.server.schema import devices, enrol_codes, events, releases, sites

log = logging.getLogger(__name__)

#: How long an enrolment code stays usable.
CODE_LIFETIME = timedelta(hours=24)
#: Letters and digits of enrolment codes: no 0/O, 1/I/L, so they read aloud well.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS, CODE_GROUP_LEN = 3, 4
_SECRET_BYTES = 32
_CATALOG_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789_-.")
MAX_CATALOG_FILES = 100


# --- errors --------------------------------------------------------------------------

class ServiceError(InputError):
    """A refusal with its HTTP status and stable error code."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class BadCode(ServiceError):
    """The enrolment code is unknown, used or expired."""

    status, code = 403, "bad_code"


class Unauthenticated(ServiceError):
    """No credential, or a wrong one."""

    status, code = 401, "unauthenticated"


class Revoked(ServiceError):
    """The device was revoked by an admin."""

    status, code = 401, "revoked"


class NotFound(ServiceError):
    """No such device (or site...)."""

    status, code = 404, "not_found"


class Invalid(ServiceError):
    """A request that is well-formed JSON but not acceptable."""

    status, code = 422, "invalid"


# --- small helpers --------------------------------------------------------------------

def utcnow() -> datetime:
    """The server's clock, aware, UTC.  The only clock the centre trusts."""
    return datetime.now(UTC)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """An enrolment code without dashes or spaces, upper case ("k7qf 2m9d" -> "K7QF2M9D")."""
    return "".join(ch for ch in code.upper() if ch not in "- \t")


def new_code() -> str:
    """A fresh human-friendly code, ``K7QF-2M9D-XW4P`` (about 59 bits)."""
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
              for _ in range(CODE_GROUPS))
    return "-".join(groups)


def _check_site_code(code: str) -> str:
    if not re.fullmatch(SITE_CODE_PATTERN, code):
        raise Invalid(f"site code {code!r}: use 1 to 16 capital letters A-Z or digits")
    return code


def _device_info(row: Any) -> DeviceInfo:
    return DeviceInfo(
        device_id=row.id, site_code=row.site_code, enrolled_at=row.enrolled_at,
        last_seen_at=row.last_seen_at, events_received=row.events_received,
        last_seq=row.last_seq, backlog=row.backlog, software_version=row.software_version,
        revoked=row.revoked_at is not None, revoked_at=row.revoked_at)


def _new_release(db: Database, conn: Connection, reason: str, now: datetime,
                 catalog_json: str | None = None) -> int:
    """Insert the next bundle version (same catalog unless one is given); return it."""
    db.lock(conn, RELEASE_LOCK)
    last = conn.execute(select(releases.c.version, releases.c.catalog)
                        .order_by(releases.c.version.desc()).limit(1)).first()
    version = (last.version if last else 0) + 1
    if catalog_json is None and last is not None:
        catalog_json = last.catalog
    conn.execute(insert(releases).values(version=version, published_at=now, reason=reason,
                                         catalog=catalog_json))
    return version


# --- enrolment and authentication ------------------------------------------------------

def make_enrol_code(db: Database, site_code: str, now: datetime | None = None
                    ) -> EnrolCodeReply:
    """A one-time enrolment code for ``site_code``; only its hash is stored."""
    _check_site_code(site_code)
    now = now or utcnow()
    code = new_code()
    with db.write() as conn:
        conn.execute(insert(enrol_codes).values(
            code_hash=_sha256(normalise_code(code)), site_code=site_code, created_at=now,
            expires_at=now + CODE_LIFETIME))
    log.info("enrolment code made for site %s", site_code)
    return EnrolCodeReply(code=code, site_code=site_code, expires_at=now + CODE_LIFETIME)


def check_ticket_key(pem: str) -> str:
    """``pem`` if it is an Ed25519 or P-256 public key; Invalid otherwise."""
    try:
        key = serialization.load_pem_public_key(pem.encode("utf-8"))
        algorithm_of(key)  # type: ignore[arg-type]
    except (ValueError, TypeError, PayloadError, UnicodeError):
        raise Invalid("ticket_key_pem: not an Ed25519 or P-256 public key in PEM") from None
    return pem


def enrol(db: Database, code: str, install_id: str, software_version: str | None,
          ticket_key_pem: str | None, centre_key_pem: str,
          now: datetime | None = None) -> EnrolReply:
    """Use ``code`` once to enrol the install ``install_id``.

    The same install enrolled again keeps its device id and seq (its revocation, if
    any, is lifted) and gets a new credential.  A new bundle version is made when the
    site's trusted ticket keys change.  BadCode if the code is unknown, used or expired.
    """
    if ticket_key_pem is not None:
        check_ticket_key(ticket_key_pem)
    now = now or utcnow()
    secret = secrets.token_urlsafe(_SECRET_BYTES)
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)  # enrolments (and releases) one at a time on PostgreSQL
        code_hash = _sha256(normalise_code(code))
        site = conn.execute(
            update(enrol_codes)
            .where(enrol_codes.c.code_hash == code_hash, enrol_codes.c.used_at.is_(None),
                   enrol_codes.c.expires_at > now)
            .values(used_at=now).returning(enrol_codes.c.site_code)).scalar_one_or_none()
        if site is None:
            raise BadCode("enrolment code unknown, already used or expired")
        existing = conn.execute(select(devices).where(devices.c.install_id == install_id)
                                .with_for_update()).first()
        values = {"site_code": site, "secret_hash": _sha256(secret),
                  "ticket_key_pem": ticket_key_pem, "enrolled_at": now,
                  "software_version": software_version, "revoked_at": None,
                  "last_seen_at": now}
        if existing is not None:
            device_id = existing.id
            conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
            keys_changed = (existing.ticket_key_pem is not None or ticket_key_pem is not None)
        else:
            device_id = _new_device_id(conn)
            conn.execute(insert(devices).values(id=device_id, install_id=install_id,
                                                events_received=0, last_seq=0, **values))
            keys_changed = ticket_key_pem is not None
        conn.execute(update(enrol_codes).where(enrol_codes.c.code_hash == code_hash)
                     .values(device_id=device_id))
        if keys_changed:
            _new_release(db, conn, f"enrol {device_id}", now)
    log.info("device %s enrolled for site %s%s", device_id, site,
             " (again)" if existing is not None else "")
    return EnrolReply(device_id=device_id, credential=f"{device_id}.{secret}",
                      site_code=site, centre_key_pem=centre_key_pem)


def _new_device_id(conn: Connection) -> str:
    while True:
        candidate = f"dev-{secrets.token_hex(4)}"
        if conn.execute(select(devices.c.id).where(devices.c.id == candidate)).first() is None:
            return candidate


@dataclass(frozen=True)
class AuthenticatedDevice:
    """A device whose credential checked out."""

    device_id: str
    site_code: str


_DUMMY_HASH = "0" * 64


def authenticate(db: Database, credential: str | None) -> AuthenticatedDevice:
    """The device holding ``credential`` (``DEVICE_ID.SECRET``).

    Unauthenticated if missing or wrong, Revoked if right but the device was revoked.
    The secret's hash is compared in constant time.
    """
    device_id, dot, secret = (credential or "").partition(".")
    if not dot or not device_id or not secret or len(credential or "") > 256:
        raise Unauthenticated("a device credential is needed: Authorization: Bearer "
                              "DEVICE_ID.SECRET")
    with db.read() as conn:
        row = conn.execute(select(devices.c.secret_hash, devices.c.site_code,
                                  devices.c.revoked_at)
                           .where(devices.c.id == device_id)).first()
    expected = row.secret_hash if row is not None else _DUMMY_HASH
    matches = hmac.compare_digest(_sha256(secret).encode(), expected.encode())
    if row is None or not matches:
        raise Unauthenticated("unknown device or wrong credential")
    if row.revoked_at is not None:
        raise Revoked("this device has been revoked; enrol it again")
    return AuthenticatedDevice(device_id, row.site_code)


# --- push -----------------------------------------------------------------------------

def push(db: Database, device_id: str, batch: PushRequest,
         now: datetime | None = None) -> PushReply:
    """Apply a batch of events in one transaction, the device's row locked.

    Follows the table of docs/PROTOCOL.md ("Push") exactly; see there.
    """
    now = now or utcnow()
    counts: dict[str, int] = {}
    with db.write() as conn:
        device = conn.execute(select(devices.c.last_seq, devices.c.revoked_at)
                              .where(devices.c.id == device_id).with_for_update()).first()
        if device is None:
            raise Unauthenticated("unknown device")
        if device.revoked_at is not None:
            raise Revoked("this device has been revoked; enrol it again")
        known = {row.event_id: row for row in conn.execute(
            select(events.c.event_id, events.c.content_hash, events.c.status,
                   events.c.reason)
            .where(events.c.device_id == device_id,
                   events.c.event_id.in_([e.event_id for e in batch.events])))}
        next_seq = device.last_seq + 1
        results: list[EventResult] = []
        rows: list[dict[str, Any]] = []
        gap = False
        for ev in batch.events:
            old = known.get(ev.event_id)
            if gap:
                result = EventResult(event_id=ev.event_id, seq=ev.seq, status="gap",
                                     reason=f"events before seq {ev.seq} are missing",
                                     expected_seq=next_seq)
            elif old is not None:
                if old.content_hash == ev.hash:
                    result = EventResult(event_id=ev.event_id, seq=ev.seq,
                                         status=old.status, replay=True, reason=old.reason)
                else:
                    result = EventResult(
                        event_id=ev.event_id, seq=ev.seq, status="conflict",
                        reason="this event_id was received before with different content")
            elif ev.seq < next_seq:
                result = EventResult(event_id=ev.event_id, seq=ev.seq, status="conflict",
                                     reason=f"seq {ev.seq} is already used by another event")
            elif ev.seq == next_seq:
                reason = _refusal(ev.type, ev.payload)
                status: Status = "rejected" if reason else "accepted"
                rows.append({"device_id": device_id, "seq": ev.seq, "event_id": ev.event_id,
                             "type": ev.type, "created_at": ev.created_at,
                             "received_at": now, "content_hash": ev.hash, "status": status,
                             "reason": reason, "payload": ev.payload_json})
                result = EventResult(event_id=ev.event_id, seq=ev.seq, status=status,
                                     reason=reason)
                next_seq += 1
            else:
                gap = True
                result = EventResult(event_id=ev.event_id, seq=ev.seq, status="gap",
                                     reason=f"expected seq {next_seq}: the server is missing "
                                            "events the device no longer sends",
                                     expected_seq=next_seq)
            key = f"{result.status} (replay)" if result.replay else result.status
            counts[key] = counts.get(key, 0) + 1
            results.append(result)
        if rows:
            conn.execute(insert(events), rows)
        values: dict[str, Any] = {"last_seq": next_seq - 1, "last_seen_at": now,
                                  "events_received": devices.c.events_received + len(rows)}
        if batch.backlog is not None:
            values["backlog"] = batch.backlog
        if batch.software_version is not None:
            values["software_version"] = batch.software_version
        conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
    log.info("push from %s: %d events, %s, last_seq %d", device_id, len(batch.events),
             ", ".join(f"{n} {s}" for s, n in sorted(counts.items())), next_seq - 1)
    return PushReply(last_seq=next_seq - 1, results=results)


def _refusal(type_: str, payload: Any) -> str | None:
    """Why an event at the next seq is refused (stored as ``rejected``), or None."""
    if type_ not in KNOWN_EVENT_TYPES:
        return f"unknown event type {type_!r}"
    if not isinstance(payload, dict):
        return "payload is not a JSON object"
    return None


# --- admin ----------------------------------------------------------------------------

def list_devices(db: Database) -> list[DeviceInfo]:
    """Every device, by site then id."""
    with db.read() as conn:
        rows = conn.execute(select(devices).order_by(devices.c.site_code, devices.c.id))
        return [_device_info(row) for row in rows]


def revoke(db: Database, device_id: str, now: datetime | None = None) -> DeviceInfo:
    """Revoke a device: its credential stops working (NotFound if there is none)."""
    now = now or utcnow()
    with db.write() as conn:
        row = conn.execute(select(devices).where(devices.c.id == device_id)
                           .with_for_update()).first()
        if row is None:
            raise NotFound(f"no device {device_id!r}")
        if row.revoked_at is None:
            conn.execute(update(devices).where(devices.c.id == device_id)
                         .values(revoked_at=now))
            if row.ticket_key_pem is not None:  # its ticket key leaves the site's bundle
                _new_release(db, conn, f"revoke {device_id}", now)
            log.info("device %s revoked", device_id)
        row = conn.execute(select(devices).where(devices.c.id == device_id)).one()
    return _device_info(row)


def set_site(db: Database, code: str, name: str, counters: int,
             now: datetime | None = None) -> SiteReply:
    """Set a site's settings; makes a new bundle version."""
    _check_site_code(code)
    if not name.strip() or len(name) > 200:
        raise Invalid("site name: 1 to 200 characters")
    if not 1 <= counters <= 100:
        raise Invalid("counters: between 1 and 100")
    now = now or utcnow()
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)
        exists = conn.execute(select(sites.c.code).where(sites.c.code == code)).first()
        values = {"name": name, "counters": counters, "updated_at": now}
        if exists:
            conn.execute(update(sites).where(sites.c.code == code).values(**values))
        else:
            conn.execute(insert(sites).values(code=code, **values))
        version = _new_release(db, conn, f"site {code}", now)
    log.info("site %s set (bundle version %d)", code, version)
    return SiteReply(code=code, name=name, counters=counters, version=version)


def check_catalog(files: Mapping[str, Any]) -> str:
    """Validate a catalog given as ``{file name: JSON content}``; its canonical JSON.

    The files are checked exactly as the kiosk loads a catalog folder
    (``kiosk.catalog_loader``: schema, then cross-checks).  CatalogError naming the
    file, entry and field of the first problem.
    """
    if not files:
        raise CatalogError("(catalog)", "(whole catalog)", "-", "no catalog files")
    if len(files) > MAX_CATALOG_FILES:
        raise CatalogError("(catalog)", "(whole catalog)", "-",
                           f"more than {MAX_CATALOG_FILES} files")
    for name in files:
        if (not name.endswith(".json") or name.endswith(".schema.json") or len(name) > 100
                or name.startswith(".") or not set(name) <= _CATALOG_NAME_CHARS):
            raise CatalogError(name[:100], "(whole file)", "(file name)",
                               "a catalog file name is letters, digits, '_', '-' and '.', "
                               "ending in .json (not .schema.json)")
    try:
        text = canonical_json(dict(files))
    except (ValueError, RecursionError):
        raise CatalogError("(catalog)", "(whole catalog)", "-",
                           "not standard JSON (NaN, Infinity or nested too deeply)") from None
    with tempfile.TemporaryDirectory(prefix="jisr-catalog-") as tmp:
        folder = Path(tmp)
        for name, content in files.items():
            (folder / name).write_text(json.dumps(content, ensure_ascii=False, indent=1),
                                       encoding="utf-8", errors="surrogatepass")
        try:
            load_catalog(folder)
        except CatalogError as exc:  # name the file as given, not the temporary copy
            file = Path(exc.file).name if exc.file.startswith(tmp) else exc.file
            if exc.file == str(folder):
                file = "(catalog)"
            raise CatalogError(file, exc.entry, exc.field, exc.problem) from None
    return text


def read_catalog_path(path: Path) -> dict[str, Any]:
    """The catalog at ``path``: a catalog folder, or a JSON file ``{file name: content}``.

    A folder is checked in place first (errors name its real files).  CatalogError
    for any problem.
    """
    if path.is_dir():
        load_catalog(path)
        return {f.name: read_json(f) for f in catalog_files(path)}
    doc = read_json(path)
    if (not isinstance(doc, dict) or not doc
            or not all(isinstance(k, str) and k.endswith(".json") for k in doc)):
        raise CatalogError(str(path), "(whole file)", "-",
                           "expected a catalog folder, or a JSON object mapping each "
                           "catalog file name (*.json) to its content")
    return doc


def publish_catalog(db: Database, files: Mapping[str, Any],
                    now: datetime | None = None) -> ReleaseReply:
    """Check and publish a catalog: a new bundle version.  Nothing changes on error."""
    text = check_catalog(files)
    now = now or utcnow()
    with db.write() as conn:
        version = _new_release(db, conn, "catalog", now, catalog_json=text)
    log.info("catalog published: bundle version %d, %d files", version, len(files))
    return ReleaseReply(version=version, published_at=now)


# --- bundle ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BundleContent:
    """What goes into a device's bundle (before it is signed)."""

    version: int
    payload: bytes


def latest_version(db: Database) -> int | None:
    """The newest bundle version with a catalog, or None if no catalog was published."""
    with db.read() as conn:
        row = conn.execute(select(releases.c.version, releases.c.catalog)
                           .order_by(releases.c.version.desc()).limit(1)).first()
    if row is None or row.catalog is None:
        return None
    return int(row.version)


def bundle_payload(db: Database, site_code: str, centre_pem: str,
                   have: int = 0) -> BundleContent | None:
    """The canonical JSON bundle for ``site_code`` if newer than ``have``, else None."""
    with db.read() as conn:
        release = conn.execute(select(releases).order_by(releases.c.version.desc())
                               .limit(1)).first()
        if release is None or release.catalog is None or release.version <= have:
            return None
        site = conn.execute(select(sites.c.name, sites.c.counters)
                            .where(sites.c.code == site_code)).first()
        pems = conn.execute(
            select(devices.c.ticket_key_pem)
            .where(devices.c.site_code == site_code, devices.c.revoked_at.is_(None),
                   devices.c.ticket_key_pem.is_not(None))
            .order_by(devices.c.id)).scalars().all()
    trusted = [{"label": "centre", "public_key_pem": centre_pem}]
    seen = {centre_pem}
    for pem in pems:
        if pem not in seen:
            seen.add(pem)
            trusted.append({"label": site_code, "public_key_pem": pem})
    content = {
        "format": "jisr-bundle/1",
        "version": release.version,
        "published_at": release.published_at.isoformat(),
        "site_code": site_code,
        "catalog": json.loads(release.catalog),
        "site": {"name": site.name, "counters": site.counters} if site else None,
        "trusted_keys": trusted,
    }
    return BundleContent(release.version, canonical_json(content).encode("utf-8"))


def touch_device(db: Database, device_id: str, now: datetime | None = None) -> None:
    """Note that the device was seen (server clock)."""
    with db.write() as conn:
        conn.execute(update(devices).where(devices.c.id == device_id)
                     .values(last_seen_at=now or utcnow()))


def count_events(db: Database, device_id: str | None = None) -> int:
    """How many events the centre stores (for one device, or all)."""
    query = select(func.count()).select_from(events)
    if device_id is not None:
        query = query.where(events.c.device_id == device_id)
    with db.read() as conn:
        return int(conn.execute(query).scalar_one())


def stored_events(db: Database, device_id: str) -> Sequence[Any]:
    """A device's stored events by seq (for tests and admins; holds personal data)."""
    with db.read() as conn:
        return conn.execute(select(events).where(events.c.device_id == device_id)
                            .order_by(events.c.seq)).all()
