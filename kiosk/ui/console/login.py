"""Who is at the counter: the login step of the console.

The console needs one thing from a login: a ``logged_in(object)`` signal carrying the
staff member (:class:`Agent`, or anything with ``id``, ``name`` and ``role``, such as a
staff account).  :class:`PinLogin` is the step used until named staff accounts log in
here: the kiosk's staff PIN (``[staff] pin_hash``, :mod:`kiosk.staff`), checked in a
worker job, five wrong PINs pausing the pad for a minute.  Whoever types it is an
agent (discarding refused events stays a supervisor's act).  :class:`ConsoleLogin`
puts the staff accounts first (name, then PIN) and offers that PIN only while no agent
or supervisor account exists; any widget with the same signal can replace it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinAttempts, verify_pin
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.widgets.staff_login import StaffLoginWidget

AGENT = "agent"
SUPERVISOR = "supervisor"
#: The roles that may use the console.
CONSOLE_ROLES = (AGENT, SUPERVISOR)

RunJob = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str, str], None]], None]


@dataclass(frozen=True)
class Agent:
    """The staff member at the counter (``name`` is personal data: never logged)."""

    id: str | None
    name: str = field(repr=False)
    role: str = AGENT

    @property
    def may_discard(self) -> bool:
        """Only supervisors set refused events aside for good."""
        return self.role == SUPERVISOR

    @classmethod
    def of(cls, account: Any) -> Agent:
        """The agent of whatever a login widget reports (an account, or an Agent)."""
        if isinstance(account, Agent):
            return account
        return cls(id=getattr(account, "id", None), name=str(getattr(account, "name", "")),
                   role=str(getattr(account, "role", AGENT)))


class PinLogin(QWidget):
    """The kiosk's staff PIN on a pad.  Signal ``logged_in(object)`` with an
    :class:`Agent`."""

    logged_in = Signal(object)

    def __init__(self, pin_hash: str | None, run_job: RunJob,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleLogin")
        self._pin_hash = pin_hash
        self._run_job = run_job
        self.attempts = PinAttempts()
        self._checking = False
        self._notice = ""
        self._round = 0  # bumped by reset(): a late answer finds the pad gone
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        self.banner = MessageBanner()
        self.pad = PinPad(PIN_MIN_DIGITS, PIN_MAX_DIGITS)
        self.pad.submitted.connect(self._submit)
        self.pad.edited.connect(self._typing)
        words = QVBoxLayout()
        words.setSpacing(18)
        words.addStretch(1)
        words.addWidget(self.title)
        words.addWidget(self.prompt)
        words.addWidget(self.banner)
        words.addStretch(2)
        row = QHBoxLayout(self)
        row.setContentsMargins(64, 24, 64, 24)
        row.setSpacing(56)
        row.addLayout(words, 1)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)
        self.retranslate()

    def start(self) -> None:
        """A fresh, empty pad with the keyboard's focus."""
        self.reset()
        self._show()
        self.pad.setFocus()

    def reset(self) -> None:
        """Forget the digits typed; an answer still on its way is not used."""
        self._round += 1
        self._checking = False
        self._notice = ""
        self.pad.clear()

    def retranslate(self) -> None:
        """Texts of the login step."""
        self.title.setText(self.tr("Counter console"))
        self.prompt.setText(self.tr("Enter the staff PIN, then press OK or Enter."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the check ---------------------------------------------------------------------
    def _submit(self, pin: str) -> None:
        if self._checking or not self._pin_hash or self.attempts.locked:
            self._show()
            return
        self._checking = True
        self._notice = "checking"
        self.pad.clear()
        self._show()
        pin_hash, round_ = self._pin_hash, self._round
        self._run_job(lambda: verify_pin(pin_hash, pin),
                      lambda ok: self._checked(round_, ok),
                      lambda kind, what: self._failed(round_, kind))

    def _checked(self, round_: int, ok: Any) -> None:
        if round_ != self._round:
            return
        self._checking = False
        if ok is True:
            self.attempts.succeeded()
            self._notice = ""
            self._show()
            self.logged_in.emit(Agent(id=None, name="", role=AGENT))
            return
        self.attempts.failed()
        self._notice = "locked" if self.attempts.locked else "wrong"
        self._show()

    def _failed(self, round_: int, kind: str) -> None:
        if round_ != self._round:
            return
        self._checking = False
        self._notice = "damaged" if kind == "input" else "failed"
        self._show()

    def _typing(self) -> None:
        if self._notice == "wrong":
            self._notice = ""
            self._show()

    def _show(self) -> None:
        if not self._pin_hash:
            self._notice = "unset"
        elif self.attempts.locked:
            self._notice = "locked"
        elif self._notice == "locked":
            self._notice = ""
        self.pad.set_keys_enabled(bool(self._pin_hash) and not self._checking
                                  and not self.attempts.locked)
        if self._notice == "locked":
            self._tick.start()
        else:
            self._tick.stop()
        notice = self._notice
        if notice == "unset":
            self.banner.show_message(self.tr(
                "No staff PIN is set on this PC. An administrator sets one with the command "
                "\"kiosk staff-pin\"."), "info")
        elif notice == "checking":
            self.banner.show_message(self.tr("Checking the PIN…"), "info")
        elif notice == "wrong":
            self.banner.show_message(self.tr(
                "Wrong PIN. Tries left before a one-minute pause: %1.").replace(
                "%1", str(self.attempts.tries_left)), "error")
        elif notice == "locked":
            seconds = max(1, round(self.attempts.locked_for()))
            self.banner.show_message(self.tr(
                "Too many wrong PINs. The pad is paused: try again in %n s.", "", seconds),
                "error")
        elif notice == "damaged":
            self.banner.show_message(self.tr(
                "The staff PIN setting of this PC is damaged. Set it again with "
                "\"kiosk staff-pin\"."), "error")
        elif notice == "failed":
            self.banner.show_message(self.tr("The PIN could not be checked. Please try "
                                             "again."), "error")
        else:
            self.banner.clear()


class ConsoleLogin(QWidget):
    """The console's login: staff accounts (agents and supervisors pick their name, then
    type their PIN: :class:`~kiosk.ui.widgets.staff_login.StaffLoginWidget`), and the
    kiosk's staff PIN (:class:`PinLogin`) only while no such account exists.

    Signal ``logged_in(object)``: the account, or an :class:`Agent` for the old PIN.
    """

    logged_in = Signal(object)

    def __init__(self, directory: Any, pin_hash: str | None, run_job: RunJob,
                 clock: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = StaffLoginWidget(directory, run_job=run_job, clock=clock,
                                         roles=CONSOLE_ROLES)
        self.accounts.logged_in.connect(self.logged_in)
        self.accounts.listed.connect(self._listed)
        self.pin = PinLogin(pin_hash, run_job)
        self.pin.logged_in.connect(self.logged_in)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.accounts)
        self.pages.addWidget(self.pin)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 16, 48, 16)
        column.addWidget(self.pages)

    @property
    def pad(self) -> PinPad:
        """The PIN pad on screen (the account's, or the staff PIN's)."""
        if self.pages.currentWidget() is self.pin:
            return self.pin.pad
        return self.accounts.pad

    def start(self) -> None:
        """Back to the names, read again (off the UI thread)."""
        self.pin.start()
        self.accounts.reset()
        self.accounts.refresh()

    def _listed(self, count: int) -> None:
        self.pages.setCurrentWidget(self.accounts if count else self.pin)
