"""What a ticket says, laid out as blocks for one content width.

Top to bottom: site, title, the number (huge), priority marker, service, time issued,
people ahead and estimated wait, documents to bring, the ticket's QR and the online
platform's QR, the "indicative" notice and "keep this ticket".  Every label is in the
visitor's language plus Arabic and French (each text once).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from kiosk.devices.bidi_text import layout
from kiosk.devices.fonts import FontSet
from kiosk.devices.layout import (
    GREY,
    Block,
    Checklist,
    Columns,
    Headline,
    Inverted,
    QrBlock,
    Rule,
    Spacer,
    Stack,
    TextBlock,
    text_lines,
)
from kiosk.devices.qr import qr_matrix
from kiosk.domain.catalog import Catalog, Document, Service
from kiosk.domain.text import is_rtl, pick
from kiosk.domain.tickets import Ticket

#: Languages on every ticket besides the visitor's own, in this order.
ALWAYS_LANGS: tuple[str, ...] = ("ar", "fr")
#: Largest size of the ticket number (before the paper's scale).
NUMBER_MAX_SIZE = 76.0
#: Largest side of a QR code in points (about 36 mm, before the paper's scale).
QR_MAX = 102.0


def ticket_langs(lang: str) -> list[str]:
    """The visitor's language, then Arabic and French, each once."""
    return list(dict.fromkeys((lang, *ALWAYS_LANGS)))


def _dedupe(texts: list[str]) -> list[str]:
    return [t for t in dict.fromkeys(t.strip() for t in texts) if t]


def date_text(value: object) -> str:
    """Dates as printed in Morocco: day/month/year."""
    return f"{value:%d/%m/%Y}"


