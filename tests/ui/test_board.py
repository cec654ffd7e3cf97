"""The call board: what it shows, what it announces, and how it rides out a lost queue.

The queue is :class:`tests.ui.board_samples.MemoryQueue`, an in-memory
:class:`~kiosk.domain.ports.QueueSource` whose tickets are real ``QueueTicket`` objects
moved by the domain's own rules; the catalog and group names are the shipped catalog's.
What the board hands to its announcer is recorded by :class:`Heard` (an announcer that
remembers); one test plays through the real :class:`~kiosk.devices.announcer.Announcer`
(real espeak-ng, a stand-in ``aplay``: there is no sound card here).

The board reads on its own every 2 s in real use; here the interval is an hour and each
test asks for the reads it needs (:func:`read`), so nothing depends on timing.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.catalog_loader import load_catalog
from kiosk.compose import build_kiosk
from kiosk.config import Config, SiteConfig
from kiosk.devices.announcer import Announcer, Call, SilentAnnouncer, french_words
from kiosk.domain import queue
from kiosk.domain.catalog import Catalog
from kiosk.domain.queue import QueueSnapshot
from kiosk.domain.request import NewRequest
from kiosk.errors import HallUnreachable, StorageUnavailable
from kiosk.sync.hall_queue import HallError
from kiosk.ui.board import calls as board_calls
from kiosk.ui.board import style, texts
from kiosk.ui.board.app import board_settings
from kiosk.ui.board.current import ARROW
from kiosk.ui.board.labels import BiLabel
from kiosk.ui.board.textrow import TextRow
from kiosk.ui.board.window import BoardSettings, BoardWindow
from kiosk.ui.fonts import load_fonts, ui_font
from kiosk.ui.theme import contrast_ratio
from tests.devices.test_announcer import render, samples
from tests.ui.board_samples import SITE, SITE_NAME, Clock, MemoryQueue, hall_morning, local
from tests.ui.test_fonts import Text, glyph_problems
from tests.ui.test_layout_checks import cut_by_parent, label_clip, shown

DAY = date(2025, 8, 11)  # the day after the national day of Moroccans living abroad
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Heard:
    """An announcer that remembers what it was handed (a CallAnnouncer)."""

    def __init__(self, available: bool = True, problem: str | None = None) -> None:
        self.calls: list[Call] = []
        self.available = available
        self.problem = problem
        self.closed = False

    def announce(self, call: Call) -> None:
        self.calls.append(call)

    def wait_idle(self, timeout: float) -> bool:
        return True

    def close(self, timeout: float = 5.0) -> None:
        self.closed = True


@dataclasses.dataclass
class Board:
    window: BoardWindow
    source: MemoryQueue
    clock: Clock
    heard: Heard
    bot: QtBot

    def read(self) -> None:
        """One read of the queue, waited for."""
        read(self.bot, self.window)

    def at(self, hour: int, minute: int, second: int = 0) -> datetime:
        """Set the clock; the time."""
        self.clock.time = local(DAY, hour, minute, second)
        return self.clock.time


def read(bot: QtBot, window: BoardWindow) -> None:
    window.poller.poll()
    bot.waitUntil(lambda: not window.poller.reading, timeout=5000)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None)


def settings_for(catalog: Catalog) -> BoardSettings:
    config = Config(site=SiteConfig(name=SITE_NAME, code=SITE, context="hall", counters=3))
    return dataclasses.replace(board_settings(config, catalog), poll_ms=3_600_000)


def make_board(bot: QtBot, catalog: Catalog, announcer: object | None = None,
               size: tuple[int, int] = (1920, 1080)) -> Board:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    load_fonts()
    app.setFont(ui_font(20))
    clock = Clock(local(DAY, 9, 41, 20))
    source = MemoryQueue(clock)
    hall_morning(source, DAY)
    heard = Heard()
    window = BoardWindow(settings_for(catalog), source, announcer or heard,  # type: ignore[arg-type]
                         clock)
    bot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start()
    bot.waitUntil(lambda: window.snapshot is not None, timeout=5000)
    return Board(window, source, clock, heard, bot)


@pytest.fixture
def board(qtbot: QtBot, catalog: Catalog) -> Iterator[Board]:
    made = make_board(qtbot, catalog)
    yield made
    made.window.stop()


# --- calls ------------------------------------------------------------------------------


def test_the_first_snapshot_is_shown_and_not_announced(board: Board) -> None:
    window = board.window
    assert window.current.shown() == [("C-014", "1"), ("J-002", "3"), ("V-005", "2")]
    assert window.current.hero.texts == ("C-014", ARROW, "1") and window.current.hero.lit
    assert not window.current.empty.isVisible()
    assert board.heard.calls == [] and not window.blinking
    assert not window.banner.isVisible()
    assert board.source.threads and all(t is not threading.main_thread()
                                        for t in board.source.threads)


def test_a_new_call_shows_big_blinks_and_is_announced_once(board: Board) -> None:
    window = board.window
    board.source.serve("V-005", board.at(9, 42), 2)
    board.source.call("V-006", board.at(9, 42, 10), 2)
    board.at(9, 42, 12)
    board.read()
    assert window.current.hero.texts == ("V-006", ARROW, "2")
    assert window.current.shown() == [("V-006", "2"), ("C-014", "1"), ("J-002", "3")]
    assert board.heard.calls == [Call("V-006", 2)]
    assert window.blinking
    board.read()
    board.read()
    assert board.heard.calls == [Call("V-006", 2)], "announced once, not at every read"
    board.bot.waitUntil(lambda: not window.blinking, timeout=10_000)
    assert window.current.hero.lit  # the newest call stays on amber


def test_a_recall_is_announced_again(board: Board) -> None:
    board.source.event(queue.TICKET_RECALLED, "J-002", board.at(9, 43), 3)
    board.read()
    assert board.heard.calls == [Call("J-002", 3)]
    assert board.window.current.hero.texts == ("J-002", ARROW, "3")
    board.source.event(queue.TICKET_RECALLED, "J-002", board.at(9, 44), 3)
    board.read()
    assert board.heard.calls == [Call("J-002", 3)] * 2


def test_calls_between_two_reads_are_announced_in_the_order_they_were_made(
        board: Board) -> None:
    source = board.source
    source.serve("J-002", board.at(9, 42), 3)
    source.serve("C-014", board.at(9, 42), 1)
    # made in this order at the counters; the source lists them the other way round
    source.call("C-015", local(DAY, 9, 42, 30), 1)
    source.call("J-003", local(DAY, 9, 42, 20), 3)
    board.at(9, 42, 40)
    board.read()
    assert board.heard.calls == [Call("J-003", 3), Call("C-015", 1)]
    assert board.window.current.shown()[0] == ("C-015", "1")


def test_the_last_six_calls_are_listed_newest_first(board: Board) -> None:
    assert board.window.recent.shown() == [
        ("C-014", "1", "09:41"), ("J-002", "3", "09:37"), ("V-005", "2", "09:35"),
        ("R-001", "3", "09:26"), ("C-013", "1", "09:21"), ("J-001", "3", "09:14")]
    board.source.serve("C-014", board.at(9, 45), 1)
    board.source.call("C-015", board.at(9, 46), 1)
    board.read()
    assert [row[0] for row in board.window.recent.shown()] == \
        ["C-015", "C-014", "J-002", "V-005", "R-001", "C-013"]


def test_each_group_has_its_row_with_the_number_served_and_the_wait(
        board: Board, catalog: Catalog) -> None:
    groups = board.window.groups
    assert [row[0] for row in groups.shown()] == ["C", "V", "J", "D", "A", "R"]  # catalog order
    assert groups.shown()[0] == ("C", "C-014", "5", "15")  # 5 waiting, 9 min each, 3 counters
    assert dict((g, (s, w)) for g, s, w, _e in groups.shown())["D"] == (texts.NOTHING, "2")
    snapshot = board.window.snapshot
    assert snapshot is not None
    for view, row in zip(snapshot.groups({g: 3 for g in "CVJDAR"}, "CVJDAR"), groups.shown(),
                         strict=True):
        assert row == (view.group, view.now_serving or texts.NOTHING, str(view.waiting),
                       texts.wait_text(view.waiting, view.estimated_wait_minutes))
    names = groups.rows["C"].name
    assert (names.ar.text(), names.fr.text()) == (catalog.groups["C"].names["ar"],
                                                  catalog.groups["C"].names["fr"])


def test_a_group_with_nobody_waiting_shows_no_wait(board: Board) -> None:
    board.source.serve("A-001", board.at(9, 50), 2)  # served without a call: the rules allow it
    board.read()
    assert dict((g, (w, e)) for g, _s, w, e in board.window.groups.shown())["A"] == \
        ("0", texts.NOTHING)


def test_no_call_yet_says_so(qtbot: QtBot, catalog: Catalog) -> None:
    made = make_board(qtbot, catalog)
    made.source.tickets = {n: t for n, t in made.source.tickets.items() if t.state == "waiting"}
    made.read()
    assert made.window.current.empty.isVisible() and made.window.current.shown() == []
    assert made.window.recent.shown() == []
    made.window.stop()


# --- the queue cannot be read ------------------------------------------------------------


def test_a_lost_hall_server_shows_the_banner_and_keeps_the_calls(board: Board) -> None:
    window = board.window
    before = (window.current.shown(), window.recent.shown(), window.groups.shown())
    board.source.failure = HallError("unreachable", "no route to host")  # as HallQueue says
    board.at(9, 44)
    board.read()
    assert window.banner.isVisible()
    assert window.banner.lost.fr.text() == \
        "Connexion au serveur de la salle perdue depuis 09:41"
    assert window.banner.lost.ar.text() == "انقطع الاتصال بخادم القاعة منذ 09:41"
    assert (window.current.shown(), window.recent.shown(), window.groups.shown()) == before
    board.at(9, 50)
    board.read()
    assert window.banner.lost.fr.text().endswith("09:41"), "since when it was lost, not now"
    assert board.heard.calls == []


def test_the_board_recovers_by_itself_and_announces_what_it_missed(board: Board) -> None:
    source, window = board.source, board.window
    source.failure = HallUnreachable("timed out")
    board.at(9, 42)
    board.read()
    source.serve("J-002", board.at(9, 42, 30), 3)
    source.call("J-003", local(DAY, 9, 42, 40), 3)  # made while the board could not see
    source.serve("C-014", board.at(9, 42, 50), 1)
    source.call("C-015", local(DAY, 9, 43), 1)
    source.failure = None
    board.at(9, 44, 50)  # J-003's call is 2 min 10 s old by now: shown, not announced
    board.read()
    assert not window.banner.isVisible() and window.lost_since is None
    assert window.current.shown()[:2] == [("C-015", "1"), ("J-003", "3")]
    assert board.heard.calls == [Call("C-015", 1)]


def test_a_stale_copy_from_the_hall_server_is_shown_under_the_banner(board: Board) -> None:
    board.source.stale_as_of = local(DAY, 9, 40)
    board.at(9, 45)
    board.read()
    assert board.window.banner.isVisible()
    assert board.window.banner.lost.fr.text().endswith("depuis 09:40")
    board.source.stale_as_of = None
    board.read()
    assert not board.window.banner.isVisible()


def test_a_local_database_fault_says_the_queue_cannot_be_read(board: Board) -> None:
    board.source.failure = StorageUnavailable("disk I/O error")
    board.read()
    assert board.window.banner.lost.fr.text() == \
        "Lecture de la file d'attente impossible depuis 09:41"
    assert board.window.banner.lost.ar.text() == "تعذّرت قراءة قائمة الانتظار منذ 09:41"


def test_a_bug_in_the_source_is_logged_and_the_board_goes_on(
        board: Board, caplog: pytest.LogCaptureFixture) -> None:
    board.source.failure = ValueError("a bug of ours")
    board.read()
    assert board.window.banner.isVisible() and "ValueError" in caplog.text
    board.source.failure = None
    board.read()
    assert not board.window.banner.isVisible()


def test_a_slow_read_is_never_doubled(board: Board) -> None:
    reads = board.source.reads
    board.source.gate = threading.Event()
    board.window.poller.poll()
    board.window.poller.poll()
    board.window.poller.poll()
    assert board.window.poller.reading
    board.source.gate.set()
    board.bot.waitUntil(lambda: not board.window.poller.reading, timeout=5000)
    board.source.gate = None
    assert board.source.reads == reads + 1


# --- sound -------------------------------------------------------------------------------


@pytest.mark.parametrize(("announcer", "note"), [
    (SilentAnnouncer("aplay not installed (alsa-utils)"), texts.NO_SOUND),
    (Heard(available=True, problem="espeak-ng not installed: chime only"), texts.NO_VOICE),
    (Heard(), None),
], ids=["no-sound", "chime-only", "sound"])
def test_the_board_says_when_calls_cannot_be_heard(
        qtbot: QtBot, catalog: Catalog, announcer: object, note: texts.Pair | None) -> None:
    made = make_board(qtbot, catalog, announcer)
    footer = made.window.footer
    assert footer.note.isVisible() == (note is not None)
    if note is not None:
        assert (footer.note_ar.text(), footer.note_fr.text()) == note
    made.window.stop()


ESPEAK = shutil.which("espeak-ng")


@pytest.mark.skipif(ESPEAK is None and os.environ.get("JISR_REQUIRE_ESPEAK") != "1",
                    reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_a_call_is_heard_through_the_real_announcer(
        qtbot: QtBot, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Board, announcer and espeak-ng for real; only the sound card is a stand-in."""
    played = tmp_path / "played"
    played.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    player = bin_dir / "aplay"
    player.write_text(f'#!/bin/sh\nfor f; do :; done\ncp "$f" "{played}/$(ls {played} | '
                      f'wc -l)-$(basename "$f")"\n')
    player.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    announcer = Announcer(tmp_path / "sounds")
    try:
        made = make_board(qtbot, catalog, announcer)
        made.source.serve("V-005", made.at(9, 42), 2)
        made.source.call("V-006", made.at(9, 42, 10), 2)
        made.read()
        assert announcer.wait_idle(60) and announcer.problem is None
        names = sorted(p.name for p in played.iterdir())
        assert [n.split("-", 1)[1] for n in names] == \
            ["silence.wav", "chime.wav", "call-ar.wav", "call-fr.wav"]
        assert samples((played / names[-1]).read_bytes()) == \
            render(french_words(Call("V-006", 2)), "fr-fr")
        made.window.stop()
    finally:
        announcer.close()


