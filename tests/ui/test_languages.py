"""The eight languages beyond their words: dates and numbers, the language screen, and
the on-screen keyboard each visitor expects.

* each language formats dates, times and numbers its own way (``i18n.LOCALES``), and
  switching the language switches the format;
* the language screen offers the configured languages, each named in itself, all eight
  fitting at 1280x800 and at 1024x768 with touch targets over 15 mm;
* the keyboard has the layout of each language (German QWERTZ with ä ö ü ß, Spanish
  with ñ, Italian with its accented vowels, Tifinagh with IRCAM's 33 letters, a page of
  other accented letters), and the search screen opens it in the visitor's language.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk
from kiosk.domain.text import KNOWN_LANGS, NATIVE_NAMES
from kiosk.ui.i18n import LOCALES, LanguageSwitcher, current_language, locale_for
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.language import LanguageScreen
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import (
    CASED,
    LATIN,
    LAYOUTS,
    ROWS,
    first_layout_for,
    latin_layout_for,
)
from tests.ui.kiosk_helpers import click, demo_kiosk, make_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
#: 15 mm at 96 dpi, the smallest touch target.
MIN_TARGET_PX = math.ceil(15 / 25.4 * 96)
#: The 33 letters of IRCAM's standard Tifinagh.
IRCAM = set("ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ") | {"ⴳⵯ", "ⴽⵯ"}
_alive: list[QWidget] = []  # pytest-qt keeps weak references only


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The real look, left to right and in English after each test."""
    apply_theme(qapp)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_GB"))
    _alive.clear()


def stub_nav(languages: tuple[str, ...]) -> SimpleNamespace:
    """What the language screen asks of the window: the configured languages, and
    somewhere to send the choice and the header's Back and Start over."""
    chosen: list[str] = []
    return SimpleNamespace(
        config=SimpleNamespace(kiosk=SimpleNamespace(languages=languages)),
        choose_language=chosen.append, chosen=chosen, back=lambda: None, home=lambda: None)


def eight_languages(data: Path) -> Kiosk:
    """The demo kiosk offering all eight languages (no tap guard: taps follow at once)."""
    kiosk = demo_kiosk(data, tap_guard_ms=0)
    kiosk.config = dataclasses.replace(
        kiosk.config, kiosk=dataclasses.replace(kiosk.config.kiosk, languages=KNOWN_LANGS))
    return kiosk


# ----- dates, times and numbers -----------------------------------------------------------
DAY = QDate(2024, 11, 5)
FORMATS = {  # the long date, 1234567.5, a quarter past two in the afternoon
    "ar": ("الثلاثاء، 5 نونبر 2024", "1.234.567,5"),
    "zgh": ("ⴰⵙⵉⵏⴰⵙ 5 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024", "1\xa0234\xa0567,5"),
    "fr": ("mardi 5 novembre 2024", "1.234.567,5"),
    "en": ("Tuesday, 5 November 2024", "1,234,567.5"),
    "es": ("martes, 5 de noviembre de 2024", "1.234.567,5"),
    "nl": ("dinsdag 5 november 2024", "1.234.567,5"),
    "de": ("Dienstag, 5. November 2024", "1.234.567,5"),
    "it": ("martedì 5 novembre 2024", "1.234.567,5"),
}


def test_every_language_has_a_locale() -> None:
    assert set(LOCALES) == set(KNOWN_LANGS) == set(FORMATS)


@pytest.mark.parametrize("lang", KNOWN_LANGS)
def test_dates_times_and_numbers_are_written_each_languages_way(lang: str) -> None:
    locale = locale_for(lang)
    long_date, number = FORMATS[lang]
    assert locale.toString(DAY, QLocale.FormatType.LongFormat) == long_date
    assert locale.toString(1234567.5, "f", 1) == number
    assert locale.toString(QTime(14, 15), QLocale.FormatType.ShortFormat) == "14:15"
    assert locale.toString(7) == "7"  # Western digits everywhere, Arabic included


def test_tamazight_dates_are_in_tifinagh() -> None:
    locale = locale_for("zgh")
    assert locale.language() == QLocale.Language.StandardMoroccanTamazight
    assert locale.script() == QLocale.Script.TifinaghScript
    months = [locale.monthName(month) for month in range(1, 13)]
    days = [locale.dayName(day) for day in range(1, 8)]
    for name in months + days:
        assert name and all(unicodedata.name(c).startswith("TIFINAGH") for c in name), name
    assert len(set(months)) == 12


