"""Erase visitors' personal details on a server after the retention period.

The privacy notice promises the visitor that their details are deleted after
``retention_days`` (90 by default, docs/STORAGE.md "Retention").  The kiosk keeps that
promise for its own copy; this keeps it for the copies a hall server or the centre
holds.  For every stored event received before the cutoff:

* ``request.created``: the request's ``fields`` and ``scans`` emptied (marked
  ``fields_purged``), and the same in the ``queue_requests`` row the counters read;
* ``ticket.served``: the agent's ``note`` emptied (``note_purged``), and removed from
  the queue's copy of the event (``queue_events``; since this change the queue no longer
  keeps notes at all);
* ``feedback.given``: the visitor's ``comment`` emptied (``comment_purged``).

Tickets, states, times, ratings and counts stay, so reports of past days do not
change.  The event keeps its ``content_hash``: a device resending it after a lost reply
is still recognised (the hash, not the payload, is compared).  A hall server never
changes an event it has not relayed to the centre yet (``devices.relayed_seq``): the
centre would see other content under the same id.  Each event is purged once
(``events.purged_at``), in batches of short transactions so pushes are not held up.

Field cases (``field_case.*``) are not touched: how long a field team's case must be
kept has not been decided (docs/FIELD.md).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, select, update

from kiosk.domain.queue import TICKET_SERVED
from kiosk.domain.retention import erase_comment, erase_note, erase_request
from kiosk.server.db import Database
from kiosk.server.events import FEEDBACK_GIVEN, REQUEST_CREATED, canonical_json
from kiosk.server.schema import devices, events, queue_events, queue_requests

log = logging.getLogger(__name__)

#: events read and rewritten per transaction
BATCH = 500


@dataclass(frozen=True)
class PurgeCounts:
    """What one purge erased."""

    requests: int = 0  # request.created events (and their queue_requests rows)
    notes: int = 0  # agents' notes on ticket.served
    comments: int = 0  # feedback comments

    @property
    def total(self) -> int:
        """Events changed."""
        return self.requests + self.notes + self.comments


# the same rules as the kiosk's own purge (kiosk.domain.retention)
_ERASERS = {REQUEST_CREATED: erase_request, TICKET_SERVED: erase_note,
            FEEDBACK_GIVEN: erase_comment}


def purge_personal_data(db: Database, cutoff: datetime, *, relaying: bool,
                        now: datetime) -> PurgeCounts:
    """Erase the personal details of events received before ``cutoff`` (see the
    module).  ``relaying``: this is a hall server, so events not yet relayed wait."""
    counts = {REQUEST_CREATED: 0, TICKET_SERVED: 0, FEEDBACK_GIVEN: 0}
    while True:
        done = _purge_batch(db, cutoff, relaying, now, counts)
        if done < BATCH:
            break
    result = PurgeCounts(counts[REQUEST_CREATED], counts[TICKET_SERVED],
                         counts[FEEDBACK_GIVEN])
    if result.total and db.is_sqlite:
        # the old page images holding the details leave the WAL too (secure_delete
        # zeroes freed pages in the main file)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("retention: personal details erased from %d requests, %d counter notes and "
             "%d feedback comments received before %s", result.requests, result.notes,
             result.comments, cutoff.date().isoformat())
    return result


def _erase_queue_note(conn: Connection, device_id: str, seq: int) -> None:
    data = conn.execute(select(queue_events.c.data).where(
        queue_events.c.device_id == device_id, queue_events.c.seq == seq)).scalar()
    if data is None:
        return
    try:
        parsed = json.loads(data)
    except ValueError:
        return
    if isinstance(parsed, dict) and parsed.pop("note", None) is not None:
        conn.execute(update(queue_events).where(
            queue_events.c.device_id == device_id, queue_events.c.seq == seq)
            .values(data=canonical_json(parsed)))


def _purge_batch(db: Database, cutoff: datetime, relaying: bool, now: datetime,
                 counts: dict[str, int]) -> int:
    """One transaction over at most :data:`BATCH` events; how many it read."""
    due = and_(events.c.type.in_(tuple(_ERASERS)), events.c.received_at < cutoff,
               events.c.purged_at.is_(None))
    query = select(events.c.device_id, events.c.seq, events.c.type, events.c.payload)
    if relaying:  # only what the centre already has
        query = query.join(devices, devices.c.id == events.c.device_id).where(
            events.c.seq <= devices.c.relayed_seq)
    with db.write() as conn:
        rows = conn.execute(query.where(due).limit(BATCH)).all()
        for row in rows:
            changed = None
            try:
                payload = json.loads(row.payload)
                erased = _ERASERS[row.type](payload) if isinstance(payload, dict) else None
                if erased is not None:
                    changed = canonical_json(erased)
                    counts[row.type] += 1
            except ValueError:  # unreadable: nothing of it is shown anywhere either
                log.warning("retention: event %s seq %d is not JSON; marked purged",
                            row.device_id, row.seq)
            values: dict[str, Any] = {"purged_at": now}
            if changed is not None:
                values["payload"] = changed
            conn.execute(update(events).where(events.c.device_id == row.device_id,
                                              events.c.seq == row.seq).values(**values))
            if row.type == TICKET_SERVED:  # the queue's copy (kept a note before 0005)
                _erase_queue_note(conn, row.device_id, row.seq)
            if row.type == REQUEST_CREATED:  # the counters' copy of the same details
                made = select(queue_events.c.request_id).where(
                    queue_events.c.device_id == row.device_id, queue_events.c.seq == row.seq)
                conn.execute(update(queue_requests)
                             .where(queue_requests.c.request_id.in_(made.scalar_subquery()))
                             .values(fields="{}", scans="[]"))
    return len(rows)
