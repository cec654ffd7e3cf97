"""The current calls: the ticket each counter is calling now, in large type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.queue import QueueTicket
from kiosk.ui.board import style, texts
from kiosk.ui.board.labels import CENTRE, BiLabel, set_margins
from kiosk.ui.board.textrow import Column, TextRow, captions
from kiosk.ui.theme import set_style_property

#: The arrow between a ticket and its counter (U+2794, from Noto Sans Symbols2: "→"
#: is in none of our fonts).
ARROW = "➔"


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
        set_style_property(self, "lit", "true" if lit else "false")

    @property
    def lit(self) -> bool:
        """True while the amber ground is on."""
        return bool(self.property("lit") == "true")

    def muted(self) -> QColor:
        """The arrow: grey on the dark ground, the text's own colour on amber."""
        return self.palette().color(QPalette.ColorRole.WindowText) if self.lit \
            else QColor(style.SOFT)


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
        set_margins(self, scale)
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