def test_dutch_of_the_netherlands_and_of_belgium_write_the_kiosks_dates_alike() -> None:
    """Why nl_NL serves Flemish readers too: every format the kiosk shows is the same."""
    nl, be = QLocale("nl_NL"), QLocale("nl_BE")
    long = QLocale.FormatType.LongFormat
    assert nl.toString(DAY, long) == be.toString(DAY, long)
    assert nl.toString(DAY, "d MMMM yyyy") == be.toString(DAY, "d MMMM yyyy")
    assert nl.toString(1234567.5, "f", 1) == be.toString(1234567.5, "f", 1)
    assert nl.toString(QTime(9, 5), "HH:mm:ss") == be.toString(QTime(9, 5), "HH:mm:ss")


def test_switching_the_language_switches_the_format(qapp: QApplication) -> None:
    switcher = LanguageSwitcher(qapp, ("de", "zgh"))
    try:
        for lang in ("de", "zgh"):
            switcher.switch(lang)
            assert current_language() == lang
            assert QLocale().toString(DAY, QLocale.FormatType.LongFormat) == FORMATS[lang][0]
    finally:
        switcher.release()
    assert current_language() == "en"


def test_the_service_card_dates_its_information_in_the_visitors_language(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, eight_languages(tmp_path))
    checked = window.catalog.service("passport").last_checked
    for lang, locale in (("de", "de_DE"), ("zgh", "zgh_MA"), ("es", "es_ES")):
        window.home()
        click(qtbot, window.screens["welcome"])
        click(qtbot, window.screens["language"].buttons[lang])  # type: ignore[attr-defined]
        click(qtbot, window.screens["categories"].tiles["travel"])  # type: ignore[attr-defined]
        click(qtbot, window.screens["services"].tiles["passport"])  # type: ignore[attr-defined]
        month = QLocale(locale).monthName(checked.month)
        text = window.screens["card"].checked.text()  # type: ignore[attr-defined]
        assert f" {checked.day}" in text and month in text and str(checked.year) in text, \
            (lang, text)
    window.close()


# ----- the language screen -----------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_eight_languages_fit_with_big_buttons(qtbot: QtBot, size: tuple[int, int]) -> None:
    screen = LanguageScreen(stub_nav(KNOWN_LANGS))
    qtbot.addWidget(screen)
    screen.retranslate()
    hint = screen.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.size().width() == size[0] and screen.size().height() == size[1]
    assert list(screen.buttons) == list(KNOWN_LANGS)
    inside = QRect(QPoint(0, 0), screen.size())
    for lang, button in screen.buttons.items():
        assert button.text() == NATIVE_NAMES[lang]
        assert button.isVisible()
        assert button.width() >= MIN_TARGET_PX and button.height() >= MIN_TARGET_PX, lang
        place = QRect(button.mapTo(screen, QPoint(0, 0)), button.size())
        assert inside.contains(place), (lang, place)
        metrics = button.fontMetrics()
        assert metrics.horizontalAdvance(button.text()) < button.width() - 20, lang
    rows = [screen.buttons[lang].mapTo(screen, QPoint(0, 0)).y() for lang in KNOWN_LANGS]
    assert rows[0] == rows[1] < rows[2] == rows[3] < rows[4] == rows[5] < rows[6] == rows[7]
    click(qtbot, screen.buttons["zgh"])
    assert screen.nav.chosen == ["zgh"]  # type: ignore[attr-defined]
    screen.close()


def test_the_languages_are_those_configured_in_their_order(qtbot: QtBot) -> None:
    screen = LanguageScreen(stub_nav(("fr", "zgh", "ar")))
    qtbot.addWidget(screen)
    assert list(screen.buttons) == ["fr", "zgh", "ar"]
    assert screen.shown_in() == ("ar", "zgh", "fr")
    screen.retranslate()
    for words in ("اختر لغتك", "ⵙⵜⵉ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴽ", "Choisissez votre langue"):
        assert words in screen.prompt.text()
    assert "Choose your language" not in screen.prompt.text()  # English is not offered
    # three languages: the third button has the second row to itself
    ar = screen.buttons["ar"]
    assert screen.grid.getItemPosition(screen.grid.indexOf(ar)) == (1, 0, 1, 2)


