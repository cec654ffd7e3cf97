"""The widget kit, driven the way a visitor would: taps on keys, tiles, rows and buttons."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.theme import TOUCH_MIN_PX, apply_theme
from kiosk.ui.widgets import (
    ChecklistItem,
    MessageBanner,
    MoreTimeOverlay,
    OnScreenKeyboard,
    QrWidget,
    StepHeader,
    TileButton,
    qr_matrix,
)

RTL = Qt.LayoutDirection.RightToLeft
#: The offscreen platform warns on every shown window; nothing to do with our widgets.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
_alive: list[QWidget] = []  # pytest-qt keeps weak references only
W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The real look (fonts, sizes) so geometry checks mean something."""
    apply_theme(qapp)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _alive.clear()


def tap(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A finger tap: press and release on ``widget`` (at its centre by default)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def shown(qtbot: QtBot, widget: W, width: int = 0, height: int = 0) -> W:
    """``widget`` on screen (at ``width`` x ``height`` when given), kept alive for the test."""
    qtbot.addWidget(widget)
    _alive.append(widget)
    if width:
        widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def keyboard_with_field(qtbot: QtBot, language: str) -> tuple[OnScreenKeyboard, QLineEdit]:
    """A shown keyboard attached to a line edit above it."""
    box = QWidget()
    column = QVBoxLayout(box)
    edit = QLineEdit()
    keyboard = OnScreenKeyboard(language)
    column.addWidget(edit)
    column.addWidget(keyboard)
    shown(qtbot, box, 1280, 420)
    keyboard.attach(edit)
    return keyboard, edit


def keys(qtbot: QtBot, keyboard: OnScreenKeyboard, *names: str) -> None:
    """Tap keys in turn: one character each, or a function key by name ("shift"...)."""
    for name in names:
        button = keyboard.key_button(name) if len(name) == 1 else keyboard.special_key(name)
        assert button is not None, f"no key {name!r} on {keyboard.current_layout()}"
        tap(qtbot, button)


# ----- keyboard -----------------------------------------------------------------------
def test_arabic_letters_go_in_at_the_cursor_right_to_left(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "ar")
    assert keyboard.current_layout() == "ar"
    keys(qtbot, keyboard, *"بحث")
    assert edit.text() == "بحث"
    edit.setCursorPosition(1)
    keys(qtbot, keyboard, "ا")
    assert edit.text() == "باحث"
    assert all(keyboard.key_button(letter) for letter in "ءئؤةىأإآ")
    first, last = keyboard.key_button("ض"), keyboard.key_button("د")
    assert first.mapTo(keyboard, QPoint()).x() > last.mapTo(keyboard, QPoint()).x()


def test_french_visitor_gets_azerty_and_shift_makes_one_capital(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "fr")
    assert keyboard.current_layout() == "azerty"
    assert keyboard.key_button("a").x() < keyboard.key_button("z").x()
    keys(qtbot, keyboard, "shift")
    assert keyboard.key_button("h").text() == "H"  # the visitor sees capitals
    keys(qtbot, keyboard, *"hélène")
    assert edit.text() == "Hélène"
    assert keyboard.key_button("h").text() == "h"


def test_shift_twice_locks_capitals(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "en")
    assert keyboard.current_layout() == "qwerty"
    keys(qtbot, keyboard, "shift", "shift")
    assert keyboard.shift_state() == "lock"
    keys(qtbot, keyboard, "u", "n", "shift", "o")
    assert edit.text() == "UNo"


def test_digits_space_and_backspace(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "fr")
    typed: list[str] = []
    keyboard.textTyped.connect(typed.append)
    keys(qtbot, keyboard, "switch-digits")
    assert keyboard.current_layout() == "digits"
    keys(qtbot, keyboard, *"+212", "space", *"6&@")
    assert edit.text() == "+212 6&@"
    assert typed == ["+", "2", "1", "2", " ", "6", "&", "@"]
    with qtbot.waitSignal(keyboard.backspacePressed):
        keys(qtbot, keyboard, "backspace")
    keys(qtbot, keyboard, "backspace")
    assert edit.text() == "+212 6"


def test_layout_switch_keys_and_remembered_latin_layout(qtbot: QtBot) -> None:
    keyboard, _edit = keyboard_with_field(qtbot, "fr")
    with qtbot.waitSignal(keyboard.layoutChanged) as changed:
        keys(qtbot, keyboard, "switch-ar")
    assert changed.args == ["ar"]
    assert keyboard.special_key("switch-ar") is None  # no key for the layout on screen
    keys(qtbot, keyboard, "switch-latin")
    assert keyboard.current_layout() == "azerty"
    keyboard.set_layout("qwerty")
    keys(qtbot, keyboard, "switch-digits", "switch-latin")
    assert keyboard.current_layout() == "qwerty"
    keyboard.set_language("ar")
    assert keyboard.current_layout() == "ar"
    with pytest.raises(ValueError):
        keyboard.set_layout("dvorak")


def test_ok_key_acts_as_return_in_the_field(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "fr")
    with qtbot.waitSignals([keyboard.enterPressed, edit.returnPressed]):
        keys(qtbot, keyboard, "enter")


def test_keys_are_big_and_never_take_the_focus(qtbot: QtBot) -> None:
    keyboard, edit = keyboard_with_field(qtbot, "fr")
    buttons = keyboard.findChildren(QPushButton)
    assert len(buttons) > 100
    assert all(key.focusPolicy() == Qt.FocusPolicy.NoFocus for key in buttons)
    assert all(key.height() >= TOUCH_MIN_PX for key in buttons if key.isVisible())
    keyboard.detach()  # then keys type into the focused field, if any
    edit.clearFocus()
    keys(qtbot, keyboard, "a")
    assert edit.text() == ""
    edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    keys(qtbot, keyboard, "m")
    assert edit.text() == "m"


# ----- QR code ------------------------------------------------------------------------
def test_qr_matrix_is_square_with_a_quiet_zone_and_grows_with_the_payload() -> None:
    short, long = qr_matrix("A-042"), qr_matrix("JISR|TNG01|A-042|" + "x" * 120)
    assert all(len(row) == len(short) for row in short)
    assert all(len(row) == len(long) for row in long)
    assert len(long) > len(short) >= 21 + 8
    assert not any(short[0]) and not any(row[0] for row in short)
    assert short[4][4]  # the finder pattern starts right after the quiet zone


def test_qr_widget_draws_a_readable_code(qtbot: QtBot, tmp_path: Path) -> None:
    payload = "JISR|TNG01|A-042"
    widget = shown(qtbot, QrWidget(payload), 300, 300)
    assert widget.modules() == len(qr_matrix(payload))
    image = widget.grab().toImage()
    area = widget.code_rect()
    cell = area.width() // widget.modules()
    assert area.width() == area.height() and cell >= 4
    assert image.pixelColor(area.left() + 1, area.top() + 1) == QColor("white")
    finder = area.topLeft() + QPoint(4 * cell + cell // 2, 4 * cell + cell // 2)
    assert image.pixelColor(finder) == QColor("black")
    zbar = shutil.which("zbarimg")
    if zbar:  # read it back like a phone would
        png = tmp_path / "qr.png"
        image.save(str(png))
        out = subprocess.run([zbar, "-q", "--raw", str(png)], capture_output=True,
                             text=True, timeout=30, check=False)
        assert out.stdout.strip() == payload


# ----- tiles and checklist ------------------------------------------------------------
def test_tile_click_anywhere_emits_clicked_even_without_its_pictogram(qtbot: QtBot) -> None:
    tile = shown(qtbot, TileButton("no-such-pictogram", "National ID card (CNIE), renewal"))
    assert not tile.picture.has_pictogram()
    assert tile.width() >= 200 and tile.height() >= 170
    with qtbot.waitSignal(tile.clicked):
        tap(qtbot, tile)
    with qtbot.waitSignal(tile.clicked):  # on the words, too
        tap(qtbot, tile, tile.label.geometry().center())
    assert tile.text() == "National ID card (CNIE), renewal"


def test_tile_shows_an_svg_pictogram(qtbot: QtBot, tmp_path: Path) -> None:
    svg = tmp_path / "passport.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                   '<rect width="10" height="10" fill="#0B6B5A"/></svg>', encoding="utf-8")
    assert shown(qtbot, TileButton(svg, "Passport")).picture.has_pictogram()


def test_checklist_row_toggles_when_touched_anywhere(qtbot: QtBot) -> None:
    row = shown(qtbot, ChecklistItem("Passport", "Original, valid 6 months"), 800, 100)
    assert row.mark.width() >= 40
    with qtbot.waitSignal(row.toggled) as first:
        tap(qtbot, row, row.title.geometry().center())
    assert first.args == [True] and row.isChecked()
    with qtbot.waitSignal(row.toggled) as second:
        tap(qtbot, row)
    assert second.args == [False] and not row.isChecked()


# ----- header, overlay, banner --------------------------------------------------------
def test_step_header_buttons_and_mirrored_back(qtbot: QtBot, qapp: QApplication) -> None:
    header = shown(qtbot, StepHeader("Your documents"), 1280, 104)
    header.set_step(2, 5)
    assert "2" in header.step_label.text() and "5" in header.step_label.text()
    with qtbot.waitSignal(header.backRequested):
        tap(qtbot, header.back_button)
    with qtbot.waitSignal(header.homeRequested):
        tap(qtbot, header.home_button)
    assert header.back_button.x() < header.home_button.x()
    ltr_arrow = header.back_button.icon().pixmap(32, 32).toImage()
    qapp.setLayoutDirection(RTL)
    qtbot.waitUntil(lambda: header.back_button.x() > header.home_button.x())
    assert header.back_button.icon().pixmap(32, 32).toImage() != ltr_arrow
    header.set_step(0, 5)
    assert header.step_label.isHidden() and header.dots.isHidden()


class _French(QTranslator):
    """A tiny translator for the live language switch test."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return {"Back": "Retour", "Yes, I need more time": "Oui, plus de temps"}.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_language_change_retranslates_live(qtbot: QtBot, qapp: QApplication) -> None:
    header = StepHeader()
    window = QWidget()
    overlay = MoreTimeOverlay(window)
    qtbot.addWidget(header)
    qtbot.addWidget(window)
    translator = _French()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "Retour" in header.back_button.text())
        assert overlay.button.text() == "Oui, plus de temps"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: "Back" in header.back_button.text())


def shown_window(qtbot: QtBot) -> tuple[QWidget, MoreTimeOverlay]:
    """A window with a more-time overlay over it."""
    window = QWidget()
    return shown(qtbot, window, 1024, 700), MoreTimeOverlay(window)


def test_overlay_counts_down_then_expires(qtbot: QtBot) -> None:
    window, overlay = shown_window(qtbot)
    overlay.start(2)
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert "2" in overlay.countdown.text()
    with qtbot.waitSignal(overlay.expired, timeout=4000):
        pass
    assert not overlay.isVisible() and not overlay.is_counting()


def test_more_time_button_stops_the_countdown(qtbot: QtBot) -> None:
    _window, overlay = shown_window(qtbot)
    overlay.start(1)
    with qtbot.waitSignal(overlay.moreTimeRequested):
        tap(qtbot, overlay.button)
    assert not overlay.isVisible()
    with qtbot.assertNotEmitted(overlay.expired, wait=1800):
        pass


def test_banner_shows_a_calm_error_and_clears(qtbot: QtBot) -> None:
    banner = shown(qtbot, MessageBanner())
    banner.show_message("Please go to the counter.", "error")
    assert not banner.isHidden() and banner.level() == "error"
    assert banner.message() == "Please go to the counter."
    banner.clear()
    assert banner.isHidden() and banner.message() == ""
    with pytest.raises(ValueError):
        banner.show_message("x", "panic")
