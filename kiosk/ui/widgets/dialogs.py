"""Calm, non-blocking messages: the "need more time?" overlay and an inline banner.

Nothing here is a modal dialog: the overlay is a child widget laid over the window,
counting down with a QTimer, so the event loop (and the idle watcher) keep running.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import (
    ERROR_TEXT,
    INFO,
    LINE,
    OVERLAY_SHADE,
    PRIMARY,
    PRIMARY_PRESSED,
    TEXT,
    set_style_property,
)
from kiosk.ui.widgets.icons import icon_pixmap

CARD_WIDTH = 880
RING_SIDE = 120


class CountdownRing(QWidget):
    """The seconds left, big, inside a ring that empties as time runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left = 0
        self._total = 1
        self.setFixedSize(RING_SIDE, RING_SIDE)

    def set_time(self, left: int, total: int) -> None:
        """Show ``left`` seconds out of ``total``."""
        self._left, self._total = left, max(1, total)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A grey ring, a green arc for the time left, the number in the middle."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(7, 7, -7, -7)
        painter.setPen(QPen(QColor(LINE), 10))
        painter.drawEllipse(box)
        pen = QPen(QColor(PRIMARY), 10)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, round(-360 * 16 * self._left / self._total))
        font = self.font()
        font.setPointSize(30)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, str(self._left))
        painter.end()


class MoreTimeOverlay(QWidget):
    """Covers its parent window, asks "Do you need more time?" and counts down.

    Touches outside the button are swallowed, never passed to the screen below.
    Signals: ``moreTimeRequested()`` when the visitor presses the button;
    ``expired()`` when the countdown reaches zero.  Either way the overlay hides.
    """

    moreTimeRequested = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._remaining = 0
        self._total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.card = QFrame(self)
        self.card.setProperty("role", "overlay-card")
        self.question = QLabel()
        self.question.setProperty("role", "big")
        self.ring = CountdownRing()
        self.countdown = QLabel()
        self.countdown.setProperty("role", "subtitle")
        self.button = QPushButton()
        self.button.setProperty("kind", "huge")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._more_time)
        for label in (self.question, self.countdown):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(48, 36, 48, 44)
        inner.setSpacing(22)
        inner.addWidget(self.question)
        inner.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.countdown)
        inner.addSpacing(8)
        inner.addWidget(self.button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self._fit()
        self.hide()
        self.retranslate()

    def start(self, seconds: int) -> None:
        """Cover the window and count down from ``seconds``."""
        self._remaining = self._total = max(1, int(seconds))
        self._fit()
        self.retranslate()
        self.show()
        self.raise_()
        self._timer.start()

    def stop(self) -> None:
        """Hide without emitting anything (e.g. the session ended another way)."""
        self._timer.stop()
        self.hide()

    def remaining(self) -> int:
        """Seconds left before returning to the start (0 when not counting)."""
        return self._remaining if self._timer.isActive() else 0

    def is_counting(self) -> bool:
        """True while the countdown runs."""
        return self._timer.isActive()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.question.setText(self.tr("Do you need more time?"))
        self.countdown.setText(
            self.tr("Returning to the start in %n s", "", self._remaining))
        self.button.setText(self.tr("Yes, I need more time"))
        self.ring.set_time(self._remaining, self._total)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the parent's size; never swallow its events."""
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dim the screen below."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), OVERLAY_SHADE)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere shows someone is there: more time (nothing below reacts)."""
        event.accept()
        if self.is_counting():
            self._more_time()

    def _fit(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        area = host.rect()
        self.setGeometry(area)
        self.card.setFixedWidth(max(320, min(CARD_WIDTH, area.width() - 80)))

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self.hide()
            self.expired.emit()
            return
        self.retranslate()

    def _more_time(self) -> None:
        self._timer.stop()
        self._remaining = 0
        self.hide()
        self.moreTimeRequested.emit()


class MessageBanner(QFrame):
    """An inline message with an icon: ``"error"`` (calm dark red), ``"info"`` or
    ``"ok"``.  Hidden until :meth:`show_message`; the text is the caller's."""

    LEVELS = ("error", "info", "ok")
    _ICONS: ClassVar[dict[str, tuple[str, str]]] = {
        "error": ("alert", ERROR_TEXT), "info": ("info", INFO), "ok": ("check", PRIMARY_PRESSED),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setProperty("level", "info")
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(44, 44))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 14, 20, 14)
        row.setSpacing(16)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text_label, 1)
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        """Show ``text`` with the look of ``level`` ("error", "info" or "ok")."""
        if level not in self.LEVELS:
            raise ValueError(f"unknown banner level {level!r}; expected one of {self.LEVELS}")
        if not self.isHidden() and self.property("level") == level \
                and self.text_label.text() == text:
            return  # said already (a poll repeating itself): no icon drawn again
        set_style_property(self, "level", level)
        name, color = self._ICONS[level]
        self.icon.setPixmap(icon_pixmap(name, color, 44))
        self.text_label.setText(text)
        self.show()

    def message(self) -> str:
        """The text shown (empty when hidden)."""
        return self.text_label.text() if not self.isHidden() else ""

    def level(self) -> str:
        """The look in use: "error", "info" or "ok"."""
        return str(self.property("level"))

    def clear(self) -> None:
        """Hide the banner."""
        self.text_label.clear()
        self.hide()
