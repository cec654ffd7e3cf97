"""The counters' use case: call, recall, serve, no-show, transfer.

One code path for the staff console and ``kiosk queue call|recall|serve|no-show|
transfer``.  Every action is a local event committed with its outbox entry
(:meth:`kiosk.store.queue.QueueStore.record_counter_event`), exactly like a visitor's
request.  Where the queue lives elsewhere (the hall server), the event is then
delivered at once, and the desk reads the queue back to learn whether its call won:
two counters pressing "call next" at the same moment may pick the same ticket; the
hall server keeps the first call and the other counter moves on to the next ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from kiosk.domain import queue
from kiosk.domain.ports import Clock, QueueSource
from kiosk.domain.queue import QueueSnapshot, QueueTicket, RequestDetails
from kiosk.errors import EnvironmentFault, HallUnreachable, InputError, QueueActionRefused

log = logging.getLogger(__name__)

#: Tickets "call next" tries when other counters keep winning the race.
MAX_CALL_TRIES = 5


class CounterEvents(Protocol):
    """Where counter events are committed (with their outbox entry)."""

    def record_counter_event(self, type_: str, ticket: QueueTicket,
                             payload: dict[str, Any], now: datetime) -> QueueTicket:
        """Commit the event, move a local copy of the ticket; return it moved."""
        ...


@dataclass(frozen=True)
class Done:
    """What an action did: the ticket as it stands, and whether the hall has it yet.

    ``delivered`` is False when the event is safe in the local outbox but the hall
    server could not be told yet (it will be, by the sync worker); None when the queue
    is local and there is nothing to deliver.
    """

    ticket: QueueTicket
    event: str
    delivered: bool | None = None


@dataclass
class QueueDesk:
    """Counter actions on the queue of ``source``, recorded in ``events``.

    ``deliver`` pushes the local outbox to the hall server now (None when the queue is
    this PC's own database); it raises :class:`EnvironmentFault` when it cannot.
    ``groups``: the catalog's service groups (None: any is accepted); a counter may
    neither call from nor transfer to another (no counter would ever call it).
    """

    events: CounterEvents
    source: QueueSource
    clock: Clock
    max_recalls: int = queue.DEFAULT_MAX_RECALLS
    deliver: Callable[[], None] | None = None
    groups: frozenset[str] | None = None

    def _check_groups(self, groups: Iterable[str]) -> None:
        unknown = [g for g in groups if self.groups is not None and g not in self.groups]
        if unknown:
            raise InputError(f"no service group {', '.join(unknown)} in the catalog; the "
                             f"groups are {', '.join(sorted(self.groups or ()))}")

    def today(self) -> date:
        """The site's day now."""
        return self.clock.now().date()

    def snapshot(self, day: date | None = None) -> QueueSnapshot:
        """The queue of ``day`` (today).  Raises ``HallUnreachable`` when cut off."""
        return self.source.snapshot(day or self.today())

    def details(self, number: str) -> RequestDetails | None:
        """What the visitor of today's ticket ``number`` entered and scanned."""
        ticket = self._find(number)
        return self.source.details(ticket.request_id)

    def call_next(self, counter: int, groups: Iterable[str],
                  staff_id: str | None = None) -> Done | None:
        """Call the next ticket of ``groups`` to ``counter``; None when nobody waits.

        Priority tickets first, then the oldest.  When another counter called the same
        ticket a moment earlier, moves on to the next one.  Never from a stale copy of
        the queue (``fresh`` False: the hall server is cut off), where another counter
        may already have called the ticket: ``HallUnreachable`` then.
        """
        groups = tuple(groups)
        self._check_groups(groups)
        passed: set[str] = set()
        snapshot = self.snapshot()
        for _ in range(MAX_CALL_TRIES):
            if not snapshot.fresh:
                raise HallUnreachable("the queue shown is an old copy: nothing was called")
            waiting = [t for t in snapshot.tickets if t.request_id not in passed]
            ticket = queue.pick_next(waiting, groups)
            if ticket is None:
                return None
            try:
                done = self._act(queue.TICKET_CALLED, ticket, counter, staff_id)
            except QueueActionRefused:
                passed.add(ticket.request_id)
                snapshot = self.snapshot()
                continue
            if done.delivered is False or self.deliver is None:
                return done
            snapshot = self.snapshot()  # after the push: did this counter win the call?
            mine = snapshot.find(ticket.number)
            if mine is not None and mine.state == queue.CALLED and mine.counter != counter:
                log.info("%s went to counter %s first; calling the next", ticket.number,
                         mine.counter)
                passed.add(ticket.request_id)
                continue  # the queue just read serves the next try
            return Done(mine or done.ticket, done.event, done.delivered)
        raise QueueActionRefused("other counters keep calling the same tickets: try again")

    def call(self, number: str, counter: int, staff_id: str | None = None) -> Done:
        """Call today's ticket ``number`` to ``counter`` out of turn."""
        return self._act(queue.TICKET_CALLED, self._find(number), counter, staff_id)

    def recall(self, number: str, counter: int, staff_id: str | None = None) -> Done:
        """Announce the called ticket again; after ``max_recalls`` recalls: no-show."""
        ticket = self._find(number)
        if ticket.state == queue.CALLED and ticket.counter == counter \
                and ticket.recalls >= self.max_recalls:
            return self._act(queue.TICKET_NO_SHOW, ticket, counter, staff_id,
                             reason="recalls")
        return self._act(queue.TICKET_RECALLED, ticket, counter, staff_id)

    def serve(self, number: str, counter: int, outcome: str, note: str = "",
              staff_id: str | None = None) -> Done:
        """Close the visit of ``number`` at ``counter`` with ``outcome`` and a note."""
        if outcome not in queue.OUTCOMES:
            raise InputError(f"outcome must be one of {', '.join(queue.OUTCOMES)}")
        note = note.strip()
        if len(note) > queue.MAX_NOTE:
            raise InputError(f"the note is longer than {queue.MAX_NOTE} characters")
        return self._act(queue.TICKET_SERVED, self._find(number), counter, staff_id,
                         outcome=outcome, note=note or None)

    def no_show(self, number: str, counter: int, staff_id: str | None = None) -> Done:
        """The called visitor never came."""
        return self._act(queue.TICKET_NO_SHOW, self._find(number), counter, staff_id)

    def transfer(self, number: str, group: str, counter: int,
                 staff_id: str | None = None) -> Done:
        """Send ``number`` to wait in ``group``, keeping its place by the time issued."""
        self._check_groups((group,))
        ticket = self._find(number)
        if group == ticket.group:
            raise QueueActionRefused(f"{number} already waits in group {group}")
        return self._act(queue.TICKET_TRANSFERRED, ticket, counter, staff_id,
                         from_group=ticket.group, to_group=group)

    # -- the one path every action takes -----------------------------------------------

    def _find(self, number: str) -> QueueTicket:
        ticket = self.snapshot().find(number)
        if ticket is None:
            raise InputError(f"no ticket {number} today")
        return ticket

    def _act(self, type_: str, ticket: QueueTicket, counter: int, staff_id: str | None,
             **extra: Any) -> Done:
        if counter < 1:
            raise InputError("the counter number must be 1 or more")
        queue.check_action(ticket, type_, counter)
        now = self.clock.now()
        payload = queue.counter_event(type_, ticket, now, counter, staff_id, **extra)
        moved = self.events.record_counter_event(type_, ticket, payload, now)
        if self.deliver is None:
            return Done(moved, type_)
        try:
            self.deliver()
        except EnvironmentFault as err:
            log.warning("%s %s kept to send later: %s", type_, ticket.number,
                        type(err).__name__)
            return Done(moved, type_, delivered=False)
        return Done(moved, type_, delivered=True)
