"""The hall's queue: tickets as the counters see them, and the rules that move them.

Plain Python.  One set of rules serves every place that keeps a queue: the kiosk's own
database (a standalone hall), the hall server (tickets of every kiosk of the hall) and
the centre.  A queue is never edited directly: it is the result of *events*
(``request.created`` makes a ticket, the counter's events move it), applied in the
order they happened with :func:`apply_event`.  Applying the same event twice changes
nothing, and an event that comes too late (a second counter calling a ticket another
counter already called) is ignored, so every copy of the queue agrees once it has the
same events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.domain.tickets import estimate_wait_minutes
from kiosk.errors import QueueActionRefused

REQUEST_CREATED = "request.created"
TICKET_CANCELLED = "ticket.cancelled"
TICKET_CALLED = "ticket.called"
TICKET_RECALLED = "ticket.recalled"
TICKET_SERVED = "ticket.served"
TICKET_NO_SHOW = "ticket.no_show"
TICKET_TRANSFERRED = "ticket.transferred"

#: The events a counter makes (``kiosk queue ...`` and the console).
COUNTER_EVENTS: frozenset[str] = frozenset({
    TICKET_CALLED, TICKET_RECALLED, TICKET_SERVED, TICKET_NO_SHOW, TICKET_TRANSFERRED,
})
#: Every event that moves a ticket of the queue.
QUEUE_EVENTS: frozenset[str] = COUNTER_EVENTS | {REQUEST_CREATED, TICKET_CANCELLED}

WAITING, CALLED, SERVED, NO_SHOW, CANCELLED = (
    "waiting", "called", "served", "no_show", "cancelled")
#: States a ticket never leaves.
FINAL_STATES: frozenset[str] = frozenset({SERVED, NO_SHOW, CANCELLED})
#: How a visit at the counter ended.
OUTCOMES: tuple[str, ...] = ("done", "documents_missing", "referred", "refused")
#: Recalls before a ticket that does not come becomes a no-show (``[queue] max_recalls``).
DEFAULT_MAX_RECALLS = 2
#: Longest note an agent may attach to an outcome.
MAX_NOTE = 500
#: Calls the call board keeps on screen for people who looked away.
RECENT_CALLS = 6


@dataclass(frozen=True)
class QueueTicket:
    """One ticket in the queue, without any personal data."""

    request_id: str
    number: str
    site_code: str
    day: date
    service_id: str
    group: str
    priority: str | None
    issued_at: datetime
    state: str = WAITING
    counter: int | None = None
    called_at: datetime | None = None
    recalls: int = 0
    served_at: datetime | None = None
    outcome: str | None = None
    transferred_from: str | None = None

    @property
    def waiting(self) -> bool:
        """True while the ticket waits to be called."""
        return self.state == WAITING

    def order_key(self) -> tuple[int, datetime, str]:
        """Serving order: priority tickets first, then the oldest, then by number."""
        return serving_order(self.priority, self.issued_at, self.number)


def serving_order(priority: str | None, issued_at: datetime,
                  number: str) -> tuple[int, datetime, str]:
    """The key counters call by: priority tickets first, then the oldest, then by
    number."""
    return (0 if priority else 1, issued_at, number)


def ticket_ref(ticket: QueueTicket) -> dict[str, Any]:
    """What every counter event says about its ticket (no personal data)."""
    return {"request_id": ticket.request_id, "number": ticket.number,
            "site_code": ticket.site_code, "day": ticket.day.isoformat()}


def counter_event(type_: str, ticket: QueueTicket, at: datetime, counter: int,
                  staff_id: str | None, **extra: Any) -> dict[str, Any]:
    """The payload of a counter event (``ticket.called`` ...) on ``ticket``."""
    if type_ not in COUNTER_EVENTS:
        raise ValueError(f"not a counter event: {type_}")
    return {"v": 1, **ticket_ref(ticket), "counter": counter, "staff_id": staff_id,
            **extra, "at": at.isoformat()}


def ticket_from_created(payload: Mapping[str, Any]) -> QueueTicket:
    """The waiting ticket a ``request.created`` payload makes (KeyError/ValueError if bad)."""
    t = payload["ticket"]
    return QueueTicket(
        request_id=str(t["request_id"]), number=str(t["number"]),
        site_code=str(t["site_code"]), day=date.fromisoformat(str(t["day"])),
        service_id=str(t["service_id"]), group=str(t["group"]),
        priority=t.get("priority") or None,
        issued_at=datetime.fromisoformat(str(t["issued_at"])))


def apply_event(ticket: QueueTicket, type_: str, payload: Mapping[str, Any]) -> QueueTicket:
    """``ticket`` after the counter event ``type_`` (the same ticket if it does not apply).

    The rules, the same everywhere:

    - ``ticket.called``: a waiting ticket is called to the event's counter.  A ticket
      already called elsewhere stays with the counter that called it first.
    - ``ticket.recalled``: the called ticket is announced again (by its counter).
    - ``ticket.served``: a waiting or called ticket is served, with its outcome.
    - ``ticket.no_show``: a called ticket whose visitor never came.
    - ``ticket.transferred``: a waiting or called ticket goes back to waiting in
      another service group, keeping the time it was issued (its place in line).
    - ``ticket.cancelled``: the visitor gave up a waiting ticket.

    A final state (served, no-show, cancelled) never changes again.  Raises
    KeyError/ValueError for a payload without what the event needs.
    """
    if ticket.state in FINAL_STATES:
        return ticket
    at = datetime.fromisoformat(str(payload["at"])) if "at" in payload else None
    replace = dataclasses.replace
    counter = int(payload["counter"]) if type_ in COUNTER_EVENTS else None
    if type_ == TICKET_CALLED:
        if ticket.state != WAITING:
            return ticket
        return replace(ticket, state=CALLED, counter=counter, called_at=at, recalls=0)
    if type_ == TICKET_RECALLED:
        if ticket.state != CALLED or ticket.counter != counter:
            return ticket
        return replace(ticket, recalls=ticket.recalls + 1, called_at=at)
    if type_ == TICKET_SERVED:
        if ticket.state == CALLED and ticket.counter != counter:
            return ticket
        outcome = str(payload["outcome"])
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        return replace(ticket, state=SERVED, counter=counter, served_at=at,
                       called_at=ticket.called_at or at, outcome=outcome)
    if type_ == TICKET_NO_SHOW:
        if ticket.state != CALLED or ticket.counter != counter:
            return ticket
        return replace(ticket, state=NO_SHOW, served_at=at)
    if type_ == TICKET_TRANSFERRED:
        group = str(payload["to_group"])
        return replace(ticket, state=WAITING, group=group, counter=None, called_at=None,
                       recalls=0, transferred_from=ticket.transferred_from or ticket.group)
    if type_ == TICKET_CANCELLED:
        if ticket.state != WAITING:
            return ticket
        return replace(ticket, state=CANCELLED, served_at=at)
    return ticket


def pick_next(tickets: Iterable[QueueTicket], groups: Iterable[str]) -> QueueTicket | None:
    """The ticket a counter serving ``groups`` calls next: priority first, then oldest."""
    wanted = set(groups)
    waiting = [t for t in tickets if t.waiting and t.group in wanted]
    return min(waiting, key=QueueTicket.order_key, default=None)


def check_action(ticket: QueueTicket, type_: str, counter: int) -> None:
    """Raise :class:`QueueActionRefused` when ``counter`` may not do ``type_`` to ``ticket`` now."""
    number = ticket.number
    if ticket.state in FINAL_STATES:
        raise QueueActionRefused(f"{number} is already {ticket.state.replace('_', '-')}")
    if type_ == TICKET_CALLED and ticket.state != WAITING:
        raise QueueActionRefused(f"{number} was already called by counter {ticket.counter}")
    if type_ in (TICKET_RECALLED, TICKET_NO_SHOW):
        if ticket.state != CALLED:
            raise QueueActionRefused(f"{number} has not been called yet")
        if ticket.counter != counter:
            raise QueueActionRefused(f"{number} was called by counter {ticket.counter}")
    if type_ == TICKET_SERVED and ticket.state == CALLED and ticket.counter != counter:
        raise QueueActionRefused(f"{number} was called by counter {ticket.counter}")


def handling_minutes(tickets: Iterable[QueueTicket], group: str) -> list[float]:
    """Observed minutes at the counter (called to served) of the group's served tickets."""
    minutes = []
    for t in tickets:
        if t.group != group or t.state != SERVED or not t.called_at or not t.served_at:
            continue
        if (t.called_at.tzinfo is None) == (t.served_at.tzinfo is None):
            spent = (t.served_at - t.called_at).total_seconds() / 60
            if spent >= 0:
                minutes.append(spent)
    return minutes


