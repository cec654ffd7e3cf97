"""One layout of the on-screen keyboard: its rows of keys and its function keys.

Keys are laid out on a grid of equal units so every letter key has the same width;
shorter rows are centred.  The Arabic page is laid out right to left.  The bottom row
has a key to each other kind of page (Arabic ع, Tifinagh ⴰⴱⴳ, Latin ABC, accents àé,
digits 123), then the space bar, backspace and OK.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import PRIMARY, TEXT
from kiosk.ui.widgets.icons import make_icon
from kiosk.ui.widgets.keyboard_layouts import (
    ARABIC,
    CASED,
    DIGITS,
    LATIN,
    RIGHT_TO_LEFT,
    ROWS,
    TIFINAGH,
    layout_units,
    row_units,
    upper,
)

KEY_HEIGHT = 64
KEY_SPACING = 8
ROW_SPACING = 8
_UNIT = 20  # stretch factor of one key unit (so half units stay integers)
#: Layout switch keys: name, label, and the layouts that show it.  The keyboard shows
#: the Tifinagh key only to readers of Tamazight (``OnScreenKeyboard._follow``, on
#: ``set_language`` and on each language switch).
_SWITCHES = (
    ("switch-ar", "ع", frozenset(ROWS) - {ARABIC}),
    ("switch-tifinagh", "ⴰⴱⴳ", frozenset(ROWS) - {TIFINAGH}),
    ("switch-latin", "ABC", frozenset(ROWS) - LATIN),
    ("switch-accents", "àé", LATIN),
    ("switch-digits", "123", frozenset(ROWS) - {DIGITS}),
)
#: Width of a switch key, and the narrowest space bar, in key units.
_SWITCH_UNITS = 1.5
_MIN_SPACE_UNITS = 3.0
#: The ``script`` property of each page's letter keys (the style sheet may size them).
_SCRIPTS = {ARABIC: "arabic", TIFINAGH: "tifinagh"}


def key_label(value: str) -> str:
    """What a key shows for ``value`` ("&" would otherwise mark a shortcut and vanish)."""
    return value.replace("&", "&&")


def make_key(text: str, kind: str = "key") -> QPushButton:
    """One key: never takes the focus, tall enough for a finger, width set by its row."""
    button = QPushButton(key_label(text))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setProperty("kind", kind)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    button.setFixedHeight(KEY_HEIGHT)
    return button


class KeyboardPage(QWidget):
    """The keys of layout ``name``.  The keyboard connects them; the page only shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.rtl = name in RIGHT_TO_LEFT
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.rtl
                                else Qt.LayoutDirection.LeftToRight)
        #: character keys, in reading order; each has a ``value`` property (lower case)
        self.keys: list[QPushButton] = []
        #: function keys by name: space, backspace, enter, shift, switch-...
        self.special: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(ROW_SPACING)
        total = layout_units(name)
        for index, values in enumerate(ROWS[name]):
            column.addLayout(self._letter_row(index, values, total))
        column.addLayout(self._control_row(total))

    def _letter_row(self, index: int, values: tuple[str, ...], total: float) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(KEY_SPACING)
        pad = round((total - row_units(self.name, index)) / 2 * _UNIT)
        if pad:
            row.addStretch(pad)
        if self.name in CASED and index == 2:
            shift = self._special_key("shift")
            shift.setCheckable(True)
            row.addWidget(shift, round(1.5 * _UNIT))
        for value in values:
            button = make_key(value)
            button.setProperty("value", value)
            if self.name in _SCRIPTS:
                button.setProperty("script", _SCRIPTS[self.name])
            self.keys.append(button)
            row.addWidget(button, _UNIT)
        if pad:
            row.addStretch(pad)
        return row

    def _control_row(self, total: float) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(KEY_SPACING)
        switches = 0
        for name, label, shown_on in _SWITCHES:
            if self.name in shown_on:
                button = self._special_key(name, label)
                if name == "switch-ar":
                    button.setProperty("script", "arabic")
                row.addWidget(button, round(_SWITCH_UNITS * _UNIT))
                switches += 1 if name != "switch-tifinagh" else 0  # shown to few
        space = max(total - switches * _SWITCH_UNITS - 4.0, _MIN_SPACE_UNITS)
        widths = {"space": space, "backspace": 2.0, "enter": 2.0}
        for name, units in widths.items():
            row.addWidget(self._special_key(name), round(units * _UNIT))
        backspace = self.special["backspace"]
        backspace.setIcon(make_icon("backspace", TEXT, mirrored=self.rtl))
        backspace.setIconSize(QSize(40, 40))
        backspace.setAutoRepeat(True)
        backspace.setAutoRepeatDelay(600)
        backspace.setAutoRepeatInterval(110)
        enter = self.special["enter"]
        enter.setProperty("accent", "true")
        enter.setIcon(make_icon("enter", "#FFFFFF", mirrored=self.rtl))
        enter.setIconSize(QSize(32, 32))
        return row

    def _special_key(self, name: str, label: str = "") -> QPushButton:
        button = make_key(label, "key-special")
        button.setObjectName(f"key-{name}")
        self.special[name] = button
        return button

    def show_capitals(self, state: str) -> None:
        """Show letters in capitals unless ``state`` is ``"off"``; ``"lock"`` marks the
        shift key as locked."""
        capitals = state != "off"
        for button in self.keys:
            value = str(button.property("value"))
            button.setText(key_label(upper(value) if capitals else value))
        shift = self.special.get("shift")
        if shift is not None:
            shift.setChecked(capitals)
            shift.setIcon(make_icon("shift-lock" if state == "lock" else "shift",
                                    PRIMARY if capitals else TEXT))
            shift.setIconSize(QSize(40, 40))

    def set_labels(self, space: str, enter: str) -> None:
        """Texts of the space bar and the enter key."""
        self.special["space"].setText(space)
        self.special["enter"].setText(enter)
