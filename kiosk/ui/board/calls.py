"""What the board shows and says, worked out from queue snapshots (plain Python, no Qt).

The board never receives events: it reads the whole queue every few seconds and compares
each snapshot with the one before.

* A **call** is a ticket now at a counter (state ``called``) that was not, in the
  previous snapshot, at that counter with that same call time.
* A **recall** is the same ticket with a new ``called_at`` (``ticket.recalled`` moves it):
  it is announced again.
* The **first** snapshot (after start, or of a new day) only sets the scene: calls made
  before the board looked are shown, never announced.
* A call older than :data:`MAX_ANNOUNCE_AGE` when first seen (the board was cut off from
  the queue for a while) is shown and not announced: its visitor is most likely at the
  counter already, and a backlog of stale calls would delay the new ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from kiosk.domain.queue import CALLED, QueueSnapshot, QueueTicket

#: Calls older than this when the board first sees them are not announced.
MAX_ANNOUNCE_AGE = timedelta(minutes=2)
#: Current calls the board shows in large type (one row per counter, newest first).
CURRENT_ROWS = 3


def _called(ticket: QueueTicket) -> float:
    """When the ticket was (last) called, as a number (naive or aware times alike)."""
    return ticket.called_at.timestamp() if ticket.called_at else 0.0


def _at_counter(ticket: QueueTicket) -> bool:
    return ticket.state == CALLED and ticket.counter is not None and ticket.called_at is not None


def current_calls(snapshot: QueueSnapshot) -> list[QueueTicket]:
    """The ticket each counter is calling now (its latest call), newest call first."""
    latest: dict[int, QueueTicket] = {}
    for ticket in snapshot.tickets:
        if not _at_counter(ticket):
            continue
        assert ticket.counter is not None
        seen = latest.get(ticket.counter)
        if seen is None or _called(ticket) > _called(seen):
            latest[ticket.counter] = ticket
    return sorted(latest.values(), key=_called, reverse=True)


def new_calls(previous: QueueSnapshot | None, current: QueueSnapshot,
              max_age: timedelta = MAX_ANNOUNCE_AGE) -> list[QueueTicket]:
    """Calls and recalls in ``current`` that ``previous`` did not have, oldest first
    (the order they were made in, which is the order they are announced in)."""
    if previous is None or previous.day != current.day:
        return []
    before = {ticket.request_id: ticket for ticket in previous.tickets}
    found = []
    for ticket in current.tickets:
        if not _at_counter(ticket):
            continue
        old = before.get(ticket.request_id)
        if old is not None and _at_counter(old) and old.counter == ticket.counter \
                and old.called_at == ticket.called_at:
            continue
        if _age(ticket, current.as_of) > max_age:
            continue
        found.append(ticket)
    return sorted(found, key=_called)


def _age(ticket: QueueTicket, now: datetime) -> timedelta:
    return timedelta(seconds=now.timestamp() - _called(ticket))


def numbers(tickets: Iterable[QueueTicket]) -> list[str]:
    """The tickets' numbers (for tests and logs)."""
    return [ticket.number for ticket in tickets]
