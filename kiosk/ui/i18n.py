"""Switching the interface language at any moment, with no restart.

UI strings go through Qt Linguist: ``translations/kiosk_<lang>.ts`` compiled to
``.qm`` by the installer (``pyside6-lrelease``).  English is the source language, so
a missing translation falls back to English.  Installing a translator sends every
widget a ``LanguageChange`` event; each screen re-translates itself on it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtCore import Qt as QtNS
from PySide6.QtWidgets import QApplication

from kiosk.domain.text import is_rtl

log = logging.getLogger(__name__)

#: The locale each language formats numbers and dates with.  Moroccan Arabic writes
#: 0-9 (not ٠-٩) and Morocco's month names ("نونبر"): ar_MA, not plain ar (Egypt).
LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB", "es": "es_ES", "nl": "nl_NL",
           "de": "de_DE", "it": "it_IT", "zgh": "zgh_MA"}


def locale_for(lang: str) -> QLocale:
    """The locale that formats numbers and dates for a visitor reading ``lang``."""
    return QLocale(LOCALES.get(lang, lang))


def translations_dir() -> Path:
    """Folder of the compiled ``.qm`` files."""
    return Path(__file__).resolve().parents[2] / "translations"


class LanguageSwitcher:
    """Installs the translator and layout direction of the visitor's language.

    Each offered language's ``.qm`` is read once, at start; switching only swaps
    the installed translator.
    """

    def __init__(self, app: QApplication, languages: tuple[str, ...] = (),
                 folder: Path | None = None) -> None:
        self._app = app
        self._translators: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None
        self.lang = "en"
        folder = folder or translations_dir()
        for lang in languages:
            if lang == "en":
                continue
            translator = QTranslator(app)
            qm = folder / f"kiosk_{lang}.qm"
            if translator.load(str(qm)):
                self._translators[lang] = translator
            else:
                log.warning("no compiled translation for %s at %s (English shown)", lang, qm)

    def switch(self, lang: str) -> None:
        """Show the whole interface in ``lang`` (mirrored for right-to-left)."""
        translator = self._translators.get(lang)
        if translator is not self._installed:
            if self._installed is not None:
                self._app.removeTranslator(self._installed)
            if translator is not None:
                self._app.installTranslator(translator)
            self._installed = translator
        self.lang = lang
        QLocale.setDefault(locale_for(lang))
        direction = QtNS.LayoutDirection.RightToLeft if is_rtl(lang) \
            else QtNS.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)

    def release(self) -> None:
        """Give the application back in English, left to right (the window closed)."""
        self.switch("en")