# --- Arabic and French, glyphs, colours, fitting the screen --------------------------------


def test_every_arabic_label_reads_right_to_left_and_every_french_one_left_to_right(
        board: Board) -> None:
    board.source.failure = HallUnreachable("down")
    board.read()
    pairs = board.window.findChildren(BiLabel)
    assert len(pairs) > 10
    for pair in pairs:
        assert pair.ar.layoutDirection() == Qt.LayoutDirection.RightToLeft, pair.ar.text()
        assert pair.fr.layoutDirection() == Qt.LayoutDirection.LeftToRight, pair.fr.text()
    assert board.window.header.date_ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert board.window.header.date_ar.text() == "الاثنين 11 غشت 2025"  # Morocco's month name


def _glyphs(text: str, font: QFont, rtl: bool) -> tuple[list[int], list[bool]]:
    layout = QTextLayout(text, font)
    option = layout.textOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs: list[int] = []
    directions: list[bool] = []
    for run in layout.glyphRuns():
        glyphs += run.glyphIndexes()
        directions.append(run.isRightToLeft())
    return glyphs, directions


def test_arabic_is_shaped_joined_and_in_arabic_order(board: Board) -> None:
    board.source.failure = HallUnreachable("down")
    board.read()
    label = board.window.banner.lost.ar
    text = label.text()
    word = "الاتصال"
    joined, directions = _glyphs(word, label.font(), rtl=True)
    alone = [g for char in word for g in _glyphs(char, label.font(), rtl=True)[0]]
    assert all(directions) and joined != alone and joined != alone[::-1], \
        "the letters are joined (contextual forms), not drawn one by one"
    # right to left: the sentence starts at the right end and the time is at the left end
    layout = QTextLayout(text, label.font())
    option = layout.textOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    first_letter = cast(tuple[float, int], line.cursorToX(1))[0]
    time_at = cast(tuple[float, int], line.cursorToX(text.index("09:41")))[0]
    assert first_letter > time_at


