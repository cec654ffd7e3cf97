"""The outbox and sync-state part of :class:`~kiosk.store.repository.SqlStore`.

The sync worker reads pending events, applies the centre's reply to a push, and
records what it did in the one-row ``sync_state`` table.  Agents act on dead
letters (events the centre refused).  Payloads are never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.store.models import Device, OutboxEvent, SyncStateRow
from kiosk.store.session import StoreBase, chunks

log = logging.getLogger(__name__)

#: Longest dead-letter reason and sync error detail kept.
MAX_REASON = 500


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


def _move(s: Session, ids: Sequence[str], from_status: str, **values: Any) -> int:
    """Set ``values`` on the events of ``ids`` still in ``from_status``; how many."""
    moved = 0
    for part in chunks(ids):
        result = s.execute(
            update(OutboxEvent)
            .where(OutboxEvent.event_id.in_(part), OutboxEvent.status == from_status)
            .values(**values)
            .execution_options(synchronize_session=False))
        moved += int(getattr(result, "rowcount", 0))
    return moved


class OutboxStore(StoreBase):
    """Outbox, dead letters and sync state (mixed into ``SqlStore``)."""

    # -- outbox -------------------------------------------------------------------------

    def pending_outbox(self, limit: int | None = 100) -> list[OutboxItem]:
        """Up to ``limit`` (None: all) pending outbox events, in device sequence order
        (one query)."""
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
        with self._write("apply_push_reply") as s:
            marked_sent = _move(s, sent_ids, "pending", status="sent", sent_at=now)
            marked_dead = sum(
                _move(s, ids, "pending", status="dead", dead_reason=reason, dead_at=now)
                for reason, ids in by_reason.items())
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
            changed = _move(s, [event_id], "dead",
                            status="pending", dead_reason=None, dead_at=None) == 1
        if changed:
            log.info("dead letter %s queued again by an agent", event_id)
        return changed

    def discard_dead(self, event_id: str, now: datetime) -> bool:
        """An agent gives up on a dead letter: kept as ``discarded``, never deleted."""
        with self._write("discard_dead") as s:
            changed = _move(s, [event_id], "dead", status="discarded", discarded_at=now) == 1
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