def test_a_choice_shows_the_interface_in_that_language(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, eight_languages(tmp_path))
    backs = {"zgh": "ⴰⵖⵓⵍ", "es": "Atrás", "nl": "Terug", "de": "Zurück", "it": "Indietro"}
    for lang, back in backs.items():
        window.home()
        click(qtbot, window.screens["welcome"])
        click(qtbot, window.screens["language"].buttons[lang])  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        header = window.screens["categories"].header
        assert header is not None
        assert header.back_button.text().strip() == back, lang
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.close()


# ----- the keyboard --------------------------------------------------------------------------
def keyboard_with_field(qtbot: QtBot, language: str) -> tuple[OnScreenKeyboard, QLineEdit]:
    """A shown keyboard attached to a line edit above it, 1280 px wide."""
    box = QWidget()
    column = QVBoxLayout(box)
    edit = QLineEdit()
    keyboard = OnScreenKeyboard(language)
    column.addWidget(edit)
    column.addWidget(keyboard)
    qtbot.addWidget(box)
    _alive.append(box)
    box.resize(1280, 420)
    box.show()
    qtbot.waitExposed(box)
    keyboard.attach(edit)
    return keyboard, edit


def keys(qtbot: QtBot, keyboard: OnScreenKeyboard, *names: str) -> None:
    """Tap keys in turn: a character key by its value, else a function key by name."""
    for name in names:
        button = keyboard.key_button(name) or keyboard.special_key(name)
        assert button is not None, f"no key {name!r} on {keyboard.current_layout()}"
        assert button.isVisible(), f"key {name!r} hidden on {keyboard.current_layout()}"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("lang", "first", "latin"), [
    ("ar", "ar", "azerty"), ("zgh", "tifinagh", "azerty"), ("fr", "azerty", "azerty"),
    ("en", "qwerty", "qwerty"), ("es", "qwerty-es", "qwerty-es"), ("nl", "qwerty", "qwerty"),
    ("de", "qwertz", "qwertz"), ("it", "qwerty-it", "qwerty-it"),
])
def test_each_language_has_its_layouts(lang: str, first: str, latin: str) -> None:
    assert first_layout_for(lang) == first
    assert latin_layout_for(lang) == latin


def test_the_letters_of_each_language_are_on_its_layout() -> None:
    letters = {layout: {value for row in ROWS[layout] for value in row} for layout in LAYOUTS}
    assert set("äöüß") <= letters["qwertz"]
    assert set("ñáéíóú") <= letters["qwerty-es"]
    assert set("èéòàùì'") <= letters["qwerty-it"]
    assert letters["tifinagh"] == IRCAM
    accented = {c for c in "àáâäãåæçèéêëìíîïñòóôöõøœùúûüýÿß"}
    assert accented <= letters["accents"]
    for layout in LATIN:  # every Latin layout can write a-z, each letter once
        values = [value for row in ROWS[layout] for value in row]
        assert set("abcdefghijklmnopqrstuvwxyz") <= set(values), layout
        assert len(values) == len(set(values)), layout


def test_german_qwertz_with_umlauts_and_sharp_s(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "de")
    assert keyboard.current_layout() == "qwertz"
    top = [str(key.property("value")) for key in keyboard._pages["qwertz"].keys][:6]
    assert top == list("qwertz")
    keys(qtbot, keyboard, "shift", "m", "ü", "ß", "i", "g")
    assert edit.text() == "Müßig"
    keys(qtbot, keyboard, "shift")
    umlaut, sharp_s = keyboard.key_button("ü"), keyboard.key_button("ß")
    assert umlaut is not None and umlaut.text() == "Ü"
    assert sharp_s is not None and sharp_s.text() == "ß"  # no one-letter capital: stays ß
    keys(qtbot, keyboard, "ß")
    assert edit.text().endswith("ß")


def test_spanish_italian_and_dutch_names(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "es")
    assert keyboard.current_layout() == "qwerty-es"
    keys(qtbot, keyboard, "shift", "m", "u", "ñ", "o", "z", "space", "shift", "g", "a", "r",
         "c", "í", "a")
    assert edit.text() == "Muñoz García"
    keyboard.set_language("it")
    edit.clear()
    keys(qtbot, keyboard, "shift", "n", "i", "c", "c", "o", "l", "ò", "space", "shift", "d",
         "'", "shift", "a", "m", "i", "c", "o")
    assert edit.text() == "Niccolò D'Amico"
    keyboard.set_language("nl")
    assert keyboard.current_layout() == "qwerty"
    edit.clear()
    keys(qtbot, keyboard, "shift", "z", "o", "switch-accents", "ë", "switch-latin")
    assert edit.text() == "Zoë"
    assert keyboard.current_layout() == "qwerty"  # back to the visitor's own layout


