"""Asking for priority: elderly, disability, pregnancy, with a small child."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGridLayout, QPushButton

from kiosk.domain.catalog import PRIORITY_REASONS
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, WrapButton, choices, sentences


class PriorityScreen(Screen):
    """One big button per reason, and one for "no priority"."""

    step = 4

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = self.add_prompt()
        grid = QGridLayout()
        grid.setSpacing(20)
        self.buttons: dict[str, QPushButton] = {}
        for index, reason in enumerate((*PRIORITY_REASONS, "none")):
            button = WrapButton()
            button.setObjectName(f"priority_{reason}")
            button.setProperty("kind", "primary" if reason == "none" else "choice")
            button.setMinimumHeight(100)
            button.clicked.connect(partial(self._choose, reason))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[reason] = button
        self.content.addLayout(grid)
        self.content.addStretch(1)

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Priority"))
        self.prompt.setText(self.tr("Some visitors are served first. Does one of these "
                                    "apply to you? An agent may ask for proof."))
        texts = {
            "elderly": self.tr("I am 65 or older"),
            "disability": self.tr("I have a disability"),
            "pregnancy": self.tr("I am pregnant"),
            "small_child": self.tr("I am with a baby or small child"),
            "none": self.tr("No, continue without priority"),
        }
        for reason, button in self.buttons.items():
            button.setText(texts[reason])

    def spoken_text(self) -> str:
        """The question, then every answer."""
        return sentences(super().spoken_text(),
                         choices(button.text() for button in self.buttons.values()))

    def _choose(self, reason: str) -> None:
        self.nav.session.priority = None if reason == "none" else reason
        self.nav.advance("priority")