@dataclass(frozen=True)
class GroupView:
    """A service group on the call board: who is being served, how long the wait is."""

    group: str
    now_serving: str | None
    waiting: int
    estimated_wait_minutes: int


@dataclass(frozen=True)
class QueueSnapshot:
    """The whole queue of a site's day at one moment, as the console and board see it.

    ``fresh`` is False when it is the last copy known while the hall server cannot be
    reached (``as_of`` says from when).
    """

    site_code: str
    day: date
    tickets: tuple[QueueTicket, ...]
    as_of: datetime
    fresh: bool = True

    def find(self, number: str) -> QueueTicket | None:
        """The ticket with this number (``C-017``), or None."""
        return next((t for t in self.tickets if t.number == number), None)

    def waiting(self, groups: Iterable[str] | None = None) -> list[QueueTicket]:
        """Waiting tickets (of ``groups``), in the order they will be called."""
        wanted = None if groups is None else set(groups)
        rows = [t for t in self.tickets
                if t.waiting and (wanted is None or t.group in wanted)]
        return sorted(rows, key=QueueTicket.order_key)

    def at_counter(self, counter: int) -> QueueTicket | None:
        """The ticket a counter has called and not finished, if any (the latest)."""
        rows = [t for t in self.tickets if t.state == CALLED and t.counter == counter]
        return max(rows, key=lambda t: t.called_at or t.issued_at, default=None)

    def recent_calls(self, limit: int = RECENT_CALLS) -> list[QueueTicket]:
        """The latest calls, newest first (called, or since served at their counter)."""
        rows = [t for t in self.tickets if t.called_at is not None and t.counter is not None
                and t.state in (CALLED, SERVED)]
        return sorted(rows, key=lambda t: t.called_at or t.issued_at, reverse=True)[:limit]

    def groups(self, counters_per_group: Mapping[str, int] | None = None,
               order: Sequence[str] = ()) -> list[GroupView]:
        """Each group of the day: now serving, waiting, and the estimated wait."""
        names = list(dict.fromkeys([*order, *sorted({t.group for t in self.tickets})]))
        views = []
        for group in names:
            waiting = len(self.waiting([group]))
            called = [t for t in self.tickets if t.group == group and t.called_at
                      and t.state in (CALLED, SERVED)]
            latest = max(called, key=lambda t: t.called_at or t.issued_at, default=None)
            counters = (counters_per_group or {}).get(group, 1)
            views.append(GroupView(
                group=group, now_serving=latest.number if latest else None, waiting=waiting,
                estimated_wait_minutes=estimate_wait_minutes(
                    waiting, handling_minutes(self.tickets, group), counters)))
        return views


