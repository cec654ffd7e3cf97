"""Ignores touches for a moment after the screen changes.

The second tap of a double tap (or a finger left on the glass) would otherwise press
whatever the next screen puts under it: the privacy notice's "I agree" sits right
where "Get a ticket" was.  A notice accepted that way was never read.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject

_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.TouchBegin}


class TapGuard(QObject):
    """Swallows presses during ``ms`` milliseconds after each :meth:`arm`."""

    def __init__(self, ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ms = ms
        self._since = QElapsedTimer()

    def arm(self) -> None:
        """A new screen is up: start the quiet moment."""
        self._since.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (swallowed) for a press that comes too soon after a screen change."""
        return (self.ms > 0 and event.type() in _PRESSES and self._since.isValid()
                and self._since.elapsed() < self.ms)
