"""Staff access and the sync panel: the hidden gesture, the PIN pad, and the panel over a
real sync worker (``SyncRunner``) and a real store.

The kiosk is the demo site (Arabic first, so the welcome screen is right to left and
its staff corner is the top left).  The PIN is a real argon2id hash.  The worker talks
to a loopback port nobody listens on (offline, "unreachable"), or to the reference
server (``tests/support/server.py``) for the online case.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk import __version__, paths
from kiosk.compose import Kiosk, build_kiosk, ensure_demo_config
from kiosk.config import StaffConfig, SyncConfig
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
from kiosk.keys import public_key_pem
from kiosk.staff import PinAttempts, hash_pin, set_pin_hash
from kiosk.sync.enrolment import Enrolment, enrol, save_enrolment
from kiosk.sync.runner import SyncRunner
from kiosk.sync.status import ERROR_CODES, OFFLINE, ONLINE
from kiosk.ui.app import run_kiosk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.staff_sync import StaffSyncScreen
from kiosk.ui.staff_gesture import CORNER_PX, LONG_PRESS_MS, in_staff_corner
from kiosk.ui.sync_words import error_sentence, next_try, when
from kiosk.ui.widgets.dead_letters import DeadLetterRow
from tests.support.server import free_port, start_server
from tests.ui.kiosk_helpers import click, make_window

PIN = "2468"
PIN_HASH = hash_pin(PIN)
#: one quick try, then a long wait (no jitter): only "Sync now" makes a second try soon
PATIENT = SyncConfig(connect_timeout_s=1, read_timeout_s=5, backoff_base_s=600,
                     backoff_cap_s=600, probe_interval_s=1)
VISITOR = {"full_name": "Amina El Idrissi", "cnie": "AB123456"}


def staff_kiosk(data: Path, *, pin: bool = True, **kiosk_settings: object) -> Kiosk:
    """The demo kiosk with the staff PIN 2468 (or none), tap guard off."""
    ensure_demo_config(data)
    if pin:
        set_pin_hash(paths.config_path(data), PIN_HASH)
    kiosk = build_kiosk(data)
    settings = {"tap_guard_ms": 0, **kiosk_settings}
    kiosk.config = dataclasses.replace(
        kiosk.config, kiosk=dataclasses.replace(kiosk.config.kiosk, **settings))  # type: ignore[arg-type]
    if not pin:
        kiosk.config = dataclasses.replace(kiosk.config, staff=StaffConfig(pin_hash=""))
    return kiosk


def enrol_offline(kiosk: Kiosk) -> str:
    """Enrol the kiosk (as `kiosk enrol` would leave it) at a loopback port nobody
    listens on; give it a worker with :data:`PATIENT` settings.  Returns the address."""
    url = f"http://127.0.0.1:{free_port()}"
    centre = ed25519.Ed25519PrivateKey.generate()
    save_enrolment(kiosk.data_dir, Enrolment(
        device_id="dev-test0001", credential="dev-test0001.s3cr3t", server_url=url,
        site_code="TNG01", centre_key_pem=public_key_pem(centre.public_key()),
        install_id=kiosk.store.device_id, enrolled_at="2026-11-24T09:00:00+01:00"))
    kiosk.sync = SyncRunner(kiosk.data_dir, kiosk.store, PATIENT, rand=lambda: 1.0)
    return url


def issue_tickets(kiosk: Kiosk, how_many: int) -> None:
    """Tickets with a visitor's details: one outbox event each."""
    for _ in range(how_many):
        kiosk.desk.issue(NewRequest("cnie", "fr", fields=VISITOR,
                                    consent_at=datetime.now().astimezone(),
                                    consent_version=PRIVACY_NOTICE_VERSION))


def make_dead_letter(kiosk: Kiosk) -> str:
    """The oldest pending event, refused by the centre (as a push reply would)."""
    event = kiosk.store.pending_outbox(1)[0]
    kiosk.store.apply_push_reply([], {event.event_id: "conflict: payload differs"},
                                 datetime.now().astimezone())
    return event.event_id