def test_the_accents_page_has_capitals(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "en")
    keys(qtbot, keyboard, "switch-accents")
    assert keyboard.current_layout() == "accents"
    assert keyboard.special_key("switch-accents") is None
    keys(qtbot, keyboard, "shift", "é")
    assert edit.text() == "É"
    assert keyboard.shift_state() == "off"


def test_tifinagh_for_tamazight_readers(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "zgh")
    assert keyboard.current_layout() == "tifinagh"
    assert keyboard.special_key("shift") is None  # Tifinagh has no capitals
    assert keyboard.special_key("switch-tifinagh") is None  # the page shown
    keys(qtbot, keyboard, *"ⵜⴰⵎⴰⵣⵉⵖⵜ", "space", "ⴰ", "ⴳⵯ", "ⴰ")
    assert edit.text() == "ⵜⴰⵎⴰⵣⵉⵖⵜ ⴰⴳⵯⴰ"
    assert all(key.height() >= MIN_TARGET_PX and key.width() >= MIN_TARGET_PX
               for key in keyboard._pages["tifinagh"].keys)
    keys(qtbot, keyboard, "switch-latin")
    assert keyboard.current_layout() == "azerty"  # Moroccan keyboards
    keys(qtbot, keyboard, "switch-tifinagh")  # offered to Tamazight readers...
    assert keyboard.current_layout() == "tifinagh"
    keyboard.set_language("de")
    tifinagh = keyboard.special_key("switch-tifinagh")
    assert tifinagh is not None and not tifinagh.isVisible()  # ...only


def test_every_key_is_big_enough_on_every_layout(qtbot: QtBot) -> None:
    keyboard, _edit = keyboard_with_field(qtbot, "zgh")
    for layout in LAYOUTS:
        keyboard.set_layout(layout)
        QCoreApplication.processEvents()
        page = keyboard._pages[layout]
        shown = [key for key in [*page.keys, *page.special.values()] if key.isVisible()]
        small = [(key.text(), key.width(), key.height()) for key in shown
                 if key.width() < MIN_TARGET_PX or key.height() < MIN_TARGET_PX]
        assert not small, (layout, small)
        assert ("shift" in page.special) == (layout in CASED)


def test_the_keyboard_follows_the_language_switch(qapp: QApplication, qtbot: QtBot) -> None:
    keyboard, _edit = keyboard_with_field(qtbot, "fr")
    switcher = LanguageSwitcher(qapp, ("fr", "de", "zgh"))
    try:
        switcher.switch("de")
        qtbot.waitUntil(lambda: keyboard.language() == "de")
        keyboard.set_layout("digits")
        keys(qtbot, keyboard, "switch-latin")
        assert keyboard.current_layout() == "qwertz"
        assert not keyboard.special_key("switch-tifinagh").isVisible()  # type: ignore[union-attr]
        switcher.switch("zgh")
        qtbot.waitUntil(lambda: keyboard.language() == "zgh")
        assert keyboard.special_key("switch-tifinagh").isVisible()  # type: ignore[union-attr]
        keys(qtbot, keyboard, "switch-digits", "switch-latin")
        assert keyboard.current_layout() == "azerty"
    finally:
        switcher.release()


def test_search_opens_the_visitors_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = make_window(qtbot, eight_languages(tmp_path))
    layouts = {"de": "qwertz", "es": "qwerty-es", "it": "qwerty-it", "nl": "qwerty",
               "zgh": "tifinagh", "ar": "ar", "fr": "azerty", "en": "qwerty"}
    for lang, layout in layouts.items():
        window.home()
        click(qtbot, window.screens["welcome"])
        click(qtbot, window.screens["language"].buttons[lang])  # type: ignore[attr-defined]
        window.show_screen("search")
        QCoreApplication.processEvents()
        keyboard = window.screens["search"].keyboard  # type: ignore[attr-defined]
        assert keyboard.current_layout() == layout, lang
        keys(qtbot, keyboard, "switch-digits", "switch-latin")
        assert keyboard.current_layout() == latin_layout_for(lang), lang
    window.close()
