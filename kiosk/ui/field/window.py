"""The field-team window (``kiosk field``): log in, your cases, one case.

Pages (one stack): the login (field team accounts pick their name, then type their
PIN: :class:`~kiosk.ui.widgets.staff_login.StaffLoginWidget`), the member's own cases
(:class:`~kiosk.ui.field.case_list.CaseListView`) and the case form
(:class:`~kiosk.ui.field.case_form.CaseForm`).  A bar on top says who is logged in,
offers the staff languages and Lock.

Nothing touching the database or a disk runs on the UI thread: listing, searching,
saving and writing the handover file are worker jobs on the plain-Python
:class:`~kiosk.field_desk.FieldDesk`.  After ``lock_after_s`` without input, and on
Lock (Ctrl+L), the window goes back to the login and forgets the list and the form:
the cases hold personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.field_desk import CaseList, ExportResult, FieldDesk, Saved
from kiosk.ui.bidi import own_direction
from kiosk.ui.console.style import console_style
from kiosk.ui.field.case_form import CaseForm
from kiosk.ui.field.case_list import CaseListView
from kiosk.ui.field.words import export_words, failure_words, problem_words
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.widgets.staff_header import STAFF_LANGUAGES, language_buttons
from kiosk.ui.widgets.staff_login import StaffDirectory, StaffLoginWidget
from kiosk.ui.workers import run_owned

log = logging.getLogger(__name__)

#: the form's inputs sized for a field laptop (1366x768) rather than a kiosk's 24" screen
FIELD_STYLE = """
QLineEdit, QComboBox { font-size: 14pt; min-height: 40px; padding: 0px 8px; }
QLineEdit#caseSearch { font-size: 15pt; min-height: 46px; }
QLabel#fieldLabel { font-size: 12pt; font-weight: bold; }
QLabel#pendingLine { font-size: 12pt; }
"""
#: the roles that log in here
FIELD_ROLES = ("field",)
#: a folder picker: the window's parent, the title; the folder chosen or None
PickFolder = Callable[[QWidget, str], "Path | None"]


def pick_folder(parent: QWidget, title: str) -> Path | None:
    """Ask for the folder of the USB stick (Qt's own dialog: the same on every desktop)."""
    chosen = QFileDialog.getExistingDirectory(
        parent, title, "/media", QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.ShowDirsOnly)
    return Path(chosen) if chosen else None


class FieldHeader(QFrame):
    """The bar: title, who is logged in, staff languages, Lock.  Signals:
    ``languageRequested(str)``, ``lockRequested()``."""

    languageRequested = Signal(str)
    lockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleHeader")
        self.title = QLabel()
        self.title.setObjectName("consoleTitle")
        self.who = QLabel()
        self.who.setObjectName("consoleAgent")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 14, 6)
        row.setSpacing(10)
        row.addWidget(self.title)
        row.addWidget(self.who, 1)
        self.lang_buttons = language_buttons(STAFF_LANGUAGES, "fieldLang",
                                             self.languageRequested.emit)
        for button in self.lang_buttons.values():
            row.addWidget(button)
        row.addSpacing(8)
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lock")
        self.lock_button.setProperty("kind", "primary")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.clicked.connect(self.lockRequested)
        row.addWidget(self.lock_button)
        self._name: str | None = None
        self.retranslate()

    def set_language(self, lang: str) -> None:
        """Mark ``lang`` as the one shown."""
        for code, button in self.lang_buttons.items():
            button.setChecked(code == lang)

    def show_who(self, name: str | None) -> None:
        """The name of the one logged in (None: nobody)."""
        self._name = name
        self.who.setText(own_direction(name) if name else "")
        self.lock_button.setVisible(name is not None)

    def retranslate(self) -> None:
        """The bar's words."""
        self.title.setText(self.tr("Field cases — Opération Marhaba"))
        self.lock_button.setText(self.tr("Lock") + "  (Ctrl+L)")
        self.show_who(self._name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FieldWindow(QMainWindow):
    """The field team's window.  Signals (for tests and scripts): ``casesShown(object)``
    after each list shown, ``caseSaved(object)``, ``exportDone(object)``,
    ``firstFramePainted()`` once."""

    casesShown = Signal(object)
    caseSaved = Signal(object)
    exportDone = Signal(object)
    firstFramePainted = Signal()

    def __init__(self, desk: FieldDesk, directory: StaffDirectory,
                 languages: LanguageSwitcher, lock_after_s: int,
                 folder_picker: PickFolder = pick_folder) -> None:
        super().__init__()
        self.setObjectName("fieldWindow")
        self.setWindowTitle("Jisr — field cases")
        self.setStyleSheet(console_style() + FIELD_STYLE)
        self.desk = desk
        self.languages = languages
        self.folder_picker = folder_picker
        self.member: Any = None  # the StaffAccount logged in
        #: bumped at each login and lock: a job's answer from an earlier session is dropped
        self.session = 0
        self._reading = False
        self._again = False  # a search typed while a read was running
        self._saving = False
        self._opening = False
        self._painted = False
        self._last_said: Callable[[], tuple[str, str]] | None = None

        self.header = FieldHeader()
        self.header.languageRequested.connect(self.set_language)
        self.header.lockRequested.connect(self.lock)
        self.login = StaffLoginWidget(directory, run_job=self.run_job, clock=desk.clock,
                                      roles=FIELD_ROLES)
        self.login.logged_in.connect(self._logged_in)
        self.cases = CaseListView()
        self.cases.tz = desk.clock().tzinfo
        self.cases.newRequested.connect(self.new_case)
        self.cases.openRequested.connect(self.open_case)
        self.cases.searchChanged.connect(lambda _text: self.refresh())
        self.cases.exportRequested.connect(self.export)
        self.form = CaseForm()
        self.form.saveRequested.connect(self._save)
        self.form.cancelled.connect(self.show_cases)
        login_page = QWidget()
        login_column = QVBoxLayout(login_page)
        login_column.setContentsMargins(48, 16, 48, 16)
        login_column.addWidget(self.login)
        self.stack = QStackedWidget()
        for page in (login_page, self.cases, self.form):
            self.stack.addWidget(page)
        self._login_page = login_page
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.idle = IdleWatcher(lock_after_s, self)
        self.idle.idle.connect(self.lock)
        lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_key.activated.connect(self.lock)
        new_key = QShortcut(QKeySequence("Ctrl+N"), self)
        new_key.activated.connect(self._new_key)
        save_key = QShortcut(QKeySequence("Ctrl+S"), self)
        save_key.activated.connect(self._save_key)
        find_key = QShortcut(QKeySequence("Ctrl+F"), self)
        find_key.activated.connect(self._find_key)
        self._show_login()

    # -- jobs --------------------------------------------------------------------------
    def run_job(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                on_failure: Callable[[str, str], None]) -> None:
        """Run ``work`` off the UI thread, keeping the job alive until it reports; a
        job that ends after the window is gone reports to nobody."""
        run_owned(self, work, on_success, on_failure)

    # -- pages -------------------------------------------------------------------------
    @property
    def page(self) -> str:
        """``login``, ``cases`` or ``form``."""
        widget = self.stack.currentWidget()
        return "login" if widget is self._login_page else "cases" \
            if widget is self.cases else "form"

    def set_language(self, lang: str) -> None:
        """Show the window in ``lang`` (a staff language), mirrored for Arabic."""
        self.languages.switch(lang)
        self.header.set_language(lang)

    def _show_login(self) -> None:
        self.idle.disarm()
        self.stack.setCurrentWidget(self._login_page)
        self.login.reset()
        self.login.refresh()
        self.header.show_who(None)

    def _logged_in(self, account: Any) -> None:
        self.session += 1
        self._reading = self._again = self._saving = False
        self.member = account
        log.info("field team member %s logged in", getattr(account, "id", "?"))
        self.header.show_who(str(getattr(account, "name", "")))
        self.idle.arm()
        self.show_cases()

    def lock(self) -> None:
        """Back to the login; the list and the form are forgotten."""
        if self.member is None:
            return
        log.info("field window locked")
        self.session += 1
        self._reading = self._again = self._saving = False
        self.member = None
        self._last_said = None
        self.form.clear()
        self.cases.clear()
        self._show_login()

    def show_cases(self) -> None:
        """The member's cases, read again."""
        if self.member is None:
            return
        self.stack.setCurrentWidget(self.cases)
        self.cases.search.setFocus()
        self.refresh()

    def new_case(self) -> None:
        """An empty case form."""
        if self.member is None:
            return
        self.form.start_new()
        self.stack.setCurrentWidget(self.form)

    def open_case(self, case_id: str) -> None:
        """The form of the member's case ``case_id`` (read off the UI thread)."""
        member = self.member
        if member is None:
            return
        if self._opening:
            return
        self._opening = True
        staff_id, session = member.id, self.session
        self.run_job(lambda: self.desk.get(staff_id, case_id),
                     lambda case: self._opened(session, case),
                     lambda kind, _what: self._open_failed(session, kind))

    def _open_failed(self, session: int, kind: str) -> None:
        self._opening = False
        if session == self.session:
            self._say(lambda: (failure_words(kind), "error"))

    def _opened(self, session: int, case: Any) -> None:
        self._opening = False
        if session != self.session or self.member is None or self.page != "cases":
            return
        if case is None:
            self._say(lambda: (problem_words(None, "not_yours"), "error"))
            self.refresh()
            return
        self.form.start_edit(case)
        self.stack.setCurrentWidget(self.form)

    # -- reading the list --------------------------------------------------------------
    def refresh(self) -> None:
        """Read the member's cases matching the search box, in a worker job."""
        member = self.member
        if member is None:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        staff_id, text, session = member.id, self.cases.search.text(), self.session
        self.run_job(lambda: self.desk.cases(staff_id, text),
                     lambda found: self._listed(session, found),
                     lambda kind, what: self._list_failed(session, kind, what))

    def _listed(self, session: int, found: Any) -> None:
        if session != self.session:  # an earlier member's list: never shown
            return
        self._reading = False
        if self.member is None or not isinstance(found, CaseList):
            return
        if self._again:
            self._again = False
            self.refresh()
            return
        self.cases.show_cases(found)
        self.casesShown.emit(found)

    def _list_failed(self, session: int, kind: str, what: str) -> None:
        if session != self.session:
            return
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        log.warning("field cases could not be read (%s): %s", kind, what)
        self._say(lambda: (failure_words(kind), "error"))

    # -- saving ------------------------------------------------------------------------
    def _save(self, values: dict[str, Any]) -> None:
        member = self.member
        if member is None or self._saving:
            return
        self._saving = True
        self.form.set_busy(True)
        staff_id, session = member.id, self.session
        editing = self.form.case
        if editing is None:
            def work() -> Saved:
                return self.desk.record(staff_id, values)
        else:
            case_id = editing.id

            def work() -> Saved:
                return self.desk.update(staff_id, case_id, values)
        self.run_job(work, lambda saved: self._saved(session, saved),
                     lambda kind, what: self._save_failed(session, kind, what))

    def _saved(self, session: int, saved: Any) -> None:
        if session != self.session:  # saved for an earlier member: nothing to show now
            return
        self._saving = False
        self.form.set_busy(False)
        if self.member is None or not isinstance(saved, Saved):
            return
        if saved.case is None:
            self.form.show_problem(saved.field_name, saved.problem)
            return
        case = saved.case
        self._say(lambda: (self.tr(
            "Case saved (version %1). It is on this device and goes to the centre with "
            "the next sync or handover file.").replace("%1", str(case.version)), "ok"))
        self.caseSaved.emit(case)
        self.show_cases()

    def _save_failed(self, session: int, kind: str, what: str) -> None:
        if session != self.session:
            return
        self._saving = False
        self.form.set_busy(False)
        log.warning("a field case could not be saved (%s): %s", kind, what)
        self.form.banner.show_message(failure_words(kind), "error")

    # -- the handover file ---------------------------------------------------------------
    def export(self) -> None:
        """Ask for the USB stick's folder, then write the handover file there."""
        if self.member is None:
            return
        folder = self.folder_picker(self, self.tr("Where is the USB stick?"))
        if folder is None or self.member is None:
            return
        self.cases.set_exporting(True)
        self._say(lambda: (self.tr("Writing the handover file…"), "info"))
        session = self.session
        self.run_job(lambda: self.desk.export(folder),
                     lambda result: self._exported(session, result),
                     lambda kind, what: self._export_failed(session, kind, what))

    def _exported(self, session: int, result: Any) -> None:
        self.cases.set_exporting(False)
        if session != self.session or not isinstance(result, ExportResult):
            return
        done = result.exported
        if done is None:
            reason = result.reason
            self._say(lambda: (export_words(reason), "error"))
        else:
            self._say(lambda: (self.tr(
                "Handover file written: %1 (%n change(s), encrypted for the centre). Give "
                "the stick to a connected Jisr machine: kiosk import.", "", done.events)
                .replace("%1", done.path.name), "ok"))
        self.exportDone.emit(result)
        self.refresh()

    def _export_failed(self, session: int, kind: str, what: str) -> None:
        self.cases.set_exporting(False)
        log.warning("the handover file could not be written (%s): %s", kind, what)
        if session != self.session:
            return
        self._say(lambda: (failure_words(kind), "error"))

    # -- words ---------------------------------------------------------------------------
    def _say(self, words: Callable[[], tuple[str, str]]) -> None:
        """Show a result on the list page, and keep how to word it in another language."""
        self._last_said = words
        self.cases.banner.show_message(*words())

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the last result on a language change."""
        if event.type() == QEvent.Type.LanguageChange and self._last_said is not None:
            self.cases.banner.show_message(*self._last_said())
        super().changeEvent(event)

    # -- keys ----------------------------------------------------------------------------
    def _new_key(self) -> None:
        if self.page == "cases":
            self.new_case()

    def _save_key(self) -> None:
        if self.page == "form":
            self.form.save()

    def _find_key(self) -> None:
        if self.page == "cases":
            self.cases.search.setFocus()
            self.cases.search.selectAll()

    # -- window --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the idle watch."""
        self.idle.disarm()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Say once that the first frame is on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstFramePainted.emit)
