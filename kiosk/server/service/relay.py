"""The centre's side of the relay: events of a hall's devices, sent by its hall server.

A hall server is a device of the centre (enrolled with role ``hall``).  It forwards
every event its own devices pushed to it, in the order they reached it, with each
event's origin device.  The centre applies them per origin device with exactly the
rules of a push (:func:`kiosk.server.service.push.apply_events`), in one transaction:
so the centre ends up with each kiosk's and console's events once, under their own
device ids, in seq order, whatever replies were lost on the way.

A device the centre does not know yet gets a row of its own: no credential (it cannot
log in here), ``via`` = the hall's device id, the hall's site.  A device id that
belongs to another device at the centre (a direct one, or another hall's) is
``refused`` for this hall: nothing of it is stored.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, insert, select, update

from kiosk.server.db import Database
from kiosk.server.models import RelayReply, RelayRequest, RelayResult, RelayStatus, Role
from kiosk.server.schema import devices, relay_state
from kiosk.server.service.common import utcnow
from kiosk.server.service.enrolment import AuthenticatedDevice
from kiosk.server.service.errors import Forbidden, Revoked, Unauthenticated
from kiosk.server.service.push import apply_events, lock_devices, summary

log = logging.getLogger(__name__)

#: The role a hall server is enrolled at the centre with.
HALL_ROLE = "hall"
RELAY_STATE_ID = 1


def relay(db: Database, hall: AuthenticatedDevice, batch: RelayRequest,
          now: datetime | None = None) -> RelayReply:
    """Apply the events a hall server relays, in the batch's order, in one transaction.

    Forbidden unless ``hall`` was enrolled with role ``hall``.  One result per event, in
    the batch's order: the statuses of a push, or ``refused``.
    """
    if hall.role != HALL_ROLE:
        raise Forbidden("only a hall server (enrolled with role hall) may relay events")
    now = now or utcnow()
    origins = list(dict.fromkeys(item.origin_device_id for item in batch.events))
    roles: dict[str, Role] = {}
    for item in batch.events:
        if item.origin_role is not None:
            roles.setdefault(item.origin_device_id, item.origin_role)
    refused: dict[str, str] = {}
    with db.write() as conn:
        # the hall's row first: two relays of one hall run one after the other
        hall_row = lock_devices(conn, [hall.device_id]).get(hall.device_id)
        if hall_row is None:
            raise Unauthenticated("unknown device")
        if hall_row.revoked_at is not None:
            raise Revoked("this device has been revoked; enrol it again")
        known = lock_devices(conn, [o for o in origins if o != hall.device_id])
        for origin in origins:
            row = known.get(origin)
            if row is None and origin != hall.device_id:
                conn.execute(insert(devices).values(
                    id=origin, install_id=f"relay:{origin}", site_code=hall_row.site_code,
                    secret_hash="", enrolled_at=now, events_received=0, last_seq=0,
                    role=roles.get(origin, "kiosk"), via=hall.device_id, relayed_seq=0))
                log.info("device %s of hall %s known at the centre from now on", origin,
                         hall.device_id)
            elif row is None or row.via != hall.device_id:
                refused[origin] = ("this device id belongs to another device at the "
                                   "centre")
                log.warning("hall %s relays events of %s, a device id that is not its "
                            "own here: refused", hall.device_id, origin)
        items = [(item.origin_device_id, item.event) for item in batch.events
                 if item.origin_device_id not in refused]
        applied = iter(apply_events(conn, db, items, now)[0] if items else [])
        conn.execute(update(devices).where(devices.c.id == hall.device_id)
                     .values(last_seen_at=now))
    results: list[RelayResult] = []
    for item in batch.events:
        origin, ev = item.origin_device_id, item.event
        if origin in refused:
            results.append(RelayResult(origin_device_id=origin, event_id=ev.event_id,
                                       seq=ev.seq, status="refused", reason=refused[origin]))
            continue
        result = next(applied)
        results.append(RelayResult(origin_device_id=origin, **result.model_dump()))
    log.info("relay from %s: %d events of %d devices, %s", hall.device_id,
             len(batch.events), len(origins), summary(results))
    return RelayReply(results=results)


def relay_status(db: Database, upstream_url: str | None = None) -> RelayStatus:
    """Where this server's relay to the centre stands (its ``relay_state`` row).

    ``upstream_url``: the centre this server is enrolled at, if it is (else the one its
    relay last ran with).  ``pending`` counts the events of this server's devices not
    yet at the centre; 0 when this server has no upstream.
    """
    with db.read() as conn:
        row = conn.execute(select(relay_state).where(relay_state.c.id == RELAY_STATE_ID)
                           ).first()
        url = upstream_url or (row.upstream_url if row is not None else None)
        pending = 0
        if url:
            pending = int(conn.execute(select(func.coalesce(
                func.sum(devices.c.last_seq - devices.c.relayed_seq), 0))).scalar_one())
    if row is None:
        return RelayStatus(upstream_url=url, pending=pending, relayed=0,
                           last_attempt_at=None, last_success_at=None, last_error=None,
                           failures=0)
    return RelayStatus(upstream_url=url, pending=pending, relayed=row.relayed,
                       last_attempt_at=row.last_attempt_at,
                       last_success_at=row.last_success_at, last_error=row.last_error,
                       failures=row.failures)
