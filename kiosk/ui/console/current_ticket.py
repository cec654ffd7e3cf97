"""The ticket at the counter and the agent's actions on it.

Big buttons: Call next, Recall (with the recalls made and allowed), Serve… (an outcome
and a note), No-show and Transfer… (another group).  Serve… and Transfer… open their
choices in place of the buttons (no modal dialog: the queue keeps refreshing).  What
the last action did is said in the banner under the buttons.

The panel only asks: the window runs each action in a worker job and shows the result
with :meth:`CurrentTicket.show_ticket`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalog import Catalog, Group
from kiosk.domain.queue import MAX_NOTE, OUTCOMES, QueueTicket
from kiosk.domain.text import pick
from kiosk.ui.console.words import clock, minutes, minutes_between, outcome_name, priority_name
from kiosk.ui.i18n import current_language
from kiosk.ui.theme import WARN_TEXT
from kiosk.ui.widgets.dialogs import MessageBanner
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.pages import show_only


def compact_banner(banner: MessageBanner) -> MessageBanner:
    """A :class:`MessageBanner` sized for an agent's screen (small icon, thin margins)."""
    layout = banner.layout()
    if layout is not None:
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
    banner.icon.setFixedSize(26, 26)
    banner.icon.setScaledContents(True)
    return banner


#: keyboard shortcuts of the actions (the agent's PC has a real keyboard)
KEYS = {"call": "F2", "recall": "F3", "serve": "F4", "no_show": "F6", "transfer": "F7"}


