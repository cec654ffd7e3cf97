"""A numeric PIN pad for staff: big keys, and the PIN shown only as dots.

The keys sit as on a phone (1 2 3 on top, 0 at the bottom) in every language: number
pads are not mirrored in Arabic.  The digits typed are kept in the widget only until
:meth:`PinPad.clear`; nothing shows them.

Signals: ``submitted(str)`` when OK is pressed with at least ``min_digits`` digits,
``edited()`` after every digit or deletion.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import TEXT
from kiosk.ui.widgets.icons import make_icon

# a key is this many pixels wide and high: about 30 x 23 mm at 96 dpi (15 mm asked)
KEY_W = 116
KEY_H = 88
KEY_GAP = 14
ROWS = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), ("delete", "0", "ok"))
DOT = "●"


class PinPad(QWidget):
    """Digit keys, delete and OK, above nothing but a row of dots."""

    submitted = Signal(str)
    edited = Signal()

    def __init__(self, min_digits: int = 4, max_digits: int = 8,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_digits = min_digits
        self.max_digits = max_digits
        self._pin = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a phone pad keeps 1 2 3 left to right in every language
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(72)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(KEY_GAP)
        for row, names in enumerate(ROWS):
            for column, name in enumerate(names):
                button = QPushButton(name if name.isdigit() else "")
                button.setObjectName(f"pinKey_{name}")
                button.setProperty("kind", "pin-key")
                button.setFixedSize(QSize(KEY_W, KEY_H))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                if name.isdigit():
                    button.clicked.connect(lambda _=False, d=name: self.press(d))
                grid.addWidget(button, row, column)
                self.keys[name] = button
        self.keys["delete"].setIcon(make_icon("backspace", TEXT))
        self.keys["delete"].setIconSize(QSize(40, 40))
        self.keys["delete"].clicked.connect(self.delete)
        self.keys["ok"].setProperty("accent", "true")
        self.keys["ok"].clicked.connect(self.submit)
        stack = QVBoxLayout(self)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(18)
        stack.addWidget(self.dots)
        stack.addLayout(grid)
        self._show()
        self.retranslate()

    def pin(self) -> str:
        """The digits typed so far."""
        return self._pin

    def press(self, digit: str) -> None:
        """Type one digit (ignored past ``max_digits``)."""
        if digit.isdigit() and len(digit) == 1 and len(self._pin) < self.max_digits:
            self._pin += digit
            self._show()
            self.edited.emit()

    def delete(self) -> None:
        """Remove the last digit."""
        if self._pin:
            self._pin = self._pin[:-1]
            self._show()
            self.edited.emit()

    def submit(self) -> None:
        """OK: hand the PIN over when it is long enough."""
        if len(self._pin) >= self.min_digits:
            self.submitted.emit(self._pin)

    def clear(self) -> None:
        """Forget the digits."""
        self._pin = ""
        self._show()

    def set_keys_enabled(self, enabled: bool) -> None:
        """Let the keys be pressed, or not (checking, paused, not set up)."""
        for button in self.keys.values():
            button.setEnabled(enabled)
        self._show()

    def retranslate(self) -> None:
        """Key labels and the accessible names of the non-digit keys."""
        self.keys["ok"].setText(self.tr("OK"))
        self.keys["delete"].setAccessibleName(self.tr("Delete the last digit"))
        self.dots.setAccessibleName(self.tr("PIN digits typed: %1").replace(
            "%1", str(len(self._pin))))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard plugged in for maintenance works too: digits, Backspace, Enter."""
        key = event.key()
        text = event.text()
        if len(text) == 1 and text in "0123456789":
            if self.keys["0"].isEnabled():
                self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.keys["ok"].isEnabled():
                self.submit()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        shown = " ".join(DOT for _ in self._pin)
        self.dots.setText(shown or " ")
        self.keys["ok"].setEnabled(len(self._pin) >= self.min_digits
                                   and self.keys["0"].isEnabled())
        self.dots.setAccessibleName(self.tr("PIN digits typed: %1").replace(
            "%1", str(len(self._pin))))
