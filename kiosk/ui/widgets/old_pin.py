"""The old single staff PIN on a pad: the way in while no staff account exists.

Used by the kiosk's staff screen and by the counter console, so both follow one rule:
the PIN (``[staff] pin_hash``, argon2id, :mod:`kiosk.staff`) is checked in a worker
job that first asks whether accounts that may log in exist meanwhile; if they do, the
PIN opens nothing (and is not counted as wrong) and :attr:`OldPinPad.accounts_found`
is emitted so the caller shows the names instead.  Five wrong PINs in a row pause the
pad for a minute (counted in memory for as long as the program runs, also for an
answer that arrives after the pad was left).  Without a PIN the pad says how to set
one up.

Signals: ``opened()`` for the right PIN, ``accounts_found()`` as above.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinAttempts, verify_pin
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.pin_pad import PinPad

RunJob = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str, str], None]], None]

# the job's answer when accounts exist: not a wrong PIN, they log in instead
ACCOUNTS = "accounts"
# where the pad is, for the words of its "no PIN set" and "damaged" messages
KIOSK, COUNTER_PC = "kiosk", "pc"


def check_old_pin(pin_hash: str, pin: str, accounts_exist: Callable[[], bool]) -> bool | str:
    """True if ``pin`` is the old staff PIN and no account may log in instead;
    :data:`ACCOUNTS` if one may (the PIN is then not even checked)."""
    if accounts_exist():
        return ACCOUNTS
    return verify_pin(pin_hash, pin)


class OldPinPad(QWidget):
    """Prompt, message and PIN pad for the old staff PIN (see the module)."""

    opened = Signal()
    accounts_found = Signal()

    def __init__(self, pin_hash: Callable[[], str | None], accounts_exist: Callable[[], bool],
                 run_job: RunJob, *, place: str = KIOSK, title: bool = False,
                 hint: bool = False, parent: QWidget | None = None) -> None:
        """``pin_hash`` reads the configured hash (empty or None: not set);
        ``accounts_exist`` is called in the worker job before every check."""
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._accounts_exist = accounts_exist
        self._run_job = run_job
        self._place = place
        self.attempts = PinAttempts()
        self._checking = False
        self._notice = ""  # "", unset, checking, wrong, locked, damaged, failed
        self._visit = 0  # bumped by reset(): a late answer finds the pad gone
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setVisible(title)
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        self.banner = MessageBanner()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(hint)
        self.pad = PinPad(PIN_MIN_DIGITS, PIN_MAX_DIGITS)
        self.pad.submitted.connect(self._submit)
        self.pad.edited.connect(self._typing)
        words = QVBoxLayout()
        words.setSpacing(18)
        words.addStretch(1)
        words.addWidget(self.title)
        words.addWidget(self.prompt)
        words.addWidget(self.banner)
        words.addWidget(self.hint)
        words.addStretch(2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(56)
        row.addLayout(words, 1)
        row.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignVCenter)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show_state)
        self.retranslate()

    @property
    def configured(self) -> bool:
        """True when a staff PIN has been set (``kiosk staff-pin``)."""
        return bool(self._pin_hash())

    @property
    def checking(self) -> bool:
        """True while a PIN is being checked."""
        return self._checking

    def enter(self) -> None:
        """The pad is shown again: empty (the count of wrong PINs is kept)."""
        self.pad.clear()
        if not self._checking:
            self._notice = ""
        self.show_state()
        self.pad.setFocus()

    def reset(self) -> None:
        """Forget the digits typed; an answer still on its way is not shown."""
        self._visit += 1
        self.pad.clear()
        self._notice = ""
        self.banner.clear()
        self._tick.stop()

    def retranslate(self) -> None:
        """Texts of the pad."""
        self.title.setText(self.tr("Counter console"))
        if self._place == KIOSK:
            self.prompt.setText(self.tr("Enter the staff PIN, then press OK."))
        else:
            self.prompt.setText(self.tr("Enter the staff PIN, then press OK or Enter."))
        self.hint.setText(self.tr("This screen is for kiosk staff only. Visitors: press "
                                  "Close to go back to the start."))
        self._show_banner()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the check ---------------------------------------------------------------------
    def _submit(self, pin: str) -> None:
        pin_hash = self._pin_hash()
        if self._checking or not pin_hash or self.attempts.locked:
            self.show_state()
            return
        self._checking = True
        self._notice = "checking"
        self.pad.clear()  # the digits are not kept a moment longer than needed
        self.show_state()
        visit, accounts_exist = self._visit, self._accounts_exist
        self._run_job(lambda: check_old_pin(pin_hash, pin, accounts_exist),
                      lambda ok: self._checked(visit, ok),
                      lambda kind, what: self._check_failed(visit, kind))

    def _checked(self, visit: int, ok: Any) -> None:
        self._checking = False
        if ok == ACCOUNTS:  # not a wrong PIN: accounts exist now, they log in
            if visit == self._visit:
                self._notice = ""
                self.show_state()
                self.accounts_found.emit()
            return
        if ok is True:
            self.attempts.succeeded()
        else:
            self.attempts.failed()  # counted even if the pad was left meanwhile
        if visit != self._visit:
            return
        if ok is True:
            self._notice = ""
            self.show_state()
            self.opened.emit()
            return
        self._notice = "locked" if self.attempts.locked else "wrong"
        self.show_state()

    def _check_failed(self, visit: int, kind: str) -> None:
        self._checking = False
        if visit != self._visit:
            return
        self._notice = "damaged" if kind == "input" else "failed"
        self.show_state()

    def _typing(self) -> None:
        if self._notice == "wrong":
            self._notice = ""
            self._show_banner()

    # -- what the pad looks like -------------------------------------------------------
    def show_state(self) -> None:
        """Keys on or off, the countdown of a pause, and the message."""
        if not self.configured:
            self._notice = "unset"
        elif self.attempts.locked:
            self._notice = "locked"
        elif self._notice in ("locked", "unset"):  # the pause is over / a PIN was set
            self._notice = ""
        self.pad.set_keys_enabled(self.configured and not self._checking
                                  and not self.attempts.locked)
        if self._notice == "locked":
            self._tick.start()
        else:
            self._tick.stop()
        self._show_banner()

    def _show_banner(self) -> None:
        notice = self._notice
        if notice == "unset":
            if self._place == KIOSK:
                text = self.tr("Staff access is not set up on this kiosk. An administrator "
                               "sets a staff PIN with the command \"kiosk staff-pin\", then "
                               "restarts the kiosk.")
            else:
                text = self.tr("No staff PIN is set on this PC. An administrator sets one "
                               "with the command \"kiosk staff-pin\".")
            self.banner.show_message(text, "info")
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
            if self._place == KIOSK:
                text = self.tr("The staff PIN setting of this kiosk is damaged. Set it "
                               "again with \"kiosk staff-pin\".")
            else:
                text = self.tr("The staff PIN setting of this PC is damaged. Set it again "
                               "with \"kiosk staff-pin\".")
            self.banner.show_message(text, "error")
        elif notice == "failed":
            self.banner.show_message(self.tr("The PIN could not be checked. Please try "
                                             "again."), "error")
        else:
            self.banner.clear()
