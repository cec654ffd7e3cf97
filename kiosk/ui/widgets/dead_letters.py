"""The dead letters of the staff sync panel: the events the centre refused.

Each is listed with its type, number, date and the centre's reason, never its payload
(it holds visitors' details), with Retry and Discard (after a confirmation).  Reading
the list, Retry and Discard run as worker jobs; what they did is said above the list.

The list's own words keep the Qt Linguist context of the panel ("StaffSyncScreen"),
where they were first written, so their translations carry over.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.sync.status import DeadLetter, SyncControl
from kiosk.ui.bidi import left_to_right
from kiosk.ui.sync_words import number, when
from kiosk.ui.theme import set_style_property

if TYPE_CHECKING:
    from kiosk.ui.navigator import Navigator

# at most this many dead letters are listed (the oldest); the count says how many in all
DEAD_SHOWN = 50


def _dead_page(control: SyncControl) -> tuple[list[DeadLetter], int]:
    """The oldest :data:`DEAD_SHOWN` dead letters and how many there are (worker job)."""
    letters = list(control.dead_letters())
    return letters[:DEAD_SHOWN], len(letters)


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
        self.title.setText(self.tr("%1 · No. %2").replace("%1", left_to_right(letter.type))
                           .replace("%2", str(letter.seq)))
        self.created.setText(self.tr("Created: %1").replace(
            "%1", when(letter.created_at, self._now, "")))
        self.reason.setText(self.tr("Refused by the centre: %1").replace(
            "%1", left_to_right(letter.reason)))
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


class DeadLetterList(QWidget):
    """The refused events: a title with their number, a note, what the last Retry or
    Discard did, and one :class:`DeadLetterRow` each, in a scroll area.

    Signal ``changed()``: a Retry or Discard went through (the counts have moved).
    """

    changed = Signal()

    def __init__(self, nav: Navigator, control: SyncControl,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = nav
        self.control = control
        self.dead: list[DeadLetter] = []
        self.total = 0
        self.rows: dict[str, DeadLetterRow] = {}
        self._loading = False
        self._load_again = False
        self._status_dead: int | None = None  # the count the last status gave
        self._seen: int | None = None  # that count when the list was last read
        self._acting: set[str] = set()  # dead letters whose Retry/Discard is on its way
        self._said = ("", "", "")  # what Retry/Discard says: kind, level, event number
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("syncFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.list = QWidget()
        self.list.setObjectName("screenBody")
        self.list_rows = QVBoxLayout(self.list)
        self.list_rows.setContentsMargins(6, 0, 6, 0)
        self.list_rows.setSpacing(12)
        self.list_rows.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.list)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(self.feedback)
        column.addWidget(self.scroll_area, 1)

    def forget_feedback(self) -> None:
        """Say nothing about earlier Retry/Discard (the panel was opened or left)."""
        self._said = ("", "", "")
        self.show_feedback()

    def status_count(self, dead: int) -> None:
        """The status says there are ``dead`` refused events: reread when that moved."""
        self._status_dead = dead
        if dead != self._seen:
            self.load()

    # -- reading the list --------------------------------------------------------------
    def load(self) -> None:
        """Read the list in a worker job (it reads the database)."""
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        control = self.control
        self.nav.run_job(lambda: _dead_page(control), self._loaded, self._load_failed)

    def _loaded(self, result: Any) -> None:
        self._loading = False
        letters, total = result
        self.dead, self.total = list(letters), int(total)
        self._seen = self._status_dead
        self.show_list()
        if self._load_again:
            self._load_again = False
            self.load()

    def _load_failed(self, kind: str, what: str) -> None:
        self._loading = False
        self._load_again = False
        self.note.setText(QCoreApplication.translate(
            "StaffSyncScreen", "The list of refused events could not be read."))

    # -- showing it --------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text, in the current language."""
        self.show_list()
        self.show_feedback()

    def show_list(self) -> None:
        """The title, the note and the rows, from the last reading."""
        self.title.setText(QCoreApplication.translate(
            "StaffSyncScreen", "Refused events (%1)").replace("%1", number(self.total)))
        if not self.dead:
            note = QCoreApplication.translate(
                "StaffSyncScreen", "None. Every event the centre received was accepted.")
        elif self.total > len(self.dead):
            note = QCoreApplication.translate(
                "StaffSyncScreen", "The oldest %1 of %2 are listed.").replace(
                "%1", number(len(self.dead))).replace("%2", number(self.total))
        else:
            note = QCoreApplication.translate(
                "StaffSyncScreen", "Retry sends an event again; Discard sets it aside for good.")
        self.note.setText(note)
        self.note.setVisible(bool(note))
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
            self.list_rows.insertWidget(self.list_rows.count() - 1, row)
            self.rows[letter.event_id] = row

    def show_feedback(self) -> None:
        """What the last Retry or Discard did."""
        kind, level, seq = self._said
        texts = {
            "retried": QCoreApplication.translate(
                "StaffSyncScreen", "Event No. %1 will be sent again.").replace("%1", seq),
            "discarded": QCoreApplication.translate(
                "StaffSyncScreen", "Event No. %1 was discarded. It stays recorded on this "
                                   "kiosk.").replace("%1", seq),
            "gone": QCoreApplication.translate(
                "StaffSyncScreen", "Event No. %1 is no longer in the list.").replace("%1", seq),
            "action_failed": QCoreApplication.translate(
                "StaffSyncScreen", "That did not work. Please try again."),
        }
        self.feedback.setText(texts.get(kind, ""))
        self.feedback.setVisible(bool(kind))
        set_style_property(self.feedback, "level", level or "info")

    # -- Retry and Discard -------------------------------------------------------------
    def retry(self, event_id: str) -> None:
        """Send a dead letter again (worker job), then reread the list."""
        self._act(event_id, "retried")

    def discard(self, event_id: str) -> None:
        """Set a dead letter aside for good (kept as discarded), then reread the list."""
        self._act(event_id, "discarded")

    def _act(self, event_id: str, done: str) -> None:
        if event_id in self._acting:
            return
        control = self.control
        row = self.rows.get(event_id)
        seq = str(row.letter.seq) if row is not None else ""
        if row is not None:
            row.set_busy(True)
        self._acting.add(event_id)
        work = (lambda: control.retry_dead(event_id)) if done == "retried" \
            else (lambda: control.discard_dead(event_id))

        def finished(result: Any) -> None:
            self._acting.discard(event_id)
            self._said = (done, "ok", seq) if result is True else ("gone", "info", seq)
            self._after_action()

        def failed(kind: str, what: str) -> None:
            self._acting.discard(event_id)
            self._said = ("action_failed", "error", seq)
            if event_id in self.rows:
                self.rows[event_id].cancel_discard()
            self._after_action()

        self.nav.run_job(work, finished, failed)

    def _after_action(self) -> None:
        self.show_feedback()
        self.changed.emit()
        self.load()
