"""The console's work off the UI thread: reading the queue and acting on it.

Everything here runs in worker jobs (:mod:`kiosk.ui.workers`), never on the UI thread:
each function returns a :class:`View` (what the console shows) read right after the
action, so the screen never shows a queue older than the agent's last press.

:class:`RememberingSource` keeps the last queue read from the hall server: when the
server cannot be reached, the console shows that copy (``fresh=False``, with its time)
and the agent can still finish the ticket at the counter; the event is kept in the
local outbox and sent when the server returns.  Calling the next ticket on a copy is
refused: another counter may already have called it.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.ports import QueueSource
from kiosk.domain.queue import QueueSnapshot, QueueTicket, RequestDetails
from kiosk.errors import HallUnreachable
from kiosk.queue_desk import Done, QueueDesk


class RememberingSource:
    """A :class:`QueueSource` that answers with the last queue it read while cut off.

    ``cut_since`` is when the source first failed in a row (None while it answers).
    Thread-safe: the console reads it from pool threads.
    """

    def __init__(self, source: QueueSource, now: Callable[[], datetime]) -> None:
        self.source = source
        self._now = now
        self._lock = threading.Lock()
        self._last: QueueSnapshot | None = None
        self.cut_since: datetime | None = None

    def snapshot(self, day: date) -> QueueSnapshot:
        """The source's queue; its last copy (``fresh=False``) when it cannot be reached."""
        try:
            snapshot = self.source.snapshot(day)
        except HallUnreachable:
            with self._lock:
                if self.cut_since is None:
                    self.cut_since = self._now()
                last = self._last
            if last is None or last.day != day:
                raise
            return dataclasses.replace(last, fresh=False)
        with self._lock:
            if snapshot.fresh:
                self._last = snapshot
                self.cut_since = None
            elif self.cut_since is None:
                self.cut_since = self._now()
        return snapshot

    def details(self, request_id: str) -> RequestDetails | None:
        """What the visitor entered and scanned (HallUnreachable when cut off)."""
        return self.source.details(request_id)

    def remember(self, ticket: QueueTicket) -> None:
        """A ticket as this counter just moved it: the copy shown while cut off says so."""
        with self._lock:
            last = self._last
            if last is None:
                return
            tickets = tuple(ticket if t.request_id == ticket.request_id else t
                            for t in last.tickets)
            self._last = dataclasses.replace(last, tickets=tickets)


@dataclass(frozen=True)
class View:
    """What the console shows: the queue, the counter's ticket and its request."""

    snapshot: QueueSnapshot
    current: QueueTicket | None
    #: the current ticket's request (None: none, or it could not be read)
    details: RequestDetails | None
    #: True when ``details`` could not be read because the hall server is cut off
    details_unreachable: bool = False
    #: since when the hall server has not answered (None: it answers)
    cut_since: datetime | None = None

    @property
    def cut_off(self) -> bool:
        """True when the queue shown is a copy from before the server stopped answering."""
        return not self.snapshot.fresh


@dataclass(frozen=True)
class Acted:
    """An action's result and the view read after it."""

    done: Done | None
    view: View


class ConsoleDesk:
    """One counter's work on the queue: ``desk`` (its source wrapped to remember)."""

    def __init__(self, desk: QueueDesk, counter: int, groups: tuple[str, ...],
                 staff_id: str | None) -> None:
        if not isinstance(desk.source, RememberingSource):
            desk.source = RememberingSource(desk.source, desk.clock.now)
        self.desk = desk
        self.counter = counter
        self.groups = groups
        self.staff_id = staff_id

    @property
    def source(self) -> RememberingSource:
        """The remembering source in front of the real one."""
        source = self.desk.source
        assert isinstance(source, RememberingSource)
        return source

    @property
    def max_recalls(self) -> int:
        """Recalls before a ticket becomes a no-show."""
        return self.desk.max_recalls

    # -- reading (worker) --------------------------------------------------------------
    def view(self, known: RequestDetails | None = None) -> View:
        """The queue now, the counter's ticket, and its request (``known`` is reused
        when it is the same request, so the details are not read every two seconds)."""
        snapshot = self.desk.snapshot()
        current = snapshot.at_counter(self.counter)
        details, unreachable = None, False
        if current is not None:
            if known is not None and known.request_id == current.request_id:
                details = known
            else:
                try:
                    details = self.desk.source.details(current.request_id)
                except HallUnreachable:
                    unreachable = True
        return View(snapshot, current, details, unreachable, self.source.cut_since)

    # -- actions (worker) --------------------------------------------------------------
    def call_next(self) -> Acted:
        """Call the next ticket of the counter's groups (the desk refuses a stale copy
        with HallUnreachable)."""
        return self._after(self.desk.call_next(self.counter, self.groups, self.staff_id))

    def recall(self, number: str) -> Acted:
        """Announce the ticket again (a no-show after the configured recalls)."""
        return self._after(self.desk.recall(number, self.counter, self.staff_id))

    def serve(self, number: str, outcome: str, note: str) -> Acted:
        """Close the visit with ``outcome`` and ``note``."""
        return self._after(self.desk.serve(number, self.counter, outcome, note, self.staff_id))

    def no_show(self, number: str) -> Acted:
        """The visitor never came."""
        return self._after(self.desk.no_show(number, self.counter, self.staff_id))

    def transfer(self, number: str, group: str) -> Acted:
        """Send the ticket to wait in ``group``, keeping its place."""
        return self._after(self.desk.transfer(number, group, self.counter, self.staff_id))

    def _after(self, done: Done | None) -> Acted:
        if done is not None:
            self.source.remember(done.ticket)
        return Acted(done, self.view())
