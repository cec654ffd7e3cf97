"""The kiosk window: the screens, the way between them, and the walk-away reset."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from kiosk.compose import Kiosk
from kiosk.domain.journey import next_step
from kiosk.domain.scan import ScanResult
from kiosk.domain.session import VisitorSession
from kiosk.domain.tickets import TicketStatus
from kiosk.sync.status import SyncStatus
from kiosk.ui.accessibility import Accessibility
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.scan_worker import ScanWorker
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.categories import CategoryScreen, ServiceListScreen
from kiosk.ui.screens.confirm import ConfirmScreen
from kiosk.ui.screens.counter import CounterScreen
from kiosk.ui.screens.details import DetailsScreen
from kiosk.ui.screens.feedback import (
    CommentScreen,
    ComplaintScreen,
    FeedbackFlow,
    FeedbackThanksScreen,
    RatingScreen,
)
from kiosk.ui.screens.language import LanguageScreen
from kiosk.ui.screens.notice import NoticeScreen
from kiosk.ui.screens.priority import PriorityScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.screens.search import SearchScreen
from kiosk.ui.screens.service_card import ServiceCardScreen
from kiosk.ui.screens.staff_pin import StaffPinScreen
from kiosk.ui.screens.staff_sync import StaffSyncScreen
from kiosk.ui.screens.ticket import TicketScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.sync_bridge import SyncBridge
from kiosk.ui.tap_guard import TapGuard
from kiosk.ui.widgets.dialogs import MoreTimeOverlay
from kiosk.ui.workers import Job, run_owned, start_job
from kiosk.usecases import IssuedTicket

log = logging.getLogger(__name__)

PURGE_FIRST_MS = 5_000
PURGE_EVERY_MS = 24 * 3600 * 1000
#: the staff panel goes back to the welcome screen after this long untouched (then the
#: usual "need more time?" countdown), so a kiosk is never left open on it
STAFF_IDLE_S = 120


class MainWindow(QMainWindow):
    """Holds every screen in a stack and walks the visitor through them."""

    #: emitted once, when the first frame has been painted
    firstFramePainted = Signal()
    #: emitted when a ticket has been issued (or issuing failed), for tests and staff
    ticketIssued = Signal(object)
    ticketFailed = Signal(str)

    def __init__(self, kiosk: Kiosk, languages: LanguageSwitcher) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Jisr")
        self.kiosk = kiosk
        self.catalog = kiosk.catalog
        self.config = kiosk.config
        self.session = VisitorSession(lang=kiosk.config.kiosk.languages[0])
        self.languages = languages
        self._history: list[str] = []
        self._job: Job | None = None  # the current visit's ticket job
        self._running: set[Job] = set()  # every job not yet finished, kept alive
        self._visit = 0  # bumped by every wipe, so a late result finds its visit gone
        self._painted = False
        self.staff_idle_s = STAFF_IDLE_S
        # The sync worker (started by run_kiosk), seen from the UI thread.
        self.sync_bridge = SyncBridge(kiosk.sync, self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.feedback = FeedbackFlow(self)  # this visit's rating, wiped with it
        self.screens: dict[str, Screen] = {
            "welcome": WelcomeScreen(self),
            "language": LanguageScreen(self),
            "categories": CategoryScreen(self),
            "services": ServiceListScreen(self),
            "search": SearchScreen(self),
            "scan": ScanScreen(self),
            "card": ServiceCardScreen(self),
            "notice": NoticeScreen(self),
            "details": DetailsScreen(self),
            "priority": PriorityScreen(self),
            "confirm": ConfirmScreen(self),
            "ticket": TicketScreen(self),
            "counter": CounterScreen(self),
            "feedback": RatingScreen(self, self.feedback),
            "feedback_comment": CommentScreen(self, self.feedback),
            "feedback_complaint": ComplaintScreen(self, self.feedback),
            "feedback_thanks": FeedbackThanksScreen(self, self.feedback),
            "staff_pin": StaffPinScreen(self),
            "staff_sync": StaffSyncScreen(self),
        }
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        scan = self.screens["scan"]
        assert isinstance(scan, ScanScreen)
        scan.on_feedback = self.start_feedback
        self.tap_guard = TapGuard(kiosk.config.kiosk.tap_guard_ms, self)
        self.idle = IdleWatcher(kiosk.config.kiosk.idle_timeout_s, self)
        self.idle.idle.connect(self._on_idle)
        self.overlay = MoreTimeOverlay(self)
        self.overlay.moreTimeRequested.connect(self.idle.arm)
        self.overlay.expired.connect(self.home)
        # Voice, large text, high contrast: this visit's, wiped with it (accessibility.py).
        self.accessibility = Accessibility(self, kiosk.speaker, self)
        # Personal details past the retention period are erased soon after start and
        # then daily, off the UI thread, as the privacy notice promises.
        self._purge_job: Job | None = None
        self._purge_timer = QTimer(self)
        self._purge_timer.setInterval(PURGE_EVERY_MS)
        self._purge_timer.timeout.connect(self.purge_expired)
        self._purge_timer.start()
        QTimer.singleShot(PURGE_FIRST_MS, self.purge_expired)
        # A newer reference bundle (catalog, site settings, keys) installed by the sync
        # worker is loaded off the UI thread and switched in between two visits.
        self._reference_due = False
        self._reference_loading = False
        self.sync_bridge.statusChanged.connect(self._on_sync_status)
        self._enter("welcome")

    # -- Navigator -------------------------------------------------------------------
    def show_screen(self, name: str) -> None:
        """Go forward to ``name``; Back returns to the current screen."""
        self._history.append(self.current)
        self._enter(name)

    def back(self) -> None:
        """Go back one step; back to the welcome screen is starting over (wiped)."""
        previous = self._history.pop() if self._history else "welcome"
        if previous == "welcome":
            self.home()
        else:
            self._enter(previous)

    def home(self) -> None:
        """Start over: forget everything the visitor entered.

        A ticket still being issued for this visit will not be shown to the next
        visitor: its result is dropped when it arrives (it is committed and queued).
        """
        self._visit += 1
        self._job = None
        self._set_busy(False)
        self.overlay.stop()
        self.session.wipe()
        self.session.lang = self.config.kiosk.languages[0]
        self.accessibility.reset()
        self._history.clear()
        for screen in self.screens.values():
            screen.reset()
        self.languages.switch(self.session.lang)
        self._enter("welcome")
        self.update_reference()

    def choose_language(self, lang: str) -> None:
        """Switch the interface to ``lang`` and go on to the categories."""
        self.session.lang = lang
        self.languages.switch(lang)
        self.show_screen("categories")

    def advance(self, current: str) -> None:
        """The next step of the chosen service's journey."""
        service = self.catalog.service(self.session.service_id or "")
        self.show_screen(next_step(current, service, self.session))

    def issue_ticket(self) -> None:
        """Commit and print off the UI thread; show the ticket when it is ready."""
        if self._job is not None:
            return
        request = self.session.to_request()
        visit = self._visit
        self._set_busy(True)
        job = start_job(lambda: self.kiosk.desk.issue(request),
                        lambda issued: self._ticket_ready(job, visit, issued),
                        lambda kind, what: self._ticket_failed(job, visit, kind, what))
        self._job = job
        self._running.add(job)

    def run_job(self, work: Callable[[], Any], on_success: Callable[[Any], None],
                on_failure: Callable[[str, str], None]) -> None:
        """Run ``work`` off the UI thread, keeping the job alive until it reports.

        A job that ends after the window was destroyed reports to nobody.
        """
        run_owned(self, work, on_success, on_failure)

    def start_feedback(self, status: TicketStatus) -> None:
        """A served ticket was scanned and its holder wants to rate the visit."""
        self.feedback.draft.start(status)
        self.show_screen("feedback")

    def open_staff(self) -> None:
        """The hidden gesture: the staff PIN pad (only from the welcome screen)."""
        if self.current != "welcome":
            return
        self._history.clear()
        self._enter("staff_pin")

    def show_staff_panel(self) -> None:
        """The right PIN: the sync panel (Close, like the idle timer, goes home)."""
        if self.current != "staff_pin":
            return
        self._history.clear()
        self._enter("staff_sync")

    def set_language(self, lang: str) -> None:
        """Show the interface in ``lang`` without moving (staff choose theirs)."""
        self.languages.switch(lang)

    def make_scan_worker(self) -> ScanWorker:
        """A camera loop wired to this kiosk's camera, decoder and trust list."""
        return ScanWorker(self.kiosk.open_camera, self.kiosk.decoder, self.kiosk.parse)

    def parse_scanned(self, data: bytes) -> ScanResult:
        """What typed or scanned bytes are (in memory, quick: no worker needed)."""
        return self.kiosk.parse(data)

    def now(self) -> datetime:
        """The kiosk clock."""
        return self.kiosk.desk.clock.now()

    def purge_expired(self) -> None:
        """Erase expired personal details in a worker; a failure is retried next day."""
        if self._purge_job is not None:
            return

        def done(_result: object) -> None:
            self._purge_job = None

        def failed(kind: str, what: str) -> None:
            self._purge_job = None
            log.warning("purge of expired personal details failed (%s: %s)", kind, what)

        self._purge_job = start_job(self.kiosk.desk.purge_expired, done, failed)

    def update_reference(self) -> None:
        """Switch to the newer reference bundle, if one is due, while nobody is served.

        The catalog is loaded in a worker; it is put in use only if the welcome screen
        is still showing when it is ready, else at the end of the next visit.
        """
        if not self._reference_due or self._reference_loading or self.current != "welcome":
            return
        self._reference_loading = True

        def done(reference: Any) -> None:
            self._reference_loading = False
            if reference is None:
                self._reference_due = False
            elif self.current != "welcome":
                return  # a visit began meanwhile: at its end (home() tries again)
            else:
                self._reference_due = False
                self.kiosk.use_reference(reference)
                self.catalog = self.kiosk.catalog
                self.config = self.kiosk.config
                for screen in self.screens.values():
                    screen.reset()
                self.screens["welcome"].on_enter()

        def failed(kind: str, what: str) -> None:
            self._reference_loading = False
            self._reference_due = False  # the next bundle the worker installs tries again
            log.error("reference bundle not put in use (%s: %s)", kind, what)

        self.run_job(self.kiosk.load_reference, done, failed)

    # -- internals -------------------------------------------------------------------
    def _on_sync_status(self, status: SyncStatus) -> None:
        version = status.bundle_version
        if version is not None and version != self.kiosk.bundle_version:
            self._reference_due = True
            self.update_reference()

    @property
    def current(self) -> str:
        """Name of the screen on show."""
        widget = self.stack.currentWidget()
        return next(name for name, screen in self.screens.items() if screen is widget)

    def _enter(self, name: str) -> None:
        screen = self.screens[name]
        self.tap_guard.arm()
        self.stack.setCurrentWidget(screen)
        screen.on_enter()
        if name == "welcome":
            self.idle.disarm()
        else:
            self.idle.set_seconds(self.staff_idle_s if name == "staff_sync"
                                  else self.config.kiosk.idle_timeout_s)
            self.idle.arm()
        self.accessibility.screen_shown(name)

    def _on_idle(self) -> None:
        if self.accessibility.speaking:  # listening to the screen is not walking away
            self.idle.arm()
            return
        # On the welcome screen only once a visitor changed an accessibility choice.
        started = self.current != "welcome" or not self.accessibility.is_default
        if started and self._job is None:
            self.overlay.start(self.config.kiosk.idle_grace_s)

    def _set_busy(self, busy: bool) -> None:
        """While a ticket is being issued: no Back, no Start over, no idle countdown."""
        for screen in self.screens.values():
            if screen.header is not None:
                screen.header.setEnabled(not busy)
        if busy:
            self.idle.disarm()
            self.overlay.stop()

    def _ticket_ready(self, job: Job, visit: int, issued: Any) -> None:
        self._running.discard(job)
        if visit != self._visit:
            log.warning("a ticket finished after its visitor left; it stays in the queue")
            return
        self._job = None
        self._set_busy(False)
        assert isinstance(issued, IssuedTicket)
        ticket_screen = self.screens["ticket"]
        assert isinstance(ticket_screen, TicketScreen)
        try:
            ticket_screen.show_ticket(issued)
        except Exception as exc:  # our bug: the ticket exists, show at least its number
            log.error("ticket screen failed: %s", type(exc).__name__)
            ticket_screen.show_number_only(issued.ticket.number)
        self._history.clear()
        self._enter("ticket")
        self.ticketIssued.emit(issued)

    def _ticket_failed(self, job: Job, visit: int, kind: str, what: str) -> None:
        self._running.discard(job)
        log.warning("ticket not issued (%s: %s)", kind, what)
        if visit != self._visit:
            return
        self._job = None
        self._set_busy(False)
        self._history.clear()
        self._enter("counter")
        self.ticketFailed.emit(kind)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the kiosk: forget the visit and give the translator back."""
        self.home()
        scan = self.screens["scan"]
        assert isinstance(scan, ScanScreen)
        scan.shutdown()
        self.idle.disarm()
        self.accessibility.shutdown()
        self._purge_timer.stop()
        self.sync_bridge.stop_polling()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.tap_guard)
        self.languages.release()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell once that the first frame is on screen."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstFramePainted.emit()
