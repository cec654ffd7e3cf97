"""Push: a device's batch of events applied in one transaction; the stored events."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from kiosk.server.db import Database
from kiosk.server.events import KNOWN_EVENT_TYPES
from kiosk.server.models import EventResult, PushReply, PushRequest, Status
from kiosk.server.schema import devices, events
from kiosk.server.service.common import utcnow
from kiosk.server.service.errors import Revoked, Unauthenticated

log = logging.getLogger(__name__)


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
