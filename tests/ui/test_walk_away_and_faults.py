"""A visitor who walks away, a printer that fails: what the next visitor and staff see."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk, build_kiosk, ensure_demo_config
from kiosk.ui.main_window import MainWindow
from tests.ui.kiosk_helpers import (
    click,
    demo_kiosk,
    make_window,
    tap_through_to,
)


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    # Seconds instead of a minute (the config file refuses values this small).
    return demo_kiosk(tmp_path / "data", idle_timeout_s=1, idle_grace_s=1, tap_guard_ms=0)


def start_details(window: MainWindow, qtbot: QtBot) -> QLineEdit:
    tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["notice"].accept)  # type: ignore[attr-defined]
    field = window.screens["details"].inputs["full_name"]  # type: ignore[attr-defined]
    assert isinstance(field, QLineEdit)
    field.setText("Amina El Idrissi")
    return field


def test_walking_away_asks_then_wipes_everything(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    start_details(window, qtbot)
    with qtbot.waitSignal(window.overlay.expired, timeout=5000):
        pass  # 1 s idle, then the "need more time?" countdown of 1 s
    assert window.current == "welcome"
    assert window.session.consent_at is None and window.session.service_id is None
    assert "Amina El Idrissi" not in "".join(e.text() for e in window.findChildren(QLineEdit))
    assert not window.overlay.isVisible()


@pytest.mark.parametrize("where", ["button", "shade"])
def test_asking_for_more_time_keeps_the_visit(kiosk: Kiosk, qtbot: QtBot, where: str) -> None:
    window = make_window(qtbot, kiosk)
    field = start_details(window, qtbot)
    qtbot.waitUntil(window.overlay.isVisible, timeout=3000)
    if where == "button":
        click(qtbot, window.overlay.button)
    else:  # a touch anywhere on the dimmed screen also says "I am here"
        qtbot.mouseClick(window.overlay, Qt.MouseButton.LeftButton, pos=window.overlay.rect()
                         .topLeft() + window.overlay.rect().center() / 8)
    assert not window.overlay.isVisible()
    # Longer than the grace period, shorter than idle + grace: the visit must survive.
    with qtbot.assertNotEmitted(window.overlay.expired, wait=1500):
        pass
    assert window.current == "details" and field.text() == "Amina El Idrissi"


def test_the_welcome_screen_never_times_out(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    qtbot.wait(1500)
    assert window.current == "welcome" and not window.overlay.isVisible()


def test_a_failed_print_still_shows_the_ticket_and_tells_staff(tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    data = tmp_path / "data"
    ensure_demo_config(data)
    config = data / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'kind = "pdf"', 'kind = "cups"\nqueue = "jisr_no_such_queue"').replace(
        "retention_days = 90", "retention_days = 90\ntap_guard_ms = 0"), encoding="utf-8")
    window = make_window(qtbot, build_kiosk(data))
    tap_through_to(window, qtbot, "ar", "complaints_info", "information")
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.ticketIssued, timeout=20000) as issued:
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    ticket = issued.args[0].ticket
    screen = window.screens["ticket"]
    assert window.current == "ticket"
    assert screen.number.text() == ticket.number  # type: ignore[attr-defined]
    assert screen.print_status.property("kind") == "error"  # type: ignore[attr-defined]
    with sqlite3.connect(data / "jisr.sqlite3") as db:
        assert db.execute("SELECT print_status FROM tickets").fetchall() == [("failed",)]
        types = [t for (t,) in db.execute("SELECT type FROM outbox ORDER BY seq")]
    assert types == ["request.created", "ticket.print_failed"]


def ask_for_information_ticket(window: MainWindow, qtbot: QtBot) -> None:
    tap_through_to(window, qtbot, "fr", "complaints_info", "information")
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]


def test_a_disk_that_cannot_be_written_sends_the_visitor_to_the_counter(
        kiosk: Kiosk, qtbot: QtBot) -> None:
    from sqlalchemy import event
    window = make_window(qtbot, kiosk)
    unwritable = {"on": True}

    def read_only(dbapi_connection: object, record: object, proxy: object) -> None:
        # SQLite refuses every write on this connection, as on a read-only disk
        # (chmod would not stop root, who runs CI).
        state = "ON" if unwritable["on"] else "OFF"
        dbapi_connection.execute(f"PRAGMA query_only={state}")  # type: ignore[attr-defined]

    event.listen(kiosk.store.engine, "checkout", read_only)
    ask_for_information_ticket(window, qtbot)
    with qtbot.waitSignal(window.ticketFailed, timeout=20000) as failed:
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    assert failed.args == ["environment"]
    assert window.current == "counter"
    assert kiosk.store.outbox_count(None) == 0
    assert kiosk.store.day_tickets(kiosk.desk.clock.now().date()) == []

    click(qtbot, window.screens["counter"].done)  # type: ignore[attr-defined]
    unwritable["on"] = False  # space returns: the next visitor is served
    ask_for_information_ticket(window, qtbot)
    with qtbot.waitSignal(window.ticketIssued, timeout=20000) as issued:
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    assert issued.args[0].ticket.number == "R-001"
    assert kiosk.store.outbox_count(None) == 1


def test_an_error_in_a_screen_starts_the_visit_over_without_logging_details(
        kiosk: Kiosk, qtbot: QtBot, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from kiosk.ui.app import install_crash_guard
    window = make_window(qtbot, kiosk)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_guard(window)
    start_details(window, qtbot)
    secret = "Amina El Idrissi"
    try:
        raise ValueError(secret)  # as a slot would, with a visitor's name in the message
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert window.current == "welcome" and window.session.fields == {}
    assert "ValueError" in caplog.text and secret not in caplog.text


def test_a_double_tap_does_not_accept_the_notice_unread(tmp_path: Path, qtbot: QtBot) -> None:
    data = tmp_path / "data"
    ensure_demo_config(data)  # the default tap guard (400 ms)
    window = make_window(qtbot, build_kiosk(data))
    window.session.lang = "fr"
    window.session.choose_service("cnie")
    window.show_screen("card")
    qtbot.wait(450)
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    assert window.current == "notice"
    click(qtbot, window.screens["notice"].accept)  # the same finger, a moment later
    assert window.current == "notice" and window.session.consent_at is None
    qtbot.wait(450)  # a deliberate touch, once the screen has settled
    click(qtbot, window.screens["notice"].accept)  # type: ignore[attr-defined]
    assert window.current == "details" and window.session.consent_at is not None
