"""``SqlStore``: the kiosk's durable RequestStore on a local SQLite file.

One write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): the request, its
ticket and its outbox event are all written or none is.  Storage faults (disk full,
read-only, I/O errors) surface as :class:`kiosk.errors.StorageUnavailable` with
nothing written, and the next call starts afresh.  Personal data is never logged.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.orm import Session

from kiosk.domain.catalog import Service
from kiosk.domain.request import NewRequest
from kiosk.domain.tickets import (
    Ticket,
    TicketQr,
    TicketStatus,
    estimate_wait_minutes,
    format_number,
    plain_ticket_qr,
)
from kiosk.errors import StorageUnavailable
from kiosk.paths import database_path
from kiosk.store import payloads, queries
from kiosk.store.db import make_engine, storage_errors, upgrade, write_engine
from kiosk.store.models import Device, OutboxEvent, RequestRow, SyncStateRow, TicketRow

if TYPE_CHECKING:
    from kiosk.domain.ports import RequestStore

log = logging.getLogger(__name__)

#: Longest print error kept (printer messages can be long; staff need the gist).
MAX_PRINT_ERROR = 500
#: Longest dead-letter reason and sync error detail kept.
MAX_REASON = 500
#: Most ids in one ``IN (...)`` (well under SQLite's limit on bound parameters).
_IN_CHUNK = 900


@dataclass(frozen=True)
class OutboxItem:
    """An outbox event as the sync pusher reads it."""

    event_id: str
    seq: int
    type: str
    payload: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class DeadEvent:
    """An outbox event the centre refused (a dead letter): never its payload."""

    event_id: str
    seq: int
    type: str
    created_at: datetime
    reason: str
    dead_at: datetime


@dataclass(frozen=True)
class SyncRecord:
    """The ``sync_state`` row: what the sync worker last did (no personal data)."""

    state: str
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    last_error_detail: str | None
    last_error_at: datetime | None
    next_try_at: datetime | None
    attempts: int
    bundle_version: int | None
    last_pull_at: datetime | None
    updated_at: datetime | None


class SqlStore:
    """Requests, tickets and outbox in SQLite.  Safe to share between threads."""

    def __init__(self, engine: Engine, ticket_qr: TicketQr = plain_ticket_qr) -> None:
        """Wrap ``engine`` (made by :func:`kiosk.store.db.make_engine`, migrated)."""
        self.engine = engine
        self._writer = write_engine(engine)
        self._ticket_qr = ticket_qr

    # -- plumbing -----------------------------------------------------------------

    @contextmanager
    def _write(self, action: str) -> Iterator[Session]:
        """A session in one BEGIN IMMEDIATE transaction, committed on success."""
        with (
            storage_errors(self.engine, action),
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _read(self, action: str) -> Iterator[Session]:
        """A session in one deferred (read) transaction."""
        with (
            storage_errors(self.engine, action),
            Session(self.engine) as session,
            session.begin(),
        ):
            yield session

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
                       site_code: str, site_name: str, counters: int) -> Ticket:
        """Commit the request, its ticket and its outbox event in one transaction.

        The ticket number is the next one of ``service.group`` at ``site_code`` on
        ``now.date()``.  Raises ``StorageUnavailable`` when nothing could be written.
        """
        day = now.date()
        group = service.group
        documents = tuple(d.id for d in service.documents)
        with self._write("commit_request") as s:
            device = s.get_one(Device, 1)
            seq = queries.next_seq(s, site_code, day, group)
            number = format_number(group, seq)
            ahead = queries.people_ahead(s, site_code, day, group, request.priority)
            observed = queries.handling_minutes(s, site_code, day, group)
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
                    "number": r.number, "service_id": r.service_id, "group": r.group,
                    "state": r.state, "issued_at": r.issued_at.isoformat(),
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
            for start in range(0, len(old), _IN_CHUNK):
                s.execute(update(RequestRow).where(RequestRow.id.in_(old[start:start + _IN_CHUNK]))
                          .values(fields={}, scans=[]))
            settled = s.execute(select(OutboxEvent.event_id, OutboxEvent.created_at).where(
                OutboxEvent.type == payloads.REQUEST_CREATED,
                OutboxEvent.status != "pending",
                func.json_extract(OutboxEvent.payload, "$.request.fields_purged").is_(None),
            )).all()
            expired = [event_id for event_id, created in settled if created < cutoff]
            for start in range(0, len(expired), _IN_CHUNK):
                events = s.scalars(select(OutboxEvent).where(
                    OutboxEvent.event_id.in_(expired[start:start + _IN_CHUNK]))).all()
                for event in events:
                    payload = dict(event.payload)
                    payload["request"] = {**payload["request"], "fields": {}, "scans": [],
                                          "fields_purged": True}
                    event.payload = payload
        if old or expired:
            # Copy the WAL into the main file and empty it, so the old page images
            # holding the details are gone too (secure_delete zeroes the freed pages).
            with storage_errors(self.engine, "purge_checkpoint"), self.engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            log.info("personal details purged from %d requests and %d sent events",
                     len(old), len(expired))
        return len(old)

    # -- outbox -------------------------------------------------------------------------

    def pending_outbox(self, limit: int = 100) -> list[OutboxItem]:
        """Up to ``limit`` pending outbox events, in device sequence order (one query)."""
        query = (select(OutboxEvent.event_id, OutboxEvent.seq, OutboxEvent.type,
                        OutboxEvent.payload, OutboxEvent.created_at)
                 .where(OutboxEvent.status == "pending")
                 .order_by(OutboxEvent.seq).limit(limit))
        with self._read("pending_outbox") as s:
            return [OutboxItem(event_id, seq, type_, payload, created_at)
                    for event_id, seq, type_, payload, created_at in s.execute(query)]

    def has_pending(self) -> bool:
        """True when at least one outbox event waits to be sent (cheap)."""
        query = select(OutboxEvent.seq).where(OutboxEvent.status == "pending").limit(1)
        with self._read("has_pending") as s:
            return s.scalar(query) is not None

    def outbox_count(self, status: str | None = "pending") -> int:
        """How many outbox events have ``status`` (all of them when ``None``)."""
        query = select(func.count()).select_from(OutboxEvent)
        if status is not None:
            query = query.where(OutboxEvent.status == status)
        with self._read("outbox_count") as s:
            return s.scalar(query) or 0

    def mark_outbox_sent(self, event_ids: Sequence[str], sent_at: datetime) -> int:
        """Mark events as accepted by the centre; returns how many changed."""
        sent, _dead = self.apply_push_reply(event_ids, {}, sent_at)
        return sent

    def apply_push_reply(self, sent: Sequence[str], dead: Mapping[str, str],
                         now: datetime) -> tuple[int, int]:
        """Apply the centre's answer to a push, in ONE transaction.

        ``sent``: ids the centre accepted (pending → ``sent``).  ``dead``: id → reason
        for events it refused (pending → ``dead``, kept until an agent acts).  Only
        pending events change; unknown ids are ignored.  Returns (sent, dead) counts.
        """
        sent_ids = list(dict.fromkeys(sent))
        by_reason: dict[str, list[str]] = {}
        for event_id, reason in dead.items():
            by_reason.setdefault(reason[:MAX_REASON], []).append(event_id)
        marked_sent = marked_dead = 0
        with self._write("apply_push_reply") as s:
            for start in range(0, len(sent_ids), _IN_CHUNK):
                result = s.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.event_id.in_(sent_ids[start:start + _IN_CHUNK]),
                           OutboxEvent.status == "pending")
                    .values(status="sent", sent_at=now)
                    .execution_options(synchronize_session=False))
                marked_sent += int(getattr(result, "rowcount", 0))
            for reason, ids in by_reason.items():
                for start in range(0, len(ids), _IN_CHUNK):
                    result = s.execute(
                        update(OutboxEvent)
                        .where(OutboxEvent.event_id.in_(ids[start:start + _IN_CHUNK]),
                               OutboxEvent.status == "pending")
                        .values(status="dead", dead_reason=reason, dead_at=now)
                        .execution_options(synchronize_session=False))
                    marked_dead += int(getattr(result, "rowcount", 0))
        if marked_dead:
            log.warning("%d outbox events refused by the centre (dead letters)", marked_dead)
        return marked_sent, marked_dead

    def dead_letters(self) -> list[DeadEvent]:
        """The dead letters (refused by the centre, not discarded), oldest seq first."""
        query = (select(OutboxEvent.event_id, OutboxEvent.seq, OutboxEvent.type,
                        OutboxEvent.created_at, OutboxEvent.dead_reason, OutboxEvent.dead_at)
                 .where(OutboxEvent.status == "dead").order_by(OutboxEvent.seq))
        with self._read("dead_letters") as s:
            return [DeadEvent(event_id, seq, type_, created, reason or "", dead_at or created)
                    for event_id, seq, type_, created, reason, dead_at in s.execute(query)]

    def retry_dead(self, event_id: str) -> bool:
        """Put a dead letter back in the queue (pending); False if it is not dead."""
        with self._write("retry_dead") as s:
            result = s.execute(
                update(OutboxEvent)
                .where(OutboxEvent.event_id == event_id, OutboxEvent.status == "dead")
                .values(status="pending", dead_reason=None, dead_at=None)
                .execution_options(synchronize_session=False))
            changed = int(getattr(result, "rowcount", 0)) == 1
        if changed:
            log.info("dead letter %s queued again by an agent", event_id)
        return changed

    def discard_dead(self, event_id: str, now: datetime) -> bool:
        """An agent gives up on a dead letter: kept as ``discarded``, never deleted."""
        with self._write("discard_dead") as s:
            result = s.execute(
                update(OutboxEvent)
                .where(OutboxEvent.event_id == event_id, OutboxEvent.status == "dead")
                .values(status="discarded", discarded_at=now)
                .execution_options(synchronize_session=False))
            changed = int(getattr(result, "rowcount", 0)) == 1
        if changed:
            log.info("dead letter %s discarded by an agent", event_id)
        return changed

    # -- sync state -----------------------------------------------------------------------

    def sync_state(self) -> SyncRecord:
        """The sync worker's last recorded state (written by any process)."""
        with self._read("sync_state") as s:
            row = s.get_one(SyncStateRow, 1)
            return SyncRecord(
                state=row.state, last_success_at=row.last_success_at,
                last_attempt_at=row.last_attempt_at, last_error=row.last_error,
                last_error_detail=row.last_error_detail, last_error_at=row.last_error_at,
                next_try_at=row.next_try_at, attempts=row.attempts,
                bundle_version=row.bundle_version, last_pull_at=row.last_pull_at,
                updated_at=row.updated_at)

    def record_sync_attempt(self, at: datetime) -> None:
        """The worker is about to talk to the centre."""
        self._update_sync("record_sync_attempt", at, last_attempt_at=at)

    def record_sync_success(self, at: datetime) -> None:
        """An exchange with the centre worked: online, errors and attempts cleared."""
        self._update_sync("record_sync_success", at, state="online", last_success_at=at,
                          last_error=None, last_error_detail=None, last_error_at=None,
                          next_try_at=None, attempts=0)

    def record_sync_error(self, code: str, detail: str | None, at: datetime, *,
                          state: str, next_try_at: datetime | None) -> int:
        """An exchange failed with error ``code``; returns the consecutive failures."""
        with self._write("record_sync_error") as s:
            row = s.get_one(SyncStateRow, 1)
            row.state = state
            row.last_error = code
            row.last_error_detail = detail[:MAX_REASON] if detail else None
            row.last_error_at = at
            row.next_try_at = next_try_at
            row.attempts += 1
            row.updated_at = at
            return row.attempts

    def set_sync_state(self, state: str, at: datetime, *,
                       next_try_at: datetime | None = None) -> None:
        """Record the worker's state (``not_enrolled``, ``revoked``...) only."""
        self._update_sync("set_sync_state", at, state=state, next_try_at=next_try_at)

    def reset_sync_state(self, state: str, at: datetime) -> None:
        """A new enrolment: state ``state``, errors, attempts and bundle forgotten."""
        self._update_sync("reset_sync_state", at, state=state, last_error=None,
                          last_error_detail=None, last_error_at=None, next_try_at=None,
                          attempts=0)

    def record_bundle(self, version: int | None, at: datetime) -> None:
        """A pull finished: ``version`` is the active reference bundle."""
        self._update_sync("record_bundle", at, bundle_version=version, last_pull_at=at)

    def _update_sync(self, action: str, at: datetime, **values: Any) -> None:
        with self._write(action) as s:
            s.execute(update(SyncStateRow).where(SyncStateRow.id == 1)
                      .values(updated_at=at, **values)
                      .execution_options(synchronize_session=False))

    @property
    def device_id(self) -> str:
        """This kiosk's id (a UUID generated when its database was created)."""
        with self._read("device_id") as s:
            return s.get_one(Device, 1).device_id

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``"ok"`` when healthy)."""
        with self._read("integrity_check") as s:
            return "\n".join(str(r[0]) for r in s.execute(text("PRAGMA integrity_check")))

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _ticket_row(s: Session, request_id: str) -> TicketRow:
        return s.scalars(select(TicketRow).where(TicketRow.request_id == request_id)).one()

    @staticmethod
    def _add_event(s: Session, device: Device, type_: str, payload: dict[str, Any],
                   now: datetime) -> None:
        """Queue an outbox event with the device's next sequence number."""
        s.add(OutboxEvent(
            event_id=str(uuid.uuid4()), seq=device.next_seq, type=type_, payload=payload,
            created_at=now, status="pending",
        ))
        device.next_seq += 1
        s.flush()


def open_store(data_dir: Path, ticket_qr: TicketQr = plain_ticket_qr) -> SqlStore:
    """Open (creating or migrating as needed) the kiosk database in ``data_dir``.

    Runs Alembic ``upgrade head``; re-opening an up-to-date database changes
    nothing.  Raises ``StorageUnavailable`` when the directory or file cannot be
    created or written.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.error("data directory cannot be created: %s", exc.strerror)
        raise StorageUnavailable(f"data directory: {exc.strerror}") from exc
    engine = make_engine(database_path(data_dir))
    try:
        with storage_errors(engine, "open_store"):
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return SqlStore(engine, ticket_qr)


if TYPE_CHECKING:
    _implements_port: type[RequestStore] = SqlStore
