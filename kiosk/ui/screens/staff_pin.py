"""Staff log in, after the hidden gesture on the welcome screen.

When staff accounts of agents or supervisors exist (``kiosk staff add``, or the
centre's bundle), staff pick their name and type their own PIN
(:class:`~kiosk.ui.widgets.staff_login.StaffLoginWidget`; lockouts are kept in the
database, docs/STAFF.md).  While none exists, the old single staff PIN is asked for
(:class:`~kiosk.ui.widgets.old_pin.OldPinPad`, the same pad as the console's: checked
in a worker job that first makes sure no account exists meanwhile; five wrong PINs
pause it for a minute).  Which of the two is shown is read off the UI thread each time
the screen opens (the last answer is shown meanwhile).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.accounts import KIOSK_ROLES, StaffAccount
from kiosk.staff import PinAttempts
from kiosk.store.staff import StaffStore
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.staff_base import StaffScreen
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.old_pin import KIOSK, OldPinPad
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.widgets.staff_login import StaffLoginWidget

log = logging.getLogger(__name__)


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
        staff = self.staff
        self.old_pin = OldPinPad(lambda: nav.config.staff.pin_hash,
                                 lambda: bool(staff.accounts(KIOSK_ROLES, enabled_only=True)),
                                 nav.run_job, place=KIOSK, hint=True)
        self.old_pin.opened.connect(self.nav.show_staff_panel)
        self.old_pin.accounts_found.connect(self._accounts_found)
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
        self.modes.addWidget(self.old_pin)
        self.modes.addWidget(self.login_page)
        self.content.setContentsMargins(56, 20, 56, 20)
        self.content.addWidget(self.modes, 1)

    # the old PIN's pad, for tests and the screenshots
    @property
    def pad(self) -> PinPad:
        """The old staff PIN's pad."""
        return self.old_pin.pad

    @property
    def banner(self) -> MessageBanner:
        """The old staff PIN's message."""
        return self.old_pin.banner

    @property
    def attempts(self) -> PinAttempts:
        """Wrong old PINs in a row."""
        return self.old_pin.attempts

    @attempts.setter
    def attempts(self, attempts: PinAttempts) -> None:
        self.old_pin.attempts = attempts

    @property
    def _checking(self) -> bool:
        return self.old_pin.checking

    # -- Screen ------------------------------------------------------------------------
    def on_enter(self) -> None:
        """A fresh, empty pad (the count of wrong PINs is kept), the list of names
        read again (off the UI thread)."""
        self.staff_account = None
        self.login.reset()
        self._show_mode()
        self.retranslate()
        self.old_pin.enter()
        self.login.refresh()

    def reset(self) -> None:
        """Forget the digits typed; an answer still on its way is not shown."""
        self.old_pin.reset()
        self.login.reset()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.show_staff_header(self.tr("Staff access"))
        self.old_pin.retranslate()
        self.login_hint.setText(self.old_pin.hint.text())

    # -- which way in --------------------------------------------------------------------
    def _show_mode(self) -> None:
        self.modes.setCurrentWidget(self.login_page if self.use_accounts else self.old_pin)

    def _listed(self, count: int) -> None:
        self.use_accounts = count > 0
        self._show_mode()
        if self.use_accounts:
            self.pad.clear()
        else:
            self.old_pin.show_state()

    def _accounts_found(self) -> None:
        self._listed(1)
        self.login.refresh()

    def _logged_in(self, account: Any) -> None:
        if not isinstance(account, StaffAccount):
            return
        self.staff_account = account
        log.info("staff account %s opened the staff panel", account.id)
        self.nav.show_staff_panel()
