"""The privacy notice, shown before anything personal is typed or stored (law 09-08)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea

from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, WrapButton, choices, sentences


class NoticeScreen(Screen):
    """Why the details are asked, how long they are kept, the visitor's rights."""

    step = 3

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.body_text = QLabel()
        self.body_text.setObjectName("noticeBody")
        self.body_text.setWordWrap(True)
        self.body_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(self.body_text)
        self.content.addWidget(self.heading)
        self.content.addWidget(area, 1)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.decline = WrapButton()
        self.decline.setObjectName("declineNotice")
        self.decline.setProperty("kind", "secondary")
        self.decline.clicked.connect(self._decline)
        self.accept = WrapButton()
        self.accept.setObjectName("acceptNotice")
        self.accept.setProperty("kind", "primary")
        self.accept.clicked.connect(self._accept)
        row.addWidget(self.decline, 1)
        row.addWidget(self.accept, 1)
        self.content.addLayout(row)

    def retranslate(self) -> None:
        """The notice text comes from the catalog, in the visitor's language."""
        lang = self.nav.session.lang
        catalog = self.nav.catalog
        days = catalog.text("notice.days", lang, self.nav.config.kiosk.retention_days)
        self.set_title(self.tr("Your personal data"))
        self.heading.setText(catalog.text("notice.privacy.title", lang))
        self.body_text.setText(catalog.text("notice.privacy.body", lang).replace("{days}", days))
        self.accept.setText(catalog.text("notice.privacy.accept", lang))
        self.decline.setText(catalog.text("notice.privacy.decline", lang))

    def spoken_text(self) -> str:
        """The notice in full, then its two answers."""
        title = self.header.title_label.text() if self.header is not None else ""
        return sentences(title, self.heading.text(), self.body_text.text(),
                         choices((self.decline.text(), self.accept.text())))

    def _accept(self) -> None:
        self.nav.session.accept_notice(self.nav.now())
        self.nav.advance("notice")

    def _decline(self) -> None:
        self.nav.session.decline_notice()
        self.nav.advance("notice")
