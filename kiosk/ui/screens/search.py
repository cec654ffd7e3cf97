"""Search by name with the on-screen keyboard, in any language, ignoring accents."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, choices, sentences
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import first_layout_for

MAX_RESULTS = 8


class SearchScreen(Screen):
    """A search field, live results as big buttons, and the keyboard."""

    step = 1

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.textChanged.connect(self._update)
        self.content.addWidget(self.field)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.content.addWidget(self.hint)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        self.results = QVBoxLayout(holder)
        self.results.setSpacing(10)
        self.results.addStretch(1)
        area.setWidget(holder)
        self.content.addWidget(area, 1)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.field)
        self.content.addWidget(self.keyboard)
        self.buttons: dict[str, QPushButton] = {}

    def reset(self) -> None:
        """Forget the search typed."""
        self.field.clear()

    def on_enter(self) -> None:
        """Start with an empty field and the visitor's keyboard."""
        self.field.clear()
        self.keyboard.set_layout(first_layout_for(self.nav.session.lang))
        self.field.setFocus()
        self.retranslate()
        self._update("")

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Search for a service"))
        self.field.setPlaceholderText(self.tr("Type a few letters of the service name"))
        self._update(self.field.text())

    def spoken_text(self) -> str:
        """The title, the hint, and the services found (never the letters typed)."""
        title = self.header.title_label.text() if self.header is not None else ""
        return sentences(title, self.field.placeholderText(), self.hint.text(),
                         choices(button.text() for button in self.buttons.values()))

    def _update(self, text: str) -> None:
        while self.results.count() > 1:
            item = self.results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        if not text.strip():
            self.hint.setText(self.tr("You can type the name in any language of this kiosk."))
            return
        found = self.nav.catalog.search(text, self.nav.config.site.context)
        if not found:
            self.hint.setText(self.tr("No service matches. Try another word, or go back "
                                      "and choose a picture."))
            return
        self.hint.setText(self.tr("Services found: %n", "", len(found)))
        lang = self.nav.session.lang
        for index, service in enumerate(found[:MAX_RESULTS]):
            button = QPushButton(service.name(lang))
            button.setObjectName(f"result_{service.id}")
            button.setProperty("kind", "result")
            button.clicked.connect(partial(self._open, service.id))
            self.results.insertWidget(index, button)
            self.buttons[service.id] = button

    def _open(self, service_id: str) -> None:
        self.nav.session.choose_service(service_id)
        self.nav.show_screen("card")
