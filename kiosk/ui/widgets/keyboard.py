"""A touch keyboard that types into a line edit without ever taking the focus.

Layouts (``keyboard_layouts``): Arabic (laid out right to left), Tifinagh, French
AZERTY, German QWERTZ, Spanish and Italian QWERTY, QWERTY, a page of accented Latin
letters, and digits/symbols.  Letters go in at the cursor of the attached line edit
(or, if none is attached, of the line edit that has the focus), so validators and
length limits still apply.

The keyboard follows the visitor's language: on each language switch
(``LanguageChange``) the "ABC" key leads to that language's Latin layout, and the
Tifinagh key is offered to Tamazight readers only.  Which page shows first is the
screen's choice (``set_layout(first_layout_for(lang))``, or ``set_language``).

Usage::

    keyboard = OnScreenKeyboard(language="fr")     # starts on AZERTY
    keyboard.attach(name_edit)                     # keys now type into name_edit
    keyboard.enterPressed.connect(self.go_on)      # the green OK key
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QStackedLayout, QWidget

from kiosk.ui.i18n import current_language
from kiosk.ui.widgets.keyboard_layouts import (
    ACCENTS,
    ARABIC,
    CASED,
    DIGITS,
    LATIN,
    LAYOUTS,
    SCRIPT_FOR_LANGUAGE,
    TIFINAGH,
    first_layout_for,
    latin_layout_for,
    upper,
)
from kiosk.ui.widgets.keyboard_page import KEY_HEIGHT, ROW_SPACING, KeyboardPage

_NEXT_SHIFT = {"off": "once", "once": "lock", "lock": "off"}


class OnScreenKeyboard(QWidget):
    """Touch keyboard.

    Signals: ``textTyped(str)`` for each key (also space), ``backspacePressed()``,
    ``enterPressed()`` (the OK key) and ``layoutChanged(str)``.
    """

    textTyped = Signal(str)
    backspacePressed = Signal()
    enterPressed = Signal()
    layoutChanged = Signal(str)

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QLineEdit | None = None
        self._lang = language
        self._latin = latin_layout_for(language)
        self._layout_name = ""
        self._shift = "off"
        self._pages: dict[str, KeyboardPage] = {}
        self._stack = QStackedLayout(self)
        for name in LAYOUTS:
            page = KeyboardPage(name, self)
            self._connect(page)
            self._pages[name] = page
            self._stack.addWidget(page)
        self.retranslate()
        self._follow(language)
        self.set_layout(first_layout_for(language))

    # ----- public API -------------------------------------------------------------
    def attach(self, line_edit: QLineEdit) -> None:
        """Type into ``line_edit`` from now on (until :meth:`detach`)."""
        self.detach()
        self._target = line_edit
        line_edit.destroyed.connect(self._forget_target)

    def detach(self) -> None:
        """Stop typing into the attached line edit (keys then go to the focused one)."""
        if self._target is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already destroyed
                self._target.destroyed.disconnect(self._forget_target)
        self._target = None

    def target(self) -> QLineEdit | None:
        """Where keys type now: the attached line edit, else the focused one, else none."""
        if self._target is not None:
            return self._target
        focused = QApplication.focusWidget()
        return focused if isinstance(focused, QLineEdit) else None

    def set_layout(self, name: str) -> None:
        """Show layout ``name``, one of ``keyboard_layouts.LAYOUTS``: ``"ar"``,
        ``"tifinagh"``, ``"azerty"``, ``"qwerty"``, ``"qwertz"``, ``"qwerty-es"``,
        ``"qwerty-it"``, ``"accents"`` or ``"digits"``.  A Latin layout shown this way
        is the one "ABC" leads back to."""
        if name not in LAYOUTS:
            raise ValueError(f"unknown keyboard layout {name!r}; expected one of {LAYOUTS}")
        if name in LATIN:
            self._latin = name
        self._set_shift("off")
        if name != self._layout_name:
            self._layout_name = name
            self._stack.setCurrentWidget(self._pages[name])
            self.layoutChanged.emit(name)

    def current_layout(self) -> str:
        """Name of the layout on screen."""
        return self._layout_name

    def set_language(self, lang: str) -> None:
        """Show the layout a visitor reading ``lang`` expects first.

        Arabic letters for ``"ar"``, Tifinagh for ``"zgh"``, else the language's Latin
        layout (``keyboard_layouts.latin_layout_for``: AZERTY for French, QWERTZ for
        German...), which the "ABC" key then leads to (AZERTY for Arabic and Tamazight).
        """
        self._follow(lang)
        self.set_layout(first_layout_for(lang))

    def language(self) -> str:
        """The visitor's language the keyboard follows."""
        return self._lang

    def key_button(self, value: str) -> QPushButton | None:
        """The key typing ``value`` (as listed, lower case) on the current layout."""
        for button in self._pages[self._layout_name].keys:
            if button.property("value") == value:
                return button
        return None

    def special_key(self, name: str) -> QPushButton | None:
        """A function key of the current layout: ``"space"``, ``"backspace"``,
        ``"enter"``, ``"shift"`` (Latin and accents only), ``"switch-ar"``,
        ``"switch-tifinagh"``, ``"switch-latin"``, ``"switch-accents"`` (on Latin
        layouts) or ``"switch-digits"``; the one for the current layout is absent, and
        ``switch-tifinagh`` is there but hidden unless the visitor reads Tamazight."""
        return self._pages[self._layout_name].special.get(name)

    def shift_state(self) -> str:
        """``"off"``, ``"once"`` (next letter in capital) or ``"lock"`` (all capitals)."""
        return self._shift

    def sizeHint(self) -> QSize:
        """Wide, and four rows of keys high."""
        return QSize(1100, 4 * KEY_HEIGHT + 3 * ROW_SPACING + 18)

    # ----- translation ------------------------------------------------------------
    def retranslate(self) -> None:
        """Set the key labels and accessible names in the current language."""
        for page in self._pages.values():
            page.set_labels(self.tr("space"), self.tr("OK"))
            page.special["enter"].setAccessibleName(self.tr("OK, done"))
            page.special["backspace"].setAccessibleName(self.tr("Delete the last letter"))
            if "shift" in page.special:
                page.special["shift"].setAccessibleName(self.tr("Capital letter"))

    def changeEvent(self, event: QEvent) -> None:
        """On a language change: re-translate, and follow the visitor's new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._follow(current_language())
        super().changeEvent(event)

    def _follow(self, lang: str) -> None:
        """Lead "ABC" to ``lang``'s Latin layout; offer Tifinagh to its readers only."""
        self._lang = lang
        self._latin = latin_layout_for(lang)
        for page in self._pages.values():
            key = page.special.get("switch-tifinagh")
            if key is not None:
                key.setVisible(SCRIPT_FOR_LANGUAGE.get(lang) == TIFINAGH)

    # ----- typing -----------------------------------------------------------------
    def _connect(self, page: KeyboardPage) -> None:
        for button in page.keys:
            button.clicked.connect(lambda _=False, b=button: self._type(str(b.property("value"))))
        special = page.special
        special["space"].clicked.connect(lambda: self._insert(" "))
        special["backspace"].clicked.connect(self._backspace)
        special["enter"].clicked.connect(self._enter)
        if "shift" in special:
            special["shift"].clicked.connect(lambda: self._set_shift(_NEXT_SHIFT[self._shift]))
        if "switch-ar" in special:
            special["switch-ar"].clicked.connect(lambda: self.set_layout(ARABIC))
        if "switch-tifinagh" in special:
            special["switch-tifinagh"].clicked.connect(lambda: self.set_layout(TIFINAGH))
        if "switch-latin" in special:
            special["switch-latin"].clicked.connect(lambda: self.set_layout(self._latin))
        if "switch-accents" in special:
            special["switch-accents"].clicked.connect(lambda: self.set_layout(ACCENTS))
        if "switch-digits" in special:
            special["switch-digits"].clicked.connect(lambda: self.set_layout(DIGITS))

    def _type(self, value: str) -> None:
        self._insert(upper(value) if self._shift != "off" else value)
        if self._shift == "once":
            self._set_shift("off")

    def _insert(self, text: str) -> None:
        target = self.target()
        if target is not None:
            target.insert(text)
        self.textTyped.emit(text)

    def _backspace(self) -> None:
        target = self.target()
        if target is not None:
            target.backspace()
        self.backspacePressed.emit()

    def _enter(self) -> None:
        target = self.target()
        if target is not None:  # as a real Return key: validators, returnPressed, ...
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                QApplication.sendEvent(target, event)
        self.enterPressed.emit()

    def _set_shift(self, state: str) -> None:
        self._shift = state
        for name in CASED:
            self._pages[name].show_capitals(state)

    def _forget_target(self) -> None:
        self._target = None