def outbox_status(kiosk: Kiosk, event_id: str) -> str:
    with sqlite3.connect(paths.database_path(kiosk.data_dir)) as db:
        (status,) = db.execute("SELECT status FROM outbox WHERE event_id = ?",
                               (event_id,)).fetchone()
    return str(status)


def tr(context: str, text: str, n: int = -1) -> str:
    """``text`` as the kiosk shows it now (the installed translator)."""
    return QCoreApplication.translate(context, text, None, n)


def pin_screen(window: MainWindow) -> StaffPinScreen:
    screen = window.screens["staff_pin"]
    assert isinstance(screen, StaffPinScreen)
    return screen


def panel(window: MainWindow) -> StaffSyncScreen:
    screen = window.screens["staff_sync"]
    assert isinstance(screen, StaffSyncScreen)
    return screen


def type_pin(window: MainWindow, qtbot: QtBot, pin: str) -> None:
    pad = pin_screen(window).pad
    qtbot.waitUntil(lambda: pad.keys["0"].isEnabled(), timeout=15000)
    for digit in pin:
        click(qtbot, pad.keys[digit])
    click(qtbot, pad.keys["ok"])


def open_panel(window: MainWindow, qtbot: QtBot) -> StaffSyncScreen:
    """Through the front door: the gesture (five taps), then the PIN; returns once the
    panel shows a status (read off the UI thread when it opens)."""
    window.home()
    tap_corner(window, qtbot, 5, wide=True)
    qtbot.waitUntil(lambda: window.current == "staff_pin", timeout=3000)
    type_pin(window, qtbot, PIN)
    # the PIN is checked off the UI thread (argon2id, ~0.1 s alone, far more under load)
    qtbot.waitUntil(lambda: window.current == "staff_sync", timeout=20000)
    screen = panel(window)
    qtbot.waitUntil(lambda: screen.status is not None, timeout=5000)
    return screen


def corner(window: MainWindow) -> QPoint:
    """A point well inside the staff corner of the welcome screen."""
    welcome = window.screens["welcome"]
    rtl = welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return QPoint(20 if rtl else welcome.width() - 20, 20)


def tap_corner(window: MainWindow, qtbot: QtBot, times: int, wide: bool = False) -> None:
    """Quick taps in the staff corner.  ``wide``: for tests that only need the panel
    open (the timing rules have tests of their own below), a loaded CI machine must not
    turn a stalled tap into "touch to start", so the gesture's limits are widened."""
    if wide:
        gesture = window.screens["welcome"].gesture  # type: ignore[attr-defined]
        gesture.tap_max_ms = gesture.tap_gap_ms = 10_000
    for _ in range(times):
        qtbot.mouseClick(window.screens["welcome"], Qt.MouseButton.LeftButton,
                         pos=corner(window))
        qtbot.wait(60)


def dead_row(screen: StaffSyncScreen, qtbot: QtBot, event_id: str) -> DeadLetterRow:
    """The row of a dead letter, once it is listed and on screen."""
    rows = screen.dead_letters.rows
    qtbot.waitUntil(lambda: event_id in rows and rows[event_id].isVisible(), timeout=3000)
    return rows[event_id]


def in_english(window: MainWindow, qtbot: QtBot) -> None:
    """Staff press "English" (the screens re-translate on the next turn of the loop)."""
    header = panel(window).staff_header if window.current == "staff_sync" \
        else pin_screen(window).staff_header
    click(qtbot, header.languages["en"])
    qtbot.waitUntil(lambda: header.close_button.text() == "Close", timeout=2000)


def texts(widget: StaffSyncScreen) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    kiosk = staff_kiosk(tmp_path / "data", idle_timeout_s=30)
    yield kiosk
    kiosk.sync.stop()


