"""Who is at the counter: the login step of the console.

The console needs one thing from a login: a ``logged_in(object)`` signal carrying the
staff member (:class:`Agent`, or anything with ``id``, ``name`` and ``role``, such as a
staff account).  :class:`PinLogin` is the step used until named staff accounts log in
here: the kiosk's staff PIN (``[staff] pin_hash``) on the pad the kiosk's staff
screen uses too (:mod:`kiosk.ui.widgets.old_pin`: checked in a worker job, five wrong
PINs pausing the pad for a minute).  Whoever types it is an agent (discarding refused
events stays a supervisor's act).  :class:`ConsoleLogin` puts the staff accounts first
(name, then PIN) and offers that PIN only while no agent or supervisor account exists,
a rule checked again with every PIN typed; any widget with the same signal can replace
it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.widgets.old_pin import COUNTER_PC, OldPinPad
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
    """The kiosk's staff PIN on a pad (:class:`~kiosk.ui.widgets.old_pin.OldPinPad`,
    the kiosk's own): it opens nothing once an agent or supervisor account exists.
    Signal ``logged_in(object)`` with an :class:`Agent`."""

    logged_in = Signal(object)

    def __init__(self, pin_hash: str | None, run_job: RunJob,
                 accounts_exist: Callable[[], bool] = lambda: False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleLogin")
        self.old_pin = OldPinPad(lambda: pin_hash, accounts_exist, run_job,
                                 place=COUNTER_PC, title=True)
        self.old_pin.opened.connect(
            lambda: self.logged_in.emit(Agent(id=None, name="", role=AGENT)))
        self.accounts_found = self.old_pin.accounts_found
        row = QHBoxLayout(self)
        row.setContentsMargins(64, 24, 64, 24)
        row.addWidget(self.old_pin)

    def start(self) -> None:
        """A fresh, empty pad with the keyboard's focus."""
        self.old_pin.reset()
        self.old_pin.enter()


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
        self.pin = PinLogin(pin_hash, run_job,
                            lambda: bool(directory.accounts(CONSOLE_ROLES, enabled_only=True)))
        self.pin.logged_in.connect(self.logged_in)
        self.pin.accounts_found.connect(self._accounts_found)
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
            return self.pin.old_pin.pad
        return self.accounts.pad

    def start(self) -> None:
        """Back to the names, read again (off the UI thread)."""
        self.pin.start()
        self.accounts.reset()
        self.accounts.refresh()

    def _listed(self, count: int) -> None:
        self.pages.setCurrentWidget(self.accounts if count else self.pin)

    def _accounts_found(self) -> None:
        """The old PIN was typed, but accounts exist now: they log in."""
        self.pages.setCurrentWidget(self.accounts)
        self.accounts.refresh()
