"""A QR code drawn as crisp squares, so a phone can read it straight off the screen."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Modules of white margin around the code; the QR standard asks for 4.
QUIET_ZONE = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of booleans (True = dark), quiet zone included.

    Error correction level M (15 % of the code may be smudged); the smallest version
    that fits the text.  The matrix is square.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrWidget(QWidget):
    """Shows the QR code of a payload, square, as large as the widget allows.

    Each module is a whole number of pixels, so the code is sharp; the rest of the
    widget is white.  With no payload the widget is plain white.
    """

    def __init__(self, payload: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload = ""
        self._matrix: list[list[bool]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        if payload:
            self.set_payload(payload)

    def set_payload(self, text: str) -> None:
        """Show the QR code of ``text`` (an empty text clears the code)."""
        self._payload = text
        self._matrix = qr_matrix(text) if text else []
        self.updateGeometry()
        self.update()

    def payload(self) -> str:
        """The text encoded now."""
        return self._payload

    def modules(self) -> int:
        """Side of the code in modules, quiet zone included (0 when empty)."""
        return len(self._matrix)

    def hasHeightForWidth(self) -> bool:
        """The widget wants to stay square."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Square: as high as wide."""
        return width

    def sizeHint(self) -> QSize:
        """About 8 px per module: readable by a phone held at arm's length."""
        side = max(240, self.modules() * 8)
        return QSize(side, side)

    def code_rect(self) -> QRect:
        """Where the code (quiet zone included) is drawn, centred in the widget."""
        count = self.modules()
        if count == 0:
            return QRect()
        cell = max(1, min(self.width(), self.height()) // count)
        side = cell * count
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """White background, then one black square per dark module."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        area = self.code_rect()
        if area.isEmpty():
            painter.end()
            return
        cell = area.width() // self.modules()
        black = QColor("#000000")
        for row_index, row in enumerate(self._matrix):
            y = area.top() + row_index * cell
            start = -1
            for col_index, dark in enumerate([*row, False]):  # draw runs of dark modules
                if dark and start < 0:
                    start = col_index
                elif not dark and start >= 0:
                    painter.fillRect(area.left() + start * cell, y,
                                     (col_index - start) * cell, cell, black)
                    start = -1
        painter.end()
