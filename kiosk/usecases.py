"""Use cases shared by the kiosk UI and the ``kiosk`` command: one code path for both."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kiosk.config import Config
from kiosk.domain.catalog import Catalog
from kiosk.domain.ports import Clock, RequestStore, TicketPrinter, TicketRenderer
from kiosk.domain.queue import HallView
from kiosk.domain.request import NewRequest, validate_request
from kiosk.domain.tickets import Ticket, TicketStatus, normalise_ticket_number
from kiosk.errors import PrinterError, UnknownService

log = logging.getLogger(__name__)

#: Times one ticket may be printed again at the kiosk (then: the counter).
MAX_REPRINTS = 2


@dataclass(frozen=True)
class IssuedTicket:
    """What the visitor gets: the committed ticket, its PDF, and the paper's fate."""

    ticket: Ticket
    pdf: Path
    print_status: str
    print_error: str | None = None

    @property
    def printed(self) -> bool:
        """True when the paper copy went out (or, with no printer, the PDF was saved)."""
        return self.print_error is None


@dataclass
class TicketDesk:
    """Issues tickets: validate, commit durably, lay out, print."""

    config: Config
    catalog: Catalog
    store: RequestStore
    renderer: TicketRenderer
    printer: TicketPrinter
    clock: Clock
    tickets_dir: Path
    #: a kiosk of a shared hall: the hall's last known queue for (group, priority, day)
    hall: Callable[[str, str | None, date], HallView | None] | None = None

    def issue(self, request: NewRequest) -> IssuedTicket:
        """Issue the ticket for ``request``.

        The request, ticket and outbox entry are committed first, in one
        transaction; only then is the ticket laid out and printed.  A printing
        failure never loses the ticket: it is recorded for staff and the visitor
        still gets the ticket on screen.  Raises ``InputError`` for a bad request
        and ``StorageUnavailable`` when nothing could be stored.
        """
        service = self.catalog.services.get(request.service_id)
        if service is None or self.config.site.context not in service.contexts:
            raise UnknownService(f"no service {request.service_id!r} at this kiosk")
        clean = validate_request(request, service)
        now = self.clock.now()
        hall = self.hall(service.group, clean.priority, now.date()) if self.hall else None
        ticket = self.store.commit_request(
            clean, service, now, self.config.site.code, self.config.site.name,
            self.config.site.counters, hall,
        )
        log.info("ticket %s issued for service %s", ticket.number, service.id)
        # From here on the ticket exists and is queued: nothing below may make it look
        # unissued to the visitor, so every failure is caught, recorded and shown.
        pdf = self.tickets_dir / f"{now:%Y%m%d}-{ticket.number}-{ticket.request_id[:8]}.pdf"
        status, reason = self._paper(ticket, pdf)
        self._record(ticket, status, reason)
        return IssuedTicket(ticket, pdf, status, reason)

    def _paper(self, ticket: Ticket, pdf: Path) -> tuple[str, str | None]:
        """Lay out and print; return the status and, on failure, a reason for staff."""
        try:
            self.tickets_dir.mkdir(parents=True, exist_ok=True)
            self.renderer.render(ticket, self.catalog, pdf)
            return self.printer.print_pdf(pdf), None
        except (PrinterError, OSError) as exc:  # messages written to carry no personal data
            reason = str(exc) or type(exc).__name__
            log.warning("ticket %s not printed: %s", ticket.number, reason)
        except Exception as exc:  # our bug; its message may carry data, so not logged
            reason = f"internal error ({type(exc).__name__})"
            log.error("ticket %s: layout or printing crashed: %s\n%s", ticket.number,
                      type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
        return "failed", reason

    def _record(self, ticket: Ticket, status: str, reason: str | None) -> None:
        """Tell staff how the paper went; a storage failure here is logged, not raised."""
        try:
            if reason is None:
                self.store.record_print_status(ticket, status)
            else:
                self.store.record_print_failure(ticket, reason, self.clock.now())
        except Exception as exc:
            log.error("ticket %s: print outcome not recorded (%s)", ticket.number,
                      type(exc).__name__)

    def ticket_status(self, request_id: str) -> TicketStatus | None:
        """Where a scanned ticket stands now; None unless it is today's, of this site."""
        status = self.store.ticket_status(request_id, self.config.site.counters)
        if status is None or status.site_code != self.config.site.code \
                or status.day != self.clock.now().date():
            return None
        return status

    def ticket_status_by_number(self, typed: str) -> TicketStatus | None:
        """Today's ticket with the number a visitor typed ("v 2", "V-002", "v002")."""
        number = normalise_ticket_number(typed)
        if number is None:
            return None
        request_id = self.store.find_ticket(number, self.clock.now().date(),
                                           self.config.site.code)
        return self.ticket_status(request_id) if request_id else None

    def cancel(self, request_id: str) -> bool:
        """The visitor gives up their place; False when it was no longer waiting (or is
        not a ticket of today at this site)."""
        if self.ticket_status(request_id) is None:
            return False
        return self.store.cancel_ticket(request_id, self.clock.now())

    def reprint(self, request_id: str) -> IssuedTicket | None:
        """Print a ticket again, with its place and wait as they are now."""
        status = self.ticket_status(request_id)
        if status is None or status.state != "waiting" or status.reprints >= MAX_REPRINTS:
            return None
        service = self.catalog.services.get(status.service_id)
        documents = tuple(d.id for d in service.documents) if service else ()
        ticket = self.store.reprint_facts(status, self.config.site.name, documents)
        if ticket is None:
            return None
        now = self.clock.now()
        pdf = self.tickets_dir / f"{now:%Y%m%d-%H%M%S}-{ticket.number}-reprint.pdf"
        self.store.record_reprint(request_id, now)  # counted before paper is spent
        status_text, reason = self._paper(ticket, pdf)
        return IssuedTicket(ticket, pdf, status_text, reason)

    def purge_expired(self) -> int:
        """Erase personal details older than the retention period the notice states,
        and ticket PDFs as old (a busy site writes tens of MB of them a day)."""
        cutoff = self.clock.now() - timedelta(days=self.config.kiosk.retention_days)
        purged = self.store.purge_personal_data(cutoff)
        for pdf in self.tickets_dir.glob("*.pdf") if self.tickets_dir.is_dir() else ():
            try:
                if pdf.stat().st_mtime < cutoff.timestamp():
                    pdf.unlink()
            except OSError:  # gone already, or not ours: the next purge tries again
                continue
        return purged
