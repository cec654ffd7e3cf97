"""The member's own cases: search, the list (newest first), New case, and the handover.

Typing in the search box asks for a new list after a short pause
(``searchChanged(str)``); the window reads it in a worker job and shows it here.  A
touch on a row opens that case (``openRequested(str)``, its id).  Under the list: how
many changes still wait to reach the centre, and the button that writes the handover
file for a USB stick (``exportRequested()``).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.field import FieldCase
from kiosk.field_desk import CaseList
from kiosk.ui.bidi import own_direction, plate
from kiosk.ui.field.words import case_type_name, country_name
from kiosk.ui.widgets.dialogs import MessageBanner

#: the pause after the last key before the list is searched again
SEARCH_PAUSE_MS = 250
COLUMNS = 6


class CaseListView(QWidget):
    """The list page.  Signals: ``newRequested()``, ``openRequested(str)``,
    ``searchChanged(str)``, ``exportRequested()``."""

    newRequested = Signal()
    openRequested = Signal(str)
    searchChanged = Signal(str)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.shown: CaseList | None = None
        #: the time zone times are shown in (None: this PC's)
        self.tz: tzinfo | None = None
        self.query = ""
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(48)
        self.search.textChanged.connect(self._typed)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._search_now)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.new_button.setProperty("kind", "huge")
        self.new_button.clicked.connect(self.newRequested)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.banner = MessageBanner()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("cases")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._clicked)  # one tap opens (Enter too: below)
        self.table.cellActivated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pending = QLabel()
        self.pending.setObjectName("pendingLine")
        self.pending.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCases")
        self.export_button.setProperty("kind", "secondary")
        self.export_button.clicked.connect(self.exportRequested)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.pending, 1)
        bottom.addWidget(self.export_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 10, 18, 12)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addLayout(bottom)
        self.retranslate()

    # -- what the window calls -------------------------------------------------------------
    def show_cases(self, found: CaseList) -> None:
        """Show ``found`` (the answer to the search in the box)."""
        self.shown = found
        self._fill()

    def clear(self) -> None:
        """Forget the list and the search (the session ended)."""
        self._pause.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.query = ""
        self.shown = None
        self.banner.clear()
        self._fill()

    def set_exporting(self, busy: bool) -> None:
        """Writing the handover file: its button waits."""
        self.export_button.setEnabled(not busy)

    def case_ids(self) -> list[str]:
        """The ids of the cases shown, top to bottom."""
        return [c.id for c in self.shown.cases] if self.shown else []

    # -- inside --------------------------------------------------------------------------
    def _typed(self) -> None:
        self._pause.start()

    def _search_now(self) -> None:
        self.query = self.search.text()
        self.searchChanged.emit(self.query)

    def _activated(self, row: int, column: int) -> None:
        """Enter on a row (a click's activation is the tap already handled)."""
        if not self.table.underMouse():
            self._clicked(row, column)

    def _clicked(self, row: int, _column: int) -> None:
        ids = self.case_ids()
        if 0 <= row < len(ids):
            self.openRequested.emit(ids[row])

    def _fill(self) -> None:
        cases = self.shown.cases if self.shown else []
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            for col, text in enumerate(self._cells(case)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(cases))
        self.empty.setVisible(not cases)
        if self.shown is None:
            self.empty.setText(self.tr("Reading your cases…"))
        elif self.query.strip():
            self.empty.setText(self.tr("No case of yours matches this search."))
        else:
            self.empty.setText(self.tr(
                "You have not recorded any case yet. Press New case to record one."))
        pending = self.shown.pending if self.shown else 0
        if self.shown is None:
            self.pending.setText("")
        elif pending:
            self.pending.setText(self.tr(
                "%n change(s) on this device not yet at the centre: they go with the next "
                "sync, or on a USB stick with a handover file.", "", pending))
        else:
            self.pending.setText(self.tr("Everything on this device has reached the "
                                         "centre."))

    def _cells(self, case: FieldCase) -> list[str]:
        when = case.created_at.astimezone(self.tz).strftime("%d/%m %H:%M") \
            if case.created_at else ""
        country = f"{country_name(case.country)}" if case.country else ""
        version = str(case.version)
        return [when, case_type_name(case.case_type), own_direction(case.person_name),
                country, plate(case.vehicle_plate or ""), version]

    def retranslate(self) -> None:
        """Every text of the page, in the interface's language."""
        self.search.setPlaceholderText(self.tr("Search your cases: name, plate, words…"))
        self.new_button.setText(self.tr("New case"))
        self.export_button.setText(self.tr("Handover file for a USB stick…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Recorded"), self.tr("Kind"), self.tr("Person"), self.tr("Country"),
            self.tr("Plate"), self.tr("Version")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
