"""The ticket as a PDF: one layout, three papers (80 mm roll, A6, A4).

The 80 mm thermal roll is exactly 80 mm wide and as long as the content.  A6 and A4
are fixed pages with the same content: on A6 the type shrinks a little when a long
ticket would not fit (three languages, many documents), and only then does the
ticket run onto a second page; on A4 the ticket is a centred column in larger type.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kiosk.devices.fonts import FontSet, register_fonts
from kiosk.devices.layout import Block, Rule, Stack
from kiosk.devices.ticket_content import TicketContent
from kiosk.domain.catalog import Catalog
from kiosk.domain.tickets import Ticket


@dataclass(frozen=True)
class Paper:
    """A paper the ticket can be laid out on (sizes in points)."""

    name: str
    width: float
    height: float | None  # None: a roll, as long as the content
    side: float  # left and right margins
    top: float  # top and bottom margins
    scale: float = 1.0  # type and spacing scale
    column: float | None = None  # widest content column
    scales: tuple[float, ...] = (1.0,)  # tried in turn until the ticket fits a page

    @property
    def content_width(self) -> float:
        """Width of the content column."""
        width = self.width - 2 * self.side
        return min(width, self.column) if self.column else width


#: The papers of :data:`kiosk.config.PAPERS`.
PAPERS: dict[str, Paper] = {
    # Thermal printers print 72 mm of an 80 mm roll; keep 4 mm clear on each side.
    "80mm": Paper("80mm", 80 * mm, None, 4 * mm, 5 * mm),
    "a6": Paper("a6", A6[0], A6[1], 6 * mm, 6 * mm, scales=(1.0, 0.92, 0.85, 0.8)),
    "a4": Paper("a4", A4[0], A4[1], 20 * mm, 15 * mm, scale=1.45, column=150 * mm,
                scales=(1.0, 0.9, 0.8, 0.72)),
}


class PdfTicketRenderer:
    """Lays tickets out as PDF files (implements :class:`TicketRenderer`)."""

    def __init__(self, paper: str = "80mm", fonts_dir: Path | None = None) -> None:
        """``paper`` is one of ``80mm``, ``a6``, ``a4``; fonts default to assets/fonts."""
        if paper not in PAPERS:
            raise ValueError(f"unknown paper {paper!r} (known: {', '.join(PAPERS)})")
        self.paper = PAPERS[paper]
        self.fonts_dir = fonts_dir

    def render(self, ticket: Ticket, catalog: Catalog, out: Path) -> Path:
        """Write the ticket's PDF to ``out`` (atomically) and return ``out``."""
        fonts = register_fonts(self.fonts_dir)
        pages = self._pages(fonts, ticket, catalog)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".ticket-", suffix=".pdf", dir=out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            self._draw(pages, ticket, tmp)
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        return out

    def _pages(self, fonts: FontSet, ticket: Ticket, catalog: Catalog) -> list[list[Block]]:
        """The blocks of each page, at the largest scale that fits one page if any."""
        paper = self.paper
        if paper.height is None:
            content = TicketContent(fonts, ticket, catalog, paper.content_width, paper.scale)
            return [content.blocks()]
        room = paper.height - 2 * paper.top
        for factor in paper.scales:
            content = TicketContent(fonts, ticket, catalog, paper.content_width,
                                    paper.scale * factor, compact=True)
            blocks = content.blocks()
            if _height(blocks) <= room:
                return [blocks]
        header = _height(content.continuation(2, 2))
        pages = paginate(blocks, room, room - header)
        for number, page in enumerate(pages[1:], start=2):
            page[:0] = content.continuation(number, len(pages))
        return pages

    def _draw(self, pages: list[list[Block]], ticket: Ticket, path: Path) -> None:
        paper = self.paper
        page_height = paper.height or _height(pages[0]) + 2 * paper.top
        canvas = Canvas(str(path), pagesize=(paper.width, page_height), invariant=True)
        canvas.setTitle(f"Ticket {ticket.number}")
        canvas.setAuthor(ticket.site_name)
        canvas.setCreator("Jisr kiosk")
        x = (paper.width - paper.content_width) / 2
        for index, page in enumerate(pages):
            if index:
                canvas.showPage()
            top = page_height - paper.top
            for block in page:
                block.draw(canvas, x, top, paper.content_width)
                top -= block.height
        canvas.save()


def paginate(blocks: list[Block], first_room: float, room: float) -> list[list[Block]]:
    """Cut ``blocks`` into pages, keeping each section (a :class:`Stack`) whole.

    A section too tall for any page is cut between its own blocks.  Rules are not
    left at the bottom or top of a page.
    """
    pages: list[list[Block]] = [[]]
    used = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        limit = first_room if len(pages) == 1 else room
        if isinstance(block, Rule) and not pages[-1]:
            continue
        if used + block.height <= limit or (not pages[-1] and not isinstance(block, Stack)):
            pages[-1].append(block)
            used += block.height
            continue
        if isinstance(block, Stack) and (block.height > room or not pages[-1]):
            queue[:0] = block.blocks  # too tall for a whole page: cut inside it
            continue
        while pages[-1] and isinstance(pages[-1][-1], Rule):
            pages[-1].pop()
        pages.append([])
        used = 0.0
        queue.insert(0, block)
    return [page for page in pages if page]


def _height(blocks: list[Block]) -> float:
    return sum(block.height for block in blocks)
