"""Enrolment codes, enrolment, and the authentication of a device's credential."""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kiosk.domain.tickets import MAX_STATION
from kiosk.errors import InputError
from kiosk.keys import parse_public_key
from kiosk.server.db import RELEASE_LOCK, Database
from kiosk.server.models import EnrolCodeReply, EnrolReply, Role
from kiosk.server.schema import devices, enrol_codes
from kiosk.server.service.common import check_site_code, sha256_hex, utcnow
from kiosk.server.service.errors import (
    BadCode,
    Invalid,
    NoStation,
    Revoked,
    Unauthenticated,
)
from kiosk.server.service.releases import new_release

log = logging.getLogger(__name__)

#: How long an enrolment code stays usable.
CODE_LIFETIME = timedelta(hours=24)
#: Letters and digits of enrolment codes: no 0/O, 1/I/L, so they read aloud well.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_GROUPS, CODE_GROUP_LEN = 3, 4
_SECRET_BYTES = 32
#: Random bytes of a new device id (``dev-`` and 16 hex digits): a hall server and the
#: centre each choose ids, and the centre keeps relayed devices under the hall's ids,
#: so ids must not collide between servers either.
_DEVICE_ID_BYTES = 8
_DUMMY_HASH = "0" * 64


def normalise_code(code: str) -> str:
    """An enrolment code without dashes or spaces, upper case ("k7qf 2m9d" -> "K7QF2M9D")."""
    return "".join(ch for ch in code.upper() if ch not in "- \t")


def new_code() -> str:
    """A fresh human-friendly code, ``K7QF-2M9D-XW4P`` (about 59 bits)."""
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
              for _ in range(CODE_GROUPS))
    return "-".join(groups)


def make_enrol_code(db: Database, site_code: str, now: datetime | None = None
                    ) -> EnrolCodeReply:
    """A one-time enrolment code for ``site_code``; only its hash is stored."""
    check_site_code(site_code)
    now = now or utcnow()
    code = new_code()
    with db.write() as conn:
        conn.execute(insert(enrol_codes).values(
            code_hash=sha256_hex(normalise_code(code)), site_code=site_code,
            created_at=now, expires_at=now + CODE_LIFETIME))
    log.info("enrolment code made for site %s", site_code)
    return EnrolCodeReply(code=code, site_code=site_code, expires_at=now + CODE_LIFETIME)


def check_ticket_key(pem: str) -> str:
    """``pem`` if it is an Ed25519 or P-256 public key (kiosk.keys' rule); Invalid
    otherwise."""
    try:
        parse_public_key(pem, "ticket_key_pem")
    except InputError as err:
        raise Invalid(str(err)) from None
    return pem


def enrol(db: Database, code: str, install_id: str, software_version: str | None,
          ticket_key_pem: str | None, centre_key_pem: str,
          now: datetime | None = None, role: Role = "kiosk") -> EnrolReply:
    """Use ``code`` once to enrol the install ``install_id`` as a ``role``.

    The same install enrolled again keeps its device id and seq (its revocation, if
    any, is lifted) and gets a new credential.  A kiosk gets a station (1 to 9, see
    :func:`_station`).  A new bundle version is made when the site's trusted ticket keys
    change.  BadCode if the code is unknown, used or expired; NoStation when the site
    has nine kiosks already (the code is then not used up).
    """
    if ticket_key_pem is not None:
        check_ticket_key(ticket_key_pem)
    now = now or utcnow()
    secret = secrets.token_urlsafe(_SECRET_BYTES)
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)  # enrolments (and releases) one at a time on PostgreSQL
        code_hash = sha256_hex(normalise_code(code))
        site = conn.execute(
            update(enrol_codes)
            .where(enrol_codes.c.code_hash == code_hash, enrol_codes.c.used_at.is_(None),
                   enrol_codes.c.expires_at > now)
            .values(used_at=now).returning(enrol_codes.c.site_code)).scalar_one_or_none()
        if site is None:
            raise BadCode("enrolment code unknown, already used or expired")
        existing = conn.execute(select(devices).where(devices.c.install_id == install_id)
                                .with_for_update()).first()
        if existing is not None and existing.via is not None:
            raise Invalid("this install id is taken by a device known through a hall "
                          "server")
        station = _station(conn, site, existing) if role == "kiosk" else None
        values = {"site_code": site, "secret_hash": sha256_hex(secret),
                  "ticket_key_pem": ticket_key_pem, "enrolled_at": now,
                  "software_version": software_version, "revoked_at": None,
                  "last_seen_at": now, "role": role, "station": station}
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
            new_release(db, conn, f"enrol {device_id}", now)
    log.info("device %s enrolled for site %s as %s%s%s", device_id, site, role,
             f" {station}" if station else "", " (again)" if existing is not None else "")
    return EnrolReply(device_id=device_id, credential=f"{device_id}.{secret}",
                      site_code=site, centre_key_pem=centre_key_pem, role=role,
                      station=station)


def _station(conn: Connection, site: str, existing: Any) -> int:
    """The station of a kiosk enrolling at ``site``: the one it had, if it still may,
    else the lowest one no enrolled (not revoked) kiosk of the site holds.

    A revoked kiosk's station is free for another; enrolled again, the revoked kiosk
    gets its old one back if nobody took it, else a new one.
    """
    held = {row.station for row in conn.execute(
        select(devices.c.id, devices.c.station).where(
            devices.c.site_code == site, devices.c.role == "kiosk",
            devices.c.station.is_not(None), devices.c.revoked_at.is_(None)))
        if existing is None or row.id != existing.id}
    if existing is not None and existing.site_code == site and existing.station \
            and existing.station not in held:
        return int(existing.station)
    for station in range(1, MAX_STATION + 1):
        if station not in held:
            return station
    raise NoStation(f"site {site} has {MAX_STATION} kiosks enrolled: revoke one that is "
                    "no longer used, or enrol this device as a console or board")


def _new_device_id(conn: Connection) -> str:
    while True:
        candidate = f"dev-{secrets.token_hex(_DEVICE_ID_BYTES)}"
        if conn.execute(select(devices.c.id).where(devices.c.id == candidate)).first() is None:
            return candidate


@dataclass(frozen=True)
class AuthenticatedDevice:
    """A device whose credential checked out."""

    device_id: str
    site_code: str
    role: str = "kiosk"


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
                                  devices.c.revoked_at, devices.c.role, devices.c.via)
                           .where(devices.c.id == device_id)).first()
    # a device known only through a hall's relay has no credential here
    usable = row is not None and row.via is None
    expected = row.secret_hash if row is not None and usable else _DUMMY_HASH
    matches = hmac.compare_digest(sha256_hex(secret).encode(), expected.encode())
    if row is None or not usable or not matches:
        raise Unauthenticated("unknown device or wrong credential")
    if row.revoked_at is not None:
        raise Revoked("this device has been revoked; enrol it again")
    return AuthenticatedDevice(device_id, row.site_code, row.role)
