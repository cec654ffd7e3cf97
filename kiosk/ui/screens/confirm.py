"""Checking the request once more, then asking for the ticket."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from kiosk.domain.countries import COUNTRIES
from kiosk.domain.text import pick
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, sentences


class ConfirmScreen(Screen):
    """A summary of the request and one big "confirm" button."""

    step = 4

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        self.service = QLabel()
        self.service.setObjectName("serviceName")
        self.service.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        box.addWidget(self.service)
        box.addWidget(self.summary)
        self.content.addWidget(card)
        self.content.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.content.addWidget(self.status)
        self.confirm = QPushButton()
        self.confirm.setObjectName("confirmTicket")
        self.confirm.setProperty("kind", "primary")
        self.confirm.setMinimumHeight(100)
        self.confirm.clicked.connect(self._confirm)
        self.content.addWidget(self.confirm)

    def reset(self) -> None:
        """Forget the last visitor's summary."""
        self.service.clear()
        self.summary.clear()

    def on_enter(self) -> None:
        """Ready to confirm."""
        self.confirm.setEnabled(True)
        self.status.clear()
        self.retranslate()

    def retranslate(self) -> None:
        """The summary in the visitor's language."""
        session = self.nav.session
        if session.service_id is None:
            return
        service = self.nav.catalog.service(session.service_id)
        lang = session.lang
        self.set_title(self.tr("Check and confirm"))
        self.service.setText(service.name(lang))
        lines = [self.tr("Documents you have: %1 of %2")
                 .replace("%1", str(len(session.documents_ready)))
                 .replace("%2", str(len(service.documents)))]
        for spec in service.fields:
            value = session.fields.get(spec.key)
            if value:
                if spec.type == "country":
                    value = pick(COUNTRIES.get(value, {}), lang) or value
                lines.append(f"{pick(spec.labels, lang) or spec.key}: {value}")
        if session.scans:
            lines.append(self.tr("Codes scanned for the agent: %1").replace(
                "%1", str(len(session.scans))))
        if service.fields and session.declined_details:
            lines.append(self.tr("No personal details: the agent will ask you at the counter."))
        if session.priority:
            lines.append(self.tr("Priority requested"))
        self.summary.setText("\n".join(lines))
        self.confirm.setText(self.tr("Confirm and print my ticket"))

    def spoken_text(self) -> str:
        """The summary read aloud: which details were given, never what they are.

        Anyone standing near the kiosk hears the speaker, so names, numbers and
        addresses stay on the screen (EN 301 549 5.1.3.9, private access).
        """
        session = self.nav.session
        if session.service_id is None:
            return ""
        service = self.nav.catalog.service(session.service_id)
        lang = session.lang
        title = self.header.title_label.text() if self.header is not None else ""
        given = [pick(spec.labels, lang) or spec.key for spec in service.fields
                 if session.fields.get(spec.key)]
        lines = [title, self.service.text(),
                 self.tr("Documents you have: %1 of %2")
                 .replace("%1", str(len(session.documents_ready)))
                 .replace("%2", str(len(service.documents)))]
        if given:
            lines.append(self.tr("Details you gave: %1").replace("%1", ", ".join(given)))
        if session.scans:
            lines.append(self.tr("Codes scanned for the agent: %1").replace(
                "%1", str(len(session.scans))))
        if service.fields and session.declined_details:
            lines.append(self.tr("No personal details: the agent will ask you at the counter."))
        if session.priority:
            lines.append(self.tr("Priority requested"))
        lines += [self.status.text(), self.confirm.text()]
        return sentences(*lines)

    def spoken_news(self) -> str:
        """While the ticket is being prepared: say so."""
        return sentences(self.status.text())

    def show_busy(self) -> None:
        """While the ticket is being issued: no double press."""
        self.confirm.setEnabled(False)
        self.status.setText(self.tr("Preparing your ticket…"))
        self.speechChanged.emit()

    def _confirm(self) -> None:
        self.show_busy()
        self.nav.issue_ticket()
