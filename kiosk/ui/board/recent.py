"""The last calls, newest first, with their counter and time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.domain.queue import QueueTicket
from kiosk.ui.board import style, texts
from kiosk.ui.board.labels import BiLabel, set_margins
from kiosk.ui.board.textrow import Column, TextRow, captions


class RecentCalls(QFrame):
    """The last calls, newest first: for whoever looked away."""

    ROW_PX = 56
    COLUMNS = (Column(45), Column(25, "centre", colour=style.CALL),
               Column(30, "right", colour=style.SOFT, size=0.65, bold=False))

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        column = QVBoxLayout(self)
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
        set_margins(self, scale)
        for row in self.rows:
            row.set_type_px(round(self.ROW_PX * scale))

    def show_calls(self, calls: Sequence[QueueTicket]) -> None:
        """Show ``calls``, newest first (rows beyond them blank)."""
        for index, row in enumerate(self.rows):
            ticket = calls[index] if index < len(calls) else None
            row.set_texts((ticket.number, str(ticket.counter), texts.hhmm(ticket.called_at))
                          if ticket else ("", "", ""))

    def shown(self) -> list[tuple[str, str, str]]:
        """(number, counter, time) of the rows shown, top first."""
        return [(row.texts[0], row.texts[1], row.texts[2]) for row in self.rows
                if row.texts[0]]
