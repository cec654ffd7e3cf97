"""Staff log in with their account: pick your name from big buttons, then type your PIN.

The list of accounts is read, and every PIN checked, in worker jobs (argon2id is slow on
purpose; see :mod:`kiosk.accounts`): nothing here touches the database on the UI thread.
Wrong PINs and lockouts are counted by the store, in the database, so neither going
back to the list nor restarting the kiosk resets them; this widget only shows them.

Reusable: the kiosk's staff panel shows agents and supervisors, the staff console passes
its own ``roles``.  Signals:

* ``logged_in(StaffAccount)``: the right PIN of an account of ``roles`` that may log in;
* ``listed(int)``: the list was read, with this many accounts (0: nobody can log in here);
* ``list_failed()``: the list could not be read (a banner says so).

Nothing typed is shown (dots only) and the digits are forgotten as soon as they are
handed to the check.  Names are shown, never logged.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.accounts import (
    KIOSK_ROLES,
    MAX_FAILURES,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    Outcome,
    PinCheck,
    StaffAccount,
)
from kiosk.ui.bidi import left_to_right
from kiosk.ui.screens.base import WrapButton
from kiosk.ui.theme import TOUCH_MIN_PX
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.workers import run_owned

log = logging.getLogger(__name__)

# name buttons per row
COLUMNS = 3
NAME_BUTTON_H = 96

RunJob = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str, str], None]], None]


class StaffDirectory(Protocol):
    """Where accounts are read and PINs checked (:class:`kiosk.store.staff.StaffStore`)."""

    def accounts(self, roles: Sequence[str] | None = None, *,
                 enabled_only: bool = False) -> list[StaffAccount]:
        """The accounts of ``roles``, sorted by name."""
        ...

    def check_pin(self, name_or_id: str, pin: str, now: datetime) -> PinCheck:
        """Check a PIN and record the outcome (slow)."""
        ...


class StaffLoginWidget(QWidget):
    """A list of names, then the PIN pad of the one chosen."""

    logged_in = Signal(object)  # StaffAccount
    listed = Signal(int)
    list_failed = Signal()

    def __init__(self, directory: StaffDirectory, *, run_job: RunJob | None = None,
                 clock: Callable[[], datetime] | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 roles: Sequence[str] = KIOSK_ROLES, parent: QWidget | None = None) -> None:
        """``run_job(work, on_success, on_failure)`` runs ``work`` off the UI thread (the
        window's ``run_job``; by default a thread-pool job); ``clock`` is the kiosk's
        clock (aware), ``monotonic`` counts down a lockout on screen."""
        super().__init__(parent)
        self.setObjectName("staffLogin")
        self.directory = directory
        self.roles = tuple(roles)
        self._run_job = run_job or self._start_job
        self._clock = clock or (lambda: datetime.now().astimezone())
        self._monotonic = monotonic
        self.accounts: list[StaffAccount] = []
        self.account: StaffAccount | None = None  # the one chosen
        self.state = "loading"  # loading, list, pin
        self._loaded = False
        self._notice = ""  # list: "", failed, gone; pin: "", checking, wrong, locked, bad, failed
        self._tries_left = MAX_FAILURES
        self._locked_until: float | None = None  # monotonic
        self._checking = False
        self._token = 0  # bumped by reset() and by choosing: late answers are dropped

        # -- the list of names --
        self.list_prompt = QLabel()
        self.list_prompt.setObjectName("screenPrompt")
        self.list_prompt.setWordWrap(True)
        self.list_banner = MessageBanner()
        self.names = QWidget()
        self.names_grid = QGridLayout(self.names)
        self.names_grid.setContentsMargins(0, 0, 0, 0)
        self.names_grid.setSpacing(16)
        self.buttons: dict[str, WrapButton] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.names)
        list_page = QWidget()
        column = QVBoxLayout(list_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        column.addWidget(self.list_prompt)
        column.addWidget(self.list_banner)
        column.addWidget(scroll, 1)

        # -- the PIN of the one chosen --
        self.back_button = QPushButton()
        self.back_button.setObjectName("staffLoginBack")
        self.back_button.setProperty("kind", "secondary")
        self.back_button.setMinimumHeight(TOUCH_MIN_PX)
        self.back_button.clicked.connect(self.show_list)
        self.who = QLabel()
        self.who.setObjectName("screenPrompt")
        self.who.setWordWrap(True)
        self.pin_prompt = QLabel()
        self.pin_prompt.setWordWrap(True)
        self.banner = MessageBanner()
        self.pad = PinPad(PIN_MIN_DIGITS, PIN_MAX_DIGITS)
        self.pad.submitted.connect(self._submit)
        self.pad.edited.connect(self._typing)
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        words.addStretch(1)
        words.addWidget(self.who)
        words.addWidget(self.pin_prompt)
        words.addWidget(self.banner)
        words.addStretch(2)
        pin_page = QWidget()
        row = QHBoxLayout(pin_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(56)
        row.addLayout(words, 1)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(pin_page)
        self._list_page, self._pin_page = list_page, pin_page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_pin_state)
        self.retranslate()

    # -- what the owner calls -------------------------------------------------------------
    def refresh(self) -> None:
        """Read the accounts again (off the UI thread); the list shows them when read."""
        roles = self.roles
        self._run_job(lambda: self.directory.accounts(roles, enabled_only=True),
                      self._listed, self._list_failed)

    def reset(self) -> None:
        """Back to the list: the PIN typed is forgotten, an answer on its way is dropped."""
        self._token += 1
        self._checking = False
        self.pad.clear()
        self.account = None
        self._notice = ""
        self._locked_until = None
        self._tick.stop()
        self.banner.clear()
        self.list_banner.clear()
        self._show_page("list" if self._loaded else "loading")

    def show_list(self) -> None:
        """"Not you?": back to the names."""
        self.reset()

    def choose(self, account_id: str) -> None:
        """The name ``account_id`` was touched: its PIN pad."""
        account = next((a for a in self.accounts if a.id == account_id), None)
        if account is None:
            return
        self._token += 1
        self._checking = False
        self.account = account
        self.pad.clear()
        self._notice = ""
        self._tries_left = max(0, MAX_FAILURES - account.lockout.failures)
        left = account.locked_for(self._clock())
        self._locked_until = self._monotonic() + left.total_seconds() if left else None
        self._show_page("pin")
        self._show_pin_state()
        self.retranslate()
        self.pad.setFocus()

    # -- the list ------------------------------------------------------------------------
    def _listed(self, found: Any) -> None:
        self.accounts = [a for a in found if a.may_act_as(self.roles)]
        self._loaded = True
        self._rebuild_buttons()
        if self.state != "pin":  # nobody is typing a PIN: show the names
            self._show_page("list")
        self.retranslate()
        self.listed.emit(len(self.accounts))

    def _list_failed(self, kind: str, what: str) -> None:
        log.warning("staff accounts could not be read (%s: %s)", kind, what)
        if self.state != "pin":
            self._notice = "failed"
            self._show_page("list")
            self._show_list_banner()
        self.list_failed.emit()

    def _rebuild_buttons(self) -> None:
        for button in self.buttons.values():
            self.names_grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, account in enumerate(self.accounts):
            button = WrapButton()
            button.setObjectName("staffName")
            button.setProperty("kind", "choice")
            button.setMinimumHeight(NAME_BUTTON_H)
            button.clicked.connect(lambda _=False, i=account.id: self.choose(i))
            self.names_grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[account.id] = button
        self.names_grid.setRowStretch(len(self.accounts) // COLUMNS + 1, 1)

    # -- the PIN -------------------------------------------------------------------------
    def _submit(self, pin: str) -> None:
        account = self.account
        if account is None or self._checking or self._locked_left() > 0:
            self._show_pin_state()
            return
        self._checking = True
        self._notice = "checking"
        self.pad.clear()  # the digits are not kept a moment longer than needed
        self._show_pin_state()
        token, now = self._token, self._clock()
        self._run_job(lambda: self.directory.check_pin(account.id, pin, now),
                      lambda check: self._checked(token, check),
                      lambda kind, what: self._check_failed(token, kind, what))

    def _checked(self, token: int, check: Any) -> None:
        if token != self._token:
            return  # left meanwhile (the store has counted it all the same)
        self._checking = False
        assert isinstance(check, PinCheck)
        if check.ok and check.account is not None and check.account.may_act_as(self.roles):
            self._notice = ""
            self._show_pin_state()
            self.logged_in.emit(check.account)
            return
        if check.outcome in (Outcome.DISABLED, Outcome.UNKNOWN) or check.ok:
            # gone, disabled, or not of these roles any more: back to a fresh list
            self.reset()
            self._notice = "gone"
            self._show_list_banner()
            self.refresh()
            return
        self._tries_left = check.tries_left
        if check.locked_for:
            self._locked_until = self._monotonic() + check.locked_for.total_seconds()
            self._notice = "locked"
        else:
            self._notice = "wrong"
        self._show_pin_state()

    def _check_failed(self, token: int, kind: str, what: str) -> None:
        if token != self._token:
            return
        self._checking = False
        self._notice = "bad" if kind == "input" else "failed"
        self._show_pin_state()

    def _typing(self) -> None:
        if self._notice in ("wrong", "failed"):
            self._notice = ""
            self._show_pin_banner()

    def _locked_left(self) -> float:
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._monotonic()
        if left <= 0:
            self._locked_until = None
            self._tries_left = MAX_FAILURES
            return 0.0
        return left

    def locked_minutes(self) -> int:
        """Whole minutes (rounded up) before the chosen account may try again; 0 if now."""
        left = self._locked_left()
        return math.ceil(left / 60) if left > 0 else 0

    # -- what it looks like ----------------------------------------------------------------
    def _show_page(self, state: str) -> None:
        self.state = state
        self.pages.setCurrentWidget(self._pin_page if state == "pin" else self._list_page)

    def _show_pin_state(self) -> None:
        if self.state != "pin":
            self._tick.stop()
            return
        locked = self._locked_left() > 0
        if locked:
            self._notice = "locked"
        elif self._notice == "locked":  # the lockout is over
            self._notice = ""
        self.pad.set_keys_enabled(not locked and not self._checking)
        if locked:
            self._tick.start()
        else:
            self._tick.stop()
        self._show_pin_banner()

    def _show_pin_banner(self) -> None:
        notice = self._notice
        if notice == "checking":
            self.banner.show_message(self.tr("Checking the PIN…"), "info")
        elif notice == "wrong":
            self.banner.show_message(self.tr(
                "Wrong PIN. Tries left before this account is locked: %1.").replace(
                "%1", str(self._tries_left)), "error")
        elif notice == "locked":
            self.banner.show_message(self.tr(
                "Too many wrong PINs. This account is locked: try again in %n min.", "",
                max(1, self.locked_minutes())), "error")
        elif notice == "bad":
            self.banner.show_message(self.tr(
                "The PIN of this account cannot be checked. A supervisor must set it "
                "again."), "error")
        elif notice == "failed":
            self.banner.show_message(self.tr("The PIN could not be checked. Please try "
                                             "again."), "error")
        else:
            self.banner.clear()

    def _show_list_banner(self) -> None:
        if self._notice == "failed":
            self.list_banner.show_message(self.tr(
                "The list of staff could not be read. Close this screen and try again."),
                "error")
        elif self._notice == "gone":
            self.list_banner.show_message(self.tr(
                "This account cannot log in here any more. Ask a supervisor."), "error")
        elif self._loaded and not self.accounts:
            self.list_banner.show_message(self.tr(
                "No staff account can log in here yet. A supervisor adds them with the "
                "command %1.").replace("%1", left_to_right("kiosk staff add")), "info")
        else:
            self.list_banner.clear()

    def role_name(self, role: str) -> str:
        """A role, in the interface's language."""
        if role == "supervisor":
            return self.tr("Supervisor")
        if role == "field":
            return self.tr("Field team")
        return self.tr("Agent")

    def retranslate(self) -> None:
        """Every text of the widget, in the interface's language."""
        self.list_prompt.setText(self.tr("Who are you? Touch your name."))
        for account in self.accounts:
            button = self.buttons.get(account.id)
            if button is not None:
                button.setText(f"{account.name}\n{self.role_name(account.role)}")
        self.back_button.setText(self.tr("Not you? Back to the names"))
        if self.account is not None:
            self.who.setText(self.account.name)
        self.pin_prompt.setText(self.tr("Enter your PIN, then press OK."))
        self._show_list_banner()
        self._show_pin_banner()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- plumbing ------------------------------------------------------------------------
    def _start_job(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                   on_failure: Callable[[str, str], None]) -> None:
        """A thread-pool job kept alive until it reports (when no window runs it)."""
        run_owned(self, work, on_success, on_failure)
