"""The small interfaces the use cases need from the outside world.

Implementations live in ``kiosk.store`` (SQLite), ``kiosk.devices`` (PDF, printers)
and tests; one composition root (:mod:`kiosk.compose`) hands them in.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from kiosk.domain.catalog import Catalog, Service
from kiosk.domain.queue import HallView, QueueSnapshot, RequestDetails
from kiosk.domain.request import NewRequest
from kiosk.domain.tickets import Ticket, TicketStatus


class Clock(Protocol):
    """Tells the time (local wall-clock time of the site, timezone-aware)."""

    def now(self) -> datetime:
        """The current time."""
        ...


class RequestStore(Protocol):
    """Durable storage of requests, tickets and their outbox entries."""

    def commit_request(self, request: NewRequest, service: Service, now: datetime,
                       site_code: str, site_name: str, counters: int,
                       hall: HallView | None = None) -> Ticket:
        """Commit the request, its ticket and its outbox entry in one transaction.

        Allocates the ticket number (unique for the site and day, per group), counts
        the people ahead and estimates the wait.  Raises
        :class:`kiosk.errors.StorageUnavailable` when nothing could be written; then
        nothing at all was written.
        """
        ...

    def record_print_failure(self, ticket: Ticket, reason: str, now: datetime) -> None:
        """Record, for staff, that a ticket's paper copy failed (with outbox entry)."""
        ...

    def record_print_status(self, ticket: Ticket, status: str) -> None:
        """Record how the paper copy went (``"printed"``, ``"saved"``)."""
        ...

    def purge_personal_data(self, cutoff: datetime) -> int:
        """Erase personal details of requests made before ``cutoff``; return how many."""
        ...

    def ticket_status(self, request_id: str, counters: int) -> TicketStatus | None:
        """Where a ticket stands now, or None."""
        ...

    def find_ticket(self, number: str, day: date, site_code: str) -> str | None:
        """The request id of a ticket number of the day, or None."""
        ...

    def record_reprint(self, request_id: str, now: datetime) -> None:
        """Record that a ticket was printed again (with its outbox event)."""
        ...

    def cancel_ticket(self, request_id: str, now: datetime) -> bool:
        """Cancel a waiting ticket with its outbox event."""
        ...

    def reprint_facts(self, status: TicketStatus, site_name: str,
                      documents: tuple[str, ...]) -> Ticket | None:
        """A ticket as it stands now, ready to print again."""
        ...

    def day_tickets(self, day: date) -> list[dict[str, object]]:
        """The day's tickets, oldest first, as plain dicts (for ``kiosk queue``)."""
        ...


class TicketRenderer(Protocol):
    """Lays a ticket out as a PDF file."""

    def render(self, ticket: Ticket, catalog: Catalog, out: Path) -> Path:
        """Write the ticket's PDF to ``out`` and return the path."""
        ...


class TicketPrinter(Protocol):
    """Sends a rendered ticket to paper."""

    def print_pdf(self, pdf: Path) -> str:
        """Print ``pdf``; return a short status (``"printed"``, ``"saved"``).

        Raises :class:`kiosk.errors.PrinterError` when the paper copy failed.
        """
        ...


class QueueSource(Protocol):
    """Where a counter or the call board reads the queue: the local database (a hall
    with one kiosk and its counters on the same PC) or the hall server (several devices).

    Both raise :class:`kiosk.errors.EnvironmentFault` (e.g. ``HallUnreachable``) when
    the queue cannot be read now; callers keep showing their last snapshot, marked stale.
    """

    def snapshot(self, day: date) -> QueueSnapshot:
        """The whole queue of the site's ``day`` now."""
        ...

    def details(self, request_id: str) -> RequestDetails | None:
        """What the visitor of a ticket entered and scanned, or None if unknown."""
        ...
