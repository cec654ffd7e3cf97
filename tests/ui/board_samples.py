"""A queue in memory for the call board's tests and screenshots.

:class:`MemoryQueue` implements the :class:`~kiosk.domain.ports.QueueSource` protocol over
real :class:`~kiosk.domain.queue.QueueTicket` objects: tickets are made from
``request.created`` payloads and moved by counter events through the domain's own
:func:`~kiosk.domain.queue.apply_event`, the rule every real queue uses.  It can be told
to fail as the hall server's source does (:class:`~kiosk.errors.HallUnreachable`).
"""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime, timedelta

from kiosk.domain import queue
from kiosk.domain.queue import QueueSnapshot, QueueTicket, RequestDetails

SITE = "TNG01"
SITE_NAME = "Préfecture de Tanger-Assilah - Accueil MRE"


def local(day: date, hour: int, minute: int, second: int = 0) -> datetime:
    """A time of ``day`` in this machine's time zone (as the kiosk's clock gives it)."""
    return datetime(day.year, day.month, day.day, hour, minute, second).astimezone()


class Clock:
    """A clock the test sets."""

    def __init__(self, now: datetime) -> None:
        self.time = now

    def now(self) -> datetime:
        return self.time

    def advance(self, seconds: float) -> datetime:
        self.time += timedelta(seconds=seconds)
        return self.time


class MemoryQueue:
    """A :class:`~kiosk.domain.ports.QueueSource` in memory."""

    def __init__(self, clock: Clock, site: str = SITE) -> None:
        self.clock = clock
        self.site = site
        self.tickets: dict[str, QueueTicket] = {}
        #: raised by :meth:`snapshot` while set
        self.failure: Exception | None = None
        #: while set, snapshots are the hall server's last copy from that time (stale)
        self.stale_as_of: datetime | None = None
        #: while set, a read waits for it (a slow hall server)
        self.gate: threading.Event | None = None
        self.reads = 0
        #: the threads the reads ran on
        self.threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def issue(self, number: str, service_id: str, at: datetime,
              priority: str | None = None) -> QueueTicket:
        """A new waiting ticket (its group is its number's letter)."""
        ticket = queue.ticket_from_created({"ticket": {
            "request_id": str(uuid.uuid4()), "number": number, "site_code": self.site,
            "day": at.date().isoformat(), "service_id": service_id, "group": number[0],
            "priority": priority, "issued_at": at.isoformat()}})
        with self._lock:
            self.tickets[number] = ticket
        return ticket

    def event(self, type_: str, number: str, at: datetime, counter: int,
              **extra: object) -> QueueTicket:
        """A counter event on ticket ``number``, applied by the domain's rule."""
        with self._lock:
            ticket = self.tickets[number]
            payload = queue.counter_event(type_, ticket, at, counter, "agent-1", **extra)
            moved = queue.apply_event(ticket, type_, payload)
            self.tickets[number] = moved
        return moved

    def call(self, number: str, at: datetime, counter: int) -> QueueTicket:
        return self.event(queue.TICKET_CALLED, number, at, counter)

    def serve(self, number: str, at: datetime, counter: int) -> QueueTicket:
        return self.event(queue.TICKET_SERVED, number, at, counter, outcome="done")

    def snapshot(self, day: date) -> QueueSnapshot:
        """The day's queue now (or the failure set)."""
        gate = self.gate
        if gate is not None:
            gate.wait(10)
        with self._lock:
            self.reads += 1
            self.threads.append(threading.current_thread())
            if self.failure is not None:
                raise self.failure
            tickets = tuple(t for t in self.tickets.values() if t.day == day)
        if self.stale_as_of is not None:
            return QueueSnapshot(site_code=self.site, day=day, tickets=tickets,
                                 as_of=self.stale_as_of, fresh=False)
        return QueueSnapshot(site_code=self.site, day=day, tickets=tickets,
                             as_of=self.clock.now())

    def details(self, request_id: str) -> RequestDetails | None:
        """The board never asks."""
        return None


def hall_morning(source: MemoryQueue, day: date) -> None:
    """A busy morning in a prefecture hall: every group has tickets, nine calls so far
    (three counters calling now, one of them a priority ticket), people waiting."""
    issued = [("C-011", "cnie"), ("V-003", "passport"), ("C-012", "birth_certificate"),
              ("J-001", "legalisation"), ("V-004", "passport"), ("C-013", "cnie"),
              ("R-001", "information"), ("J-002", "criminal_record"), ("D-001",
              "driving_licence_exchange"), ("C-014", "cnie"), ("A-001", "legal_assistance"),
              ("C-015", "birth_certificate"), ("V-006", "passport_lost"), ("C-016", "cnie"),
              ("J-003", "certificate_of_life"), ("R-002", "complaint"), ("C-017", "cnie"),
              ("C-018", "birth_certificate"), ("D-002", "definitive_return"),
              ("V-007", "e_timbre"), ("C-019", "cnie"), ("R-003", "investment")]
    for index, (number, service) in enumerate(issued):
        source.issue(number, service, local(day, 8, 30 + index))
    source.issue("V-005", "passport", local(day, 8, 52), priority="elderly")
    moves = [("C-011", 1, (9, 2), (9, 11)), ("V-003", 2, (9, 3), (9, 16)),
             ("C-012", 1, (9, 12), (9, 20)), ("J-001", 3, (9, 14), (9, 25)),
             ("R-001", 3, (9, 26), (9, 34)), ("C-013", 1, (9, 21), (9, 33)),
             ("V-005", 2, (9, 35), None), ("J-002", 3, (9, 37), None),
             ("C-014", 1, (9, 41), None)]
    for number, counter, called, served in moves:
        source.call(number, local(day, *called), counter)
        if served:
            source.serve(number, local(day, *served), counter)