@dataclass
class TicketContent:
    """Builds the blocks of one ticket for a content ``width`` at a type ``scale``."""

    fonts: FontSet
    ticket: Ticket
    catalog: Catalog
    width: float
    scale: float = 1.0
    compact: bool = False  # fixed pages: labels on one line, documents beside the QRs

    @property
    def langs(self) -> list[str]:
        """Languages printed, the visitor's first."""
        return ticket_langs(self.ticket.lang)

    @property
    def service(self) -> Service | None:
        """The ticket's service (None when the catalog no longer has it)."""
        return self.catalog.services.get(self.ticket.service_id)

    def texts(self, key: str, count: int | None = None, **values: str) -> list[str]:
        """Catalog text ``key`` in each printed language, placeholders filled, once each.

        ``count`` picks each language's plural form and fills ``{n}``.
        """
        out = []
        for lang in self.langs:
            text = self.catalog.text(key, lang, count)
            for name, value in values.items():
                text = text.replace("{" + name + "}", value)
            out.append(text)
        return _dedupe(out)

    def joined(self, texts: list[str], size: float, bold: bool = False,
               compact_only: bool = False) -> list[str]:
        """``texts`` as one line (`` · `` between) if it fits, else unchanged.

        With ``compact_only``, lines are joined on compact (fixed) pages only.
        """
        if len(texts) < 2 or (compact_only and not self.compact):
            return texts
        line = " · ".join(texts)
        fits = len(text_lines(self.fonts, line, size * self.scale, self.width, bold)) == 1
        return [line] if fits else texts

    def columns(self, blocks: list[Block], gap: float) -> Columns:
        """Blocks side by side in reading order: right to left for an Arabic visitor."""
        return Columns(blocks[::-1] if is_rtl(self.ticket.lang) else blocks, gap)

    def para(self, texts: list[str], size: float, width: float | None = None,
             bold: bool = False, align: str = "start",
             color: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> TextBlock:
        """Each text wrapped to ``width``; the visitor's language first."""
        lines = []
        for text in texts:
            lines.extend(text_lines(self.fonts, text, size * self.scale,
                                    width or self.width, bold))
        return TextBlock(lines, align, color)

    def blocks(self) -> list[Block]:
        """The whole ticket, top to bottom: sections (stacks) between rules."""
        s = self.scale
        head: list[Block] = [
            self.para(self.joined(self.texts("ticket.title"), 10.5), 10.5, align="center"),
            self.number(),
        ]
        if self.ticket.priority:
            head += [Inverted(self.para(self.texts("ticket.priority"), 10, bold=True,
                                        width=self.width - 8 * s, align="center"), 4 * s),
                     Spacer(5 * s)]
        head += [self.para(self.joined(self.texts("ticket.service"), 7.5), 7.5, align="center",
                           color=GREY),
                 Spacer(1 * s), self.service_names()]
        sections: list[Block] = [Stack(head), self.facts()]
        if self.compact and self.has_documents:
            # Fixed pages: the documents and the QR codes side by side.
            gap = 10 * s
            half = (self.width - gap) / 2
            sections.append(self.columns([Stack(self.documents(half)),
                                          self.qr_codes(half, stacked=True)], gap))
        else:
            if self.has_documents:
                sections.append(Stack(self.documents(self.width)))
            sections.append(self.qr_codes(self.width))
        sections.append(Stack(self.footer()))
        out: list[Block] = [self.para([self.ticket.site_name], 9, bold=True, align="center"),
                            Rule(5 * s)]
        for index, section in enumerate(sections):
            if index:
                out.append(Rule(6 * s))
            out.append(section)
        return out

    def continuation(self, page: int, pages: int) -> list[Block]:
        """The top of a page after the first: number, site and page count."""
        text = f"{self.ticket.number} · {page}/{pages} · {self.ticket.site_name}"
        return [self.para([text], 8, bold=True, align="center"), Rule(5 * self.scale)]

    def number(self) -> Headline:
        """The ticket number, as large as the width allows."""
        font = self.fonts.name("latin", bold=True)
        unit = pdfmetrics.stringWidth(self.ticket.number, font, 1.0) or 1.0
        largest = NUMBER_MAX_SIZE * self.scale * (0.8 if self.compact else 1.0)
        size = min(largest, self.width * 0.9 / unit)
        line = layout(self.fonts, self.ticket.number, size, self.width * 2, bold=True)[0]
        return Headline(line, 7 * self.scale)

    def service_names(self) -> Block:
        """The service's name in each printed language."""
        service = self.service
        names = [service.name(lang) for lang in self.langs] if service else []
        names = _dedupe(names) or [self.ticket.service_id]
        return self.para(self.joined(names, 12, bold=True, compact_only=True), 12,
                         bold=True, align="center")

    def fact(self, key: str, values: list[str], width: float, label_height: float,
             ) -> Stack:
        """A labelled value: labels small and grey, the value large and bold."""
        labels = self.para(self.texts(key), 7, width, align="center", color=GREY)
        return Stack([labels, Spacer(label_height - labels.height + 2 * self.scale),
                      self.para(values, 12.5, width, bold=True, align="center")])

    def facts(self) -> Block:
        """Time issued, people ahead and estimated wait (one row when wide enough)."""
        t = self.ticket
        items = [
            ("ticket.issued_at", [f"{t.issued_at:%H:%M}", date_text(t.issued_at)]),
            ("ticket.people_ahead", [str(t.people_ahead)]),
            ("ticket.estimated_wait",
             self.texts("ticket.minutes", count=t.estimated_wait_minutes)),
        ]
        gap = 6 * self.scale
        rows = [items] if self.width >= 250 * self.scale else [items[:1], items[1:]]
        out: list[Block] = []
        for row in rows:
            column = (self.width - gap * (len(row) - 1)) / len(row)
            tallest = max(self.para(self.texts(k), 7, column).height for k, _ in row)
            if out:
                out.append(Spacer(7 * self.scale))
            out.append(self.columns([self.fact(k, v, column, tallest) for k, v in row], gap))
        return Stack(out)

    @property
    def has_documents(self) -> bool:
        """True when the ticket lists documents the service knows."""
        service = self.service
        known = {doc.id for doc in service.documents} if service else set()
        return any(doc_id in known for doc_id in self.ticket.documents)

    def documents(self, width: float) -> list[Block]:
        """The heading and one box to tick per document to bring."""
        service = self.service
        by_id = {doc.id: doc for doc in service.documents} if service else {}
        out: list[Block] = [self.para(self.texts("ticket.documents"), 8.5, width,
                                      bold=True),
                            Spacer(3 * self.scale)]
        out += [self.checklist(by_id[d], width) for d in self.ticket.documents if d in by_id]
        return out

    def checklist(self, doc: Document, width: float) -> Checklist:
        """One document: a box, its name in the visitor's language, then the others."""
        box = 7.5 * self.scale
        gap = 4 * self.scale
        names = _dedupe([pick(doc.names, lang) for lang in self.langs]) or [doc.id]
        lines = []
        for index, name in enumerate(names):
            size = (9.5 if index == 0 else 8.0) * self.scale
            lines.extend(text_lines(self.fonts, name, size, width - box - gap,
                                    bold=index == 0))
        return Checklist(lines, box, lines[0].rtl, gap)

    def qr_codes(self, width: float, stacked: bool = False) -> Block:
        """The ticket's QR, and the online platform's QR when there is one.

        Side by side, or one under the other when ``stacked``.
        """
        service = self.service
        online = service.online if service else None
        gap = 10 * self.scale
        column = width if stacked or not online else (width - gap) / 2
        size = min(QR_MAX * self.scale * (0.7 if self.compact else 1.0), column)
        blocks: list[Block] = [self.qr(self.ticket.qr_payload, size, column,
                                       self.texts("ticket.qr_ticket"))]
        if online:
            address = _short_url(online.url)
            named = online.name.lower() in (address.lower(), address.lower()[4:])
            caption = [*self.texts("ticket.qr_online"), address if named else online.name]
            if not named:
                caption.append(address)
            blocks.append(self.qr(online.url, size, column, _dedupe(caption)))
        if len(blocks) == 1:
            return blocks[0]
        if stacked:
            return Stack([blocks[0], Spacer(gap), blocks[1]])
        return self.columns(blocks, gap)

    def qr(self, payload: str, size: float, width: float, caption: list[str]) -> QrBlock:
        """One QR code with its caption wrapped to ``width``."""
        lines = self.para(caption, 7.5, width, align="center").lines
        return QrBlock(qr_matrix(payload), size, lines, 2 * self.scale)

    def footer(self) -> list[Block]:
        """The "indicative" notice and "keep this ticket"."""
        service = self.service
        checked = date_text(service.last_checked) if service else ""
        return [
            self.para(self.texts("ticket.indicative", date=checked), 7, align="center",
                      color=GREY),
            Spacer(5 * self.scale),
            self.para(self.joined(self.texts("ticket.keep"), 9, bold=True), 9, bold=True,
                      align="center"),
        ]


def _short_url(url: str) -> str:
    """A web address as people type it: no scheme, no trailing slash."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    return url.rstrip("/")
