"""The hall's queue on the server: a projection of the accepted queue events.

Every ``kiosk server`` (hall server or centre) keeps, for each site, the tickets its
devices' events make, moved by exactly the rules of :mod:`kiosk.domain.queue`:

- ``queue_events``: every accepted event that moves a ticket (``request.created``,
  the counter events, ``ticket.cancelled``), with what the rules need of it and its
  arrival number.  A ``request.created`` keeps only its ticket (no personal data).
- ``queue_tickets``: each ticket as it stands: the **fold** of its events, the
  ``request.created`` first, then every other event in arrival order.  An event that
  arrives before its ticket (a console's push overtaking a kiosk's) simply waits in
  ``queue_events`` and is applied when the ticket arrives.
- ``queue_requests``: what the visitor entered and scanned, for the counter.  Personal
  data: never logged.

"In arrival order" is the hall server's order: the first call of a ticket to reach it
wins (a counter that called the same ticket a moment later sees that and calls the
next).  The relay hands the events to the centre in that same order, so the centre's
copy of the queue is the hall's.

A ticket is moved only by devices of its own site (the site of the device that issued
it).  An event whose payload the rules cannot read is stored like any other, left out
of the queue, and logged by device and seq -- never its payload.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from kiosk.domain import queue as rules
from kiosk.domain.queue import QueueTicket
from kiosk.server.db import Database
from kiosk.server.events import canonical_json
from kiosk.server.models import QueueReply, RequestInfo, TicketInfo
from kiosk.server.schema import queue_events, queue_requests, queue_tickets
from kiosk.server.service.common import utcnow

log = logging.getLogger(__name__)

#: Longest request id taken into the queue.
MAX_REQUEST_ID = 64
#: Longest texts of a ticket the projection keeps (the columns' widths).
_WIDTHS = {"number": 32, "group": 32, "service_id": 100, "priority": 50}
#: Largest counter number (the column is a 32-bit integer).
MAX_COUNTER = 2**31 - 1


@dataclass(frozen=True)
class StoredEvent:
    """An accepted event just stored, as the projection needs it."""

    device_id: str
    seq: int
    event_id: str
    type: str
    payload: Any
    arrival: int
    site_code: str  # the site of the device that sent it


@dataclass(frozen=True)
class _Entry:
    device_id: str
    seq: int
    site_code: str
    type: str
    data: Mapping[str, Any]


def project(conn: Connection, stored: Sequence[StoredEvent], now: datetime) -> None:
    """Apply the queue events among ``stored`` (in arrival order) to the projection.

    Only the events stored *before* this batch are read back (a ticket's earlier
    events, or counter events waiting for their ticket); the batch's own are folded
    from memory.  A ticket row is rewritten only if it existed.
    """
    rows: list[dict[str, Any]] = []
    fresh: dict[str, list[_Entry]] = {}
    details: dict[str, dict[str, Any]] = {}
    first_arrival: int | None = None
    for ev in stored:
        if ev.type not in rules.QUEUE_EVENTS:
            continue
        found = _queue_data(ev)
        if found is None:
            log.warning("event %s of %s (seq %d): not applied to the queue, its payload "
                        "is not one the queue rules read", ev.event_id, ev.device_id, ev.seq)
            continue
        request_id, data = found
        first_arrival = ev.arrival if first_arrival is None else first_arrival
        rows.append({"device_id": ev.device_id, "seq": ev.seq, "request_id": request_id,
                     "site_code": ev.site_code, "type": ev.type, "arrival": ev.arrival,
                     "data": canonical_json(data)})
        fresh.setdefault(request_id, []).append(
            _Entry(ev.device_id, ev.seq, ev.site_code, ev.type, data))
        if ev.type == rules.REQUEST_CREATED and request_id not in details:
            request = _request_row(request_id, ev)
            if request is not None:
                details[request_id] = request
    if not rows:
        return
    conn.execute(insert(queue_events), rows)
    earlier: dict[str, list[_Entry]] = {}
    for row in conn.execute(
            select(queue_events.c.request_id, queue_events.c.device_id, queue_events.c.seq,
                   queue_events.c.site_code, queue_events.c.type, queue_events.c.data)
            .where(queue_events.c.request_id.in_(list(fresh)),
                   queue_events.c.arrival < first_arrival)
            .order_by(queue_events.c.arrival)):
        earlier.setdefault(row.request_id, []).append(
            _Entry(row.device_id, row.seq, row.site_code, row.type, json.loads(row.data)))
    # a ticket row exists exactly when an earlier request.created made one
    had_ticket = [rid for rid, entries in earlier.items()
                  if any(e.type == rules.REQUEST_CREATED for e in entries)]
    tickets = [t for t in (fold([*earlier.get(rid, []), *entries])
                           for rid, entries in fresh.items()) if t is not None]
    if had_ticket:
        conn.execute(delete(queue_tickets).where(queue_tickets.c.request_id.in_(had_ticket)))
    if tickets:
        conn.execute(insert(queue_tickets), [_ticket_row(t, now) for t in tickets])
    made = set(had_ticket)
    missing = [request for rid, request in details.items() if rid not in made]
    if missing:
        conn.execute(insert(queue_requests), missing)


def fold(entries: Iterable[_Entry]) -> QueueTicket | None:
    """The ticket its events make (in arrival order); None before its request.created."""
    entries = list(entries)
    created = next((e for e in entries if e.type == rules.REQUEST_CREATED), None)
    if created is None:
        return None
    ticket = replace(rules.ticket_from_created(created.data), site_code=created.site_code)
    for entry in entries:
        if entry is created or entry.type == rules.REQUEST_CREATED:
            continue
        if entry.site_code != ticket.site_code:
            log.warning("event of %s (seq %d) is for a ticket of another site: ignored",
                        entry.device_id, entry.seq)
            continue
        try:
            ticket = rules.apply_event(ticket, entry.type, entry.data)
        except (KeyError, ValueError, TypeError):
            log.warning("event of %s (seq %d): not applied to the queue, its payload is "
                        "not one the queue rules read", entry.device_id, entry.seq)
    return ticket


def _queue_data(ev: StoredEvent) -> tuple[str, dict[str, Any]] | None:
    """The request id and what the rules need of a queue event; None if unreadable."""
    payload = ev.payload
    if not isinstance(payload, dict):
        return None
    try:
        if ev.type == rules.REQUEST_CREATED:
            ticket = rules.ticket_from_created(payload)
            if not 0 < len(ticket.request_id) <= MAX_REQUEST_ID or any(
                    len(getattr(ticket, name) or "") > width
                    for name, width in _WIDTHS.items()):
                return None
            # the ticket and nothing personal
            return ticket.request_id, {"ticket": dict(payload["ticket"])}
        request_id = payload.get("request_id")
        if not isinstance(request_id, str) or not 0 < len(request_id) <= MAX_REQUEST_ID:
            return None
        if "at" in payload:
            datetime.fromisoformat(str(payload["at"]))
        if ev.type in rules.COUNTER_EVENTS:
            counter = payload.get("counter")
            if not isinstance(counter, int) or isinstance(counter, bool) \
                    or not 0 <= counter <= MAX_COUNTER:
                return None
        if ev.type == rules.TICKET_TRANSFERRED and (
                not isinstance(payload.get("to_group"), str)
                or not 0 < len(payload["to_group"]) <= _WIDTHS["group"]):
            return None
        # an agent's note may name the visitor and the rules do not read it
        return request_id, {k: v for k, v in payload.items() if k != "note"}
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def _request_row(request_id: str, ev: StoredEvent) -> dict[str, Any] | None:
    """The ``queue_requests`` row of a request.created; None (logged) if unreadable."""
    try:
        request = ev.payload["request"]
        fields = request.get("fields") or {}
        scans = request.get("scans") or []
        ready = request.get("documents_ready") or []
        if not (isinstance(fields, dict) and isinstance(scans, list)
                and isinstance(ready, list)):
            raise TypeError
        created = request.get("created_at") or ev.payload["ticket"]["issued_at"]
        return {"request_id": request_id, "site_code": ev.site_code,
                "service_id": str(request.get("service_id")
                                  or ev.payload["ticket"]["service_id"])[:100],
                "lang": str(request.get("lang") or "")[:16],
                "fields": canonical_json({str(k): str(v) for k, v in fields.items()}),
                "scans": canonical_json([s for s in scans if isinstance(s, dict)]),
                "documents_ready": canonical_json([str(d) for d in ready]),
                "priority": _short(request.get("priority"), 50),
                "created_at": _aware(datetime.fromisoformat(str(created)))}
    except (KeyError, ValueError, TypeError, AttributeError):
        log.warning("event %s of %s (seq %d): the request's details are not readable; "
                    "its ticket is queued without them", ev.event_id, ev.device_id, ev.seq)
        return None


def _short(value: Any, limit: int) -> str | None:
    return None if value is None or value == "" else str(value)[:limit]


def _aware(value: datetime | None) -> datetime | None:
    """Aware (a time without a zone is taken as UTC)."""
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _ticket_row(ticket: QueueTicket, now: datetime) -> dict[str, Any]:
    return {"request_id": ticket.request_id, "site_code": ticket.site_code,
            "day": ticket.day, "number": ticket.number, "service_id": ticket.service_id,
            "group": ticket.group, "priority": ticket.priority,
            "issued_at": _aware(ticket.issued_at),
            "state": ticket.state, "counter": ticket.counter,
            "called_at": _aware(ticket.called_at), "recalls": ticket.recalls,
            "served_at": _aware(ticket.served_at), "outcome": ticket.outcome,
            "transferred_from": ticket.transferred_from, "updated_at": now}


# -- reads ---------------------------------------------------------------------------


def day_queue(db: Database, site_code: str, day: date,
              now: datetime | None = None) -> QueueReply:
    """Every ticket of ``site_code`` on ``day`` (no personal data), oldest first."""
    now = now or utcnow()
    with db.read() as conn:
        rows = conn.execute(select(queue_tickets).where(
            queue_tickets.c.site_code == site_code, queue_tickets.c.day == day)
            .order_by(queue_tickets.c.issued_at, queue_tickets.c.number)).all()
    return QueueReply(site_code=site_code, day=day, as_of=now, tickets=[
        TicketInfo(request_id=r.request_id, number=r.number, site_code=r.site_code,
                   day=r.day, service_id=r.service_id, group=r.group, priority=r.priority,
                   issued_at=r.issued_at, state=r.state, counter=r.counter,
                   called_at=r.called_at, recalls=r.recalls, served_at=r.served_at,
                   outcome=r.outcome, transferred_from=r.transferred_from)
        for r in rows])


def request_info(db: Database, site_code: str, request_id: str) -> RequestInfo | None:
    """What the visitor of ``request_id`` entered and scanned, if it is of ``site_code``.

    Personal data: for the agent at the counter, never logged.
    """
    with db.read() as conn:
        row = conn.execute(select(queue_requests).where(
            queue_requests.c.request_id == request_id,
            queue_requests.c.site_code == site_code)).first()
    if row is None:
        return None
    return RequestInfo(request_id=row.request_id, service_id=row.service_id, lang=row.lang,
                       fields=json.loads(row.fields), scans=json.loads(row.scans),
                       documents_ready=json.loads(row.documents_ready),
                       priority=row.priority, created_at=row.created_at)