@dataclass(frozen=True)
class RequestDetails:
    """What the visitor of a ticket entered and scanned, for the agent at the counter.

    Holds personal data: shown to the agent, never logged.  ``scans`` are the codes the
    visitor attached, each a dict with at least ``kind`` and ``verdict``.
    """

    request_id: str
    service_id: str
    lang: str
    fields: Mapping[str, str]
    scans: tuple[Mapping[str, Any], ...]
    documents_ready: tuple[str, ...]
    priority: str | None
    created_at: datetime


@dataclass(frozen=True)
class HallView:
    """What a kiosk of a shared hall knows of the hall's queue for a new ticket.

    ``waiting_ahead``: waiting tickets of the group in the hall's last snapshot that a
    new ticket would be served after; ``known``: the request ids of the group's tickets
    in that snapshot (this kiosk's tickets the hall does not have yet are counted from
    its own database); ``observed``: the day's handling minutes of the group.
    """

    waiting_ahead: int
    known: frozenset[str]
    observed: tuple[float, ...] = ()


def hall_view(snapshot: QueueSnapshot, group: str, priority: str | None) -> HallView:
    """The hall's count of who a new ticket of ``group`` would wait behind.

    Priority tickets are served first: a new priority ticket waits behind the waiting
    priority tickets only; an ordinary one behind every waiting ticket of the group.
    """
    waiting = snapshot.waiting([group])
    ahead = sum(1 for t in waiting if t.priority) if priority else len(waiting)
    known = frozenset(t.request_id for t in snapshot.tickets if t.group == group
                      or t.transferred_from == group)
    return HallView(waiting_ahead=ahead, known=known,
                    observed=tuple(handling_minutes(snapshot.tickets, group)))
