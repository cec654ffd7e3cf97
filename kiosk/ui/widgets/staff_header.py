"""The bar at the top of the staff screens: the title, the staff's language, Close.

Staff read these screens in their own language, whatever the kiosk's first language
is: one small button per staff language, each named in itself.  Close goes back to the
welcome screen.  The bar mirrors in Arabic like the visitors' header.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.text import NATIVE_NAMES, is_rtl
from kiosk.ui.theme import PRIMARY
from kiosk.ui.widgets.icons import make_icon

# the languages staff screens are offered in (their translations are always loaded)
STAFF_LANGUAGES = ("ar", "fr", "en")
HEIGHT = 96


def language_buttons(languages: tuple[str, ...], name: str,
                     choose: Callable[[str], None]) -> dict[str, QPushButton]:
    """One checkable button per language, each named in itself (object name
    ``{name}_{lang}``), mirrored for a right-to-left one; a click calls ``choose(lang)``."""
    buttons: dict[str, QPushButton] = {}
    for lang in languages:
        button = QPushButton(NATIVE_NAMES.get(lang, lang))
        button.setObjectName(f"{name}_{lang}")
        button.setProperty("kind", "staff-lang")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if is_rtl(lang):
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        button.clicked.connect(partial(choose, lang))
        buttons[lang] = button
    return buttons


class StaffHeader(QFrame):
    """Top bar of a staff screen.  Signals: ``closeRequested()``,
    ``languageRequested(str)``."""

    closeRequested = Signal()
    languageRequested = Signal(str)

    def __init__(self, languages: tuple[str, ...] = STAFF_LANGUAGES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        self.setMinimumHeight(HEIGHT)
        self.icon = QLabel()
        self.icon.setPixmap(make_icon("lock", PRIMARY).pixmap(QSize(40, 40)))
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 20, 10)
        row.setSpacing(14)
        row.addWidget(self.icon)
        row.addWidget(self.title_label, 1)
        self.languages = language_buttons(languages, "staffLang", self._choose)
        for button in self.languages.values():
            row.addWidget(button)
        row.addSpacing(10)
        self.close_button = QPushButton()
        self.close_button.setObjectName("staffClose")
        self.close_button.setProperty("kind", "primary")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.closeRequested)
        row.addWidget(self.close_button)
        self.retranslate()

    def set_title(self, title: str) -> None:
        """The screen's title (already translated)."""
        self.title_label.setText(title)

    def set_language(self, lang: str) -> None:
        """Mark ``lang`` as the one shown."""
        for code, button in self.languages.items():
            button.setChecked(code == lang)

    def retranslate(self) -> None:
        """The bar's own words."""
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self, lang: str) -> None:
        self.set_language(lang)
        self.languageRequested.emit(lang)
