"""The request of the ticket at the counter: what the visitor entered and scanned.

Personal data, shown to the agent and never logged.  Each field under its label from
the catalog (in the agent's language), the documents the visitor said they brought,
the priority asked for, and each scanned code with the kiosk's verdict in words
("FORGED or changed: do not accept"); a verdict that needs a second look is marked
with an icon and its words, not by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalog import Catalog
from kiosk.domain.queue import RequestDetails
from kiosk.domain.text import pick
from kiosk.ui.bidi import own_direction
from kiosk.ui.console.words import WARNING_VERDICTS, format_name, priority_name, verdict_name
from kiosk.ui.i18n import current_language
from kiosk.ui.theme import ERROR_TEXT, PRIMARY_PRESSED, set_style_property
from kiosk.ui.widgets.icons import icon_pixmap

#: a scanned code's text is cut to this many characters on screen
SCAN_TEXT_CHARS = 120


class DetailsView(QFrame):
    """What the visitor of the current ticket asked for."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleDetails")
        self.catalog = catalog
        self.details: RequestDetails | None = None
        self.state = "none"  # none, shown, unreachable
        self.title = QLabel()
        self.title.setObjectName("consolePanelTitle")
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.body = QWidget()
        self.body.setObjectName("screenBody")
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(60)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 10, 16, 10)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.note)
        column.addWidget(scroll, 1)
        self.retranslate()

    def show_details(self, details: RequestDetails | None, unreachable: bool = False) -> None:
        """Show ``details`` (None: no ticket, or ``unreachable``: cut off)."""
        state = "unreachable" if unreachable else ("shown" if details else "none")
        if details == self.details and state == self.state:
            return
        self.details, self.state = details, state
        self._fill()

    def texts(self) -> list[str]:
        """Every text shown (for tests)."""
        return [label.text() for label in self.body.findChildren(QLabel)]

    def retranslate(self) -> None:
        """Texts in the agent's language."""
        self.title.setText(self.tr("The visitor's request"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _clear(self) -> None:
        _empty(self.rows)

    def _fill(self) -> None:
        self._clear()
        details = self.details
        if self.state == "unreachable":
            self.note.setText(self.tr("The request cannot be read while the hall server is "
                                      "cut off. Ask the visitor for their papers."))
            self.note.show()
            return
        if details is None:
            self.note.setText(self.tr("Call a ticket to see what the visitor asked for."))
            self.note.show()
            return
        self.note.hide()
        lang = current_language()
        service = self.catalog.services.get(details.service_id)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        facts: list[tuple[str, str]] = [
            (self.tr("Service"), service.name(lang) if service else details.service_id)]
        labels = {f.key: pick(f.labels, lang) for f in service.fields} if service else {}
        for key, value in details.fields.items():
            facts.append((labels.get(key) or key, own_direction(value)))
        if not details.fields:
            facts.append((self.tr("Entered"), self.tr("Nothing: the visitor typed no details.")))
        if details.priority:
            facts.append((self.tr("Priority"), priority_name(details.priority)))
        if service is not None:
            docs = {d.id: pick(d.names, lang) for d in service.documents}
            ready = [docs.get(d, d) for d in details.documents_ready]
            missing = [name for d, name in docs.items() if d not in details.documents_ready]
            if ready:
                facts.append((self.tr("Documents brought"), "; ".join(ready)))
            if missing:
                facts.append((self.tr("Not ticked"), "; ".join(missing)))
        # a value sits against its caption whatever its own direction (a Latin name in
        # Arabic, an Arabic name in French)
        side = Qt.AlignmentFlag.AlignRight if self.layoutDirection() == \
            Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        for row, (caption, value) in enumerate(facts):
            c, v = QLabel(caption), QLabel(value)
            v.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
            c.setObjectName("factCaption")
            v.setObjectName("factValue")
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(c, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(v, row, 1)
        grid.setColumnStretch(1, 1)
        self.rows.addLayout(grid)
        scans_title = QLabel(self.tr("Scanned codes: %1").replace("%1", str(len(details.scans))))
        scans_title.setObjectName("consolePanelTitle")
        self.rows.addWidget(scans_title)
        for scan in details.scans:
            self.rows.addWidget(_ScanRow(scan))
        self.rows.addStretch(1)


class _ScanRow(QFrame):
    """One scanned code: its kind, the verdict in words (icon when it needs a look), and
    the start of its text."""

    def __init__(self, scan: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanRow")
        data = scan if isinstance(scan, dict) else dict(scan)  # type: ignore[call-overload]
        verdict = str(data.get("verdict", ""))
        warn = verdict in WARNING_VERDICTS
        set_style_property(self, "level", "error" if warn else "ok")
        icon = QLabel()
        icon.setPixmap(icon_pixmap("alert" if warn else "check",
                                   ERROR_TEXT if warn else PRIMARY_PRESSED, 28))
        icon.setFixedSize(28, 28)
        label = pick(data["label"], current_language()) if isinstance(
            data.get("label"), dict) else str(data.get("label") or "")
        words = QLabel(f"{format_name(str(data.get('format', '')))} — "
                       f"{verdict_name(verdict)}" + (f" ({label})" if label else ""))
        words.setObjectName("scanVerdict")
        words.setWordWrap(True)
        text = str(data.get("text") or "")
        if len(text) > SCAN_TEXT_CHARS:
            text = text[:SCAN_TEXT_CHARS - 1] + "…"
        raw = QLabel(own_direction(text))
        raw.setObjectName("hint")
        raw.setWordWrap(True)
        raw.setVisible(bool(text))
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(words)
        column.addWidget(raw)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.setSpacing(10)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)


def _empty(layout: QLayout) -> None:
    """Delete everything ``layout`` holds, nested layouts too."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()
