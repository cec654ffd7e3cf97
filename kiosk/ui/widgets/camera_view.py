"""The live camera picture with a guide frame showing where to hold the code."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.scan import guide_rect

GUIDE_COLOUR = QColor("#0b6e5a")
SHADE = QColor(0, 0, 0, 110)


class CameraView(QWidget):
    """Paints the latest frame, scaled to fit, with the outside of the guide dimmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def show_frame(self, image: QImage) -> None:
        """Show ``image`` (a copy owned by the UI thread)."""
        self._image = image
        self.update()

    def clear(self) -> None:
        """No picture (camera gone, or leaving the screen)."""
        self._image = None
        self.update()

    def has_picture(self) -> bool:
        """True while a frame is shown."""
        return self._image is not None

    def sizeHint(self) -> QSize:
        """16:9, comfortable on a 1280x800 screen."""
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Frame, shade outside the guide, guide corners."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b1b1b"))
        if self._image is not None and not self._image.isNull():
            img = self._image
            scale = min(self.width() / img.width(), self.height() / img.height())
            target = QRectF(0, 0, img.width() * scale, img.height() * scale)
            target.moveCenter(QRectF(self.rect()).center())
            # Mirror, as a selfie camera: moving the code left moves it left on screen.
            painter.drawImage(target, img.flipped(Qt.Orientation.Horizontal))
            g = guide_rect(img.width(), img.height())
            guide = QRectF(target.x() + g.x * scale, target.y() + g.y * scale,
                           g.width * scale, g.height * scale)
            for part in (QRectF(target.left(), target.top(), target.width(),
                                guide.top() - target.top()),
                         QRectF(target.left(), guide.bottom(), target.width(),
                                target.bottom() - guide.bottom()),
                         QRectF(target.left(), guide.top(), guide.left() - target.left(),
                                guide.height()),
                         QRectF(guide.right(), guide.top(), target.right() - guide.right(),
                                guide.height())):
                painter.fillRect(part, SHADE)
            pen = QPen(GUIDE_COLOUR, 8)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            arm = guide.width() / 5
            for cx, cy, dx, dy in ((guide.left(), guide.top(), 1, 1),
                                   (guide.right(), guide.top(), -1, 1),
                                   (guide.left(), guide.bottom(), 1, -1),
                                   (guide.right(), guide.bottom(), -1, -1)):
                painter.drawLine(int(cx), int(cy), int(cx + dx * arm), int(cy))
                painter.drawLine(int(cx), int(cy), int(cx), int(cy + dy * arm))
        painter.end()
