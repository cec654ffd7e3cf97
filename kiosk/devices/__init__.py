"""Devices: the ticket laid out as a PDF, and the printers that take it to paper.

Public API:

* :class:`~kiosk.devices.ticket_pdf.PdfTicketRenderer` -- ``render(ticket, catalog,
  out)`` on an 80 mm roll, A6 or A4 (implements ``TicketRenderer``).
* :class:`~kiosk.devices.printers.PdfOnlyPrinter`,
  :class:`~kiosk.devices.printers.CupsPrinter` and
  :func:`~kiosk.devices.printers.make_printer` (implement ``TicketPrinter``).
"""

from __future__ import annotations

from kiosk.devices.printers import CupsPrinter, PdfOnlyPrinter, make_printer
from kiosk.devices.ticket_pdf import PAPERS, PdfTicketRenderer

__all__ = ["PAPERS", "CupsPrinter", "PdfOnlyPrinter", "PdfTicketRenderer", "make_printer"]
