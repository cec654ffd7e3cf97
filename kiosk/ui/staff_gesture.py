"""The hidden way in for staff: a long press, or five quick taps, in one top corner.

The rule (docs/ARCHITECTURE.md, "Staff access"): on the welcome screen, the top
corner at the *end* of the reading direction of the language the welcome screen is
laid out in -- top right when the kiosk's first language is left-to-right, top left
when it is right-to-left (Arabic) -- a square of :data:`CORNER_PX` pixels.  There,
either hold a finger for :data:`LONG_PRESS_MS` (3 s), or tap :data:`TAPS` (5) times
with less than :data:`TAP_GAP_MS` between taps.  Nothing on screen hints at it, and
it only opens the PIN pad.

A visitor touching that corner by chance still starts a visit, a little later: when
the press lasts longer than a tap, slides out of the corner, or is not followed by
another tap in time, :attr:`CornerGesture.passed` is emitted and the welcome screen
goes on as for any touch.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QPoint, QSize, Qt, QTimer, Signal

# side of the hidden square, in pixels (about 32 mm at 96 dpi)
CORNER_PX = 120
# a press held this long in the corner opens the PIN pad
LONG_PRESS_MS = 3000
# this many quick taps in the corner open the PIN pad
TAPS = 5
# a press shorter than this is a tap
TAP_MAX_MS = 450
# the longest pause between two taps of the series
TAP_GAP_MS = 650


def in_staff_corner(pos: QPoint, size: QSize, direction: Qt.LayoutDirection) -> bool:
    """True when ``pos`` (widget coordinates) is in the hidden corner of a widget of
    ``size`` laid out in ``direction``: top right left-to-right, top left right-to-left."""
    if not 0 <= pos.y() < CORNER_PX:
        return False
    if direction == Qt.LayoutDirection.RightToLeft:
        return 0 <= pos.x() < CORNER_PX
    return size.width() - CORNER_PX <= pos.x() < size.width()


class CornerGesture(QObject):
    """Tells a staff gesture from a visitor's touch in the corner.

    Feed it the welcome screen's presses, moves and releases.  Signals:
    ``triggered()`` -- the gesture is complete, open the PIN pad;
    ``passed()`` -- it was an ordinary touch after all, start the visit.
    """

    triggered = Signal()
    passed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.long_press_ms = LONG_PRESS_MS
        self.tap_max_ms = TAP_MAX_MS
        self.tap_gap_ms = TAP_GAP_MS
        self.taps_needed = TAPS
        self._taps = 0
        self._pressing = False
        self._since = QElapsedTimer()
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._held)
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.timeout.connect(self._gap_over)

    def press(self, pos: QPoint, size: QSize, direction: Qt.LayoutDirection) -> bool:
        """A press; True when it is in the corner (the gesture decides what it means),
        False when it is an ordinary touch the caller handles at once."""
        if not in_staff_corner(pos, size, direction):
            self.cancel()
            return False
        self._gap.stop()
        self._pressing = True
        self._since.start()
        self._hold.start(self.long_press_ms)
        return True

    def move(self, pos: QPoint, size: QSize, direction: Qt.LayoutDirection) -> None:
        """The finger moved: leaving the corner makes it an ordinary touch."""
        if self._pressing and not in_staff_corner(pos, size, direction):
            self._give_up()

    def release(self) -> None:
        """The finger lifted: count a quick tap, or give the touch back."""
        if not self._pressing:
            return
        self._pressing = False
        self._hold.stop()
        if self._since.elapsed() > self.tap_max_ms:
            self._give_up()
            return
        self._taps += 1
        if self._taps >= self.taps_needed:
            self._finish()
            return
        self._gap.start(self.tap_gap_ms)

    def cancel(self) -> None:
        """Forget any gesture in progress, silently (the screen went away)."""
        self._hold.stop()
        self._gap.stop()
        self._taps = 0
        self._pressing = False

    def _held(self) -> None:
        if self._pressing:
            self._finish()

    def _gap_over(self) -> None:
        self._give_up()

    def _finish(self) -> None:
        self.cancel()
        self.triggered.emit()

    def _give_up(self) -> None:
        self.cancel()
        self.passed.emit()
