"""Push the outbox: one batch (:func:`sync_once`), or the whole queue (:func:`push_all`).

The local status of an event changes only after the centre's reply, and all the
changes of one reply are one local transaction.  A crash (kill -9) at any point leaves
each event pending or settled, never half: a pending event is sent again, and the
centre answers ``accepted`` with ``replay: true`` if it already had it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.store import SqlStore
from kiosk.sync.errors import BatchTooLarge, SyncError
from kiosk.sync.replies import ACCEPTED, GAP, PushReply

if TYPE_CHECKING:
    from kiosk.sync.client import CentreClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchOutcome:
    """What one push did: events sent in the batch, marked sent, moved to dead letters."""

    size: int
    sent: int = 0
    dead: int = 0
    replays: int = 0
    gap: str | None = None      # what the centre said of the first gap, if any
    last_seq: int | None = None
    #: the batch was cut down because the centre refused bigger ones as too large
    shrunk: bool = False


@dataclass
class PushTotals:
    """What :func:`push_all` did, batch after batch (``gap``: where it stopped)."""

    batches: int = 0
    events: int = 0
    sent: int = 0
    dead: int = 0
    replays: int = 0
    gap: str | None = None


def settle(reply: PushReply) -> tuple[list[str], dict[str, str], str | None, int]:
    """Split a checked reply: ids sent, dead letters (id → reason), the gap, replays.

    ``accepted`` (replay or not) is sent; ``rejected`` and ``conflict`` are dead with
    the centre's reason; at the first ``gap`` the rest of the batch stays pending.
    """
    sent: list[str] = []
    dead: dict[str, str] = {}
    replays = 0
    for result in reply.results:
        if result.status == GAP:
            gap = (f"the centre expects seq {result.expected_seq}, this device sent "
                   f"seq {result.seq}")
            return sent, dead, gap, replays
        if result.status == ACCEPTED:
            sent.append(result.event_id)
            replays += result.replay
        else:
            dead[result.event_id] = (f"{result.status}: {result.reason}" if result.reason
                                     else result.status)
    return sent, dead, None, replays


def sync_once(store: SqlStore, client: CentreClient, batch_size: int, now: datetime,
              software_version: str) -> BatchOutcome:
    """Push the oldest ``batch_size`` pending events and apply the reply.

    Reads one batch (one query), sends it with the backlog, then marks the accepted
    events sent and the refused ones dead in ONE local transaction.  A gap is applied
    up to the gap and reported in the outcome (never skipped).  Raises
    :class:`SyncError` with nothing changed when the exchange fails.
    """
    size = batch_size
    while True:
        batch = store.pending_outbox(size)
        if not batch:
            return BatchOutcome(0)
        backlog = store.outbox_count("pending")
        try:
            reply = client.push(batch, backlog, software_version)
            break
        except BatchTooLarge:
            # Large payloads (scanned codes) can make a full batch exceed the centre's
            # body limit: send the oldest half, down to one event.  One event refused
            # as too large stays pending (dead-lettering it would leave a hole in the
            # sequence): the error tells staff, and the centre's limit must grow.
            if len(batch) == 1:
                raise
            size = len(batch) // 2
            log.info("the centre refused %d events as too large: trying %d",
                     len(batch), size)
    sent_ids, dead, gap, replays = settle(reply)
    sent, dead_count = store.apply_push_reply(sent_ids, dead, now)
    if gap:
        log.warning("push stopped at a gap: %s", gap)
    return BatchOutcome(len(batch), sent, dead_count, replays, gap, reply.last_seq,
                        shrunk=size < batch_size)


def push_all(store: SqlStore, client: CentreClient, batch_size: int,
             clock: Callable[[], datetime], software_version: str, *,
             should_stop: Callable[[], bool] = lambda: False,
             on_batch: Callable[[BatchOutcome], None] | None = None,
             totals: PushTotals | None = None) -> PushTotals:
    """Push batch after batch until nothing is pending (or ``should_stop()``).

    Counts into ``totals`` (a new one by default) as it goes, so a caller still has
    them when an exchange fails.  Raises :class:`SyncError` ``gap`` after applying what
    came before the gap (``totals.gap`` says where), and any other :class:`SyncError`
    of the exchange (batches already applied stay applied).
    """
    totals = totals if totals is not None else PushTotals()
    size = batch_size
    first_seq: int | None = None
    while not should_stop():
        outcome = sync_once(store, client, size, clock(), software_version)
        if outcome.shrunk:  # keep to what fitted for the rest of this round
            size = outcome.size
        if outcome.size == 0:
            break
        totals.batches += 1
        totals.events += outcome.size
        totals.sent += outcome.sent
        totals.dead += outcome.dead
        totals.replays += outcome.replays
        if on_batch is not None:
            on_batch(outcome)
        if outcome.gap:
            totals.gap = outcome.gap
            raise SyncError("gap", outcome.gap)
        # A batch settled by someone else meanwhile (another process pushing the same
        # queue) changes nothing here, but the next read starts after it, so going on
        # makes progress.  Stop only if the oldest pending event has not moved.
        if (outcome.sent + outcome.dead == 0
                and first_seq == (first_seq := _oldest_pending_seq(store))):
            break
    return totals


def _oldest_pending_seq(store: SqlStore) -> int | None:
    oldest = store.pending_outbox(1)
    return oldest[0].seq if oldest else None
