"""``QueueStore``: the counters' side of the local database.

The kiosk's own tickets are the queue of a hall with one kiosk (its counters and board
read it through :class:`LocalQueue`).  A counter action is one transaction: the event in
the outbox and, when the ticket is in this database, the ticket moved by the same rule
every other copy of the queue uses (:func:`kiosk.domain.queue.apply_event`).  A
console of a hall server has no tickets of its own: it records the event only, and
the hall server moves its copy when the event arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from kiosk.domain import queue
from kiosk.domain.queue import QueueSnapshot, QueueTicket, RequestDetails
from kiosk.store.models import Device, RequestRow, TicketRow
from kiosk.store.session import StoreBase

log = logging.getLogger(__name__)


def _ticket(row: TicketRow) -> QueueTicket:
    return QueueTicket(
        request_id=row.request_id, number=row.number, site_code=row.site_code, day=row.day,
        service_id=row.service_id, group=row.queue_group or row.group,
        priority=row.priority,
        issued_at=row.issued_at, state=row.state, counter=row.counter,
        called_at=row.called_at, recalls=row.recalls or 0, served_at=row.served_at,
        outcome=row.outcome, transferred_from=row.group if row.queue_group else None)


class QueueStore(StoreBase):
    """Queue reads and counter events on the local SQLite file."""

    def queue_snapshot(self, day: date, site_code: str, now: datetime) -> QueueSnapshot:
        """Every ticket of ``site_code`` on ``day`` (no personal data)."""
        with self._read("queue_snapshot") as s:
            rows = s.scalars(select(TicketRow).where(
                TicketRow.site_code == site_code, TicketRow.day == day)
                .order_by(TicketRow.id)).all()
            return QueueSnapshot(site_code=site_code, day=day,
                                 tickets=tuple(_ticket(r) for r in rows), as_of=now)

    def request_details(self, request_id: str) -> RequestDetails | None:
        """What the visitor of ``request_id`` entered and scanned (personal: never log)."""
        with self._read("request_details") as s:
            row = s.get(RequestRow, request_id)
            if row is None:
                return None
            return RequestDetails(
                request_id=row.id, service_id=row.service_id, lang=row.lang,
                fields=dict(row.fields), scans=tuple(dict(x) for x in row.scans),
                documents_ready=tuple(row.documents_ready), priority=row.priority,
                created_at=row.created_at)

    def record_counter_event(self, type_: str, ticket: QueueTicket,
                             payload: dict[str, Any], now: datetime) -> QueueTicket:
        """Commit a counter event (outbox) and move the local ticket, in one transaction.

        ``ticket`` is what the counter saw.  When this database holds the ticket, its
        current state is checked again inside the transaction (another counter on the
        same file may have been quicker): :class:`kiosk.errors.QueueActionRefused` then,
        and nothing is written.  Returns the ticket as it stands after the event.
        """
        counter = int(payload["counter"])
        with self._write("record_counter_event") as s:
            row = s.scalars(select(TicketRow).where(
                TicketRow.request_id == ticket.request_id)).one_or_none()
            current = _ticket(row) if row is not None else ticket
            queue.check_action(current, type_, counter)
            moved = queue.apply_event(current, type_, payload)
            if row is not None:
                _store(row, moved, payload.get("note"))
            device = s.get_one(Device, 1)
            self._add_event(s, device, type_, dict(payload, device_id=device.device_id), now)
        log.info("%s %s at counter %d", type_, ticket.number, counter)
        return moved


def _store(row: TicketRow, moved: QueueTicket, note: Any) -> None:
    """Copy a moved ticket's queue columns onto its row."""
    row.state = moved.state
    row.queue_group = moved.group if moved.group != row.group else None
    row.counter = moved.counter
    row.called_at = moved.called_at
    row.recalls = moved.recalls
    row.served_at = moved.served_at
    row.outcome = moved.outcome
    if note:
        row.note = str(note)


class LocalQueue:
    """The :class:`~kiosk.domain.ports.QueueSource` of a hall whose queue is this file."""

    def __init__(self, store: QueueStore, site_code: str,
                 now: Callable[[], datetime]) -> None:
        """Read ``site_code``'s tickets from ``store``; ``now`` stamps snapshots."""
        self.store = store
        self.site_code = site_code
        self._now = now

    def snapshot(self, day: date) -> QueueSnapshot:
        """The site's whole queue of ``day``, now."""
        return self.store.queue_snapshot(day, self.site_code, self._now())

    def details(self, request_id: str) -> RequestDetails | None:
        """What the visitor of a ticket entered and scanned."""
        return self.store.request_details(request_id)
