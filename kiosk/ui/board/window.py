"""The call board's window: a TV on the wall of the hall.

It reads the queue every two seconds through a :class:`~kiosk.ui.board.poller.QueuePoller`
(never on the UI thread), shows what the snapshot says, and hands each new call or
recall (:func:`kiosk.ui.board.calls.new_calls`) to the announcer in the order the calls
were made.  When the queue cannot be read it keeps showing the last snapshot under a
banner that says since when, and goes back to normal by itself at the next good read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.devices.announcer import Call, CallAnnouncer
from kiosk.domain.ports import Clock, QueueSource
from kiosk.domain.queue import RECENT_CALLS, GroupView, QueueSnapshot
from kiosk.ui.board import calls as board_calls
from kiosk.ui.board import texts
from kiosk.ui.board.current import CurrentCalls
from kiosk.ui.board.groups import GroupName, Groups
from kiosk.ui.board.header import Banner, Footer, Header
from kiosk.ui.board.poller import HALL, POLL_MS, QueuePoller
from kiosk.ui.board.recent import RecentCalls
from kiosk.ui.board.style import board_scale, style_sheet
from kiosk.ui.board.texts import Pair
from kiosk.ui.fonts import load_fonts, ui_font

log = logging.getLogger(__name__)

#: The newest call blinks this many times when it is new...
BLINKS = 4
#: ...each half-blink this long.
BLINK_MS = 380


@dataclass(frozen=True)
class BoardSettings:
    """What the board needs to know of its site."""

    site_name: str
    #: the service groups of the site, in the catalog's order
    groups: tuple[GroupName, ...] = ()
    #: counters serving each group, for the expected wait (as the tickets estimate it)
    counters: int = 1
    poll_ms: int = POLL_MS
    #: how the date is written in each language
    locales: dict[str, str] = field(default_factory=lambda: {"ar": "ar_MA", "fr": "fr_MA"})


class BoardWindow(QWidget):
    """The board.  ``start()`` begins reading the queue; closing it stops reading (the
    announcer belongs to whoever made it and is closed by them).

    Signal ``firstFramePainted()`` once the first frame is on screen.
    """

    firstFramePainted = Signal()

    def __init__(self, settings: BoardSettings, source: QueueSource, announcer: CallAnnouncer,
                 clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_fonts()
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(f"{texts.CALLS.fr} · {settings.site_name}")
        self.setFont(ui_font(20))
        self.settings = settings
        self.announcer = announcer
        self.clock = clock
        self.snapshot: QueueSnapshot | None = None
        #: when the queue was last read (the banner's "since"); None before the first read
        self.last_read: datetime | None = None
        #: since when reading fails (None while it works)
        self.lost_since: datetime | None = None
        #: what was lost (:data:`~kiosk.ui.board.poller.HALL` or ``QUEUE``), while it is
        self.lost = ""
        self._painted = False
        self._scale = 0.0
        self._blinks_left = 0

        self.header = Header()
        self.banner = Banner()
        self.footer = Footer(settings.site_name)
        self.current = CurrentCalls(board_calls.CURRENT_ROWS)
        self.recent = RecentCalls(RECENT_CALLS)
        self.groups = Groups(settings.groups)
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.header)
        body.addWidget(self.banner)
        inner = self._inner = QVBoxLayout()
        calls_row = self._calls_row = QHBoxLayout()
        calls_row.addWidget(self.current, 62)
        calls_row.addWidget(self.recent, 38)
        inner.addLayout(calls_row, 1)
        inner.addWidget(self.groups)
        body.addLayout(inner, 1)
        body.addWidget(self.footer)
        self.groups.show_groups(self._group_views(None))

        self.poller = QueuePoller(source, clock, settings.poll_ms, self)
        self.poller.snapshotRead.connect(self.show_snapshot)
        self.poller.readFailed.connect(self.show_failure)
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._blink_step)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._apply_scale()
        self.tick()

    # --- running ------------------------------------------------------------------------

    def start(self) -> None:
        """Read the queue now and every two seconds; run the clock."""
        self._ticker.start()
        self.poller.start()

    def stop(self) -> None:
        """Stop reading (waits a moment for a read under way)."""
        self._ticker.stop()
        self._blink.stop()
        self.poller.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the board stops its reads."""
        self.stop()
        super().closeEvent(event)

    def tick(self) -> None:
        """The clock, the date, and the sound note (once a second)."""
        now = self.clock.now()
        self.header.clock.setText(now.strftime("%H:%M"))
        for lang, label in (("fr", self.header.date_fr), ("ar", self.header.date_ar)):
            locale = QLocale(self.settings.locales.get(lang, lang))
            day = QDate(now.year, now.month, now.day)
            label.setText(locale.toString(day, "dddd d MMMM yyyy"))
        self.footer.show_note(self._sound_note())

    def _sound_note(self) -> Pair | None:
        if not self.announcer.available:
            return texts.NO_SOUND
        if self.announcer.problem is not None:
            return texts.NO_VOICE
        return None

    # --- what the queue says ------------------------------------------------------------

    def show_snapshot(self, snapshot: QueueSnapshot) -> None:
        """Show a snapshot just read; announce what is new since the one before."""
        previous, self.snapshot = self.snapshot, snapshot
        if snapshot.fresh:
            self.last_read = snapshot.as_of
            if self.lost_since is not None:
                log.warning("call board: the queue reads again")
            self.lost_since = None
            self.banner.hide()
        else:  # the hall server's last copy: shown, and said to be old
            self._lost(HALL, snapshot.as_of)
        current = board_calls.current_calls(snapshot)
        self.current.show_calls(current)
        self.recent.show_calls(snapshot.recent_calls(RECENT_CALLS))
        self.groups.show_groups(self._group_views(snapshot))
        fresh_calls = board_calls.new_calls(previous, snapshot)
        for ticket in fresh_calls:
            assert ticket.counter is not None
            self.announcer.announce(Call(ticket.number, ticket.counter))
        if current and current[0].request_id in {t.request_id for t in fresh_calls}:
            self._start_blink()
        elif not self._blink.isActive():
            self.current.hero.set_lit(True)

    def show_failure(self, lost: str, error: str) -> None:
        """The queue could not be read: keep the last snapshot, show the banner."""
        if self.lost_since is None:  # said once, not every two seconds
            log.warning("call board: the queue cannot be read (%s: %s)", lost, error)
        self._lost(lost, self.last_read or self.clock.now())

    def _lost(self, lost: str, since: datetime) -> None:
        if self.lost_since is None:
            self.lost_since = since
        self.lost = lost
        pair = texts.HALL_LOST if lost == HALL else texts.QUEUE_LOST
        self.banner.show_lost(pair.format(time=texts.hhmm(self.lost_since)))

    def _group_views(self, snapshot: QueueSnapshot | None) -> list[GroupView]:
        order = [group.id for group in self.settings.groups]
        source = snapshot or QueueSnapshot(site_code="", day=self.clock.now().date(),
                                           tickets=(), as_of=self.clock.now())
        counters = {group: self.settings.counters for group in
                    {*order, *(t.group for t in source.tickets)}}
        return source.groups(counters, order)

    # --- the newest call blinks when it is new ------------------------------------------

    def _start_blink(self) -> None:
        self._blinks_left = 2 * BLINKS
        self.current.hero.set_lit(False)
        self._blink.start()

    def _blink_step(self) -> None:
        self._blinks_left -= 1
        hero = self.current.hero
        hero.set_lit(not hero.lit)
        if self._blinks_left <= 0:
            self._blink.stop()
            hero.set_lit(True)

    @property
    def blinking(self) -> bool:
        """True while the newest call blinks."""
        return self._blink.isActive()

    # --- size ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the screen."""
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        scale = board_scale(max(self.width(), 1), max(self.height(), 1))
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        self.setStyleSheet(style_sheet(scale))
        self._inner.setContentsMargins(round(24 * scale), round(16 * scale),
                                       round(24 * scale), round(8 * scale))
        self._inner.setSpacing(round(16 * scale))
        self._calls_row.setSpacing(round(20 * scale))
        self.current.set_scale(scale)
        self.recent.set_scale(scale)
        self.groups.set_scale(scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tell once that the first frame is drawn."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstFramePainted.emit)
