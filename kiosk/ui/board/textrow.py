"""Rows of large texts drawn to fit them (:class:`TextRow`), and their captions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.board import style
from kiosk.ui.board.labels import CENTRE, LEFT, RIGHT, BiLabel
from kiosk.ui.board.texts import Pair

#: Capitals and digits that reach highest and lowest (their ink sets a row's type).
INK_SAMPLE = "J0"


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
