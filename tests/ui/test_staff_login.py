"""Staff log in with their own account: names on big buttons, then the PIN pad.

A real :class:`StaffStore` on a SQLite file, real worker jobs (the PIN is never checked
on the UI thread), real argon2id (cheap parameters, to keep the tests quick).  Then the
kiosk's staff screen through the hidden gesture: accounts when there are any, the old
staff PIN only while there are none.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.accounts import MAX_FAILURES, PinCheck, StaffAccount
from kiosk.compose import Kiosk
from kiosk.store.staff import StaffStore, open_staff_store
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.widgets.staff_login import StaffLoginWidget
from tests.ui.kiosk_helpers import click, make_window
from tests.ui.test_staff_sync import PIN as OLD_PIN
from tests.ui.test_staff_sync import staff_kiosk, tap_corner

FAST = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)
PIN = "135792"
HASH = FAST.hash(PIN)
WRONG = "975318"


def now() -> datetime:
    return datetime.now().astimezone()


class Watched:
    """A StaffStore that notes the thread each call runs on."""

    def __init__(self, store: StaffStore) -> None:
        self.store = store
        self.threads: list[threading.Thread] = []

    def accounts(self, roles: Sequence[str] | None = None, *,
                 enabled_only: bool = False) -> list[StaffAccount]:
        self.threads.append(threading.current_thread())
        return self.store.accounts(roles, enabled_only=enabled_only)

    def check_pin(self, name_or_id: str, pin: str, at: datetime) -> PinCheck:
        self.threads.append(threading.current_thread())
        return self.store.check_pin(name_or_id, pin, at)


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[StaffStore]:
    with open_staff_store(tmp_path / "data") as store:
        store.add("Youssef Alaoui", "supervisor", HASH, now())
        store.add("Amina El Idrissi", "agent", HASH, now())
        store.add("Salma Berrada", "field", HASH, now())
        karim = store.add("Karim Tazi", "agent", HASH, now())
        store.disable(karim.id, now())
        yield store


def login(qtbot: QtBot, directory: Any, **kwargs: Any) -> StaffLoginWidget:
    widget = StaffLoginWidget(directory, **kwargs)
    qtbot.addWidget(widget)
    widget.resize(1200, 640)
    widget.show()
    with qtbot.waitSignal(widget.listed, timeout=5000):
        widget.refresh()
    return widget


def names(widget: StaffLoginWidget) -> list[str]:
    return [widget.buttons[a.id].text().split("\n")[0] for a in widget.accounts]


def account_id(widget: StaffLoginWidget, name: str) -> str:
    return next(a.id for a in widget.accounts if a.name == name)


def type_pin(qtbot: QtBot, widget: StaffLoginWidget, pin: str) -> None:
    qtbot.waitUntil(lambda: widget.pad.keys["0"].isEnabled(), timeout=5000)
    for digit in pin:
        click(qtbot, widget.pad.keys[digit])
    click(qtbot, widget.pad.keys["ok"])


def answered(widget: StaffLoginWidget) -> bool:
    return widget.banner.message() not in ("", widget.tr("Checking the PIN…"))


def test_names_of_those_who_may_log_in_are_big_buttons(qtbot: QtBot,
                                                       staff: StaffStore) -> None:
    widget = login(qtbot, staff)
    assert widget.state == "list"
    assert names(widget) == ["Amina El Idrissi", "Youssef Alaoui"]  # no field, no disabled
    for button in widget.buttons.values():
        assert button.height() >= 64 and button.width() >= 200
    assert widget.buttons[account_id(widget, "Youssef Alaoui")].text().endswith("Supervisor")
    field = login(qtbot, staff, roles=("field",))  # the console may ask for other roles
    assert names(field) == ["Salma Berrada"]


def test_the_right_pin_logs_in_off_the_ui_thread(qtbot: QtBot, staff: StaffStore) -> None:
    watched = Watched(staff)
    widget = login(qtbot, watched)
    click(qtbot, widget.buttons[account_id(widget, "Amina El Idrissi")])
    assert widget.state == "pin" and widget.who.text() == "Amina El Idrissi"
    with qtbot.waitSignal(widget.logged_in, timeout=5000) as signal:
        type_pin(qtbot, widget, PIN)
    (account,) = signal.args
    assert isinstance(account, StaffAccount) and account.name == "Amina El Idrissi"
    assert account.role == "agent"
    assert watched.threads and threading.main_thread() not in watched.threads
    assert widget.pad.pin() == ""  # the digits are gone


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot: QtBot, staff: StaffStore) -> None:
    widget = login(qtbot, staff)
    amina = account_id(widget, "Amina El Idrissi")
    widget.choose(amina)
    with qtbot.assertNotEmitted(widget.logged_in):
        type_pin(qtbot, widget, WRONG)
        qtbot.waitUntil(lambda: answered(widget), timeout=5000)
    assert widget.banner.message() == (
        "Wrong PIN. Tries left before this account is locked: 4.")
    assert widget.banner.level() == "error" and widget.pad.pin() == ""
    found = staff.get(amina)
    assert found is not None and found.lockout.failures == 1  # counted in the database


def test_five_wrong_pins_lock_the_account_even_after_a_restart(
        qtbot: QtBot, staff: StaffStore) -> None:
    clock = [1000.0]
    start = now()

    def wall() -> datetime:  # the kiosk clock, moving with the monotonic one
        return start + timedelta(seconds=clock[0] - 1000.0)

    widget = login(qtbot, staff, monotonic=lambda: clock[0], clock=wall)
    amina = account_id(widget, "Amina El Idrissi")
    widget.choose(amina)
    for _ in range(MAX_FAILURES):
        type_pin(qtbot, widget, WRONG)
        qtbot.waitUntil(lambda: not widget._checking and answered(widget), timeout=5000)
    assert widget.banner.message() == (
        "Too many wrong PINs. This account is locked: try again in 1 min.")
    assert not widget.pad.keys["2"].isEnabled() and not widget.pad.keys["ok"].isEnabled()
    # "a restart": a new widget on a new store over the same file
    again = StaffStore(staff.engine)
    restarted = login(qtbot, again, monotonic=lambda: clock[0], clock=wall)
    restarted.choose(amina)
    assert "locked" in restarted.banner.message()
    assert not restarted.pad.keys["2"].isEnabled()
    # the other accounts are not locked
    restarted.choose(account_id(restarted, "Youssef Alaoui"))
    assert restarted.pad.keys["2"].isEnabled() and restarted.banner.message() == ""
    # a minute later the pad opens again by itself, and the right PIN works
    restarted.choose(amina)
    clock[0] += 61
    qtbot.waitUntil(lambda: restarted.pad.keys["2"].isEnabled(), timeout=3000)
    with qtbot.waitSignal(restarted.logged_in, timeout=5000):
        type_pin(qtbot, restarted, PIN)


def test_the_lockout_is_said_in_minutes_in_the_staffs_language(
        qapp: QApplication, qtbot: QtBot, staff: StaffStore) -> None:
    amina = next(a.id for a in staff.accounts() if a.name == "Amina El Idrissi")
    start = now()
    later = start + timedelta(minutes=1)  # the first lockout is over: a second series
    for at in [start] * MAX_FAILURES + [later] * MAX_FAILURES:
        staff.check_pin(amina, WRONG, at)
    switcher = LanguageSwitcher(qapp, ("fr", "ar", "de", "en"))
    try:
        widget = login(qtbot, staff, clock=lambda: later)
        widget.choose(amina)
        assert widget.locked_minutes() == 5
        expected = {
            "en": "Too many wrong PINs. This account is locked: try again in 5 min.",
            "fr": "Trop de codes PIN erronés. Ce compte est bloqué\xa0: réessayez dans "
                  "5\xa0min.",
            "ar": "محاولات خاطئة كثيرة. هذا الحساب مقفل: يرجى إعادة المحاولة بعد 5 دقائق.",
            "de": "Zu viele falsche PINs. Dieses Konto ist gesperrt: Versuchen Sie es in "
                  "5 Minuten erneut.",
        }
        for lang, message in expected.items():
            switcher.switch(lang)
            qtbot.waitUntil(lambda m=message: widget.banner.message() == m, timeout=2000)
    finally:
        switcher.release()


def test_an_account_disabled_meanwhile_goes_back_to_the_list(qtbot: QtBot,
                                                             staff: StaffStore) -> None:
    widget = login(qtbot, staff)
    amina = account_id(widget, "Amina El Idrissi")
    widget.choose(amina)
    staff.disable(amina, now())  # a supervisor, in another process
    type_pin(qtbot, widget, PIN)
    qtbot.waitUntil(lambda: widget.state == "list" and "Amina El Idrissi" not in names(widget),
                    timeout=5000)
    assert widget.list_banner.message() == (
        "This account cannot log in here any more. Ask a supervisor.")


def test_going_back_forgets_the_digits_and_drops_a_late_answer(qtbot: QtBot,
                                                               staff: StaffStore) -> None:
    widget = login(qtbot, staff)
    widget.choose(account_id(widget, "Amina El Idrissi"))
    with qtbot.assertNotEmitted(widget.logged_in, wait=1500):
        type_pin(qtbot, widget, PIN)
        click(qtbot, widget.back_button)  # before the answer arrives
        assert widget.state == "list" and widget.pad.pin() == ""


def test_without_accounts_the_list_says_how_to_add_them(qtbot: QtBot, tmp_path: Path) -> None:
    with open_staff_store(tmp_path / "empty") as store:
        widget = login(qtbot, store)
        assert widget.accounts == [] and widget.buttons == {}
        assert "kiosk staff add" in widget.list_banner.message()


# -- the kiosk's staff screen ----------------------------------------------------------------

@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    kiosk = staff_kiosk(tmp_path / "data", idle_timeout_s=30)
    yield kiosk
    kiosk.sync.stop()


def pin_screen(window: MainWindow) -> StaffPinScreen:
    screen = window.screens["staff_pin"]
    assert isinstance(screen, StaffPinScreen)
    return screen


def test_accounts_log_in_to_the_panel_when_there_are_any(kiosk: Kiosk, qtbot: QtBot) -> None:
    StaffStore(kiosk.store.engine).add("Amina El Idrissi", "agent", HASH, now())
    window = make_window(qtbot, kiosk)
    window.set_language("en")
    tap_corner(window, qtbot, 5)
    screen = pin_screen(window)
    qtbot.waitUntil(lambda: screen.use_accounts and screen.login.isVisible(), timeout=5000)
    assert not screen.pad.isVisible()
    click(qtbot, next(iter(screen.login.buttons.values())))
    type_pin(qtbot, screen.login, PIN)
    qtbot.waitUntil(lambda: window.current == "staff_sync", timeout=5000)
    assert screen.staff_account is not None and screen.staff_account.role == "agent"
    # going home and back: the list again, nobody logged in
    window.home()
    tap_corner(window, qtbot, 5)
    assert window.current == "staff_pin" and screen.staff_account is None
    assert screen.login.state == "list"


def test_the_old_staff_pin_opens_nothing_once_accounts_exist(kiosk: Kiosk,
                                                            qtbot: QtBot) -> None:
    window = make_window(qtbot, kiosk)
    window.open_staff()
    screen = pin_screen(window)
    qtbot.waitUntil(lambda: screen.login.state == "list", timeout=5000)
    assert not screen.use_accounts and screen.pad.isVisible()  # none yet: the old PIN
    # an account arrives (kiosk staff add in another process) while the pad shows
    StaffStore(kiosk.store.engine).add("Amina El Idrissi", "agent", HASH, now())
    for digit in OLD_PIN:
        click(qtbot, screen.pad.keys[digit])
    click(qtbot, screen.pad.keys["ok"])
    qtbot.waitUntil(lambda: screen.use_accounts and screen.login.isVisible(), timeout=5000)
    assert window.current == "staff_pin"
    assert screen.attempts.tries_left == 5  # not counted as a wrong PIN either


def test_a_field_account_alone_leaves_the_old_pin_in_use(kiosk: Kiosk, qtbot: QtBot) -> None:
    StaffStore(kiosk.store.engine).add("Salma Berrada", "field", HASH, now())
    window = make_window(qtbot, kiosk)
    window.open_staff()
    screen = pin_screen(window)
    qtbot.waitUntil(lambda: screen.login.state == "list", timeout=5000)
    assert not screen.use_accounts
    for digit in OLD_PIN:
        click(qtbot, screen.pad.keys[digit])
    click(qtbot, screen.pad.keys["ok"])
    qtbot.waitUntil(lambda: window.current == "staff_sync", timeout=5000)
    assert screen.staff_account is None
