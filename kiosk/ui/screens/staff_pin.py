"""Staff log in, after the hidden gesture on the welcome screen.

When staff accounts of agents or supervisors exist (``kiosk staff add``, or the
centre's bundle), staff pick their name and type their own PIN
(:class:`~kiosk.ui.widgets.staff_login.StaffLoginWidget`; lockouts are kept in the
database, docs/STAFF.md).  While none exists, the old single staff PIN is asked for:
it is checked against ``[staff] pin_hash`` (argon2id, :mod:`kiosk.staff`) in a worker
job, which first makes sure that no account exists meanwhile.  Five wrong PINs in a
row pause that pad for a minute (counted in memory, for as long as the kiosk runs:
going back to the welcome screen does not reset it).  Without a configured PIN the pad
says how to set one up.  Which of the two is shown is read off the UI thread each time
the screen opens (the last answer is shown meanwhile).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.accounts import KIOSK_ROLES, StaffAccount
from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinAttempts, verify_pin
from kiosk.store.staff import StaffStore
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.staff_base import StaffScreen
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.widgets.staff_login import StaffLoginWidget

log = logging.getLogger(__name__)

# the old PIN's check found staff accounts meanwhile: they log in instead
_ACCOUNTS = "accounts"


class StaffPinScreen(StaffScreen):
    """Staff log in (an account, or the old staff PIN); the right PIN opens the sync
    panel (no voice: a staff screen has no accessibility bar, and a PIN is never read
    out)."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.setObjectName("staffPin")
        # Accounts live in the kiosk database, on the store's engine (one pool).
        self.staff = StaffStore(nav.kiosk.store.engine)
        # who logged in last (None: the old staff PIN, or nobody yet)
        self.staff_account: StaffAccount | None = None
        # the last answer to "do accounts that may log in here exist?"
        self.use_accounts = False
        self.attempts = PinAttempts()
        self._notice = ""  # the banner: "", unset, checking, wrong, locked, damaged, failed
        self._checking = False
        self._visit = 0  # bumped by reset(): a late answer finds the pad gone
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        self.banner = MessageBanner()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.pad = PinPad(PIN_MIN_DIGITS, PIN_MAX_DIGITS)
        self.pad.submitted.connect(self._submit)
        self.pad.edited.connect(self._typing)
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addStretch(1)
        words.addWidget(self.prompt)
        words.addWidget(self.banner)
        words.addWidget(self.hint)
        words.addStretch(2)
        self.pin_page = QWidget()
        row = QHBoxLayout(self.pin_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(56)
        row.addLayout(words, 1)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        # staff accounts: names, then the PIN of the one chosen
        self.login = StaffLoginWidget(self.staff, run_job=nav.run_job, clock=nav.now,
                                      roles=KIOSK_ROLES)
        self.login.logged_in.connect(self._logged_in)
        self.login.listed.connect(self._listed)
        self.login_hint = QLabel()
        self.login_hint.setObjectName("hint")
        self.login_hint.setWordWrap(True)
        self.login_page = QWidget()
        column = QVBoxLayout(self.login_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self.login, 1)
        column.addWidget(self.login_hint)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.pin_page)
        self.modes.addWidget(self.login_page)
        self.content.setContentsMargins(56, 20, 56, 20)
        self.content.addWidget(self.modes, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_state)

    # -- Screen ------------------------------------------------------------------------
    def on_enter(self) -> None:
        """A fresh, empty pad (the count of wrong PINs is kept), the list of names
        read again (off the UI thread)."""
        self.pad.clear()
        if not self._checking:
            self._notice = ""
        self.staff_account = None
        self.login.reset()
        self._show_mode()
        self._show_state()
        self.retranslate()
        self.login.refresh()
        self.pad.setFocus()

    def reset(self) -> None:
        """Forget the digits typed; an answer still on its way is not shown."""
        self._visit += 1
        self.pad.clear()
        self._notice = ""
        self.banner.clear()
        self._tick.stop()
        self.login.reset()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.show_staff_header(self.tr("Staff access"))
        self.prompt.setText(self.tr("Enter the staff PIN, then press OK."))
        hint = self.tr("This screen is for kiosk staff only. Visitors: press Close to go "
                       "back to the start.")
        self.hint.setText(hint)
        self.login_hint.setText(hint)
        self._show_banner()

    # -- which way in --------------------------------------------------------------------
    def _show_mode(self) -> None:
        self.modes.setCurrentWidget(self.login_page if self.use_accounts else self.pin_page)

    def _listed(self, count: int) -> None:
        self.use_accounts = count > 0
        self._show_mode()
        if self.use_accounts:
            self.pad.clear()
        else:
            self._show_state()

    def _logged_in(self, account: Any) -> None:
        if not isinstance(account, StaffAccount):
            return
        self.staff_account = account
        log.info("staff account %s opened the staff panel", account.id)
        self.nav.show_staff_panel()

    # -- the check ---------------------------------------------------------------------
    @property
    def configured(self) -> bool:
        """True when a staff PIN has been set (``kiosk staff-pin``)."""
        return bool(self.nav.config.staff.pin_hash)

    def _submit(self, pin: str) -> None:
        if self._checking or not self.configured or self.attempts.locked:
            self._show_state()
            return
        self._checking = True
        self._notice = "checking"
        self.pad.clear()  # the digits are not kept a moment longer than needed
        self._show_state()
        pin_hash, visit, staff = self.nav.config.staff.pin_hash, self._visit, self.staff

        def check() -> bool | str:
            # The old PIN opens the panel only while no account may log in here.
            if staff.accounts(KIOSK_ROLES, enabled_only=True):
                return _ACCOUNTS
            return verify_pin(pin_hash, pin)

        self.nav.run_job(check, lambda ok: self._checked(visit, ok),
                         lambda kind, what: self._check_failed(visit, kind, what))

    def _checked(self, visit: int, ok: Any) -> None:
        self._checking = False
        if ok == _ACCOUNTS:  # not a wrong PIN: accounts exist now, they log in
            if visit == self._visit:
                self._notice = ""
                self._show_state()
                self._listed(1)
                self.login.refresh()
            return
        if ok is True:
            self.attempts.succeeded()
        else:
            self.attempts.failed()  # counted even if the pad was left meanwhile
        if visit != self._visit:
            return
        if ok is True:
            self._notice = ""
            self.nav.show_staff_panel()
            return
        self._notice = "locked" if self.attempts.locked else "wrong"
        self._show_state()

    def _check_failed(self, visit: int, kind: str, what: str) -> None:
        self._checking = False
        if visit != self._visit:
            return
        self._notice = "damaged" if kind == "input" else "failed"
        self._show_state()

    def _typing(self) -> None:
        if self._notice == "wrong":
            self._notice = ""
            self._show_banner()

    # -- what the pad looks like -------------------------------------------------------
    def _show_state(self) -> None:
        if not self.configured:
            self._notice = "unset"
        elif self.attempts.locked:
            self._notice = "locked"
        elif self._notice == "locked":  # the pause is over
            self._notice = ""
        usable = self.configured and not self._checking and not self.attempts.locked
        self.pad.set_keys_enabled(usable)
        if self._notice == "locked":
            self._tick.start()
        else:
            self._tick.stop()
        self._show_banner()

    def _show_banner(self) -> None:
        notice = self._notice
        if notice == "unset":
            self.banner.show_message(self.tr(
                "Staff access is not set up on this kiosk. An administrator sets a staff "
                "PIN with the command \"kiosk staff-pin\", then restarts the kiosk."), "info")
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
                "The staff PIN setting of this kiosk is damaged. Set it again with "
                "\"kiosk staff-pin\"."), "error")
        elif notice == "failed":
            self.banner.show_message(self.tr("The PIN could not be checked. Please try "
                                             "again."), "error")
        else:
            self.banner.clear()