def test_the_board_texts_have_their_glyphs(qapp: QApplication) -> None:
    load_fonts()
    font = ui_font(20)
    bold = QFont(font)
    bold.setBold(True)
    items = [Text(f"texts.{name}.{lang}", getattr(pair, lang))
             for name, pair in texts.ALL.items() for lang in ("ar", "fr")]
    items += [Text("arrow, dash, dot", f"{ARROW} {texts.NOTHING} ·")]
    items += [Text("time in the banner", texts.HALL_LOST.format(time="09:41").ar)]
    problems = [p for item in items for p in glyph_problems(item, font, bold)]
    assert not problems, "\n".join(problems)


def test_every_text_pair_is_at_least_7_to_1() -> None:
    for text, ground in style.TEXT_PAIRS:
        assert contrast_ratio(text, ground) >= 7, (text, ground)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
@pytest.mark.parametrize("lost", [False, True], ids=["online", "offline"])
def test_the_board_fits_the_screen_with_nothing_cut(
        qtbot: QtBot, catalog: Catalog, size: tuple[int, int], lost: bool) -> None:
    made = make_board(qtbot, catalog, SilentAnnouncer("no sound card"), size)
    if lost:
        made.source.failure = HallUnreachable("down")
        made.read()
    window = made.window
    qtbot.waitUntil(lambda: window.current.hero.drawn_px > 0, timeout=5000)
    assert (window.width(), window.height()) == size, "the board grew past the screen"
    problems = []
    for widget in shown(window):
        if isinstance(widget, QLabel) and (why := label_clip(widget)):
            problems.append(f"{widget.text()!r}: {why}")
        if (parent := cut_by_parent(widget, window)) is not None:
            problems.append(f"{type(widget).__name__} {getattr(widget, 'texts', '')} "
                            f"cut by {type(parent).__name__}")
    assert not problems, "\n".join(problems)
    scale = size[1] / 1080
    rows = [w for w in window.findChildren(TextRow) if w.isVisible()]
    for row in rows:
        font = QFont(row.font())
        for column, box, text in zip(row.columns, row.boxes(), row.texts, strict=True):
            font.setBold(column.bold)
            font.setPixelSize(max(1, round(row.drawn_px * column.size)))
            assert QFontMetricsF(font).horizontalAdvance(text) <= box.width() + 1, text
    # large enough to read across the hall: at 1920x1080 online, the newest call at
    # 130 px or more (capitals about 6 cm high on a 55-inch screen), the other calls at
    # 80 px (3.6 cm), the last calls at 50 px (2.3 cm); less with the banner, and in
    # proportion at 1280x720
    hero, others, last = (130, 80, 50) if not lost else (100, 60, 40)
    factor = scale if scale == 1 else scale * 0.8  # fixed lines weigh more on a small screen
    assert window.current.hero.drawn_px >= hero * factor
    assert all(row.drawn_px >= others * factor for row in window.current.rows[1:] if row.ticket)
    assert all(row.drawn_px >= last * factor for row in window.recent.rows if row.texts[0])
    window.stop()


