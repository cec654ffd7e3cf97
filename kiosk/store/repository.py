"""``SqlStore``: the kiosk's durable RequestStore on a local SQLite file.

One write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): the request, its
ticket and its outbox event are all written or none is.  Storage faults (disk full,
read-only, I/O errors) surface as :class:`kiosk.errors.StorageUnavailable` with
nothing written, and the next call starts afresh.  Personal data is never logged.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.orm import Session

from kiosk.domain.catalog import Service
from kiosk.domain.queue import HallView
from kiosk.domain.request import NewRequest
from kiosk.domain.retention import erase_note, erase_request
from kiosk.domain.tickets import (
    Ticket,
    TicketQr,
    TicketStatus,
    estimate_wait_minutes,
    format_number,
    plain_ticket_qr,
)
from kiosk.store import payloads, queries
from kiosk.store.db import storage_errors
from kiosk.store.feedback import purge_comments
from kiosk.store.models import Device, OutboxEvent, RequestRow, TicketRow
from kiosk.store.outbox import OutboxStore
from kiosk.store.queue import QueueStore
from kiosk.store.session import chunks, open_engine

if TYPE_CHECKING:
    from kiosk.domain.ports import RequestStore

log = logging.getLogger(__name__)

#: Longest print error kept (printer messages can be long; staff need the gist).
MAX_PRINT_ERROR = 500


class SqlStore(OutboxStore, QueueStore):
    """Requests, tickets and outbox in SQLite.  Safe to share between threads.

    The outbox, dead-letter and sync-state methods come from
    :class:`~kiosk.store.outbox.OutboxStore`, the counters' from
    :class:`~kiosk.store.queue.QueueStore`.
    """

    def __init__(self, engine: Engine, ticket_qr: TicketQr = plain_ticket_qr,
                 station: int = 0) -> None:
        """Wrap ``engine`` (made by :func:`kiosk.store.db.make_engine`, migrated).

        ``station`` (1-9) goes into every ticket number when the hall has several
        kiosks (:func:`kiosk.domain.tickets.format_number`); 0 for a kiosk alone.
        """
        super().__init__(engine)
        self._ticket_qr = ticket_qr
        self.station = station

    # -- plumbing -----------------------------------------------------------------

    def close(self) -> None:
        """Close every pooled connection (the store can still be used afterwards)."""
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- RequestStore ---------------------------------------------------------------

    def commit_request(self, request: NewRequest, service: Service, now: datetime,
                       site_code: str, site_name: str, counters: int,
                       hall: HallView | None = None) -> Ticket:
        """Commit the request, its ticket and its outbox event in one transaction.

        The ticket number is the next one of ``service.group`` at ``site_code`` on
        ``now.date()``.  People ahead and the wait come from this database, or, for a
        kiosk of a shared hall, from ``hall`` (the hall's last known queue) plus this
        kiosk's waiting tickets the hall does not have yet.  Raises
        ``StorageUnavailable`` when nothing could be written.
        """
        day = now.date()
        group = service.group
        documents = tuple(d.id for d in service.documents)
        with self._write("commit_request") as s:
            device = s.get_one(Device, 1)
            seq = queries.next_seq(s, site_code, day, group)
            number = format_number(group, seq, self.station)
            if hall is None:
                ahead = queries.people_ahead(s, site_code, day, group, request.priority)
                observed = queries.handling_minutes(s, site_code, day, group)
            else:
                ahead = hall.waiting_ahead + queries.not_at_hall(
                    s, site_code, day, group, request.priority, hall.known)
                observed = list(hall.observed)
            wait = estimate_wait_minutes(ahead, observed, counters)
            qr = self._ticket_qr(site_code, now, number, request.request_id, service.id)
            req_row = RequestRow(
                id=request.request_id, service_id=request.service_id, lang=request.lang,
                fields=dict(request.fields), priority=request.priority,
                consent_at=request.consent_at, consent_version=request.consent_version,
                documents_ready=list(request.documents_ready), created_at=now,
                scans=[dict(scan) for scan in request.scans],
                site_code=site_code,
            )
            s.add(req_row)
            s.flush()
            ticket_row = TicketRow(
                request_id=request.request_id, service_id=service.id, site_code=site_code,
                day=day, group=group, seq=seq, number=number, state="waiting",
                issued_at=now, people_ahead=ahead, estimated_wait_minutes=wait,
                priority=request.priority, print_status="pending",
            )
            s.add(ticket_row)
            s.flush()
            payload = payloads.request_created(
                device.device_id, req_row, ticket_row, site_name, qr, documents
            )
            self._add_event(s, device, payloads.REQUEST_CREATED, payload, now)
        log.info("request %s committed as ticket %s (%s, %s)",
                 request.request_id, number, site_code, day.isoformat())
        return Ticket(
            number=number, request_id=request.request_id, service_id=service.id,
            group=group, lang=request.lang, issued_at=now, people_ahead=ahead,
            estimated_wait_minutes=wait, priority=request.priority, site_code=site_code,
            site_name=site_name, qr_payload=qr, documents=documents,
        )

    def record_print_failure(self, ticket: Ticket, reason: str, now: datetime) -> None:
        """Mark the ticket's paper copy as failed and queue ``ticket.print_failed``."""
        reason = reason[:MAX_PRINT_ERROR]
        with self._write("record_print_failure") as s:
            device = s.get_one(Device, 1)
            row = self._ticket_row(s, ticket.request_id)
            row.print_status = "failed"
            row.print_error = reason
            payload = payloads.ticket_print_failed(device.device_id, row, reason, now)
            self._add_event(s, device, payloads.TICKET_PRINT_FAILED, payload, now)
        log.info("print failure recorded for ticket %s", ticket.number)

    def record_print_status(self, ticket: Ticket, status: str) -> None:
        """Record how the paper copy went (``"printed"``, ``"saved"``); clears errors."""
        with self._write("record_print_status") as s:
            row = self._ticket_row(s, ticket.request_id)
            row.print_status = status
            row.print_error = None

    def day_tickets(self, day: date) -> list[dict[str, object]]:
        """The day's tickets, oldest first, without any personal data."""
        with self._read("day_tickets") as s:
            rows = s.scalars(
                select(TicketRow).where(TicketRow.day == day).order_by(TicketRow.id)
            ).all()
            return [
                {
                    "number": r.number, "service_id": r.service_id,
                    "group": r.queue_group or r.group,
                    "state": r.state, "issued_at": r.issued_at.isoformat(),
                    "counter": r.counter, "recalls": r.recalls, "outcome": r.outcome,
                    "people_ahead": r.people_ahead,
                    "estimated_wait_minutes": r.estimated_wait_minutes,
                    "priority": r.priority, "print_status": r.print_status,
                }
                for r in rows
            ]

    def ticket_status(self, request_id: str, counters: int) -> TicketStatus | None:
        """Where the ticket of ``request_id`` stands now; None if this kiosk has none."""
        with self._read("ticket_status") as s:
            row = s.scalars(select(TicketRow).where(TicketRow.request_id == request_id)
                            ).one_or_none()
            if row is None:
                return None
            waiting = row.state == "waiting"
            ahead = queries.people_ahead_of(s, row) if waiting else 0
            observed = queries.handling_minutes(s, row.site_code, row.day, row.group)
            return TicketStatus(
                number=row.number, request_id=row.request_id, service_id=row.service_id,
                state=row.state, people_ahead=ahead,
                estimated_wait_minutes=estimate_wait_minutes(ahead, observed, counters)
                if waiting else 0,
                priority=row.priority, day=row.day, site_code=row.site_code,
                reprints=queries.reprints_of(s, row.request_id))

    def find_ticket(self, number: str, day: date, site_code: str) -> str | None:
        """The request id of ticket ``number`` issued at ``site_code`` on ``day``."""
        with self._read("find_ticket") as s:
            return s.scalar(select(TicketRow.request_id).where(
                TicketRow.number == number, TicketRow.day == day,
                TicketRow.site_code == site_code))

    def record_reprint(self, request_id: str, now: datetime) -> None:
        """Record (for staff, and the reprint limit) that a ticket was printed again."""
        with self._write("record_reprint") as s:
            row = s.scalars(select(TicketRow).where(TicketRow.request_id == request_id)).one()
            device = s.get_one(Device, 1)
            self._add_event(s, device, payloads.TICKET_REPRINTED,
                            payloads.ticket_reprinted(device.device_id, row, now), now)

    def cancel_ticket(self, request_id: str, now: datetime) -> bool:
        """Cancel a waiting ticket (with its outbox event); False if it was not waiting."""
        with self._write("cancel_ticket") as s:
            row = s.scalars(select(TicketRow).where(TicketRow.request_id == request_id)
                            ).one_or_none()
            if row is None or row.state != "waiting":
                return False
            row.state = "cancelled"
            device = s.get_one(Device, 1)
            self._add_event(s, device, payloads.TICKET_CANCELLED,
                            payloads.ticket_cancelled(device.device_id, row, now), now)
        log.info("ticket %s cancelled by its visitor", row.number)
        return True

    def reprint_facts(self, status: TicketStatus, site_name: str,
                      documents: tuple[str, ...]) -> Ticket | None:
        """The ticket of ``status`` as it stands now (place and wait from ``status``),
        ready to print again."""
        with self._read("reprint_facts") as s:
            row = s.scalars(select(TicketRow).where(
                TicketRow.request_id == status.request_id)).one_or_none()
            req = s.get(RequestRow, status.request_id)
            if row is None or req is None:
                return None
            return Ticket(
                number=row.number, request_id=row.request_id, service_id=row.service_id,
                group=row.group, lang=req.lang, issued_at=row.issued_at,
                people_ahead=status.people_ahead,
                estimated_wait_minutes=status.estimated_wait_minutes, priority=row.priority,
                site_code=row.site_code, site_name=site_name,
                qr_payload=self._ticket_qr(row.site_code, row.issued_at, row.number,
                                           row.request_id, row.service_id),
                documents=documents)

    def purge_personal_data(self, cutoff: datetime) -> int:
        """Erase the personal details of every request made before ``cutoff``.

        The privacy notice promises visitors their details are deleted after the
        retention period.  In one transaction:

        * the request's ``fields`` and ``scans`` are emptied;
        * the copy inside its ``request.created`` outbox payload is emptied too (and
          the payload marked ``fields_purged``) once the event is no longer
          **pending** (sent, dead or discarded).  A pending payload is never changed:
          if its first send was committed by the centre but the reply was lost, a
          changed payload would come back as a ``conflict``.  It is purged by the
          first purge after it has been sent.

        Tickets and counts stay, so the day's figures do not change.  Returns how many
        requests were purged.
        """
        with self._write("purge_personal_data") as s:
            candidates = s.execute(text(
                "SELECT id, created_at FROM requests WHERE fields != '{}' OR scans != '[]'"
            )).all()
            old = [rid for rid, created in candidates
                   if datetime.fromisoformat(created) < cutoff]
            for part in chunks(old):
                s.execute(update(RequestRow).where(RequestRow.id.in_(part))
                          .values(fields={}, scans=[]))
            settled = s.execute(select(OutboxEvent.event_id, OutboxEvent.created_at).where(
                OutboxEvent.type == payloads.REQUEST_CREATED,
                OutboxEvent.status != "pending",
                func.json_extract(OutboxEvent.payload, "$.request.fields_purged").is_(None),
            )).all()
            expired = [event_id for event_id, created in settled if created < cutoff]
            for part in chunks(expired):
                events = s.scalars(select(OutboxEvent).where(
                    OutboxEvent.event_id.in_(part))).all()
                for event in events:
                    event.payload = erase_request(event.payload) or event.payload
            notes = self._purge_notes(s, cutoff)
            comments = purge_comments(s, cutoff)
        if old or expired or notes or comments:
            # Copy the WAL into the main file and empty it, so the old page images
            # holding the details are gone too (secure_delete zeroes the freed pages).
            with storage_errors(self.engine, "purge_checkpoint"), self.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            log.info("personal details purged from %d requests, %d sent events, %d "
                     "counter notes and %d feedback comments", len(old), len(expired), notes,
                     comments)
        return len(old)

    @staticmethod
    def _purge_notes(s: Session, cutoff: datetime) -> int:
        """Empty agents' notes (they may name the visitor) older than ``cutoff``.

        On tickets, and in settled ``ticket.served`` outbox payloads (a pending one is
        never changed, as for ``request.created``).  Returns how many were emptied.
        """
        rows = s.scalars(select(TicketRow).where(TicketRow.note.is_not(None))).all()
        count = 0
        for row in rows:
            if row.issued_at < cutoff:
                row.note = None
                count += 1
        served = s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "ticket.served", OutboxEvent.status != "pending",
            func.json_extract(OutboxEvent.payload, "$.note").is_not(None))).all()
        for event in served:
            if event.created_at < cutoff:
                event.payload = erase_note(event.payload) or event.payload
                count += 1
        return count

    # -- maintenance ------------------------------------------------------------------

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``"ok"`` when healthy)."""
        with self._read("integrity_check") as s:
            return "\n".join(str(r[0]) for r in s.execute(text("PRAGMA integrity_check")))

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _ticket_row(s: Session, request_id: str) -> TicketRow:
        return s.scalars(select(TicketRow).where(TicketRow.request_id == request_id)).one()


def open_store(data_dir: Path, ticket_qr: TicketQr = plain_ticket_qr,
               station: int = 0) -> SqlStore:
    """Open (creating or migrating as needed) the kiosk database in ``data_dir``.

    Runs Alembic ``upgrade head``; re-opening an up-to-date database changes
    nothing.  Raises ``StorageUnavailable`` when the directory or file cannot be
    created or written.
    """
    engine = open_engine(data_dir, "open_store")
    return SqlStore(engine, ticket_qr, station)


if TYPE_CHECKING:
    _implements_port: type[RequestStore] = SqlStore
