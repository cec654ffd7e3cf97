"""The staff console over a real SQLite queue (``[queue] source = "local"``).

Real parts throughout: the kiosk built by the composition root on a fresh data
directory, tickets issued by ``TicketDesk.issue``, the real ``QueueDesk`` and its
outbox, the staff PIN checked (argon2id) in a worker.  The only stand-in is the absent
network: a queue source around the real local one that raises ``HallUnreachable`` when
told to, behind the same interface.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import paths
from kiosk.compose import Kiosk, build_kiosk
from kiosk.domain.ports import QueueSource
from kiosk.domain.queue import QueueSnapshot, RequestDetails
from kiosk.domain.request import NewRequest
from kiosk.errors import HallUnreachable
from kiosk.staff import hash_pin, set_pin_hash
from kiosk.ui.console.app import create_console
from kiosk.ui.console.window import ConsoleWindow
from tests.ui.kiosk_helpers import click

PIN = "2468"
PIN_HASH = hash_pin(PIN)
VISITOR = {"full_name": "Amina El Idrissi", "commune_of_birth": "Nador"}
SCAN = {"format": "jisr-prereg", "verdict": "bad_signature", "text": "JISR1:XYZ"}


class FlakySource:
    """The real local queue, cut off on demand (the hall network's stand-in)."""

    def __init__(self, inner: QueueSource) -> None:
        self.inner = inner
        self.down = False

    def snapshot(self, day: date) -> QueueSnapshot:
        if self.down:
            raise HallUnreachable("test: the hall server is cut off")
        return self.inner.snapshot(day)

    def details(self, request_id: str) -> RequestDetails | None:
        if self.down:
            raise HallUnreachable("test: the hall server is cut off")
        return self.inner.details(request_id)


def make_kiosk(data: Path, **queue: object) -> Kiosk:
    data.mkdir(parents=True, exist_ok=True)
    set_pin_hash(paths.config_path(data), PIN_HASH)
    kiosk = build_kiosk(data)
    if queue:
        kiosk.config = dataclasses.replace(
            kiosk.config, queue=dataclasses.replace(kiosk.config.queue, **queue))  # type: ignore[arg-type]
    return kiosk


def issue(kiosk: Kiosk, priority: str | None = None, **extra: object) -> str:
    return kiosk.desk.issue(NewRequest("birth_certificate", "fr", priority=priority,
                                       **extra)).ticket.number  # type: ignore[arg-type]


def outbox(kiosk: Kiosk) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        return [(t, n, o) for t, n, o in db.execute(
            "SELECT type, json_extract(payload, '$.number'), json_extract(payload, "
            "'$.outcome') FROM outbox WHERE type LIKE 'ticket.%' ORDER BY seq")]


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    return make_kiosk(tmp_path / "data", max_recalls=2, counter=3, groups=("C",))


@pytest.fixture
def flaky(kiosk: Kiosk) -> FlakySource:
    return FlakySource(kiosk.queue_source())


@pytest.fixture
def console(qtbot: QtBot, kiosk: Kiosk, flaky: FlakySource) -> Iterator[ConsoleWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = kiosk.queue_desk()
    desk.source = flaky
    window = create_console(kiosk, app, "fr", desk=desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    app.removeEventFilter(window.idle)
    window.languages.release()


def log_in(qtbot: QtBot, console: ConsoleWindow) -> None:
    """The kiosk's staff PIN: offered once the list says no staff account exists."""
    assert console.page == "login"
    login = console.login
    qtbot.waitUntil(lambda: login.pages.currentWidget() is login.pin,  # type: ignore[attr-defined]
                    timeout=5000)
    for digit in PIN:
        click(qtbot, console.login.pad.keys[digit])  # type: ignore[attr-defined]
    click(qtbot, console.login.pad.keys["ok"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: console.page != "login", timeout=5000)


def open_counter(qtbot: QtBot, console: ConsoleWindow) -> None:
    log_in(qtbot, console)
    assert console.page == "setup"
    setup = console.setup
    assert setup.counter.value() == 3  # [queue] counter
    assert setup.selected() == ("C",)  # [queue] groups
    with qtbot.waitSignal(console.viewShown, timeout=5000):
        click(qtbot, setup.go)
    assert console.page == "main"


def act(qtbot: QtBot, console: ConsoleWindow, button: object) -> None:
    with qtbot.waitSignal(console.actionDone, timeout=5000):
        click(qtbot, button)


def test_login_setup_then_call_next_takes_the_priority_ticket_first(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    issue(kiosk)
    issue(kiosk)
    priority = issue(kiosk, priority="elderly")
    open_counter(qtbot, console)
    qtbot.waitUntil(lambda: len(console.queue.rows) == 3, timeout=5000)
    # the queue in calling order, the priority ticket marked in words
    assert console.queue.rows[0].number == priority
    mark = console.queue.table.item(0, 3)
    assert mark is not None and "65" in mark.text() and not mark.icon().isNull()
    assert "3" in console.title.text()
    assert console.state.text_label.text()  # this PC's queue, said
    act(qtbot, console, console.current.call_next)
    assert console.current.number.text() == priority
    assert console.current.mark.isVisible()
    assert outbox(kiosk)[-1] == ("ticket.called", priority, None)
    assert not console.current.call_next.isEnabled()  # finish this one first
    assert len(console.queue.rows) == 2


def test_serve_with_an_outcome_and_a_note_writes_the_outbox_event(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    number = issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    click(qtbot, console.current.serve)
    assert console.current.pages.currentIndex() == 1
    assert not console.current.serve_ok.isEnabled()  # an outcome first
    click(qtbot, console.current.outcomes["documents_missing"])
    qtbot.keyClicks(console.current.note, "no photo")  # type: ignore[no-untyped-call]
    act(qtbot, console, console.current.serve_ok)
    assert outbox(kiosk)[-1] == ("ticket.served", number, "documents_missing")
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        assert db.execute("SELECT note FROM tickets WHERE number = ?",
                          (number,)).fetchone() == ("no photo",)
    assert console.current.ticket is None
    assert number in console.current.feedback.text_label.text()


def test_recalls_then_a_no_show_after_max_recalls(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    number = issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    assert "0/2" in console.current.recall.text()
    act(qtbot, console, console.current.recall)
    act(qtbot, console, console.current.recall)
    assert "2/2" in console.current.recall.text()
    act(qtbot, console, console.current.recall)  # one more: the visitor never came
    assert [e[0] for e in outbox(kiosk)] == [
        "ticket.called", "ticket.recalled", "ticket.recalled", "ticket.no_show"]
    assert console.current.ticket is None
    assert number in console.current.feedback.text_label.text()


def test_transfer_keeps_the_ticket_waiting_in_the_other_group(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    number = issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    click(qtbot, console.current.transfer)
    assert not console.current.targets["C"].isEnabled()  # already there
    act(qtbot, console, console.current.targets["D"])
    assert outbox(kiosk)[-1][:2] == ("ticket.transferred", number)
    ticket = kiosk.queue_desk().snapshot().find(number)
    assert ticket is not None and ticket.group == "D" and ticket.waiting
    assert ticket.transferred_from == "C"
    assert console.current.ticket is None and console.queue.rows == []  # not our group


def test_the_details_show_what_the_visitor_entered_and_scanned(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    issue(kiosk, fields=VISITOR, consent_at=datetime.now().astimezone(),
          consent_version="v1", scans=(SCAN,), documents_ready=("identity",))
    open_counter(qtbot, console)
    assert console.details.note.isVisible()  # nothing called yet
    act(qtbot, console, console.current.call_next)
    qtbot.waitUntil(lambda: console.details.state == "shown", timeout=5000)
    shown = " ".join(console.details.texts())
    assert "Amina El Idrissi" in shown and "Nador" in shown
    assert "Nom et prénom" in shown  # the catalog's label, in the agent's language
    assert "FALSIFIÉ" in shown.upper() or "forged" in shown.lower()


def test_cut_off_banner_disables_call_next_and_serving_still_works(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk, flaky: FlakySource) -> None:
    number = issue(kiosk)
    issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    delivered: list[int] = []

    def deliver() -> None:  # the hall server cannot be told: the event stays in the outbox
        delivered.append(1)
        raise HallUnreachable("test")

    console.queue_desk.deliver = deliver
    flaky.down = True
    with qtbot.waitSignal(console.viewShown, timeout=5000):
        console.refresh()
    banner = console.state.text_label.text()
    assert console.cut_since() is not None
    assert "COUPÉ" in banner.upper() or "CUT OFF" in banner
    assert console.state.property("level") == "error"
    assert not console.current.call_next.isEnabled()
    assert console.current.serve.isEnabled() and console.current.no_show.isEnabled()
    click(qtbot, console.current.serve)
    click(qtbot, console.current.outcomes["done"])
    act(qtbot, console, console.current.serve_ok)
    assert outbox(kiosk)[-1] == ("ticket.served", number, "done")
    assert delivered == [1]
    assert console.current.ticket is None  # the copy shown knows it was served
    assert console.current.feedback.property("level") == "info"  # kept, said
    assert not console.current.call_next.isEnabled()  # still cut off
    flaky.down = False
    with qtbot.waitSignal(console.viewShown, timeout=5000):
        console.refresh()
    assert console.cut_since() is None
    assert console.current.call_next.isEnabled()
    # "kept until the hall server answers": it answers, so that is no longer said
    assert console.current.feedback.message() == ""
    assert not console.current.feedback.isVisible()


def test_the_next_agent_does_not_read_the_last_agents_result(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    assert console.current.feedback.message() != ""
    console.lock()
    log_in(qtbot, console)
    assert console.current.feedback.message() == ""


@pytest.mark.parametrize("lang", ["fr", "ar", "de"])
def test_every_state_of_the_counter_fits_a_768_pixel_screen(
        qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """Every group served at this counter (six transfer buttons), no ticket, a ticket,
    Serve… and Transfer… open, cut off: the window never needs more than 768 pixels,
    and the ticket's number box stays as wide as the number."""
    every = ("C", "V", "J", "D", "A", "R")
    kiosk = make_kiosk(tmp_path / "all", counter=3, groups=every)
    flaky = FlakySource(kiosk.queue_source())
    desk = kiosk.queue_desk()
    desk.source = flaky
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    console = create_console(kiosk, app, lang, desk=desk)
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    heights: dict[str, int] = {}

    def measure(state: str) -> None:
        QApplication.processEvents()
        heights[state] = console.minimumSizeHint().height()

    try:
        issue(kiosk)
        measure("login")
        log_in(qtbot, console)
        measure("setup")
        with qtbot.waitSignal(console.viewShown, timeout=5000):
            click(qtbot, console.setup.go)
        measure("no ticket")
        number_width = console.current.number.width()
        assert number_width < console.current.width() / 3
        act(qtbot, console, console.current.call_next)
        measure("a ticket")
        console.current.open_serve()
        measure("serve")
        console.current.back_to_actions()
        console.current.open_transfer()
        measure("transfer")
        console.current.back_to_actions()
        flaky.down = True
        with qtbot.waitSignal(console.viewShown, timeout=5000):
            console.refresh()
        console.current.open_serve()
        measure("cut off, serve")
    finally:
        console.close()
        app.removeEventFilter(console.idle)
        console.languages.release()
    assert max(heights.values()) <= 768, heights


def test_idle_lock_returns_to_login_and_keeps_the_counter(
        qtbot: QtBot, tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path / "idle", lock_after_s=1, counter=5, groups=("C", "D"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    console = create_console(kiosk, app, "fr")
    qtbot.addWidget(console)
    console.show()
    try:
        open_counter_as(qtbot, console)
        qtbot.waitUntil(lambda: console.page == "login", timeout=4000)
        assert console.agent is None
        log_in(qtbot, console)
        assert console.page == "main"  # straight back to the counter
        assert (console.counter, console.groups) == (5, ("C", "D"))
    finally:
        console.close()
        app.removeEventFilter(console.idle)
        console.languages.release()


def open_counter_as(qtbot: QtBot, console: ConsoleWindow) -> None:
    log_in(qtbot, console)
    with qtbot.waitSignal(console.viewShown, timeout=5000):
        click(qtbot, console.setup.go)


def test_an_agent_may_retry_but_not_discard(qtbot: QtBot, console: ConsoleWindow) -> None:
    open_counter(qtbot, console)
    console.tabs.setCurrentIndex(1)
    assert console.sync.bridge.polling
    assert console.sync.dead_letters.may_discard is False  # type: ignore[attr-defined]
    console.tabs.setCurrentIndex(0)
    assert not console.sync.bridge.polling


def test_the_console_is_mirrored_in_arabic(qtbot: QtBot, console: ConsoleWindow) -> None:
    open_counter(qtbot, console)
    click(qtbot, console.lang_buttons["ar"])
    assert console.layoutDirection().name == "RightToLeft"
    assert console.tabs.tabText(0) != "Queue"  # translated


def test_the_last_actions_result_follows_a_language_switch(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    number = issue(kiosk)
    open_counter(qtbot, console)
    act(qtbot, console, console.current.call_next)
    said = console.current.feedback.text_label.text()
    assert said.startswith(number) and "guichet" in said
    click(qtbot, console.lang_buttons["ar"])
    qtbot.waitUntil(lambda: "الشباك" in console.current.feedback.text_label.text(),
                    timeout=3000)
    assert number in console.current.feedback.text_label.text()


def test_a_staff_account_logs_in_by_name_then_pin(qtbot: QtBot, console: ConsoleWindow,
                                                  kiosk: Kiosk) -> None:
    from kiosk.accounts import hash_account_pin
    from kiosk.store.staff import StaffStore
    pin = "739164"
    account = StaffStore(kiosk.store.engine).add(
        "Karim B.", "supervisor", hash_account_pin(pin), datetime.now().astimezone())
    login = console.login
    login.start()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: account.id in login.accounts.buttons,  # type: ignore[attr-defined]
                    timeout=5000)
    assert login.pages.currentWidget() is login.accounts  # type: ignore[attr-defined]
    click(qtbot, login.accounts.buttons[account.id])  # type: ignore[attr-defined]
    for digit in pin:
        click(qtbot, login.pad.keys[digit])  # type: ignore[attr-defined]
    click(qtbot, login.pad.keys["ok"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: console.page == "setup", timeout=10000)
    assert console.agent is not None and console.agent.id == account.id
    assert console.sync.dead_letters.may_discard is True  # type: ignore[attr-defined]


def test_the_old_staff_pin_opens_nothing_once_an_account_exists(
        qtbot: QtBot, console: ConsoleWindow, kiosk: Kiosk) -> None:
    """An account added (``kiosk staff add`` in another shell) while the old PIN's pad
    shows: the old PIN no longer opens the counter, and the names are offered."""
    from kiosk.accounts import hash_account_pin
    from kiosk.store.staff import StaffStore
    login = console.login
    qtbot.waitUntil(lambda: login.pages.currentWidget() is login.pin,  # type: ignore[attr-defined]
                    timeout=5000)
    account = StaffStore(kiosk.store.engine).add(
        "Karim B.", "agent", hash_account_pin("739164"), datetime.now().astimezone())
    for digit in PIN:
        click(qtbot, login.pad.keys[digit])  # type: ignore[attr-defined]
    click(qtbot, login.pad.keys["ok"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: account.id in login.accounts.buttons,  # type: ignore[attr-defined]
                    timeout=5000)
    assert login.pages.currentWidget() is login.accounts  # type: ignore[attr-defined]
    assert console.page == "login" and console.agent is None
    assert login.pin.old_pin.attempts.tries_left == 5  # type: ignore[attr-defined]
