"""The board's edges: the header (title, date, clock), the "connection lost" banner
under it, and the footer (the site's name, a note when calls cannot be heard)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.board import texts
from kiosk.ui.board.labels import CENTRE, LEFT, RIGHT, BiLabel, text_label
from kiosk.ui.board.texts import Pair


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
