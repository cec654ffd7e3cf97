"""The console window: login, the counter's settings, then the counter at work.

Pages (one stack): the login step (any widget with a ``logged_in(object)`` signal,
:class:`~kiosk.ui.console.login.PinLogin` by default), :class:`SetupView`, and the
main page with two tabs: *Queue* (the counter's ticket and its actions, the visitor's
request, the live queue) and *Sync* (the sync panel and its refused events).

A bar on top says who is at which counter, offers the staff languages, the counter's
settings and Lock; under it, the state of the hall server in words: connected, this
PC's own queue, or CUT OFF since when (with the time of the queue shown); both are in
:mod:`kiosk.ui.console.header` and show what this window tells them.

Nothing touching the database or the network runs here: the queue is read by a worker
job every :data:`POLL_MS` and right after each action, and each action is a job
(:mod:`kiosk.ui.console.glue`).  After ``[queue] lock_after_s`` without input the
console locks itself: back to the login, the counter's settings kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.compose import Kiosk
from kiosk.queue_desk import QueueDesk
from kiosk.store.staff import StaffStore
from kiosk.ui.console.current_ticket import CurrentTicket
from kiosk.ui.console.details_view import DetailsView
from kiosk.ui.console.glue import Acted, ConsoleDesk, View
from kiosk.ui.console.header import ConsoleHeader, ConsoleState
from kiosk.ui.console.login import Agent, ConsoleLogin
from kiosk.ui.console.queue_view import QueueView
from kiosk.ui.console.setup_view import SetupView
from kiosk.ui.console.style import console_style
from kiosk.ui.console.sync_page import sync_page
from kiosk.ui.console.words import action_words, failure_words
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.sync_bridge import SyncBridge
from kiosk.ui.widgets.pages import show_only
from kiosk.ui.workers import run_owned

log = logging.getLogger(__name__)

#: how often the queue is read while the counter is open
POLL_MS = 2000
#: the type names a worker job reports when the hall server cannot be reached
#: (``kiosk.errors.HallUnreachable`` and the hall queue's subclasses of it)
HALL_ERRORS = frozenset({"HallUnreachable", "HallError", "HallRefused"})


class ConsoleWindow(QMainWindow):
    """The staff console.  Signals: ``viewShown(object)`` after each queue read shown
    (for tests), ``firstFramePainted()`` once."""

    viewShown = Signal(object)
    actionDone = Signal(str)
    firstFramePainted = Signal()

    def __init__(self, kiosk: Kiosk, languages: LanguageSwitcher,
                 desk: QueueDesk | None = None, login: QWidget | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self.setObjectName("consoleWindow")
        self.setWindowTitle("Jisr — console")
        self.setStyleSheet(console_style())
        self.kiosk = kiosk
        self.config = kiosk.config
        self.catalog = kiosk.catalog
        self.languages = languages
        self.queue_desk = desk or kiosk.queue_desk()
        self.hall = kiosk.config.queue.source == "hall"
        self.agent: Agent | None = None
        self.counter = max(1, kiosk.config.queue.counter)
        self.groups: tuple[str, ...] = tuple(
            g for g in kiosk.config.queue.groups if g in kiosk.catalog.groups) or tuple(
            kiosk.catalog.groups)
        self.desk: ConsoleDesk | None = None
        self.view: View | None = None
        self._cut_since: datetime | None = None  # no answer at all, and no copy either
        self._reading = False
        self._acting = False
        #: words of the last action's result, re-said in the new language on a switch
        self._last_said: Callable[[], tuple[str, str]] | None = None
        # the last action was kept on this PC for a hall server that did not answer
        self._said_kept = False
        self._painted = False
        self.sync_bridge = SyncBridge(kiosk.sync, self)

        self.header = ConsoleHeader()
        self.header.languageRequested.connect(self.set_language)
        self.header.settingsRequested.connect(self.show_setup)
        self.header.lockRequested.connect(self.lock)
        #: the bar's parts, as the window's (tests and scripts reach them here)
        self.title, self.lang_buttons = self.header.title, self.header.lang_buttons
        self.state = ConsoleState()
        self.login = login or ConsoleLogin(StaffStore(kiosk.store.engine),
                                           kiosk.config.staff.pin_hash, self.run_job,
                                           self.now)
        self.login.logged_in.connect(self._logged_in)  # type: ignore[attr-defined]
        self.setup = SetupView(kiosk.catalog.groups, self.counter, self.groups)
        self.setup.chosen.connect(self._counter_chosen)
        self.main = self._build_main()
        self.stack = QStackedWidget()
        for page in (self.login, self.setup, self.main):
            self.stack.addWidget(page)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        state_row = QHBoxLayout()
        state_row.setContentsMargins(14, 8, 14, 0)
        state_row.addWidget(self.state)
        column.addLayout(state_row)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.refresh)
        self.idle = IdleWatcher(kiosk.config.queue.lock_after_s, self)
        self.idle.idle.connect(self.lock)
        lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_key.activated.connect(self.lock)
        self.retranslate()
        self._show_login()

    # -- building ----------------------------------------------------------------------
    def _build_main(self) -> QTabWidget:
        self.current = CurrentTicket(self.catalog, self.catalog.groups,
                                     self.queue_desk.max_recalls)
        self.current.callNextRequested.connect(self.call_next)
        self.current.recallRequested.connect(self.recall)
        self.current.serveRequested.connect(self.serve)
        self.current.noShowRequested.connect(self.no_show)
        self.current.transferRequested.connect(self.transfer)
        self.details = DetailsView(self.catalog)
        self.queue = QueueView(self.catalog)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.current)
        left.addWidget(self.details, 1)
        queue_page = QWidget()
        queue_page.setObjectName("screenBody")
        row = QHBoxLayout(queue_page)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(14)
        row.addLayout(left, 12)
        row.addWidget(self.queue, 10)
        self.sync = sync_page(self, may_discard=False)
        tabs = QTabWidget()
        tabs.setObjectName("consoleTabs")
        tabs.addTab(queue_page, "")
        tabs.addTab(self.sync, "")
        tabs.currentChanged.connect(self._tab_changed)
        self.tabs = tabs
        self._tab_sizes(0)
        return tabs

    def _tab_sizes(self, index: int) -> None:
        """Only the tab shown asks for room (the sync panel is taller than the queue)."""
        show_only(self.tabs, index)

    # -- what the sync panel asks of its navigator ---------------------------------------
    def run_job(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                on_failure: Callable[[str, str], None]) -> None:
        """Run ``work`` off the UI thread, keeping the job alive until it reports; a
        job that ends after the window is gone reports to nobody."""
        run_owned(self, work, on_success, on_failure)

    def now(self) -> datetime:
        """The PC's clock."""
        return self.kiosk.desk.clock.now()

    def home(self) -> None:
        """Back to the queue tab (the sync panel's Close)."""
        self.tabs.setCurrentIndex(0)

    def set_language(self, lang: str) -> None:
        """Show the console in ``lang`` (a staff language), mirrored for Arabic."""
        self.languages.switch(lang)
        self.header.set_language(lang)

    # -- pages -------------------------------------------------------------------------
    @property
    def page(self) -> str:
        """``login``, ``setup`` or ``main``."""
        widget = self.stack.currentWidget()
        return "login" if widget is self.login else "setup" if widget is self.setup \
            else "main"

    def _show_login(self) -> None:
        self._poll.stop()
        self.idle.disarm()
        show_only(self.stack, self.login)
        start = getattr(self.login, "start", None)
        if callable(start):
            start()
        self._show_header()
        self._show_state()

    def _logged_in(self, account: object) -> None:
        self.agent = Agent.of(account)
        self.sync.dead_letters.set_may_discard(self.agent.may_discard)  # type: ignore[attr-defined]
        self.idle.arm()
        if self.desk is None:
            self.show_setup()
        else:
            self._open_counter()

    def show_setup(self) -> None:
        """The counter's number and groups (the ones in use already chosen)."""
        if self.agent is None:
            return
        self._poll.stop()
        self.setup.set_choice(self.counter, self.groups)
        show_only(self.stack, self.setup)
        self._show_header()
        self._show_state()

    def _counter_chosen(self, counter: int, groups: tuple[str, ...]) -> None:
        self.counter, self.groups = counter, tuple(groups)
        self._open_counter()

    def _open_counter(self) -> None:
        agent = self.agent
        if agent is None:
            return
        self.desk = ConsoleDesk(self.queue_desk, self.counter, self.groups, agent.id)
        show_only(self.stack, self.main)
        self.tabs.setCurrentIndex(0)
        self._show_header()
        self._show_view()
        self._poll.start()
        self.refresh()

    def lock(self) -> None:
        """Lock the console: back to the login (the counter's settings are kept)."""
        if self.agent is None:
            return
        log.info("console locked at counter %d", self.counter)
        self.agent = None
        self._unsay()  # the next agent does not read what the last one did
        self.current.back_to_actions()
        self.details.show_details(None)
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        self._show_login()

    def _tab_changed(self, index: int) -> None:
        self._tab_sizes(index)
        if index == 1:
            self.sync.on_enter()
        else:
            self.sync.reset()

    # -- reading the queue ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue in a worker job (one at a time; none during an action)."""
        desk = self.desk
        if desk is None or self._reading or self._acting or self.page != "main":
            return
        self._reading = True
        known = self.view.details if self.view is not None else None
        self.run_job(lambda: desk.view(known), self._view_read, self._read_failed)

    def _view_read(self, view: Any) -> None:
        self._reading = False
        if isinstance(view, View):
            self._cut_since = None
            self.view = view
            if self._said_kept and not view.cut_off:  # "kept until it answers": it does
                self._unsay()
            self._show_view()

    def _read_failed(self, kind: str, what: str) -> None:
        self._reading = False
        if what in HALL_ERRORS:
            if self._cut_since is None:
                self._cut_since = self.now()
            self._show_view()
        else:
            log.warning("the queue could not be read (%s): %s", kind, what)

    def cut_since(self) -> datetime | None:
        """Since when the hall server has not answered (None: it answers)."""
        if self.view is not None and self.view.cut_off:
            return self.view.cut_since or self.view.snapshot.as_of
        return self._cut_since

    def _show_view(self) -> None:
        view = self.view
        now = self.now()
        cut = self.cut_since() is not None
        if view is not None:  # unanswered since: the copy shown before, still what we know
            self.queue.show_queue(view.snapshot, self.groups, now)
        self.current.show_ticket(view.current if view else None, now, cut_off=cut,
                                 can_call=not cut)
        if view is not None and self._cut_since is None:
            self.details.show_details(view.details, view.details_unreachable)
        self._show_state()
        self.viewShown.emit(view)

    # -- actions -----------------------------------------------------------------------
    def call_next(self) -> None:
        """Call the next ticket of the counter's groups."""
        desk = self.desk
        if desk is not None:
            self._act(desk.call_next, "call")

    def recall(self, number: str) -> None:
        """Announce ``number`` again (a no-show after the configured recalls)."""
        desk = self.desk
        if desk is not None:
            self._act(lambda: desk.recall(number), "recall")

    def serve(self, number: str, outcome: str, note: str) -> None:
        """Close the visit of ``number`` with ``outcome`` and ``note``."""
        desk = self.desk
        if desk is not None:
            self._act(lambda: desk.serve(number, outcome, note), "serve", outcome)

    def no_show(self, number: str) -> None:
        """The visitor of ``number`` never came."""
        desk = self.desk
        if desk is not None:
            self._act(lambda: desk.no_show(number), "no_show")

    def transfer(self, number: str, group: str) -> None:
        """Send ``number`` to wait in ``group``."""
        desk = self.desk
        if desk is not None:
            self._act(lambda: desk.transfer(number, group), "transfer", group)

    def _act(self, work: Callable[[], Acted], action: str, extra: str = "") -> None:
        if self._acting:
            return
        self._acting = True
        self.current.set_busy(True)
        if self.agent is not None:
            self.idle.arm()
        self.run_job(work, lambda acted: self._acted(action, extra, acted),
                     lambda kind, what: self._act_failed(action, kind, what))

    def _acted(self, action: str, extra: str, acted: Any) -> None:
        self._acting = False
        self.current.set_busy(False)
        if not isinstance(acted, Acted):
            return
        self.view = acted.view
        self._cut_since = None
        self._show_view()
        done = acted.done
        counter, max_recalls = self.counter, self.queue_desk.max_recalls
        self._say(lambda: action_words(action, extra, done, counter, max_recalls))
        self._said_kept = done is not None and done.delivered is False
        self.actionDone.emit(action)

    def _say(self, words: Callable[[], tuple[str, str]]) -> None:
        """Show an action's result, and keep how to word it again in another language."""
        self._last_said = words
        self.current.say(*words())

    def _unsay(self) -> None:
        """No action's result shown any more."""
        self._last_said = None
        self._said_kept = False
        self.current.say("")

    def _act_failed(self, action: str, kind: str, what: str) -> None:
        self._acting = False
        self.current.set_busy(False)
        hall_down = what in HALL_ERRORS
        if hall_down and (self.view is None or not self.view.cut_off):
            self._cut_since = self._cut_since or self.now()
        self._say(lambda: (failure_words(action, kind, what, hall_down), "error"))
        self._said_kept = False
        self._show_view()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts of the window itself."""
        self.tabs.setTabText(0, self.tr("Queue"))
        self.tabs.setTabText(1, self.tr("Sync"))
        self.header.set_language(self.languages.lang)
        self._show_header()
        self._show_state()
        if self._last_said is not None:
            self.current.say(*self._last_said())

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_header(self) -> None:
        agent = self.agent
        self.header.show_who(self.counter, self.groups,
                             None if agent is None else agent.name or "",
                             self.page == "main")

    def _show_state(self) -> None:
        view = self.view
        self.state.show_state(self.cut_since(), view.snapshot.as_of if view else None,
                              self.hall)

    # -- window ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop reading the queue and the sync panel's polling."""
        self._poll.stop()
        self.idle.disarm()
        self.sync.reset()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Say once that the first frame is on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstFramePainted.emit)
