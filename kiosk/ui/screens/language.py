"""Choosing a language: one big button per language, each in its own script."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from kiosk.domain.text import NATIVE_NAMES, is_rtl
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen


class LanguageScreen(Screen):
    """The offered languages, named in themselves."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.content.addWidget(self.prompt)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.buttons: dict[str, QPushButton] = {}
        for index, lang in enumerate(nav.config.kiosk.languages):
            button = QPushButton(NATIVE_NAMES.get(lang, lang))
            button.setObjectName(f"lang_{lang}")
            button.setProperty("kind", "language")
            button.setMinimumHeight(120)
            if is_rtl(lang):
                button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            button.clicked.connect(partial(nav.choose_language, lang))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[lang] = button
        self.content.addStretch(1)
        self.content.addLayout(grid)
        self.content.addStretch(2)

    def retranslate(self) -> None:
        """The prompt is shown in all three main languages at once."""
        self.set_title("اللغة · Langue · Language")
        self.prompt.setText("اختر لغتك  ·  Choisissez votre langue  ·  Choose your language")
