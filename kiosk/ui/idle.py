"""Notices when the visitor walks away: no touch, click or key for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TouchUpdate,
}


class IdleWatcher(QObject):
    """Emits :attr:`idle` after ``seconds`` without any input anywhere in the app."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self.idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any visitor input; never swallow the event."""
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def set_seconds(self, seconds: float) -> None:
        """Count ``seconds`` from the next :meth:`arm` on (staff screens wait longer)."""
        self._timer.setInterval(max(1, round(seconds * 1000)))

    @property
    def seconds(self) -> float:
        """The idle time counted now."""
        return self._timer.interval() / 1000

    def arm(self) -> None:
        """Start (or restart) the countdown."""
        self._timer.start()

    def disarm(self) -> None:
        """Stop counting (e.g. on the welcome screen)."""
        self._timer.stop()

    @property
    def armed(self) -> bool:
        """True while counting."""
        return self._timer.isActive()
