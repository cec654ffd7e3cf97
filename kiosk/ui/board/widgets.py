"""The board's parts: two-language labels, the calls in large type, the last calls, the
service groups, the header and the "connection lost" banner.

The board as a whole is laid out left to right, French on the left and Arabic on the
right, as on Moroccan bilingual signs; every Arabic label is right to left in itself
(:func:`text_label`), so its words are joined and ordered as Arabic is read and a time in
it ("منذ 14:30") falls where an Arabic reader expects it.  The parts show; they hold no
state of the queue and never read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.queue import GroupView, QueueTicket
from kiosk.ui.board import style, texts
from kiosk.ui.board.texts import NOTHING, Pair

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
#: The arrow between a ticket and its counter (U+2794, from Noto Sans Symbols2: "→"
#: is in none of our fonts).
ARROW = "➔"
#: Capitals and digits that reach highest and lowest (their ink sets a row's type).
INK_SAMPLE = "J0"


def text_label(text: str, role: str, lang: str | None = None,
               align: Qt.AlignmentFlag = LEFT) -> QLabel:
    """A label styled by ``role`` (and ``lang``); an Arabic one reads right to left."""
    label = QLabel(text)
    label.setProperty("role", role)
    if lang is not None:
        label.setProperty("lang", lang)
    if lang == "ar":
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setAlignment(align)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QLabel):
        style.unpolish(child)
        style.polish(child)


class BiLabel(QWidget):
    """A text in French and in Arabic at once.

    ``"side"``: French at the left end, Arabic at the right end (a section's title);
    ``"stack"``: Arabic above French, both at one edge (captions, group names);
    ``"inline"``: French then Arabic on one line, side by side (short captions).
    """

    def __init__(self, pair: Pair, role: str, mode: str = "side",
                 align: Qt.AlignmentFlag = LEFT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fr = text_label(pair.fr, role, "fr", LEFT if mode == "side" else align)
        self.ar = text_label(pair.ar, role, "ar", RIGHT if mode == "side" else align)
        if mode == "side":
            box: QHBoxLayout | QVBoxLayout = QHBoxLayout(self)
            box.addWidget(self.fr, 1)
            box.addSpacing(24)
            box.addWidget(self.ar, 1)
        elif mode == "inline":
            box = QHBoxLayout(self)
            box.setSpacing(16)
            if align & Qt.AlignmentFlag.AlignRight:
                box.addStretch(1)
            box.addWidget(self.fr)
            box.addWidget(self.ar)
            if not align & Qt.AlignmentFlag.AlignRight:
                box.addStretch(1)
        else:
            box = QVBoxLayout(self)
            box.setSpacing(0)
            box.addWidget(self.ar)
            box.addWidget(self.fr)
        box.setContentsMargins(0, 0, 0, 0)

    def set_pair(self, pair: Pair) -> None:
        """Show another text."""
        self.fr.setText(pair.fr)
        self.ar.setText(pair.ar)


@dataclass(frozen=True)
class Column:
    """One text of a :class:`TextRow`: its share of the row's width, where it sits in
    it, its colour (None: the row's own, from the style sheet; dimmed when ``muted``),
    its size against the row's type, and its weight."""

    share: int
    align: str = "left"
    colour: str | None = None
    size: float = 1.0
    bold: bool = True
    muted: bool = False


class TextRow(QFrame):
    """A row of large texts drawn to fit it: the type is as large as :meth:`set_type_px`
    allows, and smaller when the row is too narrow or too low for it, never cut.

    Tickets and counters are capitals and digits: the row fits their ink (the capital
    height), not the font's whole line, so large numbers take the room they need and
    no more.  All texts of a row share one size.
    """

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.columns = tuple(columns)
        self.texts: tuple[str, ...] = ("",) * len(self.columns)
        self.type_px = 60
        #: the size the texts were last drawn at (0 before any)
        self.drawn_px = 0
        self.padding = (28, 36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(24)

    def set_texts(self, texts_: Sequence[str]) -> None:
        """Show these texts (one per column)."""
        new = tuple(texts_)
        if new != self.texts:
            self.texts = new
            self.update()

    def set_type_px(self, px: int) -> None:
        """The largest the type may be, in pixels."""
        if px != self.type_px:
            self.type_px = px
            self.update()

    def boxes(self) -> list[QRectF]:
        """Each column's room, left to right."""
        left, right = self.padding
        room = QRectF(self.contentsRect()).adjusted(left, 0, -right, 0)
        total = sum(column.share for column in self.columns) or 1
        boxes, x = [], room.left()
        for column in self.columns:
            width = room.width() * column.share / total
            boxes.append(QRectF(x, room.top(), width, room.height()))
            x += width
        return boxes

    def fitted_px(self) -> int:
        """The size the texts fit at now: across, each within its column; down, the
        capitals centred and every stroke inside the row (a J's tail too), with air."""
        px = float(self.type_px)
        for column, box, text in zip(self.columns, self.boxes(), self.texts, strict=True):
            if not text:
                continue
            metrics = QFontMetricsF(self._font(column, px))
            # the tallest and deepest capitals and digits, whatever this text is: rows of
            # one height get one size, with or without a J
            ink = metrics.tightBoundingRect(INK_SAMPLE).united(metrics.tightBoundingRect(text))
            half_cap = metrics.capHeight() / 2
            reach = max(-ink.top() - half_cap, ink.bottom() + half_cap, half_cap)
            if reach > 0:
                px = min(px, px * box.height() * 0.47 / reach)
            advance = metrics.horizontalAdvance(text)
            if advance > 0:
                px = min(px, px * box.width() * 0.97 / advance)
        return max(1, int(px))

    def muted(self) -> QColor:
        """The colour of a muted text (the arrow)."""
        return QColor(style.SOFT)

    def _font(self, column: Column, px: float) -> QFont:
        font = QFont(self.font())
        font.setBold(column.bold)
        font.setPixelSize(max(1, round(px * column.size)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame (style sheet), then the texts, capitals centred on the row."""
        super().paintEvent(event)
        px = self.fitted_px()
        self.drawn_px = px
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        own = self.palette().color(QPalette.ColorRole.WindowText)
        for column, box, text in zip(self.columns, self.boxes(), self.texts, strict=True):
            if not text:
                continue
            font = self._font(column, px)
            metrics = QFontMetricsF(font)
            colour = self.muted() if column.muted else QColor(column.colour or own)
            painter.setFont(font)
            painter.setPen(colour)
            width = metrics.horizontalAdvance(text)
            x = {"left": box.left(), "right": box.right() - width}.get(
                column.align, box.center().x() - width / 2)
            baseline = box.center().y() + metrics.capHeight() / 2
            painter.drawText(QPointF(x, baseline), text)
        painter.end()


class CallRow(TextRow):
    """One current call: the ticket, an arrow, the counter.  The hero row is the newest
    call: larger, on amber ("lit"), or outlined while it blinks."""

    def __init__(self, hero: bool = False, parent: QWidget | None = None) -> None:
        super().__init__((Column(55), Column(20, "centre", muted=True), Column(25, "right")),
                         parent)
        self.setProperty("role", "call")
        self.setProperty("hero", "true" if hero else "false")
        self.setProperty("lit", "true" if hero else "false")
        self.ticket: str | None = None

    def show_call(self, ticket: QueueTicket | None) -> None:
        """Show ``ticket`` at its counter (None: hide the row)."""
        self.ticket = ticket.number if ticket else None
        self.setVisible(ticket is not None)
        if ticket is not None:
            self.set_texts((ticket.number, ARROW, str(ticket.counter)))

    def set_lit(self, lit: bool) -> None:
        """The hero's amber ground on or off (it blinks by turning it off and on)."""
        value = "true" if lit else "false"
        if self.property("lit") != value:
            self.setProperty("lit", value)
            restyle(self)
            self.update()

    @property
    def lit(self) -> bool:
        """True while the amber ground is on."""
        return bool(self.property("lit") == "true")

    def muted(self) -> QColor:
        """The arrow: grey on the dark ground, the text's own colour on amber."""
        return self.palette().color(QPalette.ColorRole.WindowText) if self.lit \
            else QColor(style.SOFT)


def captions(columns: Sequence[Column], pairs: Sequence[Pair | None],
             padding: tuple[int, int], mode: str = "stack") -> QHBoxLayout:
    """Two-language captions over the columns of :class:`TextRow` rows."""
    row = QHBoxLayout()
    row.setContentsMargins(padding[0], 0, padding[1], 0)
    row.setSpacing(0)
    for column, pair in zip(columns, pairs, strict=True):
        align = {"left": LEFT, "right": RIGHT}.get(column.align, CENTRE)
        if pair is None:
            row.addStretch(column.share)
        else:
            row.addWidget(BiLabel(pair, "caption", mode, align), column.share)
    return row


class CurrentCalls(QFrame):
    """The tickets called to each counter now, newest first, in large type.

    The rows share the panel's height (the newest call half as high again as the
    others) and their type fits them: whatever the screen, nothing is cut.
    """

    #: the type of the newest call and of the others, at 1920x1080
    HERO_PX, ROW_PX = 170, 100

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(6)
        column.addWidget(BiLabel(texts.NOW_CALLING, "section"))
        self.rows = [CallRow(hero=index == 0) for index in range(rows)]
        column.addLayout(captions(self.rows[0].columns, (texts.NUMBER, None, texts.COUNTER),
                                  self.rows[0].padding, "inline"))
        self.empty = BiLabel(texts.NO_CALL_YET, "empty", "stack", CENTRE)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        column.addWidget(self.empty, 8)
        for row in self.rows:
            column.addWidget(row, 8 if row is self.rows[0] else 5)
            if row is not self.rows[0]:  # one call or three, the newest keeps its size
                policy = row.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                row.setSizePolicy(policy)
            row.show_call(None)
        self.set_scale(1.0)

    @property
    def hero(self) -> CallRow:
        """The newest call's row."""
        return self.rows[0]

    def set_scale(self, scale: float) -> None:
        """The type's largest size, and the margins, for this screen."""
        _margins(self, scale)
        for row in self.rows:
            row.set_type_px(round((self.HERO_PX if row is self.hero else self.ROW_PX) * scale))

    def show_calls(self, calls: Sequence[QueueTicket]) -> None:
        """Show ``calls`` (newest first); the ones that do not fit are left out."""
        self.empty.setVisible(not calls)
        for index, row in enumerate(self.rows):
            row.show_call(calls[index] if index < len(calls) else None)

    def shown(self) -> list[tuple[str, str]]:
        """(number, counter) of the rows shown, top first."""
        return [(row.texts[0], row.texts[2]) for row in self.rows if row.ticket]


class RecentCalls(QFrame):
    """The last calls, newest first: for whoever looked away."""

    ROW_PX = 56
    COLUMNS = (Column(45), Column(25, "centre", colour=style.CALL),
               Column(30, "right", colour=style.SOFT, size=0.65, bold=False))

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(0)
        column.addWidget(BiLabel(texts.RECENT, "section"))
        column.addSpacing(6)
        self.rows = [TextRow(self.COLUMNS) for _ in range(rows)]
        for row in self.rows:
            row.padding = (8, 8)
            row.setProperty("role", "row")
        column.addLayout(captions(self.COLUMNS, (texts.NUMBER, texts.COUNTER, texts.TIME),
                                  self.rows[0].padding, "inline"))
        for row in self.rows:
            column.addWidget(row, 1)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """The type's largest size, and the margins, for this screen."""
        _margins(self, scale)
        for row in self.rows:
            row.set_type_px(round(self.ROW_PX * scale))

    def show_calls(self, calls: Sequence[QueueTicket]) -> None:
        """Show ``calls``, newest first (rows beyond them blank)."""
        for index, row in enumerate(self.rows):
            ticket = calls[index] if index < len(calls) else None
            row.set_texts((ticket.number, str(ticket.counter), _hhmm(ticket)) if ticket
                          else ("", "", ""))

    def shown(self) -> list[tuple[str, str, str]]:
        """(number, counter, time) of the rows shown, top first."""
        return [(row.texts[0], row.texts[1], row.texts[2]) for row in self.rows
                if row.texts[0]]


def _hhmm(ticket: QueueTicket) -> str:
    called = ticket.called_at
    if called is None:
        return ""
    if called.tzinfo is not None:
        called = called.astimezone()
    return called.strftime("%H:%M")


def _margins(panel: QWidget, scale: float) -> None:
    """A panel's margins for this screen (20 by 14 pixels at 1920x1080)."""
    layout = panel.layout()
    if layout is not None:
        side, top = round(20 * scale), round(14 * scale)
        layout.setContentsMargins(side, top, side, top)


@dataclass(frozen=True)
class GroupName:
    """A service group as the board names it (from the catalog)."""

    id: str
    ar: str
    fr: str


@dataclass
class GroupRow:
    """The widgets of one group's row."""

    badge: QLabel
    name: BiLabel
    serving: QLabel
    waiting: QLabel
    wait: QLabel

    def widgets(self) -> list[QWidget]:
        return [self.badge, self.name, self.serving, self.waiting, self.wait]


class Groups(QFrame):
    """Each service group: now serving, how many wait, the expected wait.

    More than three groups go in two columns side by side.  Rows are made when the
    groups change (a bundle may bring new ones), else only their values are set.
    """

    COLUMNS = 5  # badge, name, now serving, waiting, expected wait

    def __init__(self, names: Sequence[GroupName], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.names = {name.id: name for name in names}
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 10, 24, 12)
        column.setSpacing(0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        column.addLayout(self.grid)
        self.rows: dict[str, GroupRow] = {}
        self._order: list[str] = []
        self._captions: list[QWidget] = []

    def set_scale(self, scale: float) -> None:
        """Room between the columns, and the margins, for this screen."""
        self.grid.setHorizontalSpacing(round(18 * scale))
        self.grid.setVerticalSpacing(round(6 * scale))
        _margins(self, scale)

    def show_groups(self, views: Sequence[GroupView]) -> None:
        """Show ``views`` in their order."""
        order = [view.group for view in views]
        if order != self._order:
            self._rebuild(order)
        for view in views:
            row = self.rows[view.group]
            row.serving.setText(view.now_serving or NOTHING)
            row.waiting.setText(str(view.waiting))
            row.wait.setText(texts.wait_text(view.waiting, view.estimated_wait_minutes))

    def shown(self) -> list[tuple[str, str, str, str]]:
        """(group, now serving, waiting, expected wait) for each row, in order."""
        return [(group, self.rows[group].serving.text(), self.rows[group].waiting.text(),
                 self.rows[group].wait.text()) for group in self._order]

    def _rebuild(self, order: list[str]) -> None:
        for widget in [*self._captions, *(w for r in self.rows.values() for w in r.widgets())]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._captions = []
        self.rows = {}
        self._order = order
        blocks = 2 if len(order) > 3 else 1
        per_block = -(-len(order) // blocks) if order else 0
        for block in range(blocks):
            first = block * (self.COLUMNS + 1)
            captions = [BiLabel(texts.NOW_SERVING, "caption", "stack", CENTRE),
                        BiLabel(texts.WAITING, "caption", "stack", CENTRE),
                        BiLabel(texts.EXPECTED_WAIT, "caption", "stack", CENTRE)]
            for offset, caption in enumerate(captions, start=2):
                self.grid.addWidget(caption, 0, first + offset)
            self._captions += captions
            for line, group in enumerate(order[block * per_block:(block + 1) * per_block],
                                         start=1):
                row = self._make_row(group)
                for offset, widget in enumerate(row.widgets()):
                    self.grid.addWidget(widget, line, first + offset)
                self.rows[group] = row
            self.grid.setColumnStretch(first + 1, 3)
            for offset in (2, 3, 4):
                self.grid.setColumnStretch(first + offset, 1)
            if block:
                gap = QWidget()
                gap.setFixedWidth(16)
                self.grid.addWidget(gap, 0, first - 1)
                self._captions.append(gap)

    def _make_row(self, group: str) -> GroupRow:
        known = self.names.get(group)
        # a group the catalog does not know (yet): its letter says enough
        name = BiLabel(Pair(known.ar, known.fr) if known else Pair(group, group),
                       "group", "stack")
        name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (name.ar, name.fr):
            label.setWordWrap(False)
        badge = text_label(group, "badge", align=CENTRE)
        serving = text_label(NOTHING, "value", align=CENTRE)
        serving.setProperty("column", "serving")
        return GroupRow(badge=badge, name=name, serving=serving,
                        waiting=text_label("0", "value", align=CENTRE),
                        wait=text_label(NOTHING, "value", align=CENTRE))


class Banner(QFrame):
    """"Connection to the hall server lost since HH:MM", French on the left, Arabic on
    the right, across the board under the header.  Hidden while the queue reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        column = QVBoxLayout(self)
        column.setContentsMargins(36, 8, 36, 8)
        self.lost = BiLabel(texts.HALL_LOST.format(time="--:--"), "lost")
        column.addWidget(self.lost)
        self.hide()

    def show_lost(self, pair: Pair) -> None:
        """Show what was lost, and since when (already in ``pair``)."""
        self.lost.set_pair(pair)
        self.show()


class Header(QFrame):
    """The board's title and the date in both languages, and the clock between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardHeader")
        row = QHBoxLayout(self)
        row.setContentsMargins(36, 6, 36, 6)
        left = QVBoxLayout()
        left.setSpacing(0)
        self.title_fr = text_label(texts.CALLS.fr, "title", "fr")
        self.date_fr = text_label("", "date", "fr")
        left.addWidget(self.title_fr)
        left.addWidget(self.date_fr)
        self.clock = text_label("", "clock", align=CENTRE)
        self.clock.setObjectName("clock")
        right = QVBoxLayout()
        right.setSpacing(0)
        self.title_ar = text_label(texts.CALLS.ar, "title", "ar", RIGHT)
        self.date_ar = text_label("", "date", "ar", RIGHT)
        right.addWidget(self.title_ar)
        right.addWidget(self.date_ar)
        row.addLayout(left, 1)
        row.addWidget(self.clock)
        row.addLayout(right, 1)


class Footer(QWidget):
    """The site's name, and a note when calls cannot be heard."""

    def __init__(self, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(36, 0, 36, 6)
        self.site = text_label(site_name, "site")
        self.site.setObjectName("siteName")
        self.note = QWidget()
        note_row = QHBoxLayout(self.note)
        note_row.setContentsMargins(0, 0, 0, 0)
        self.note_fr = text_label("", "note", "fr", RIGHT)
        self.note_ar = text_label("", "note", "ar", LEFT)
        note_row.addWidget(self.note_fr)
        note_row.addWidget(text_label("·", "note", align=CENTRE))
        note_row.addWidget(self.note_ar)
        row.addWidget(self.site, 1)
        row.addWidget(self.note)
        self.note.hide()

    def show_note(self, pair: Pair | None) -> None:
        """A short note at the right end (None: none)."""
        if pair is None:
            self.note.hide()
            return
        self.note_fr.setText(pair.fr)
        self.note_ar.setText(pair.ar)
        self.note.show()
