"""The live queue of the counter's groups: who waits, for how long, who goes first.

One row per waiting ticket in calling order (priority first, then the oldest): the
number, the service in the agent's language, the minutes since the ticket was issued,
and marks in words with an icon, never by colour alone ("Priority: 65 or older",
"Transferred from C").  The table mirrors in Arabic (Qt lays its columns right to
left); numbers and times stay digits.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalog import Catalog
from kiosk.domain.queue import QueueSnapshot, QueueTicket
from kiosk.ui.console.words import minutes, minutes_between, priority_name
from kiosk.ui.i18n import current_language
from kiosk.ui.theme import WARN_BG, WARN_TEXT
from kiosk.ui.widgets.icons import make_icon

COLUMNS = ("number", "service", "waiting", "marks")


class QueueView(QWidget):
    """The waiting tickets of some groups, refreshed by :meth:`show_queue`."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleQueue")
        self.catalog = catalog
        self.snapshot: QueueSnapshot | None = None
        self.groups: tuple[str, ...] = ()
        self.now: datetime | None = None
        self.rows: list[QueueTicket] = []
        self.title = QLabel()
        self.title.setObjectName("consoleQueueTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("queueTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        self.retranslate()

    def show_queue(self, snapshot: QueueSnapshot | None, groups: tuple[str, ...],
                   now: datetime) -> None:
        """The waiting tickets of ``groups`` in ``snapshot`` (None: not read yet)."""
        self.snapshot, self.groups, self.now = snapshot, groups, now
        self._fill()

    def retranslate(self) -> None:
        """Headers and rows in the agent's language."""
        self.table.setHorizontalHeaderLabels([
            self.tr("Ticket"), self.tr("Service"), self.tr("Waiting"), self.tr("Marks")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        snapshot = self.snapshot
        self.rows = snapshot.waiting(self.groups) if snapshot is not None else []
        priority = sum(1 for t in self.rows if t.priority)
        self.title.setText(self.tr("Waiting: %1").replace("%1", str(len(self.rows))))
        if snapshot is None:
            self.summary.setText(self.tr("The queue has not been read yet."))
        elif not self.rows:
            self.summary.setText(self.tr("Nobody is waiting for this counter's groups."))
        else:
            self.summary.setText(self.tr(
                "In calling order: priority tickets first, then the oldest. Priority "
                "tickets: %1.").replace("%1", str(priority)))
        lang = current_language()
        now = self.now
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, ticket in enumerate(self.rows):
            service = self.catalog.services.get(ticket.service_id)
            waited = minutes_between(ticket.issued_at, now) if now is not None else 0
            marks = []
            if ticket.priority:
                marks.append(self.tr("Priority: %1").replace(
                    "%1", priority_name(ticket.priority)))
            if ticket.transferred_from:
                marks.append(self.tr("Transferred from %1").replace(
                    "%1", ticket.transferred_from))
            cells = (ticket.number, service.name(lang) if service else ticket.service_id,
                     minutes(waited), " · ".join(marks))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter
                                      | (Qt.AlignmentFlag.AlignHCenter if column in (0, 2)
                                         else Qt.AlignmentFlag.AlignLeading))
                if column == 0:
                    item.setFont(bold)
                if ticket.priority:
                    item.setBackground(QBrush(QColor(WARN_BG)))
                    if column == 3:
                        item.setIcon(make_icon("alert", WARN_TEXT))
                        item.setFont(bold)
                elif ticket.transferred_from and column == 3:
                    item.setIcon(make_icon("repeat", WARN_TEXT))
                self.table.setItem(row, column, item)