# --- the rule for what is new (plain Python) -----------------------------------------------


def _snap(source: MemoryQueue, at: datetime, day: date = DAY) -> QueueSnapshot:
    source.clock.time = at
    return source.snapshot(day)


def test_new_calls_rules() -> None:
    clock = Clock(local(DAY, 9, 41, 20))
    source = MemoryQueue(clock)
    hall_morning(source, DAY)
    first = _snap(source, local(DAY, 9, 41, 20))
    assert board_calls.new_calls(None, first) == []  # the first look announces nothing
    assert board_calls.numbers(board_calls.current_calls(first)) == ["C-014", "J-002", "V-005"]
    source.serve("C-014", local(DAY, 9, 42), 1)
    source.call("C-015", local(DAY, 9, 42, 5), 1)
    second = _snap(source, local(DAY, 9, 42, 6))
    assert board_calls.numbers(board_calls.new_calls(first, second)) == ["C-015"]
    assert board_calls.new_calls(second, second) == []
    # a ticket transferred back to waiting, then called again, is a new call
    source.event(queue.TICKET_TRANSFERRED, "C-015", local(DAY, 9, 43), 1, to_group="V")
    source.call("C-015", local(DAY, 9, 44), 2)
    third = _snap(source, local(DAY, 9, 44, 1))
    assert board_calls.numbers(board_calls.new_calls(second, third)) == ["C-015"]
    # another day's first snapshot is a first look again
    tomorrow = DAY + timedelta(days=1)
    source.issue("C-001", "cnie", local(tomorrow, 8, 30))
    source.call("C-001", local(tomorrow, 8, 35), 1)
    next_day = _snap(source, local(tomorrow, 8, 35, 1), tomorrow)
    assert board_calls.new_calls(third, next_day) == []


