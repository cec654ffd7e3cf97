"""The staff sync panel: is this kiosk in touch with the centre, and what is waiting.

Reached from the welcome screen by the hidden gesture and the staff PIN.  It shows the
sync worker's :class:`~kiosk.sync.status.SyncStatus` in the staff's language, live
(the worker's callbacks arrive through :class:`~kiosk.ui.sync_bridge.SyncBridge`, and
a light timer reads the status while the panel is shown), offers "Sync now", and lists
the dead letters with Retry and Discard.  A dead letter shows its type, number, date
and the centre's reason, never its payload (it holds visitors' details).

Nothing here waits on the network or on the disk on the UI thread: ``status()`` only
reads counters; the dead-letter list, Sync now, Retry and Discard run as worker jobs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.sync.status import (
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    REVOKED,
    DeadLetter,
    SyncControl,
    SyncStatus,
)
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.sync_words import (
    UNAVAILABLE,
    error_sentence,
    isolated,
    next_try,
    number,
    state_name,
    state_sentence,
    when,
)
from kiosk.ui.theme import ERROR_TEXT, INFO, PRIMARY_PRESSED, WARN_TEXT, set_style_property
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.staff_header import StaffHeader

# at most this many dead letters are listed (the oldest); the count says how many in all
DEAD_SHOWN = 50
# "Sync now" says "trying..." at most this long if no attempt is reported
SYNC_NOW_WAIT_MS = 30_000
# the technical detail of the last error is cut to this many characters
DETAIL_CHARS = 110
FACTS = ("pending", "dead", "last_success", "last_attempt", "next_try", "server", "device",
         "bundle")
_STATE_LOOK = {ONLINE: ("wifi", PRIMARY_PRESSED), OFFLINE: ("wifi-off", WARN_TEXT),
               REVOKED: ("blocked", ERROR_TEXT), NOT_ENROLLED: ("info", INFO),
               UNAVAILABLE: ("info", INFO)}


def _dead_page(control: SyncControl) -> tuple[list[DeadLetter], int]:
    """The oldest :data:`DEAD_SHOWN` dead letters and how many there are (worker job)."""
    letters = list(control.dead_letters())
    return letters[:DEAD_SHOWN], len(letters)


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


class DeadLetterRow(QFrame):
    """One refused event: what it is, when, why; Retry, and Discard after a confirmation.

    Signals: ``retryRequested(str)`` and ``discardRequested(str)`` with the event id.
    """

    retryRequested = Signal(str)
    discardRequested = Signal(str)

    def __init__(self, letter: DeadLetter, now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.letter = letter
        self._now = now
        self.title = QLabel()
        self.title.setObjectName("deadTitle")
        self.title.setWordWrap(True)
        self.created = QLabel()
        self.created.setObjectName("deadLine")
        self.created.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("deadLine")
        self.reason.setWordWrap(True)
        self.retry = QPushButton()
        self.retry.setProperty("kind", "secondary")
        self.retry.clicked.connect(lambda: self.retryRequested.emit(letter.event_id))
        self.discard = QPushButton()
        self.discard.setProperty("kind", "danger")
        self.discard.clicked.connect(self.ask_discard)
        self.question = QLabel()
        self.question.setObjectName("deadQuestion")
        self.question.setWordWrap(True)
        self.confirm = QPushButton()
        self.confirm.setProperty("kind", "danger-filled")
        self.confirm.clicked.connect(self._confirmed)
        self.keep = QPushButton()
        self.keep.setProperty("kind", "secondary")
        self.keep.clicked.connect(self.cancel_discard)
        for button in (self.retry, self.discard, self.confirm, self.keep):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.retry)
        actions.addWidget(self.discard)
        actions.addStretch(1)
        self.asking = QWidget()
        asking = QVBoxLayout(self.asking)
        asking.setContentsMargins(0, 0, 0, 0)
        asking.setSpacing(10)
        asking.addWidget(self.question)
        answers = QHBoxLayout()
        answers.setSpacing(12)
        answers.addWidget(self.confirm)
        answers.addWidget(self.keep)
        answers.addStretch(1)
        asking.addLayout(answers)
        self.asking.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.created)
        column.addWidget(self.reason)
        column.addSpacing(6)
        column.addLayout(actions)
        column.addWidget(self.asking)
        self.retranslate()

    def ask_discard(self) -> None:
        """Discard pressed: ask first (nothing is discarded by one tap)."""
        self.asking.show()
        self.retry.setEnabled(False)
        self.discard.setEnabled(False)

    def cancel_discard(self) -> None:
        """Keep it after all."""
        self.asking.hide()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While its Retry or Discard is on its way: no second press."""
        for button in (self.retry, self.discard, self.confirm, self.keep):
            button.setEnabled(not busy)

    def retranslate(self) -> None:
        """Texts of this row."""
        letter = self.letter
        self.title.setText(self.tr("%1 · No. %2").replace("%1", isolated(letter.type))
                           .replace("%2", str(letter.seq)))
        self.created.setText(self.tr("Created: %1").replace(
            "%1", when(letter.created_at, self._now, "")))
        self.reason.setText(self.tr("Refused by the centre: %1").replace(
            "%1", isolated(letter.reason)))
        self.retry.setText(self.tr("Retry"))
        self.discard.setText(self.tr("Discard"))
        self.question.setText(self.tr(
            "Discard event No. %1? It will never be sent; it stays recorded on this kiosk "
            "as discarded.").replace("%1", str(letter.seq)))
        self.confirm.setText(self.tr("Yes, discard"))
        self.keep.setText(self.tr("No, keep it"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _confirmed(self) -> None:
        self.set_busy(True)
        self.discardRequested.emit(self.letter.event_id)


class StaffSyncScreen(Screen):
    """The sync status, Sync now, and the dead letters."""

    accessibility_bar = False  # staff only

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav, with_header=False)
        self.setObjectName("staffSync")
        self.bridge = nav.sync_bridge
        self.status: SyncStatus | None = None
        self.dead: list[DeadLetter] = []
        self.dead_total = 0
        self.rows: dict[str, DeadLetterRow] = {}
        self._loading = False
        self._load_again = False
        self._dead_seen: int | None = None
        self._asking = False  # Sync now pressed, no attempt reported yet
        self._asked_before: SyncStatus | None = None  # the status when it was pressed
        self._acting: set[str] = set()  # dead letters whose Retry/Discard is on its way
        self._sync_said = ("", "")  # what Sync now says: kind, level
        self._dead_said = ("", "", "")  # what Retry/Discard says: kind, level, event number
        self.staff_header = StaffHeader()
        self.staff_header.closeRequested.connect(nav.home)
        self.staff_header.languageRequested.connect(nav.set_language)
        self.root.insertWidget(0, self.staff_header)
        self.content.setContentsMargins(28, 14, 28, 14)
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addLayout(self._build_status_column(), 3)
        row.addLayout(self._build_dead_column(), 2)
        self.content.addLayout(row, 1)
        self._sync_wait = QTimer(self)
        self._sync_wait.setSingleShot(True)
        self._sync_wait.setInterval(SYNC_NOW_WAIT_MS)
        self._sync_wait.timeout.connect(self._sync_now_unanswered)
        # "in 45 s" counts down between two statuses: the times are rewritten every second
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_times)
        if self.bridge is not None:
            self.bridge.statusChanged.connect(self._status_arrived)

    # -- building --------------------------------------------------------------------
    def _build_status_column(self) -> QVBoxLayout:
        self.state_box = QFrame()
        self.state_box.setObjectName("syncState")
        self.state_box.setProperty("state", UNAVAILABLE)
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

    def _build_dead_column(self) -> QVBoxLayout:
        self.dead_title = QLabel()
        self.dead_title.setObjectName("sectionTitle")
        self.dead_title.setWordWrap(True)
        self.dead_note = QLabel()
        self.dead_note.setObjectName("hint")
        self.dead_note.setWordWrap(True)
        self.dead_feedback = QLabel()
        self.dead_feedback.setObjectName("syncFeedback")
        self.dead_feedback.setWordWrap(True)
        self.dead_feedback.hide()
        self.dead_list = QWidget()
        self.dead_list.setObjectName("screenBody")
        self.dead_rows = QVBoxLayout(self.dead_list)
        self.dead_rows.setContentsMargins(6, 0, 6, 0)
        self.dead_rows.setSpacing(12)
        self.dead_rows.addStretch(1)
        self.dead_scroll = QScrollArea()
        self.dead_scroll.setWidgetResizable(True)
        self.dead_scroll.setWidget(self.dead_list)
        self.dead_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.dead_title)
        column.addWidget(self.dead_note)
        column.addWidget(self.dead_feedback)
        column.addWidget(self.dead_scroll, 1)
        return column

    # -- Screen ------------------------------------------------------------------------
    def on_enter(self) -> None:
        """Show the latest status at once, then keep it fresh while shown."""
        self._sync_said = ("", "")
        self._dead_said = ("", "", "")
        if self.bridge is not None:
            status = self.bridge.refresh() or self.bridge.latest()
            if status is not None:
                self.status = status
            self.bridge.start_polling()
        self._clock.start()
        self.retranslate()
        self.load_dead_letters()

    def reset(self) -> None:
        """Leaving the panel: stop polling, forget what was said."""
        if self.bridge is not None:
            self.bridge.stop_polling()
        self._clock.stop()
        self._sync_wait.stop()
        self._asking = False
        self._sync_said = ("", "")
        self._dead_said = ("", "", "")

    def hideEvent(self, event: object) -> None:
        """No polling while nobody looks."""
        if self.bridge is not None:
            self.bridge.stop_polling()
        self._clock.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """Every text, in the current language, from the last status."""
        self.staff_header.set_title(self.tr("Sync with the centre"))
        self.staff_header.set_language(self.nav.languages.lang)
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
        self._show_dead_letters()
        self._show_feedback()

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
            if status.dead != self._dead_seen:
                self.load_dead_letters()

    def _show_status(self) -> None:
        status = self.status if self.bridge is not None else None
        state = status.state if status is not None else UNAVAILABLE
        set_style_property(self.state_box, "state", state)
        icon, colour = _STATE_LOOK.get(state, ("alert", ERROR_TEXT))
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
        self.detail_label.setText(self.tr("For support: %1").replace("%1", isolated(detail)))
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
        if status is None or self.bridge is None:
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
        if self.bridge is None or self._asking:
            return
        control = self.bridge.control
        self._asked_before = self.bridge.refresh() or self.status
        self._asking = True
        self._sync_said = ("trying", "info")
        self.sync_now.setEnabled(False)
        self._show_feedback()
        self._sync_wait.start()
        self.nav.run_job(control.sync_now, lambda _result: self._sync_now_sent(),
                         lambda kind, what: self._sync_now_failed())

    def _sync_now_sent(self) -> None:
        if self.bridge is not None and self.isVisible():
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
        kind, level, seq = self._dead_said
        texts = {
            "retried": self.tr("Event No. %1 will be sent again.").replace("%1", seq),
            "discarded": self.tr("Event No. %1 was discarded. It stays recorded on this "
                                 "kiosk.").replace("%1", seq),
            "gone": self.tr("Event No. %1 is no longer in the list.").replace("%1", seq),
            "action_failed": self.tr("That did not work. Please try again."),
        }
        self.dead_feedback.setText(texts.get(kind, ""))
        self.dead_feedback.setVisible(bool(kind))
        set_style_property(self.dead_feedback, "level", level or "info")

    # -- dead letters ------------------------------------------------------------------
    def load_dead_letters(self) -> None:
        """Read the dead-letter list in a worker job (it reads the database)."""
        if self.bridge is None:
            self._show_dead_letters()
            return
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        control = self.bridge.control
        self.nav.run_job(lambda: _dead_page(control), self._dead_loaded, self._dead_failed)

    def _dead_loaded(self, result: Any) -> None:
        self._loading = False
        letters, total = result
        self.dead, self.dead_total = list(letters), int(total)
        self._dead_seen = self.status.dead if self.status is not None else None
        self._show_dead_letters()
        if self._load_again:
            self._load_again = False
            self.load_dead_letters()

    def _dead_failed(self, kind: str, what: str) -> None:
        self._loading = False
        self._load_again = False
        self.dead_note.setText(self.tr("The list of refused events could not be read."))

    def _show_dead_letters(self) -> None:
        self.dead_title.setText(self.tr("Refused events (%1)").replace(
            "%1", number(self.dead_total)))
        if not self.dead:
            note = self.tr("None. Every event the centre received was accepted.") \
                if self.bridge is not None else ""
        elif self.dead_total > len(self.dead):
            note = self.tr("The oldest %1 of %2 are listed.").replace(
                "%1", number(len(self.dead))).replace("%2", number(self.dead_total))
        else:
            note = self.tr("Retry sends an event again; Discard sets it aside for good.")
        self.dead_note.setText(note)
        self.dead_note.setVisible(bool(note))
        shown = [letter.event_id for letter in self.dead]
        if shown == list(self.rows):
            for event_id, row in self.rows.items():
                if event_id not in self._acting and not row.asking.isVisible():
                    row.set_busy(False)
            return
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows.clear()
        now = self.nav.now()
        for letter in self.dead:
            row = DeadLetterRow(letter, now)
            row.retryRequested.connect(self.retry)
            row.discardRequested.connect(self.discard)
            row.set_busy(letter.event_id in self._acting)
            self.dead_rows.insertWidget(self.dead_rows.count() - 1, row)
            self.rows[letter.event_id] = row

    def retry(self, event_id: str) -> None:
        """Send a dead letter again (worker job), then reread the list."""
        self._act(event_id, "retried")

    def discard(self, event_id: str) -> None:
        """Set a dead letter aside for good (kept as discarded), then reread the list."""
        self._act(event_id, "discarded")

    def _act(self, event_id: str, done: str) -> None:
        if self.bridge is None or event_id in self._acting:
            return
        control = self.bridge.control
        row = self.rows.get(event_id)
        seq = str(row.letter.seq) if row is not None else ""
        if row is not None:
            row.set_busy(True)
        self._acting.add(event_id)
        work = (lambda: control.retry_dead(event_id)) if done == "retried" \
            else (lambda: control.discard_dead(event_id))

        def finished(result: Any) -> None:
            self._acting.discard(event_id)
            self._dead_said = (done, "ok", seq) if result is True else ("gone", "info", seq)
            self._after_action()

        def failed(kind: str, what: str) -> None:
            self._acting.discard(event_id)
            self._dead_said = ("action_failed", "error", seq)
            if event_id in self.rows:
                self.rows[event_id].cancel_discard()
            self._after_action()

        self.nav.run_job(work, finished, failed)

    def _after_action(self) -> None:
        self._show_feedback()
        if self.bridge is not None:
            self.bridge.refresh()
        self.load_dead_letters()
