"""The board's two-language labels, and what every panel shares.

The board as a whole is laid out left to right, French on the left and Arabic on the
right, as on Moroccan bilingual signs; every Arabic label is right to left in itself
(:func:`text_label`), so its words are joined and ordered as Arabic is read and a time in
it ("منذ 14:30") falls where an Arabic reader expects it.  The board's parts show; they
hold no state of the queue and never read it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.board.texts import Pair

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


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


def set_margins(panel: QWidget, scale: float) -> None:
    """A panel's margins for this screen (20 by 14 pixels at 1920x1080)."""
    layout = panel.layout()
    if layout is not None:
        side, top = round(20 * scale), round(14 * scale)
        layout.setContentsMargins(side, top, side, top)
