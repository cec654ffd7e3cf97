"""The ticket on screen: number, wait, QR, and whether the paper copy came out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui.i18n import locale_for
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.qr import QrWidget
from kiosk.usecases import IssuedTicket


class TicketScreen(Screen):
    """Shows the issued ticket; also the fallback when the printer failed."""

    step = 5

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.issued: IssuedTicket | None = None
        row = QHBoxLayout()
        row.setSpacing(40)
        card = QFrame()
        card.setObjectName("card")
        left = QVBoxLayout(card)
        self.caption = QLabel()
        self.caption.setObjectName("ticketCaption")
        self.number = QLabel()
        self.number.setObjectName("ticketNumber")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.service = QLabel()
        self.service.setObjectName("serviceName")
        self.details = QLabel()
        self.details.setObjectName("summary")
        for label in (self.caption, self.number, self.service, self.details):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            left.addWidget(label)
        row.addWidget(card, 3)
        right = QVBoxLayout()
        self.qr = QrWidget()
        self.qr.setMinimumSize(240, 240)
        self.qr_caption = QLabel()
        self.qr_caption.setObjectName("hint")
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_caption)
        right.addStretch(1)
        row.addLayout(right, 2)
        self.content.addLayout(row, 1)
        self.print_status = QLabel()
        self.print_status.setObjectName("printStatus")
        self.print_status.setWordWrap(True)
        self.content.addWidget(self.print_status)
        self.done = self.add_primary_button("finish", nav.home)
        if self.header is not None:
            self.header.set_back_visible(False)

    def reset(self) -> None:
        """Take the last visitor's ticket off the screen."""
        self.issued = None
        self.qr.set_payload("")
        for label in (self.number, self.service, self.details, self.print_status):
            label.clear()

    def show_number_only(self, number: str) -> None:
        """Last resort when the full ticket cannot be shown: the number, big."""
        self.issued = None
        self.number.setText(number)

    def show_ticket(self, issued: IssuedTicket) -> None:
        """Display ``issued``."""
        self.issued = issued
        self.qr.set_payload(issued.ticket.qr_payload)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Your ticket"))
        self.done.setText(self.tr("Finish"))
        self.qr_caption.setText(self.tr("Scan this code later to see your place in the "
                                        "queue."))
        if self.issued is None:
            return
        ticket = self.issued.ticket
        lang = self.nav.session.lang
        locale = locale_for(lang)
        self.caption.setText(self.tr("Your number"))
        self.number.setText(ticket.number)
        self.service.setText(self.nav.catalog.service(ticket.service_id).name(lang))
        lines = [
            self.tr("Issued at %1").replace("%1", ticket.issued_at.strftime("%H:%M")),
            self.tr("People ahead of you: %1").replace("%1", locale.toString(ticket.people_ahead)),
            self.tr("Estimated wait: about %n minute(s)", "", ticket.estimated_wait_minutes)
            if ticket.estimated_wait_minutes else self.tr("Estimated wait: you are next"),
        ]
        if ticket.priority:
            lines.append(self.tr("Priority"))
        self.details.setText("\n".join(lines))
        if self.issued.print_status == "printed":
            self.print_status.setProperty("kind", "ok")
            self.print_status.setText(self.tr("Take your printed ticket below the screen and "
                                              "wait until your number is called."))
        elif self.issued.printed:  # saved as a PDF: this kiosk has no printer
            self.print_status.setProperty("kind", "ok")
            self.print_status.setText(self.tr("This kiosk does not print: please take a photo "
                                              "of your number and the code, and wait until "
                                              "your number is called."))
        else:
            self.print_status.setProperty("kind", "error")
            self.print_status.setText(self.tr("The ticket could not be printed. Please take a "
                                              "photo of this screen or write down your number; "
                                              "the agents have been told."))
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
