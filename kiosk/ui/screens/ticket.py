"""The ticket on screen: number, wait, QR, and whether the paper copy came out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.devices.voice import spell_ticket_number
from kiosk.ui.i18n import locale_for
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, sentences
from kiosk.ui.widgets.qr import QrWidget
from kiosk.usecases import IssuedTicket

#: Below this width (a 1024 px screen) the ticket is laid out as in large text.
NARROW_PX = 1200


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
        outer = QVBoxLayout(card)
        self._card_top = QVBoxLayout()  # the service's name goes here in large text
        outer.addLayout(self._card_top)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self._card_main = left
        self._card_side = QVBoxLayout()  # the details go here in large text
        columns.addLayout(left, 1)
        columns.addLayout(self._card_side, 0)
        self._card_columns = columns
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
        self._row = row
        self._large = self._stacked = False
        self.content.addLayout(row, 1)
        self.print_status = QLabel()
        self.print_status.setObjectName("printStatus")
        self.print_status.setWordWrap(True)
        self.content.addWidget(self.print_status)
        self.done = self.add_primary_button("finish", nav.home)
        if self.header is not None:
            self.header.set_back_visible(False)

    def set_large_text(self, large: bool) -> None:
        """In large text the service's name goes across the top of the card, the wait
        and the time beside the number: under it, they would not fit in 800 pixels."""
        super().set_large_text(large)
        self._large = large
        self._arrange(large or self._narrow())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow screen (1024 px) gets the large-text arrangement too."""
        super().resizeEvent(event)
        self._arrange(self._large or self._narrow())

    def _narrow(self) -> bool:
        return 0 < self.width() < NARROW_PX

    def _arrange(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = large = stacked
        main, side, top = self._card_main, self._card_side, self._card_top
        for label in (self.service, self.details):
            for layout in (main, side, top):
                layout.removeWidget(label)
        for index in reversed(range(main.count())):  # the stretches of large text
            item = main.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                main.takeAt(index)
        if large:
            top.addWidget(self.service)
            side.addWidget(self.details)
            main.insertStretch(0, 1)  # the caption right above the number
            main.addStretch(1)
        else:
            main.insertWidget(main.indexOf(self.number) + 1, self.service)
            main.addWidget(self.details)
        self._card_columns.setStretch(0, 0 if large else 1)  # the number: its own width
        self._card_columns.setStretch(1, 1 if large else 0)  # the wait: the rest
        self._row.setStretch(0, 4 if large else 3)  # the card takes more of the width

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

    def spoken_text(self) -> str:
        """The number sign by sign ("C, 0, 1, 7"), the service, the wait, what to do."""
        number = self.number.text()
        spoken_number = spell_ticket_number(number)
        if self.issued is None:  # the last resort: the number only
            return sentences(self.tr("Your number"), spoken_number) if number else ""
        title = self.header.title_label.text() if self.header is not None else ""
        return sentences(title, f"{self.caption.text()}: {spoken_number}",
                         self.service.text(), *self.details.text().split("\n"),
                         self.print_status.text(),
                         f"{self.caption.text()}: {spoken_number}", self.done.text())

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