# --- on a real SQLite file, with the counters' own use case --------------------------------


def test_the_board_on_this_pcs_database_announces_the_counters_calls(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The local QueueSource (the kiosk's SQLite file), tickets issued by the kiosk's own
    desk and called by the counters' desk (``kiosk queue call``'s code path)."""
    kiosk = build_kiosk(tmp_path / "data")
    for service in ("birth_certificate", "birth_certificate", "passport"):
        kiosk.desk.issue(NewRequest(service, "fr"))
    counters = kiosk.queue_desk()
    counters.call_next(1, ["C"])
    heard = Heard()
    settings = dataclasses.replace(board_settings(kiosk.config, kiosk.catalog),
                                   poll_ms=3_600_000)
    window = BoardWindow(settings, kiosk.queue_source(), heard, kiosk.desk.clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=5000)
    assert window.current.shown() == [("C-001", "1")] and heard.calls == []
    counters.call_next(2, ["V"])
    read(qtbot, window)
    assert heard.calls == [Call("V-001", 2)]
    assert window.current.shown() == [("V-001", "2"), ("C-001", "1")]
    counters.recall("C-001", 1)
    read(qtbot, window)
    assert heard.calls == [Call("V-001", 2), Call("C-001", 1)]
    assert dict((g, (s, w)) for g, s, w, _e in window.groups.shown())["C"] == ("C-001", "1")
    window.stop()


def test_kiosk_board_starts_and_shows_its_first_frame(tmp_path: Path) -> None:
    """``kiosk board --windowed --exit-after-start`` on a fresh data directory, in a
    process of its own."""
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data"), "board",
         "--windowed", "--exit-after-start"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert re.fullmatch(r"first frame after \d+ ms\n", run.stdout)
    assert (tmp_path / "data" / "sounds" / "chime.wav").is_file()