class CurrentTicket(QFrame):
    """The counter's ticket, its actions, and what the last one did.

    Signals (the ticket's number first): ``callNextRequested()``,
    ``recallRequested(str)``, ``serveRequested(str, str, str)`` (outcome, note),
    ``noShowRequested(str)``, ``transferRequested(str, str)`` (group).
    """

    callNextRequested = Signal()
    recallRequested = Signal(str)
    serveRequested = Signal(str, str, str)
    noShowRequested = Signal(str)
    transferRequested = Signal(str, str)

    def __init__(self, catalog: Catalog, groups: Mapping[str, Group], max_recalls: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleCurrent")
        self.catalog = catalog
        self.all_groups = dict(groups)
        self.max_recalls = max_recalls
        self.ticket: QueueTicket | None = None
        self.now: datetime | None = None
        self.busy = False
        self.cut_off = False
        self.can_call = True
        self.title = QLabel()
        self.title.setObjectName("consolePanelTitle")
        self.number = QLabel()
        self.number.setObjectName("currentNumber")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # as wide as its text, never more: the service's words get the rest of the row
        # (a stretching box squeezed them into a column and the panel overflowed)
        self.number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.service = QLabel()
        self.service.setObjectName("currentService")
        self.service.setWordWrap(True)
        self.service.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.times = QLabel()
        self.times.setObjectName("hint")
        self.times.setWordWrap(True)
        self.times.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mark_icon = QLabel()
        self.mark_icon.setFixedSize(28, 28)
        self.mark_icon.setPixmap(icon_pixmap("alert", WARN_TEXT, 28))
        self.mark = QLabel()
        self.mark.setObjectName("currentMark")
        self.mark.setWordWrap(True)
        marks = QHBoxLayout()
        marks.setSpacing(8)
        marks.addWidget(self.mark_icon)
        marks.addWidget(self.mark, 1)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self.service)
        facts.addLayout(marks)
        facts.addWidget(self.times)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(facts, 1)

        self.feedback = compact_banner(MessageBanner())
        self.feedback.setObjectName("actionFeedback")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_actions())
        self.pages.addWidget(self._build_serve())
        self.pages.addWidget(self._build_transfer())
        self._page(0)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 10)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addLayout(top)
        column.addWidget(self.pages)
        column.addWidget(self.feedback)
        for name, key in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(getattr(self, f"_key_{name}"))
        self.retranslate()

    # -- building ----------------------------------------------------------------------
    def _build_actions(self) -> QWidget:
        page = QWidget()
        self.call_next = QPushButton()
        self.call_next.setObjectName("callNext")
        self.call_next.setProperty("kind", "huge")
        self.call_next.clicked.connect(self._call)
        self.recall = QPushButton()
        self.recall.setObjectName("recall")
        self.recall.clicked.connect(self._recall)
        self.serve = QPushButton()
        self.serve.setObjectName("serve")
        self.serve.setProperty("kind", "primary")
        self.serve.clicked.connect(self.open_serve)
        self.no_show = QPushButton()
        self.no_show.setObjectName("noShow")
        self.no_show.clicked.connect(self._no_show)
        self.transfer = QPushButton()
        self.transfer.setObjectName("transfer")
        self.transfer.clicked.connect(self.open_transfer)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(self.call_next, 0, 0, 1, 2)
        grid.addWidget(self.serve, 1, 0)
        grid.addWidget(self.recall, 1, 1)
        grid.addWidget(self.no_show, 2, 0)
        grid.addWidget(self.transfer, 2, 1)
        for button in (self.call_next, self.recall, self.serve, self.no_show, self.transfer):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return page

    def _build_serve(self) -> QWidget:
        page = QWidget()
        self.serve_prompt = QLabel()
        self.serve_prompt.setWordWrap(True)
        self.outcomes: dict[str, QPushButton] = {}
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, outcome in enumerate(OUTCOMES):
            button = QPushButton()
            button.setObjectName(f"outcome_{outcome}")
            button.setProperty("kind", "check")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._outcome_changed)
            self.outcome_group.addButton(button)
            grid.addWidget(button, index // 2, index % 2)
            self.outcomes[outcome] = button
        self.note = QPlainTextEdit()
        self.note.setObjectName("serveNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.note.textChanged.connect(self._outcome_changed)
        self.serve_ok = QPushButton()
        self.serve_ok.setObjectName("serveConfirm")
        self.serve_ok.setProperty("kind", "primary")
        self.serve_ok.clicked.connect(self.confirm_serve)
        self.serve_cancel = QPushButton()
        self.serve_cancel.setObjectName("serveCancel")
        self.serve_cancel.clicked.connect(self.back_to_actions)
        ok_key = QShortcut(QKeySequence("Ctrl+Return"), self.note)
        ok_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        ok_key.activated.connect(self.confirm_serve)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.serve_ok, 2)
        buttons.addWidget(self.serve_cancel, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.serve_prompt)
        column.addLayout(grid)
        column.addWidget(self.note)
        column.addLayout(buttons)
        return page

    def _build_transfer(self) -> QWidget:
        page = QWidget()
        self.transfer_prompt = QLabel()
        self.transfer_prompt.setWordWrap(True)
        self.targets: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, group_id in enumerate(self.all_groups):
            button = QPushButton()
            button.setObjectName(f"transfer_{group_id}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, g=group_id: self._transfer_to(g))
            grid.addWidget(button, index // 2, index % 2)
            self.targets[group_id] = button
        self.transfer_cancel = QPushButton()
        self.transfer_cancel.setObjectName("transferCancel")
        self.transfer_cancel.clicked.connect(self.back_to_actions)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.transfer_prompt)
        column.addLayout(grid)
        column.addWidget(self.transfer_cancel)
        return page

    # -- state -------------------------------------------------------------------------
    def show_ticket(self, ticket: QueueTicket | None, now: datetime, *, cut_off: bool,
                    can_call: bool) -> None:
        """The counter's ticket now; ``can_call``: the queue is fresh enough to call."""
        moved = (ticket is None or self.ticket is None
                 or ticket.request_id != self.ticket.request_id)
        if moved and self.pages.currentIndex() != 0:
            self.back_to_actions()
        self.ticket, self.now, self.cut_off, self.can_call = ticket, now, cut_off, can_call
        self._fill()

    def set_busy(self, busy: bool) -> None:
        """While an action is on its way: no second press."""
        self.busy = busy
        self._enable()

    def say(self, text: str, level: str = "info") -> None:
        """What the last action did ("": nothing shown)."""
        if not text:
            self.feedback.clear()
            return
        self.feedback.show_message(text, level)
        self._show_feedback()

    def _show_feedback(self) -> None:
        """The last action's message, on the actions page only: hidden while the agent
        chooses an outcome or a group, so the panel fits a 768-pixel screen."""
        self.feedback.setVisible(self.pages.currentIndex() == 0
                                 and bool(self.feedback.message()))

    def open_serve(self) -> None:
        """Serve…: choose the outcome, write a note."""
        if self.ticket is None or self.busy:
            return
        self.outcome_group.setExclusive(False)
        for button in self.outcomes.values():
            button.setChecked(False)
        self.outcome_group.setExclusive(True)
        self.note.clear()
        self._page(1)
        self._outcome_changed()
        self.note.setFocus()

    def open_transfer(self) -> None:
        """Transfer…: choose the group."""
        if self.ticket is None or self.busy:
            return
        self._page(2)
        self._fill()

    def back_to_actions(self) -> None:
        """Leave the serve or transfer choices."""
        self._page(0)
        self._enable()

    def _page(self, index: int) -> None:
        """Show page ``index`` (the stack is as tall as the page shown, not as its
        tallest page)."""
        show_only(self.pages, index)
        self._show_feedback()

    def chosen_outcome(self) -> str | None:
        """The outcome picked in Serve…"""
        return next((o for o, b in self.outcomes.items() if b.isChecked()), None)

    def confirm_serve(self) -> None:
        """Record the outcome and the note."""
        outcome = self.chosen_outcome()
        if self.ticket is None or outcome is None or self.busy:
            return
        note = self.note.toPlainText().strip()[:MAX_NOTE]
        number = self.ticket.number
        self.back_to_actions()
        self.serveRequested.emit(number, outcome, note)

    # -- showing -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the agent's language."""
        self.title.setText(self.tr("At your counter"))
        self.call_next.setText(self.tr("Call next") + f"  ({KEYS['call']})")
        self.serve.setText(self.tr("Serve…") + f"  ({KEYS['serve']})")
        self.no_show.setText(self.tr("No-show") + f"  ({KEYS['no_show']})")
        self.transfer.setText(self.tr("Transfer…") + f"  ({KEYS['transfer']})")
        self.serve_prompt.setText(self.tr("How did the visit end? Add a note if useful "
                                          "(Ctrl+Enter records)."))
        for outcome, button in self.outcomes.items():
            button.setText(outcome_name(outcome))
        self.note.setPlaceholderText(self.tr("Note for the file (optional)"))
        self.serve_ok.setText(self.tr("Record the outcome"))
        self.serve_cancel.setText(self.tr("Cancel"))
        self.transfer_prompt.setText(self.tr("Send this ticket to wait in another group. "
                                             "It keeps its place in line."))
        self.transfer_cancel.setText(self.tr("Cancel"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        ticket, now = self.ticket, self.now
        lang = current_language()
        recalls = ticket.recalls if ticket is not None else 0
        self.recall.setText(self.tr("Recall %1/%2").replace("%1", str(recalls)).replace(
            "%2", str(self.max_recalls)) + f"  ({KEYS['recall']})")
        for group_id, button in self.targets.items():
            button.setText(f"{group_id} — {pick(self.all_groups[group_id].names, lang)}")
        if ticket is None:
            self.number.setText("—")
            self.service.setText(self.tr("No ticket at your counter."))
            self.mark.hide()
            self.mark_icon.hide()
            self.times.setText(self.tr("Call next calls the first waiting ticket of your "
                                       "groups: priority first, then the oldest.")
                               if not self.cut_off else
                               self.tr("Calling waits until the hall server answers again."))
            self._enable()
            return
        self.number.setText(ticket.number)
        service = self.catalog.services.get(ticket.service_id)
        self.service.setText(service.name(lang) if service else ticket.service_id)
        marks = []
        if ticket.priority:
            marks.append(self.tr("PRIORITY: %1").replace("%1", priority_name(ticket.priority)))
        if ticket.transferred_from:
            marks.append(self.tr("Transferred from %1").replace("%1", ticket.transferred_from))
        self.mark.setText(" · ".join(marks))
        self.mark.setVisible(bool(marks))
        self.mark_icon.setVisible(bool(marks))
        waited = minutes_between(ticket.issued_at, now) if now else 0
        times = self.tr("Issued at %1 (%2 ago)").replace("%1", clock(ticket.issued_at)).replace(
            "%2", minutes(waited))
        if ticket.called_at is not None:
            times += " · " + self.tr("called at %1").replace("%1", clock(ticket.called_at))
        self.times.setText(times)
        for group_id, button in self.targets.items():
            button.setEnabled(group_id != ticket.group)
        self._enable()

    def _enable(self) -> None:
        has = self.ticket is not None and not self.busy
        self.call_next.setEnabled(not self.busy and self.ticket is None and self.can_call)
        self.recall.setEnabled(has and not self.cut_off)
        self.serve.setEnabled(has)
        self.no_show.setEnabled(has)
        self.transfer.setEnabled(has and not self.cut_off)
        self.serve_ok.setEnabled(has and self.chosen_outcome() is not None)

    def _outcome_changed(self) -> None:
        self._enable()

    # -- the actions -------------------------------------------------------------------
    def _call(self) -> None:
        if self.call_next.isEnabled():
            self.callNextRequested.emit()

    def _recall(self) -> None:
        if self.ticket is not None and self.recall.isEnabled():
            self.recallRequested.emit(self.ticket.number)

    def _no_show(self) -> None:
        if self.ticket is not None and self.no_show.isEnabled():
            self.noShowRequested.emit(self.ticket.number)

    def _transfer_to(self, group: str) -> None:
        if self.ticket is None or self.busy:
            return
        number = self.ticket.number
        self.back_to_actions()
        self.transferRequested.emit(number, group)

    def _key_call(self) -> None:
        if self.pages.currentIndex() == 0:
            self._call()

    def _key_recall(self) -> None:
        if self.pages.currentIndex() == 0:
            self._recall()

    def _key_serve(self) -> None:
        if self.serve.isEnabled():
            self.open_serve()

    def _key_no_show(self) -> None:
        if self.pages.currentIndex() == 0:
            self._no_show()

    def _key_transfer(self) -> None:
        if self.transfer.isEnabled():
            self.open_transfer()
