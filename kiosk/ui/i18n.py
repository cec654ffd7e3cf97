"""Switching the interface language at any moment, with no restart.

UI strings go through Qt Linguist: ``translations/kiosk_<lang>.ts`` compiled to
``.qm`` by the installer (``pyside6-lrelease``); how to translate: docs/TRANSLATING.md.
English is the source language, so a missing translation (or a missing ``.qm``)
falls back to English; ``kiosk_en.qm`` holds only English plural forms ("1 minute",
"5 minutes").  Installing a translator sends every widget a ``LanguageChange`` event;
each screen re-translates itself on it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtCore import Qt as QtNS
from PySide6.QtWidgets import QApplication

from kiosk.domain.text import is_rtl

log = logging.getLogger(__name__)

#: The locale each language formats numbers and dates with:
#:
#: * ar_MA: Moroccan Arabic writes 0-9 (not ٠-٩) and Morocco's month names ("نونبر"),
#:   not plain ar (Egypt);
#: * zgh_MA: Standard Moroccan Tamazight, which Qt (CLDR) knows in Tifinagh: month and
#:   day names in Tifinagh ("ⴰⵙⵉⵏⴰⵙ 5 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024"), digits 0-9, "1 234,5";
#: * fr_MA: French as written in Morocco ("5 novembre 2024", 24-hour clock);
#: * en_GB: day before month, 24-hour clock, as the kiosk's English readers expect;
#: * es_ES, de_DE, it_IT: the country most Spanish-, German- and Italian-reading
#:   Moroccans abroad live in;
#: * nl_NL: Dutch-reading Moroccans live in the Netherlands and in Flanders; nl_NL and
#:   nl_BE write numbers, month names and the long date the same way and differ only in
#:   the short date (05-11-2024 against 5/11/2024), which the kiosk never shows, and in
#:   the language's own name ("Nederlands" against "Vlaams"): the Netherlands' form is
#:   the one both read as standard.
LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB", "es": "es_ES", "nl": "nl_NL",
           "de": "de_DE", "it": "it_IT", "zgh": "zgh_MA"}

_current = ["en"]  # the language of the last switch, for widgets that follow it


def current_language() -> str:
    """The language the interface was last switched to (``"en"`` before any switch).

    Widgets that depend on the visitor's language beyond their texts, such as the
    on-screen keyboard's layouts, read it when they receive ``LanguageChange``.
    """
    return _current[0]


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
            translator = QTranslator(app)
            qm = folder / f"kiosk_{lang}.qm"
            if translator.load(str(qm)):
                self._translators[lang] = translator
            elif lang == "en":  # the source language: only its plural forms are lost
                log.info("no compiled English plurals at %s (\"minute(s)\" shown)", qm)
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
        _current[0] = lang
        QLocale.setDefault(locale_for(lang))
        direction = QtNS.LayoutDirection.RightToLeft if is_rtl(lang) \
            else QtNS.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)

    def release(self) -> None:
        """Give the application back in English, left to right (the window closed)."""
        self.switch("en")
