"""When the kiosk cannot issue a ticket: a calm message sending the visitor to a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, sentences


class CounterScreen(Screen):
    """"Please go to the counter": nothing was stored, nothing is half-done."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.message = QLabel()
        self.message.setObjectName("counterMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addStretch(1)
        self.content.addWidget(self.message)
        self.content.addStretch(1)
        self.done = self.add_primary_button("finish", nav.home)
        if self.header is not None:
            self.header.set_back_visible(False)

    def spoken_text(self) -> str:
        """The title, the message and the button."""
        return sentences(super().spoken_text(), self.message.text(), self.done.text())

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Please go to the counter"))
        self.message.setText(self.tr("Sorry, this kiosk cannot issue a ticket right now. "
                                     "Please go to the reception counter: an agent will "
                                     "help you. Nothing you typed has been kept."))
        self.done.setText(self.tr("Finish"))