# ----- the hidden gesture -----------------------------------------------------------
def test_the_staff_corner_is_at_the_end_of_the_reading_direction() -> None:
    from PySide6.QtCore import QSize
    size = QSize(1280, 800)
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert in_staff_corner(QPoint(5, 5), size, rtl)
    assert not in_staff_corner(QPoint(1275, 5), size, rtl)
    assert in_staff_corner(QPoint(1275, 5), size, ltr)
    assert not in_staff_corner(QPoint(5, 5), size, ltr)
    assert not in_staff_corner(QPoint(1275, CORNER_PX + 1), size, ltr)
    assert not in_staff_corner(QPoint(640, 5), size, ltr)
    assert LONG_PRESS_MS == 3000


def test_a_three_second_press_in_the_corner_opens_the_pin_pad(kiosk: Kiosk,
                                                              qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    welcome = window.screens["welcome"]
    assert welcome.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Arabic first
    qtbot.mousePress(welcome, Qt.MouseButton.LeftButton, pos=corner(window))
    qtbot.wait(2000)
    assert window.current == "welcome"  # not yet: nothing happens before 3 s
    qtbot.waitUntil(lambda: window.current == "staff_pin", timeout=3000)
    qtbot.mouseRelease(welcome, Qt.MouseButton.LeftButton, pos=corner(window))
    assert window.current == "staff_pin" and pin_screen(window).pad.pin() == ""


def test_a_short_tap_in_the_corner_starts_a_visit_not_the_pin_pad(kiosk: Kiosk,
                                                                 qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    tap_corner(window, qtbot, 1)
    assert window.current == "welcome"  # waiting to see whether more taps follow
    qtbot.waitUntil(lambda: window.current == "language", timeout=2000)
    window.home()
    tap_corner(window, qtbot, 4)  # four taps are not five
    qtbot.waitUntil(lambda: window.current == "language", timeout=2000)
    window.home()
    # a touch held for a second is a visitor leaning on the glass, not the gesture
    qtbot.mousePress(window.screens["welcome"], Qt.MouseButton.LeftButton, pos=corner(window))
    qtbot.wait(1000)
    qtbot.mouseRelease(window.screens["welcome"], Qt.MouseButton.LeftButton,
                       pos=corner(window))
    assert window.current == "language"


def test_five_quick_taps_in_the_corner_open_the_pin_pad(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    tap_corner(window, qtbot, 5)
    assert window.current == "staff_pin"


def test_the_other_corner_is_an_ordinary_touch(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    welcome = window.screens["welcome"]
    for _ in range(5):  # top right, in Arabic: the start of the line
        qtbot.mouseClick(welcome, Qt.MouseButton.LeftButton, pos=QPoint(welcome.width() - 20, 20))
    assert window.current == "language"


def test_left_to_right_the_corner_is_the_top_right(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = staff_kiosk(tmp_path / "data", languages=("fr", "ar", "en"))
    window = make_window(qtbot, kiosk)
    assert window.screens["welcome"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    tap_corner(window, qtbot, 5)
    assert window.current == "staff_pin"


# ----- the PIN pad ------------------------------------------------------------------
def test_the_pad_has_big_unmirrored_keys_and_shows_only_dots(kiosk: Kiosk,
                                                             qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    window.open_staff()
    pad = pin_screen(window).pad
    assert window.current == "staff_pin"
    for key in pad.keys.values():  # 15 mm at 96 dpi is 57 px
        assert key.width() >= 57 and key.height() >= 57
    assert pad.layoutDirection() == Qt.LayoutDirection.LeftToRight  # 1 2 3, as on a phone
    assert pad.keys["1"].x() < pad.keys["3"].x()
    for digit in "2468":
        click(qtbot, pad.keys[digit])
    assert pad.dots.text() == "● ● ● ●" and "2" not in pad.dots.text()
    click(qtbot, pad.keys["delete"])
    assert pad.pin() == "246"
    window.home()
    assert pad.pin() == ""  # nothing typed survives going home


def test_a_wrong_pin_is_refused_with_a_clear_message(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    window.open_staff()
    screen = pin_screen(window)
    type_pin(window, qtbot, "1357")
    qtbot.waitUntil(lambda: screen.banner.level() == "error", timeout=5000)
    assert window.current == "staff_pin"
    assert screen.banner.message() == tr(
        "OldPinPad", "Wrong PIN. Tries left before a one-minute pause: %1.").replace(
        "%1", "4")
    assert screen.banner.message().startswith("القن السري غير صحيح")  # in Arabic
    assert screen.pad.pin() == ""


def test_five_wrong_pins_pause_the_pad_for_a_minute(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    window.open_staff()
    screen = pin_screen(window)
    clock = [1000.0]
    screen.attempts = PinAttempts(clock=lambda: clock[0])
    for _ in range(5):
        type_pin(window, qtbot, "1357")
        qtbot.waitUntil(lambda: not screen._checking, timeout=5000)
    in_english(window, qtbot)
    qtbot.waitUntil(lambda: "Too many wrong PINs" in screen.banner.message(), timeout=2000)
    assert "try again in 60 s." in screen.banner.message()
    assert not screen.pad.keys["2"].isEnabled() and not screen.pad.keys["ok"].isEnabled()
    # leaving and coming back does not lift the pause
    window.home()
    tap_corner(window, qtbot, 5)
    assert window.current == "staff_pin" and not screen.pad.keys["2"].isEnabled()
    clock[0] += 60
    qtbot.waitUntil(lambda: screen.pad.keys["2"].isEnabled(), timeout=3000)
    type_pin(window, qtbot, PIN)
    qtbot.waitUntil(lambda: window.current == "staff_sync", timeout=5000)


def test_the_right_pin_opens_the_panel(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    open_panel(window, qtbot)
    assert window.current == "staff_sync"
    assert pin_screen(window).attempts.tries_left == 5


def test_without_a_pin_the_pad_says_how_to_set_one(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = staff_kiosk(tmp_path / "data", pin=False)
    window = make_window(qtbot, kiosk)
    window.set_language("fr")
    window.open_staff()
    screen = pin_screen(window)
    assert "kiosk staff-pin" in screen.banner.message()
    assert screen.banner.message().startswith("L'accès du personnel n'est pas configuré")
    assert not any(key.isEnabled() for key in screen.pad.keys.values())


# ----- the panel over a real worker -------------------------------------------------
def test_offline_panel_shows_the_queue_the_error_and_the_dead_letter(kiosk: Kiosk,
                                                                    qtbot: QtBot) -> None:
    url = enrol_offline(kiosk)
    issue_tickets(kiosk, 3)
    dead_id = make_dead_letter(kiosk)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)  # before the worker runs: no error yet
    assert screen.values["pending"].text() == "2" and screen.values["dead"].text() == "1"
    assert screen.values["last_success"].text() == tr("StaffSyncScreen", "Never")
    kiosk.sync.start()
    # the worker's own report arrives (queued to the UI thread): no reopening needed
    qtbot.waitUntil(lambda: screen.error_label.isVisible(), timeout=10_000)
    window.set_language("fr")
    qtbot.waitUntil(lambda: screen.state_label.text() == "Hors ligne", timeout=2000)
    assert screen.state_box.property("state") == OFFLINE
    assert screen.error_label.text() == ("Dernière erreur\u00a0: Le centre est injoignable. "
                                         "Vérifiez le câble réseau ou le Wi-Fi.")
    assert screen.values["pending"].text() == "2"
    assert screen.values["server"].text() == url
    assert screen.values["device"].text() == "dev-test0001"
    assert screen.values["last_attempt"].text().startswith("Aujourd'hui à ")
    assert screen.values["next_try"].text().startswith("dans 10\u00a0min (")
    row = dead_row(screen, qtbot, dead_id)
    assert "request.created" in row.title.text() and "n°1" in row.title.text()
    assert "conflict: payload differs" in row.reason.text()
    shown = texts(screen)
    assert VISITOR["full_name"] not in shown and VISITOR["cnie"] not in shown  # no payload


def test_discard_asks_first_and_keeps_the_event_as_discarded(kiosk: Kiosk,
                                                            qtbot: QtBot) -> None:
    enrol_offline(kiosk)
    issue_tickets(kiosk, 2)
    dead_id = make_dead_letter(kiosk)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)
    row = dead_row(screen, qtbot, dead_id)
    click(qtbot, row.discard)
    assert row.asking.isVisible() and outbox_status(kiosk, dead_id) == "dead"
    click(qtbot, row.keep)  # changed their mind
    assert not row.asking.isVisible() and outbox_status(kiosk, dead_id) == "dead"
    click(qtbot, row.discard)
    click(qtbot, row.confirm)
    qtbot.waitUntil(lambda: dead_id not in screen.dead_letters.rows, timeout=5000)
    assert outbox_status(kiosk, dead_id) == "discarded"  # never deleted
    assert screen.dead_letters.feedback.text() == tr(
        "StaffSyncScreen", "Event No. %1 was discarded. It stays recorded on this kiosk."
    ).replace("%1", "1")
    qtbot.waitUntil(lambda: screen.values["dead"].text() == "0", timeout=3000)


def test_retry_puts_the_dead_letter_back_in_the_queue(kiosk: Kiosk, qtbot: QtBot) -> None:
    enrol_offline(kiosk)
    issue_tickets(kiosk, 2)
    dead_id = make_dead_letter(kiosk)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)
    click(qtbot, dead_row(screen, qtbot, dead_id).retry)
    qtbot.waitUntil(lambda: dead_id not in screen.dead_letters.rows, timeout=5000)
    assert outbox_status(kiosk, dead_id) == "pending"
    qtbot.waitUntil(lambda: screen.values["pending"].text() == "2", timeout=3000)


def test_sync_now_makes_the_worker_try_at_once(kiosk: Kiosk, qtbot: QtBot) -> None:
    enrol_offline(kiosk)
    issue_tickets(kiosk, 1)
    kiosk.sync.start()
    first = None
    for _ in range(100):
        first = kiosk.sync.status()
        if first.last_error == "unreachable":
            break
        qtbot.wait(100)
    assert first is not None and first.last_error == "unreachable"
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)
    in_english(window, qtbot)
    # the next try is ten minutes away: only Sync now can make one happen in this test
    assert screen.values["next_try"].text().startswith("in 10 min (")
    click(qtbot, screen.sync_now)
    assert screen.feedback.text() == "Trying now…" and not screen.sync_now.isEnabled()
    qtbot.waitUntil(lambda: screen.feedback.text() == "That try did not work.", timeout=10_000)
    assert kiosk.sync.status().last_attempt_at != first.last_attempt_at
    assert screen.sync_now.isEnabled()


def test_the_panel_is_arabic_and_mirrored(kiosk: Kiosk, qtbot: QtBot) -> None:
    enrol_offline(kiosk)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)  # the kiosk's first language: Arabic
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.staff_header.title_label.text() == "المزامنة مع المركز"
    assert screen.state_label.text() == "غير متصل"
    assert screen.captions["pending"].text() == "عمليات في انتظار الإرسال"
    # the status column is on the right, the refused events on the left; the close
    # button at the left end of the bar
    assert screen.state_box.mapTo(screen, QPoint(0, 0)).x() > \
        screen.dead_letters.scroll_area.mapTo(screen, QPoint(0, 0)).x()
    close = screen.staff_header.close_button
    assert close.mapTo(screen, QPoint(0, 0)).x() < screen.width() / 2
    # an address stays left to right inside the Arabic panel
    assert screen.values["server"].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_error_code_has_its_own_words(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    for lang in ("en", "fr", "ar"):
        window.set_language(lang)
        sentences = {code: error_sentence(code) for code in ERROR_CODES}
        assert len(set(sentences.values())) == len(ERROR_CODES), lang
        unknown = error_sentence("no-such-code")  # the words for a code nobody wrote
        assert all(text != unknown.replace("no-such-code", code)
                   for code, text in sentences.items()), lang
    window.set_language("en")
    assert error_sentence("revoked") == "This device has been revoked. Call support."


def test_times_are_written_for_people_and_count_down(kiosk: Kiosk, qtbot: QtBot) -> None:
    enrol_offline(kiosk)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)
    in_english(window, qtbot)
    now = datetime.now().astimezone()
    assert when(None, now, "Never") == "Never"
    assert when(now.replace(hour=9, minute=5, second=3), now, "") == "Today at 09:05:03"
    assert when(datetime(2025, 3, 2, 18, 40, tzinfo=now.tzinfo), now, "") \
        == "2 March 2025 at 18:40"
    assert next_try(None, now) == "Not planned" and next_try(now, now) == "Now"
    soon = now + timedelta(seconds=45)
    assert next_try(soon, now) == f"in 45 s ({soon:%H:%M:%S})"
    assert next_try(now + timedelta(minutes=5), now).startswith("in 5 min (")
    assert screen.status is not None
    screen.status = dataclasses.replace(screen.status, state=OFFLINE,
                                        next_try_at=now + timedelta(seconds=30))
    qtbot.waitUntil(lambda: screen.values["next_try"].text().startswith("in 2"), timeout=4000)


def test_close_and_the_staff_idle_time_go_back_to_welcome(tmp_path: Path,
                                                         qtbot: QtBot) -> None:
    kiosk = staff_kiosk(tmp_path / "data", idle_grace_s=1)
    window = make_window(qtbot, kiosk)
    screen = open_panel(window, qtbot)
    click(qtbot, screen.staff_header.close_button)
    assert window.current == "welcome" and not window.idle.armed
    assert window.languages.lang == "ar"
    window.staff_idle_s = 1  # two minutes on a real kiosk
    screen = open_panel(window, qtbot)
    assert window.idle.seconds == 1 and screen.bridge.polling
    with qtbot.waitSignal(window.overlay.expired, timeout=6000):
        pass  # 1 s untouched, then the usual countdown of 1 s
    assert window.current == "welcome" and not screen.bridge.polling
    window.open_staff()
    assert window.idle.seconds == kiosk.config.kiosk.idle_timeout_s  # the pad: visitor time


def test_the_app_starts_the_worker_and_stops_it_at_exit(kiosk: Kiosk, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(kiosk.sync, "start", lambda: calls.append("start"))
    monkeypatch.setattr(kiosk.sync, "stop", lambda timeout=5.0: calls.append("stop"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_kiosk installs its own
    # the event loop itself is not run here: quitting it would stop the thread pool
    # the other UI tests use
    monkeypatch.setattr(QApplication, "exec", lambda *args: calls.append("exec") or 0)
    assert run_kiosk(kiosk, fullscreen=False) == 0
    assert calls == ["start", "exec", "stop"]
    for widget in QApplication.topLevelWidgets():  # give the event filters back
        if isinstance(widget, MainWindow):
            widget.close()


@pytest.mark.slow
def test_online_with_the_reference_server(tmp_path: Path, qtbot: QtBot) -> None:
    server = start_server(tmp_path / "centre")
    kiosk = staff_kiosk(tmp_path / "data")
    try:
        enrol(kiosk.data_dir, kiosk.store, PATIENT, server.url, server.enrol_code("TNG01"),
              __version__, datetime.now().astimezone())
        kiosk.sync = SyncRunner(kiosk.data_dir, kiosk.store, PATIENT, rand=lambda: 1.0)
        issue_tickets(kiosk, 2)
        kiosk.sync.start()
        window = make_window(qtbot, kiosk)
        screen = open_panel(window, qtbot)
        in_english(window, qtbot)
        qtbot.waitUntil(lambda: screen.values["pending"].text() == "0", timeout=15_000)
        assert screen.state_box.property("state") == ONLINE
        assert screen.state_label.text() == "Online" and not screen.error_label.isVisible()
        assert screen.values["last_success"].text().startswith("Today at ")
        click(qtbot, screen.sync_now)
        qtbot.waitUntil(lambda: screen.feedback.text() == "Sync worked.", timeout=15_000)
    finally:
        kiosk.sync.stop()
        server.stop()
