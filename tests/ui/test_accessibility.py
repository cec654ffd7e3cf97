"""Voice guidance, large text and high contrast, as a visitor meets them.

The window is the real one (composition root, theme, fonts, 1280x800); only the voice is
a stand-in that records what it is asked to say (the real espeak-ng is tested in
tests/devices/test_voice.py).  Each choice must be one touch away on every visitor
screen, change what is seen or heard, fit the screen, and be gone at walk-away.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk
from kiosk.devices.voice import (
    DEFAULT_VOLUME,
    VOICES,
    VOLUME_STEPS,
    SilentSpeaker,
    Utterance,
    VoiceUnavailable,
)
from kiosk.ui import theme
from kiosk.ui.accessibility import NO_VOICE_NOTICE
from kiosk.ui.main_window import MainWindow
from kiosk.ui.widgets.a11y_bar import A11yBar
from tests.ui.kiosk_helpers import click, demo_kiosk, make_window, tap_through_to

#: 15 mm at 96 px per inch, rounded up (EN 301 549 asks for no size; the kiosk's rule).
MIN_TARGET_PX = max(theme.TOUCH_MIN_PX, math.ceil(15 / 25.4 * 96))
VISITOR_SCREENS = ("welcome", "language", "categories", "services", "search", "scan", "card",
                   "notice", "details", "priority", "confirm", "ticket", "counter")
NAME = "Amina El Idrissi"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class RecordingSpeaker:
    """A voice that records what it is asked to say; ``hold`` makes it speak until
    stopped (to see a screen change cut it off)."""

    available = True

    def __init__(self, hold: bool = False) -> None:
        self.hold = hold
        self.said: list[tuple[Utterance, ...]] = []
        self.volumes: list[int] = []
        self.stopped: list[bool] = []
        self.release = threading.Event()
        self._lock = threading.Lock()

    def speaks(self, lang: str) -> bool:
        return lang in VOICES

    def say(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
            stop: threading.Event | None = None) -> bool:
        with self._lock:
            self.said.append(tuple(parts))
            self.volumes.append(volume)
        stop = stop or threading.Event()
        if self.hold:
            while not stop.is_set() and not self.release.is_set():
                stop.wait(0.02)
        with self._lock:
            self.stopped.append(stop.is_set())
        return not stop.is_set()

    def texts(self) -> list[str]:
        with self._lock:
            return [" ".join(part.text for part in parts) for parts in self.said]

    def last(self) -> str:
        """The last thing asked for ("" before the first)."""
        texts = self.texts()
        return texts[-1] if texts else ""

    def langs(self) -> list[set[str]]:
        with self._lock:
            return [{part.lang for part in parts} for parts in self.said]


class FailingSpeaker(RecordingSpeaker):
    """Espeak-ng is there, the audio output is not."""

    def say(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
            stop: threading.Event | None = None) -> bool:
        super().say(parts, volume, stop)
        raise VoiceUnavailable("espeak-ng could not play: error: No such file or directory")


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


def kiosk_with(tmp_path: Path, speaker: RecordingSpeaker | SilentSpeaker,
               walk_away_s: int | None = None, languages: tuple[str, ...] = ()) -> Kiosk:
    """The demo kiosk with ``speaker``; ``walk_away_s`` seconds of idle time and of
    "need more time?" countdown (the config file refuses so little)."""
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    settings = kiosk.config.kiosk
    if walk_away_s is not None:
        settings = dataclasses.replace(settings, idle_timeout_s=walk_away_s,
                                       idle_grace_s=walk_away_s)
    if languages:
        settings = dataclasses.replace(settings, languages=languages)
    kiosk.config = dataclasses.replace(kiosk.config, kiosk=settings)
    kiosk.speaker = speaker
    return kiosk


def open_window(qtbot: QtBot, kiosk: Kiosk) -> MainWindow:
    window = make_window(qtbot, kiosk)
    window.setFixedSize(1280, 800)  # full screen on the kiosk: nothing can grow past it
    return window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, speaker: RecordingSpeaker) -> Iterator[MainWindow]:
    yield open_window(qtbot, kiosk_with(tmp_path, speaker))


def flat(text: str) -> str:
    """``text`` with its spaces as speech has them (no-break spaces, new lines: one)."""
    return " ".join(text.split())


def bar(window: MainWindow) -> A11yBar:
    screen = window.screens[window.current]
    assert screen.a11y_bar is not None, f"no accessibility bar on {window.current}"
    return screen.a11y_bar


def header_colour(window: MainWindow) -> QColor:
    """The colour a visitor sees at the top of the screen (beside any title)."""
    image = window.grab().toImage()
    return image.pixelColor(window.width() // 2, 4)


def bar_colour(window: MainWindow) -> QColor:
    """The colour behind the accessibility bar, at its top."""
    side = bar(window)
    where = side.mapTo(window, QPoint(side.width() // 2, 4))
    return window.grab().toImage().pixelColor(where)


def go_to(window: MainWindow, name: str, lang: str = "fr") -> None:
    """Put the session where ``name`` makes sense, and show it."""
    if window.current == "welcome" and name != "welcome":
        window.choose_language(lang)
    session = window.session
    session.category_id = "civil_identity"
    if session.service_id is None:
        session.choose_service("cnie")
    if name == "ticket":
        session.accept_notice(window.now())
        session.fields = {"full_name": NAME, "cnie": "AB123456"}
        issued = window.kiosk.desk.issue(session.to_request())
        ticket = window.screens["ticket"]
        ticket.show_ticket(issued)  # type: ignore[attr-defined]
    if name == "welcome":
        if window.current != "welcome":
            window.home()
    else:
        window.show_screen(name)
    assert window.current == name


# --- one touch away, everywhere ----------------------------------------------------------


def test_every_visitor_screen_has_the_three_buttons_within_reach(window: MainWindow) -> None:
    for name in VISITOR_SCREENS:
        go_to(window, name)
        buttons = bar(window)
        area = window.rect()
        for button in (buttons.voice, buttons.large_text, buttons.contrast):
            assert button.isVisible(), (name, button.objectName())
            where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            assert area.contains(where), (name, button.objectName(), where)
            assert min(button.width(), button.height()) >= MIN_TARGET_PX, (name, where)
            assert button.word.text() and not button.picture.pixmap().isNull()
            # nothing else is drawn over it: the touch in its middle reaches it
            assert window.childAt(where.center()) in (button, button.word, button.picture,
                                                      button.badge)
    for name in ("staff_pin", "staff_sync"):
        assert window.screens[name].a11y_bar is None


def test_each_choice_is_one_touch_on_every_screen_and_changes_what_is_seen(
        window: MainWindow, qtbot: QtBot, speaker: RecordingSpeaker) -> None:
    for name in VISITOR_SCREENS:
        go_to(window, name)
        toggle_everything_on_and_off(window, qtbot, speaker, name)


def toggle_everything_on_and_off(window: MainWindow, qtbot: QtBot, speaker: RecordingSpeaker,
                                 name: str) -> None:
    a11y = window.accessibility
    plain, plain_bar = header_colour(window), bar_colour(window)
    label = next(w for w in window.screens[name].body.findChildren(QLabel)
                 if w.isVisible() and w.text()
                 and not isinstance(w.parentWidget(), QAbstractButton))
    size = label.font().pointSizeF()

    click(qtbot, bar(window).large_text)
    assert a11y.state.large_text and bar(window).large_text.is_on()
    assert label.font().pointSizeF() >= size * 1.3, (name, label.objectName())
    click(qtbot, bar(window).contrast)
    assert a11y.state.high_contrast and bar(window).contrast.is_on()
    assert bar_colour(window) == QColor(theme.HC_YELLOW) != plain_bar
    if window.screens[name].header is not None:
        assert header_colour(window) == QColor(theme.HC_YELLOW) != plain
    said = len(speaker.said)
    click(qtbot, bar(window).voice)
    assert a11y.state.voice and bar(window).voice.is_on()
    qtbot.waitUntil(lambda: len(speaker.said) > said, timeout=3000)
    header = window.screens[name].header
    if header is not None and name != "language":  # (its title is in three languages)
        assert flat(header.title_label.text()) in speaker.texts()[said]

    for button in (bar(window).large_text, bar(window).contrast, bar(window).voice):
        click(qtbot, button)
    assert a11y.is_default
    assert label.font().pointSizeF() == pytest.approx(size)
    assert header_colour(window) == plain and bar_colour(window) == plain_bar


# --- large text and high contrast ----------------------------------------------------------


def test_high_contrast_text_reaches_7_to_1_and_the_standard_look_4_5_to_1() -> None:
    for first, second in theme.TEXT_PAIRS:
        hc = theme.contrast_ratio(getattr(theme.HIGH_CONTRAST, first),
                                  getattr(theme.HIGH_CONTRAST, second))
        assert hc >= 7.0, (first, second, hc)
        standard = theme.contrast_ratio(getattr(theme.STANDARD, first),
                                        getattr(theme.STANDARD, second))
        assert standard >= 4.5, (first, second, standard)
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)


def test_large_text_is_about_1_4_times_and_keeps_the_bar_as_it_was() -> None:
    assert theme.scaled_pt(20, True) == 28 and theme.scaled_pt(18, True) == 25
    assert theme.scaled_pt(72, True) == 72  # the ticket number is large already
    assert theme.scaled_pt(20, False) == 20
    sheet = theme.style_sheet(large_text=True)
    assert f"font-size: {theme.A11Y_TEXT_PT}pt" in sheet
    assert "QWidget { font-size: 28pt; }" in sheet


def visible(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.width() > 0 and w.height() > 0]


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipping(window: MainWindow) -> list[str]:
    """Texts not shown whole and widgets out of the screen (what scrolls excepted)."""
    problems = []
    page = window.stack.currentWidget()
    need = page.minimumSizeHint()
    if need.width() > window.width() or need.height() > window.height():
        problems.append(f"the screen needs {need.width()}x{need.height()} px")
    for widget in visible(page):
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel) and widget.text() and (
                widget.pixmap() is None or widget.pixmap().isNull()):
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    problems.append(f"{name} cut at the bottom: {widget.text()[:40]!r}")
                words = max((QFontMetrics(widget.font()).horizontalAdvance(word)
                             for word in widget.text().split()), default=0)
                if words > widget.contentsRect().width() + 1:
                    problems.append(f"{name}: a word is wider than it: {widget.text()[:40]!r}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name} cut at the side: {widget.text()[:40]!r}")
        if isinstance(widget, QPushButton) and QPushButton.text(widget) and \
                widget.property("kind") not in ("key", "key-special"):
            text_width = QFontMetrics(widget.font()).horizontalAdvance(QPushButton.text(widget))
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            if text_width + icon > widget.width() - 8:
                problems.append(f"{name} text cut: {QPushButton.text(widget)!r}")
        if not in_scroll_area(widget):
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not window.rect().adjusted(-1, -1, 1, 1).contains(where):
                problems.append(f"{name} out of the screen at {where}")
    return problems


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("look", ["large", "large+contrast"])
def test_large_text_fits_1280x800_on_every_screen(window: MainWindow, qtbot: QtBot,
                                                  lang: str, look: str) -> None:
    a11y = window.accessibility
    a11y.toggle_large_text()
    a11y.toggle_voice()  # the bar's five buttons
    if "contrast" in look:
        a11y.toggle_high_contrast()
    found = {}
    for name in VISITOR_SCREENS:
        go_to(window, name, lang)
        # words as long as translations may make them: two on two lines
        bar(window).volume.set_word("مستوى الصوت" if lang == "ar" else "Volume du son")
        bar(window).large_text.set_word("نص كبير جدا" if lang == "ar" else "Grand texte")
        qtbot.wait(20)
        if name == "details":  # the keyboard open, an error under a field
            details = window.screens["details"]
            click(qtbot, details.next_button)  # type: ignore[attr-defined]
            qtbot.wait(20)  # the layout makes room for the error
        problems = clipping(window)
        if problems:
            found[name] = problems
    assert a11y.state.large_text
    assert not found, found


# --- wiped with the visit, and never a timeout without "more time?" ------------------------


def test_the_choices_last_for_the_visit_and_are_wiped_at_walk_away(
        qtbot: QtBot, tmp_path: Path, speaker: RecordingSpeaker) -> None:
    window = open_window(qtbot, kiosk_with(tmp_path, speaker, walk_away_s=60))
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    plain = QColor(theme.HEADER_BG)
    for button in (bar(window).large_text, bar(window).contrast, bar(window).voice):
        click(qtbot, button)
    click(qtbot, bar(window).volume)
    a11y = window.accessibility
    assert a11y.state.volume_step == 1
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    assert window.current == "notice" and a11y.state.large_text and a11y.state.voice
    assert bar(window).contrast.is_on(), "every screen's bar shows the choices"

    # The visitor walks away (a second of idle time, a second of countdown).
    window.config = dataclasses.replace(window.config, kiosk=dataclasses.replace(
        window.config.kiosk, idle_grace_s=1))
    window.idle.set_seconds(1)
    window.idle.arm()
    qtbot.waitUntil(window.overlay.isVisible, timeout=5000)  # "need more time?" first
    with qtbot.waitSignal(window.overlay.expired, timeout=5000):
        pass
    assert window.current == "welcome" and a11y.is_default
    assert header_colour(window) != QColor(theme.HC_YELLOW)
    go_to(window, "categories")
    assert header_colour(window) == plain
    assert not any(bar.large_text.is_on() or bar.voice.is_on() or bar.contrast.is_on()
                   for bar in (s.a11y_bar for s in window.screens.values()) if bar)
    assert window.accessibility.voice.requests == []


def test_a_choice_on_the_welcome_screen_times_out_only_after_more_time(
        qtbot: QtBot, tmp_path: Path, speaker: RecordingSpeaker) -> None:
    window = open_window(qtbot, kiosk_with(tmp_path, speaker, walk_away_s=1))
    assert window.current == "welcome" and not window.idle.armed
    click(qtbot, bar(window).contrast)
    assert window.current == "welcome", "the bar is not a touch that starts the visit"
    assert window.idle.armed
    qtbot.waitUntil(window.overlay.isVisible, timeout=5000)
    with qtbot.waitSignal(window.overlay.expired, timeout=5000):
        pass
    assert window.accessibility.is_default and window.current == "welcome"
    with qtbot.assertNotEmitted(window.idle.idle, wait=1500):
        pass  # back to the defaults: the welcome screen waits for ever again


def test_the_staff_corner_still_works_beside_the_bar(window: MainWindow, qtbot: QtBot) -> None:
    welcome = window.screens["welcome"]
    rtl = welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft
    corner = QPoint(10 if rtl else welcome.width() - 10, 10)
    for _ in range(5):
        qtbot.mouseClick(welcome, Qt.MouseButton.LeftButton, pos=corner)
    assert window.current == "staff_pin"
    assert window.accessibility.is_default


# --- what the voice says --------------------------------------------------------------------


def test_voice_off_asks_nothing_of_the_voice(window: MainWindow, qtbot: QtBot,
                                            speaker: RecordingSpeaker) -> None:
    for name in VISITOR_SCREENS:
        go_to(window, name)
    qtbot.wait(100)
    assert speaker.said == [] and window.accessibility.voice.requests == []


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_each_screen_is_read_in_the_visitors_language(window: MainWindow, qtbot: QtBot,
                                                      speaker: RecordingSpeaker,
                                                      lang: str) -> None:
    go_to(window, "categories", lang)
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=3000)
    categories = window.screens["categories"]
    title = categories.header.title_label.text()  # type: ignore[union-attr]
    assert speaker.langs()[0] == {lang}
    assert flat(title) in speaker.texts()[0]
    tile = next(iter(categories.tiles.values()))  # type: ignore[attr-defined]
    assert tile.text() in speaker.texts()[0], "the choices are read"
    for name in ("card", "priority", "counter"):
        before = len(speaker.said)
        go_to(window, name, lang)
        qtbot.waitUntil(lambda: len(speaker.said) > before, timeout=3000)  # noqa: B023
        text = speaker.texts()[-1]
        assert speaker.langs()[-1] == {lang}
        screen = window.screens[name]
        assert flat(screen.header.title_label.text()) in text  # type: ignore[union-attr]
        assert text == screen.spoken_text()
        if name == "priority":
            assert flat(screen.buttons["none"].text()) in text  # type: ignore[attr-defined]


def test_the_welcome_and_language_screens_speak_each_language_in_its_voice(
        window: MainWindow, qtbot: QtBot, speaker: RecordingSpeaker) -> None:
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=3000)  # before the next touch
    # the demo kiosk's eight languages, less Tamazight, which has no voice yet
    voiced = ["ar", "fr", "en", "es", "nl", "de", "it"]
    assert [part.lang for part in speaker.said[0]] == voiced
    assert "Touchez l'écran pour commencer" in speaker.texts()[0]
    click(qtbot, window.screens["welcome"])
    qtbot.waitUntil(lambda: len(speaker.said) == 2, timeout=3000)
    parts = [(p.text, p.lang) for p in speaker.said[1]]
    # Tamazight is named aloud in an Arabic voice, straight after Arabic
    assert [lang for _text, lang in parts] == ["ar", "ar", *voiced[1:]]
    assert parts[0] == ("اختر لغتك. العربية.", "ar")
    assert parts[2:4] == [("Choisissez votre langue. Français.", "fr"),
                          ("Choose your language. English.", "en")]


def test_a_new_screen_cuts_off_the_last_one(qtbot: QtBot, tmp_path: Path) -> None:
    speaker = RecordingSpeaker(hold=True)
    window = open_window(qtbot, kiosk_with(tmp_path, speaker))
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=3000)
    assert window.accessibility.speaking
    window.screens["card"].header.backRequested.emit()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(speaker.said) == 2 and speaker.stopped[:1] == [True],
                    timeout=3000)
    assert "Touchez le service" in speaker.texts()[1]
    # a touch anywhere (5.1.3.5) stops the voice too
    qtbot.mousePress(window.screens["services"].body, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: speaker.stopped == [True, True], timeout=3000)
    assert not window.accessibility.speaking
    # Repeat reads the screen again; Volume, louder
    click(qtbot, bar(window).repeat)
    qtbot.waitUntil(lambda: len(speaker.said) == 3, timeout=3000)
    assert speaker.texts()[2] == speaker.texts()[1]
    click(qtbot, bar(window).volume)
    qtbot.waitUntil(lambda: len(speaker.said) == 4, timeout=3000)
    assert speaker.volumes[-1] == VOLUME_STEPS[1] > speaker.volumes[0]
    speaker.release.set()


def test_listening_is_not_walking_away(qtbot: QtBot, tmp_path: Path) -> None:
    speaker = RecordingSpeaker(hold=True)
    window = open_window(qtbot, kiosk_with(tmp_path, speaker, walk_away_s=1))
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=3000)
    with qtbot.assertNotEmitted(window.overlay.expired, wait=2500):
        pass
    assert not window.overlay.isVisible() and window.current == "card"
    speaker.release.set()  # the card has been read: now the idle time counts
    qtbot.waitUntil(window.overlay.isVisible, timeout=5000)
    # the "need more time?" question is read out too
    qtbot.waitUntil(lambda: flat(window.overlay.question.text()) in speaker.last(),
                    timeout=3000)


def test_nothing_typed_is_ever_spoken_or_logged(window: MainWindow, qtbot: QtBot,
                                               speaker: RecordingSpeaker,
                                               caplog: pytest.LogCaptureFixture) -> None:
    tap_through_to(window, qtbot, "fr", "travel", "passport")  # (its CNIE is required)
    click(qtbot, bar(window).voice)
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["notice"].accept)  # type: ignore[attr-defined]
    details = window.screens["details"]
    field = details.inputs["full_name"]  # type: ignore[attr-defined]
    assert isinstance(field, QLineEdit)
    field.setText(NAME)
    click(qtbot, details.next_button)  # type: ignore[attr-defined]  # the CNIE is missing
    qtbot.waitUntil(lambda: speaker.last() == details.spoken_news(), timeout=3000)
    error = details.errors["cnie"].text()  # type: ignore[attr-defined]
    assert flat(error) in speaker.last() and "CNIE" in speaker.last()
    cnie = details.inputs["cnie"]  # type: ignore[attr-defined]
    assert isinstance(cnie, QLineEdit)
    cnie.setText("AB123456")
    click(qtbot, details.next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
    assert window.current == "confirm"
    qtbot.waitUntil(lambda: "Nom et prénom" in speaker.last(), timeout=3000)
    assert NAME in window.screens["confirm"].summary.text()  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.ticketIssued, timeout=20000):
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    ticket = window.screens["ticket"]
    number = ticket.number.text()  # type: ignore[attr-defined]
    spelled = ", ".join(c for c in number if c.isalnum())
    qtbot.waitUntil(lambda: spelled in speaker.last(), timeout=3000)
    assert "Attente estimée" in speaker.last()
    for text in speaker.texts():
        assert NAME not in text and "AB123456" not in text and "Amina" not in text
    assert NAME not in caplog.text and "AB123456" not in caplog.text


def test_tamazight_has_no_voice_and_the_visitor_is_told(qtbot: QtBot, tmp_path: Path,
                                                       speaker: RecordingSpeaker) -> None:
    window = open_window(qtbot, kiosk_with(tmp_path, speaker, languages=("ar", "zgh", "fr")))
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=3000)  # before the next touch
    click(qtbot, window.screens["welcome"])
    qtbot.waitUntil(lambda: len(speaker.said) == 2, timeout=3000)
    assert ("تامازيغت", "ar") in [(p.text, p.lang) for p in speaker.said[1]]
    click(qtbot, window.screens["language"].buttons["zgh"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(speaker.said) == 3, timeout=3000)
    notice = [(p.text, p.lang) for p in speaker.said[2]]
    assert notice == [(NO_VOICE_NOTICE["ar"], "ar"), (NO_VOICE_NOTICE["fr"], "fr")]
    assert bar(window).note.isVisible() and bar(window).note.text()
    go_to(window, "services")
    qtbot.wait(200)
    assert len(speaker.said) == 3, "told once, then silence: no Arabic voice for Tifinagh"


@pytest.mark.parametrize("voice", ["missing", "no audio"])
def test_a_kiosk_without_voice_says_so(qtbot: QtBot, tmp_path: Path, voice: str) -> None:
    speaker = SilentSpeaker() if voice == "missing" else FailingSpeaker()
    window = open_window(qtbot, kiosk_with(tmp_path, speaker))
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    click(qtbot, bar(window).voice)
    qtbot.waitUntil(lambda: bar(window).note.isVisible(), timeout=3000)
    assert not window.accessibility.state.voice and not bar(window).voice.is_on()
    assert bar(window).voice.property("unavailable") == "true"
    assert bar(window).note.text()
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    assert not bar(window).voice.is_on() and not window.accessibility.state.voice
