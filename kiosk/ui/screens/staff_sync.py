"""The staff sync panel: is this kiosk in touch with the centre, and what is waiting.

Reached from the welcome screen by the hidden gesture and the staff PIN.  It shows the
sync worker's :class:`~kiosk.sync.status.SyncStatus` in the staff's language, live
(the worker's callbacks arrive through :class:`~kiosk.ui.sync_bridge.SyncBridge`, and
a light timer reads the status while the panel is shown), offers "Sync now", and lists
the dead letters with Retry and Discard (:mod:`kiosk.ui.widgets.dead_letters`).

Nothing here waits on the network or on the disk on the UI thread: the status is read
by the bridge in a worker job and shown when it arrives (the latest one meanwhile);
the dead-letter list, Sync now, Retry and Discard run as worker jobs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.sync.status import NOT_ENROLLED, OFFLINE, ONLINE, REVOKED, SyncStatus
from kiosk.ui.bidi import left_to_right
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.staff_base import StaffScreen
from kiosk.ui.sync_words import (
    error_sentence,
    next_try,
    number,
    state_name,
    state_sentence,
    when,
)
from kiosk.ui.theme import ERROR_TEXT, INFO, PRIMARY_PRESSED, WARN_TEXT, set_style_property
from kiosk.ui.widgets.dead_letters import DeadLetterList
from kiosk.ui.widgets.icons import icon_pixmap

# "Sync now" says "trying..." at most this long if no attempt is reported
SYNC_NOW_WAIT_MS = 30_000
# the technical detail of the last error is cut to this many characters
DETAIL_CHARS = 110
FACTS = ("pending", "dead", "last_success", "last_attempt", "next_try", "server", "device",
         "bundle")
_STATE_LOOK = {ONLINE: ("wifi", PRIMARY_PRESSED), OFFLINE: ("wifi-off", WARN_TEXT),
               REVOKED: ("blocked", ERROR_TEXT), NOT_ENROLLED: ("info", INFO)}
# before the first status has been read
_WAITING_LOOK = ("clock", INFO)


def _attempt_over(before: SyncStatus | None, now: SyncStatus) -> bool:
    """True when ``now`` reports a try that ended after ``before`` was read: a new
    success, or a new failure (a try, then its error and the next try's time).  A try
    still on its way has only moved ``last_attempt_at``."""
    if before is None:
        return now.last_attempt_at is not None and (
            now.last_success_at is not None or now.last_error is not None)
    if now.last_success_at != before.last_success_at:
        return True
    return (now.last_attempt_at != before.last_attempt_at and now.last_error is not None
            and (now.next_try_at, now.last_error, now.last_error_detail)
            != (before.next_try_at, before.last_error, before.last_error_detail))


class StaffSyncScreen(StaffScreen):
    """The sync status, Sync now, and the dead letters."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.setObjectName("staffSync")
        self.bridge = nav.sync_bridge
        self.status: SyncStatus | None = None
        self._asking = False  # Sync now pressed, no attempt reported yet
        self._asked_before: SyncStatus | None = None  # the status when it was pressed
        self._sync_said = ("", "")  # what Sync now says: kind, level
        self.dead_letters = DeadLetterList(nav, self.bridge.control)
        self.dead_letters.changed.connect(self.bridge.refresh)
        self.content.setContentsMargins(28, 14, 28, 14)
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addLayout(self._build_status_column(), 3)
        row.addWidget(self.dead_letters, 2)
        self.content.addLayout(row, 1)
        self._sync_wait = QTimer(self)
        self._sync_wait.setSingleShot(True)
        self._sync_wait.setInterval(SYNC_NOW_WAIT_MS)
        self._sync_wait.timeout.connect(self._sync_now_unanswered)
        # "in 45 s" counts down between two statuses: the times are rewritten every second
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_times)
        self.bridge.statusChanged.connect(self._status_arrived)

    # -- building --------------------------------------------------------------------
    def _build_status_column(self) -> QVBoxLayout:
        self.state_box = QFrame()
        self.state_box.setObjectName("syncState")
        self.state_box.setProperty("state", "")
        self.state_icon = QLabel()
        self.state_icon.setFixedSize(QSize(48, 48))
        self.state_label = QLabel()
        self.state_label.setObjectName("syncStateName")
        self.feedback = QLabel()
        self.feedback.setObjectName("syncFeedback")
        self.feedback.setWordWrap(True)
        self.sync_now = QPushButton()
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setProperty("kind", "primary")
        self.sync_now.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_now.clicked.connect(self.request_sync)
        self.state_text = QLabel()
        self.state_text.setObjectName("syncStateText")
        self.state_text.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("syncError")
        self.error_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("syncDetail")
        self.detail_label.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.state_icon)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.sync_now)
        box = QVBoxLayout(self.state_box)
        box.setContentsMargins(20, 12, 16, 12)
        box.setSpacing(4)
        box.addLayout(top)
        box.addWidget(self.feedback)
        box.addWidget(self.state_text)
        box.addWidget(self.error_label)
        box.addWidget(self.detail_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for index, key in enumerate(FACTS):
            caption, value = QLabel(), QLabel()
            caption.setObjectName("factCaption")
            value.setObjectName("factValue")
            value.setWordWrap(True)
            grid.addWidget(caption, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, index, 1)
            self.captions[key], self.values[key] = caption, value
        for key in ("server", "device"):  # an address reads left to right in any language
            self.values[key].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.state_box)
        column.addLayout(grid)
        column.addStretch(1)
        return column

    # -- Screen ------------------------------------------------------------------------
    def on_enter(self) -> None:
        """Show the latest status at once, then keep it fresh while shown (a fresh one
        is read at once, off the UI thread, and shown when it arrives)."""
        self._sync_said = ("", "")
        self.dead_letters.forget_feedback()
        self.status = self.bridge.latest() or self.status
        self.bridge.start_polling()
        self._clock.start()
        self.retranslate()
        self.dead_letters.load()

    def reset(self) -> None:
        """Leaving the panel: stop polling, forget what was said."""
        self.bridge.stop_polling()
        self._clock.stop()
        self._sync_wait.stop()
        self._asking = False
        self._sync_said = ("", "")
        self.dead_letters.forget_feedback()

    def hideEvent(self, event: object) -> None:
        """No polling while nobody looks."""
        self.bridge.stop_polling()
        self._clock.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """Every text, in the current language, from the last status."""
        self.show_staff_header(self.tr("Sync with the centre"))
        captions = {
            "pending": self.tr("Events waiting to be sent"),
            "dead": self.tr("Events refused by the centre"),
            "last_success": self.tr("Last successful sync"),
            "last_attempt": self.tr("Last attempt"),
            "next_try": self.tr("Next try"),
            "server": self.tr("Centre address"),
            "device": self.tr("Device ID"),
            "bundle": self.tr("Reference data version"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.sync_now.setText(self.tr("Sync now"))
        self.sync_now.setMinimumWidth(self.sync_now.sizeHint().width())  # never cut
        self._show_status()
        self._show_feedback()
        self.dead_letters.retranslate()

    # -- the status --------------------------------------------------------------------
    def _status_arrived(self, status: object) -> None:
        if not isinstance(status, SyncStatus):
            return
        self.status = status
        if self._asking and _attempt_over(self._asked_before, status):
            self._sync_now_answered(status)
        if self.isVisible():
            self._show_status()
            self._show_feedback()
            self.dead_letters.status_count(status.dead)

    def _show_status(self) -> None:
        status = self.status
        state = status.state if status is not None else ""
        set_style_property(self.state_box, "state", state)
        icon, colour = _STATE_LOOK.get(state, ("alert", ERROR_TEXT)) if state \
            else _WAITING_LOOK
        self.state_icon.setPixmap(icon_pixmap(icon, colour, 48))
        self.state_label.setText(state_name(state))
        self.state_text.setText(state_sentence(state))
        side = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
        for value in self.values.values():  # against the caption, whatever the text
            value.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        if status is None:
            for value in self.values.values():
                value.setText("—")
            self.error_label.hide()
            self.detail_label.hide()
            self.sync_now.setEnabled(False)
            return
        now = self.nav.now()
        # revoked: the state already says it, in the same words
        self.error_label.setVisible(status.last_error is not None
                                    and error_sentence(status.last_error)
                                    != state_sentence(state))
        self.error_label.setText(self.tr("Last error: %1").replace(
            "%1", error_sentence(status.last_error)))
        detail = status.last_error_detail or ""
        if len(detail) > DETAIL_CHARS:
            detail = detail[:DETAIL_CHARS - 1] + "…"
        self.detail_label.setVisible(bool(status.last_error and detail))
        self.detail_label.setText(self.tr("For support: %1").replace("%1", left_to_right(detail)))
        values = {
            "pending": number(status.pending),
            "dead": number(status.dead),
            "last_success": when(status.last_success_at, now, self.tr("Never")),
            "last_attempt": when(status.last_attempt_at, now, self.tr("Never")),
            "next_try": next_try(status.next_try_at, now)
            if state in (ONLINE, OFFLINE) else self.tr("Not planned"),
            "server": status.server_url or self.tr("Not set"),
            "device": status.device_id or self.tr("Not enrolled yet"),
            "bundle": number(status.bundle_version) if status.bundle_version is not None
            else self.tr("None yet"),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.sync_now.setEnabled(not self._asking and state not in (REVOKED, NOT_ENROLLED))

    def _show_times(self) -> None:
        """Rewrite the times relative to now ("today", "in 45 s") from the last status."""
        status = self.status
        if status is None:
            return
        now = self.nav.now()
        self.values["last_success"].setText(when(status.last_success_at, now, self.tr("Never")))
        self.values["last_attempt"].setText(when(status.last_attempt_at, now, self.tr("Never")))
        if status.state in (ONLINE, OFFLINE):
            self.values["next_try"].setText(next_try(status.next_try_at, now))

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # -- Sync now ----------------------------------------------------------------------
    def request_sync(self) -> None:
        """Ask the worker to try at once; say "trying…" until it reports an attempt."""
        if self._asking:
            return
        control = self.bridge.control
        self._asked_before = self.bridge.latest() or self.status
        self._asking = True
        self._sync_said = ("trying", "info")
        self.sync_now.setEnabled(False)
        self._show_feedback()
        self._sync_wait.start()
        self.nav.run_job(control.sync_now, lambda _result: self._sync_now_sent(),
                         lambda kind, what: self._sync_now_failed())

    def _sync_now_sent(self) -> None:
        if self.isVisible():
            self.bridge.refresh()

    def _sync_now_failed(self) -> None:
        self._asking = False
        self._sync_wait.stop()
        self._sync_said = ("not_asked", "error")
        self._show_status()
        self._show_feedback()

    def _sync_now_answered(self, status: SyncStatus) -> None:
        self._asking = False
        self._sync_wait.stop()
        before = self._asked_before
        worked = status.state == ONLINE and status.last_success_at is not None and (
            before is None or status.last_success_at != before.last_success_at)
        self._sync_said = ("worked", "ok") if worked else ("failed", "error")

    def _sync_now_unanswered(self) -> None:
        self._asking = False
        self._sync_said = ("no_answer", "info")
        self._show_status()
        self._show_feedback()

    def _show_feedback(self) -> None:
        kind, level = self._sync_said
        texts = {
            "trying": self.tr("Trying now…"),
            "worked": self.tr("Sync worked."),
            "failed": self.tr("That try did not work."),
            "no_answer": self.tr("No answer yet: the kiosk keeps trying."),
            "not_asked": self.tr("Could not start. Try again."),
        }
        self.feedback.setText(texts.get(kind, ""))
        self.feedback.setVisible(bool(kind))
        set_style_property(self.feedback, "level", level or "info")
