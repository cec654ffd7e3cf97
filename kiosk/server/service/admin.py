"""Admin work on devices: list them, revoke one; and noting that a device was seen."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from kiosk.server.db import Database
from kiosk.server.models import DeviceInfo
from kiosk.server.schema import devices
from kiosk.server.service.common import utcnow
from kiosk.server.service.errors import NotFound
from kiosk.server.service.releases import new_release

log = logging.getLogger(__name__)


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
                new_release(db, conn, f"revoke {device_id}", now)
            log.info("device %s revoked", device_id)
        row = conn.execute(select(devices).where(devices.c.id == device_id)).one()
    return _device_info(row)


def touch_device(db: Database, device_id: str, now: datetime | None = None) -> None:
    """Note that the device was seen (server clock)."""
    with db.write() as conn:
        conn.execute(update(devices).where(devices.c.id == device_id)
                     .values(last_seen_at=now or utcnow()))


def _device_info(row: Any) -> DeviceInfo:
    return DeviceInfo(
        device_id=row.id, site_code=row.site_code, enrolled_at=row.enrolled_at,
        last_seen_at=row.last_seen_at, events_received=row.events_received,
        last_seq=row.last_seq, backlog=row.backlog, software_version=row.software_version,
        revoked=row.revoked_at is not None, revoked_at=row.revoked_at, role=row.role,
        station=row.station, via=row.via, relayed_seq=row.relayed_seq)
