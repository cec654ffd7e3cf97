"""What every visitor screen shares: a header, re-translation, and the navigator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.step_header import StepHeader

if TYPE_CHECKING:
    from kiosk.ui.navigator import Navigator


class Screen(QWidget):
    """A full-window step of the visitor's journey."""

    #: position in the progress indicator (0 = not shown)
    step = 0

    def __init__(self, nav: Navigator, with_header: bool = True) -> None:
        super().__init__()
        self.nav = nav
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(0)
        self.header: StepHeader | None = None
        if with_header:
            self.header = StepHeader()
            self.header.backRequested.connect(nav.back)
            self.header.homeRequested.connect(nav.home)
            self.root.addWidget(self.header)
        self.body = QWidget()
        self.body.setObjectName("screenBody")
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(32, 24, 32, 24)
        self.content.setSpacing(18)
        self.root.addWidget(self.body, 1)

    def add_prompt(self) -> QLabel:
        """A wrapped sentence under the header telling the visitor what to do."""
        label = QLabel()
        label.setObjectName("screenPrompt")
        label.setWordWrap(True)
        self.content.addWidget(label)
        return label

    def add_primary_button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        """The screen's main action, full width at the bottom."""
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("kind", "primary")
        button.clicked.connect(slot)
        self.content.addWidget(button)
        return button

    def set_title(self, title: str) -> None:
        """Title in the header, with this screen's step in the progress indicator."""
        if self.header is not None:
            self.header.set_title(title)
            self.header.set_step(self.step, 5)

    def on_enter(self) -> None:
        """Called each time the screen is shown; fill it from the session here."""
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def reset(self) -> None:
        """Forget everything this screen shows of the visitor (called on every wipe)."""

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
