"""Push: a device's batch of events applied in one transaction; the stored events.

:func:`apply_events` is the one place events are judged and stored, whether a device
pushes them itself (:func:`push`) or a hall server relays them
(:mod:`kiosk.server.service.relay`): the same table of docs/PROTOCOL.md, the same
content hash, the same queue projection, in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update

from kiosk.server.db import EVENTS_LOCK, Database
from kiosk.server.events import KNOWN_EVENT_TYPES
from kiosk.server.models import (
    Event,
    EventResult,
    PushReply,
    PushRequest,
    RelayResult,
    Status,
)
from kiosk.server.schema import devices, events
from kiosk.server.service.common import utcnow
from kiosk.server.service.errors import Revoked, Unauthenticated
from kiosk.server.service.queue import StoredEvent, project

log = logging.getLogger(__name__)


def push(db: Database, device_id: str, batch: PushRequest,
         now: datetime | None = None) -> PushReply:
    """Apply a batch of events in one transaction, the device's row locked.

    Follows the table of docs/PROTOCOL.md ("Push") exactly; see there.
    """
    now = now or utcnow()
    with db.write() as conn:
        locked = lock_devices(conn, [device_id])
        device = locked.get(device_id)
        if device is None:
            raise Unauthenticated("unknown device")
        if device.revoked_at is not None:
            raise Revoked("this device has been revoked; enrol it again")
        results, last = apply_events(conn, db, [(device_id, ev) for ev in batch.events], now)
        values: dict[str, Any] = {}
        if batch.backlog is not None:
            values["backlog"] = batch.backlog
        if batch.software_version is not None:
            values["software_version"] = batch.software_version
        if values:
            conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
    last_seq = last.get(device_id, device.last_seq)
    log.info("push from %s: %d events, %s, last_seq %d", device_id, len(batch.events),
             summary(results), last_seq)
    return PushReply(last_seq=last_seq, results=results)


def lock_devices(conn: Connection, device_ids: Iterable[str]) -> dict[str, Row[Any]]:
    """The rows of these devices, locked until the transaction ends (``FOR UPDATE``),
    taken in id order so that two transactions never wait for each other in a circle."""
    found: dict[str, Row[Any]] = {}
    for device_id in sorted(set(device_ids)):
        row = conn.execute(select(devices).where(devices.c.id == device_id)
                           .with_for_update()).first()
        if row is not None:
            found[device_id] = row
    return found


@dataclass
class _Cursor:
    """Where one device stands while a batch is judged."""

    site_code: str
    next_seq: int
    gap: bool = False
    stored: int = 0
    known: dict[str, Any] = field(default_factory=dict)


def apply_events(conn: Connection, db: Database, batch: Sequence[tuple[str, Event]],
                 now: datetime) -> tuple[list[EventResult], dict[str, int]]:
    """Judge and store ``batch`` (``(device_id, event)`` pairs) in its order.

    The devices' rows must exist and be locked by the caller (:func:`lock_devices`);
    each device's events must be in seq order.  Events of several devices may be
    interleaved (a relay): they are stored, numbered (``arrival``) and applied to the
    queue in exactly the batch's order.  Returns one result per event and each device's
    ``last_seq`` after the batch.
    """
    ids = list(dict.fromkeys(device_id for device_id, _ in batch))
    cursors = {row.id: _Cursor(row.site_code, row.last_seq + 1) for row in conn.execute(
        select(devices.c.id, devices.c.site_code, devices.c.last_seq)
        .where(devices.c.id.in_(ids)))}
    for device_id in ids:  # one indexed look-up per device (a push has one)
        cursor = cursors[device_id]
        cursor.known = {row.event_id: row for row in conn.execute(
            select(events.c.event_id, events.c.content_hash, events.c.status,
                   events.c.reason)
            .where(events.c.device_id == device_id,
                   events.c.event_id.in_([ev.event_id for d, ev in batch if d == device_id])))}
    results: list[EventResult] = []
    fresh: list[tuple[str, Event, Status, str | None]] = []
    for device_id, ev in batch:
        cursor = cursors[device_id]
        result = _judge(cursor, ev)
        if result.status in ("accepted", "rejected") and not result.replay:
            fresh.append((device_id, ev, result.status, result.reason))
            cursor.next_seq += 1
            cursor.stored += 1
        results.append(result)
    if fresh:
        _store(conn, db, fresh, cursors, now)
    for device_id, cursor in cursors.items():
        conn.execute(update(devices).where(devices.c.id == device_id).values(
            last_seq=cursor.next_seq - 1, last_seen_at=now,
            events_received=devices.c.events_received + cursor.stored))
    return results, {device_id: c.next_seq - 1 for device_id, c in cursors.items()}


def _judge(cursor: _Cursor, ev: Event) -> EventResult:
    """The row of the table of docs/PROTOCOL.md that applies to ``ev``."""
    old = cursor.known.get(ev.event_id)
    if cursor.gap:
        return EventResult(event_id=ev.event_id, seq=ev.seq, status="gap",
                           reason=f"events before seq {ev.seq} are missing",
                           expected_seq=cursor.next_seq)
    if old is not None:
        if old.content_hash == ev.hash:
            return EventResult(event_id=ev.event_id, seq=ev.seq, status=old.status,
                               replay=True, reason=old.reason)
        return EventResult(event_id=ev.event_id, seq=ev.seq, status="conflict",
                           reason="this event_id was received before with different content")
    if ev.seq < cursor.next_seq:
        return EventResult(event_id=ev.event_id, seq=ev.seq, status="conflict",
                           reason=f"seq {ev.seq} is already used by another event")
    if ev.seq == cursor.next_seq:
        reason = _refusal(ev.type, ev.payload)
        return EventResult(event_id=ev.event_id, seq=ev.seq,
                           status="rejected" if reason else "accepted", reason=reason)
    cursor.gap = True
    return EventResult(event_id=ev.event_id, seq=ev.seq, status="gap",
                       reason=f"expected seq {cursor.next_seq}: the server is missing "
                              "events the device no longer sends",
                       expected_seq=cursor.next_seq)


def _store(conn: Connection, db: Database, fresh: list[tuple[str, Event, Status, str | None]],
           cursors: dict[str, _Cursor], now: datetime) -> None:
    """Insert the new events, numbered in arrival order, and move the queue.

    The numbers are taken under one lock held until commit (PostgreSQL; SQLite's
    writers are one at a time anyway), so they are given and committed in the same
    order: a reader that saw number N has seen every number below it.
    """
    db.lock(conn, EVENTS_LOCK)
    last = conn.execute(select(func.max(events.c.arrival))).scalar_one_or_none() or 0
    rows: list[dict[str, Any]] = []
    stored: list[StoredEvent] = []
    for n, (device_id, ev, status, reason) in enumerate(fresh, start=last + 1):
        rows.append({"device_id": device_id, "seq": ev.seq, "event_id": ev.event_id,
                     "type": ev.type, "created_at": ev.created_at, "received_at": now,
                     "content_hash": ev.hash, "status": status, "reason": reason,
                     "payload": ev.payload_json, "arrival": n})
        if status == "accepted":
            stored.append(StoredEvent(device_id, ev.seq, ev.event_id, ev.type, ev.payload,
                                      n, cursors[device_id].site_code))
    conn.execute(insert(events), rows)
    project(conn, stored, now)


def summary(results: Sequence[EventResult | RelayResult]) -> str:
    """``3 accepted, 1 accepted (replay)``: for logs."""
    counts: dict[str, int] = {}
    for result in results:
        key = f"{result.status} (replay)" if result.replay else result.status
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))


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
