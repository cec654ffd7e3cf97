"""The service card: what it is, who handles it, what to bring, fee, delay, online."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import pick
from kiosk.ui.i18n import locale_for
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, choices, sentences
from kiosk.ui.widgets.qr import QrWidget
from kiosk.ui.widgets.tile import ChecklistItem


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class DocumentRow(ChecklistItem):
    """A checklist row as tall as its wrapped name needs (long names, large text)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        """Narrower, the name takes more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Tall enough for the name's lines at ``width`` (and never below 84 px)."""
        layout = self.layout()
        return max(84, layout.totalHeightForWidth(width) if layout is not None else 0)

    def sizeHint(self) -> QSize:
        """The row's preferred width, at the height that width needs."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the card's column; as tall as that needs."""
        return QSize(320, self.heightForWidth(320))


class ServiceCardScreen(Screen):
    """Everything a visitor should know before asking for a ticket."""

    step = 2

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        columns = QHBoxLayout(holder)
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(14)
        self.description = _label("serviceDescription")
        self.administration = _label("serviceAdministration")
        self.docs_title = _label("sectionTitle")
        self.docs_box = QVBoxLayout()
        self.docs_box.setSpacing(8)
        for widget in (self.description, self.administration, self.docs_title):
            left.addWidget(widget)
        left.addLayout(self.docs_box)
        left.addStretch(1)
        columns.addLayout(left, 3)
        side = QFrame()
        side.setObjectName("card")
        right = QVBoxLayout(side)
        self.fee = _label("serviceFee")
        self.delay = _label("serviceDelay")
        self.checked = _label("indicative")
        self.online_title = _label("sectionTitle")
        self.online_name = _label("onlineName")
        self.online_qr = QrWidget()
        self.online_qr.setFixedSize(150, 150)
        # Online first: the platform and its QR fit above the fold on a 800-pixel screen;
        # the fee text, which can run long, comes after.
        online = QHBoxLayout()
        online_text = QVBoxLayout()
        online_text.addWidget(self.online_title)
        online_text.addWidget(self.online_name)
        online_text.addStretch(1)
        online.addLayout(online_text, 1)
        online.addWidget(self.online_qr)
        right.addLayout(online)
        for widget in (self.fee, self.delay, self.checked):
            right.addWidget(widget)
        right.addStretch(1)
        columns.addWidget(side, 2)
        area.setWidget(holder)
        self.content.addWidget(area, 1)
        self.next_button = self.add_primary_button("getTicket", partial(nav.advance, "card"))
        self.checklist: dict[str, DocumentRow] = {}

    def reset(self) -> None:
        """Forget which documents the last visitor ticked."""
        while self.docs_box.count():
            item = self.docs_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checklist.clear()

    def on_enter(self) -> None:
        """Fill the card from the chosen service."""
        self.reset()
        service = self.nav.catalog.service(self.nav.session.service_id or "")
        lang = self.nav.session.lang
        for document in service.documents:
            item = DocumentRow(pick(document.names, lang))
            item.setObjectName(f"doc_{document.id}")
            item.set_checked(document.id in self.nav.session.documents_ready)
            item.toggled.connect(partial(self._toggle, document.id))
            self.docs_box.addWidget(item)
            self.checklist[document.id] = item
        if service.online:
            self.online_qr.set_payload(service.online.url)
        self.online_qr.setVisible(service.online is not None)
        self.online_title.setVisible(service.online is not None)
        self.online_name.setVisible(service.online is not None)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen, in the visitor's language."""
        service_id = self.nav.session.service_id
        if service_id is None:
            return
        service = self.nav.catalog.service(service_id)
        lang = self.nav.session.lang
        locale = locale_for(lang)
        self.set_title(service.name(lang))
        self.description.setText(pick(service.descriptions, lang))
        self.administration.setText(self.tr("Handled by: %1").replace(
            "%1", pick(service.administration, lang)))
        self.docs_title.setText(self.tr("Documents to bring — tick what you have:")
                                if service.documents else self.tr("No document is needed."))
        for document in service.documents:
            item = self.checklist.get(document.id)  # None: the card is not built yet
            if item is not None:
                item.set_text(pick(document.names, lang))
        fee = pick(service.fee, lang)
        delay = pick(service.delay, lang)
        self.fee.setText(self.tr("Fee: %1").replace("%1", fee) if fee
                         else self.tr("Fee: ask at the counter"))
        self.delay.setText(self.tr("Delay: %1").replace("%1", delay) if delay else "")
        self.delay.setVisible(bool(delay))
        checked = QDate(service.last_checked.year, service.last_checked.month,
                        service.last_checked.day)
        self.checked.setText(self.tr("Indicative, last checked on %1").replace(
            "%1", locale.toString(checked, QLocale.FormatType.LongFormat)))
        if service.online:
            self.online_title.setText(self.tr("Also possible online:"))
            self.online_name.setText(service.online.name)
        self.next_button.setText(self.tr("Get a ticket for this service"))

    def spoken_text(self) -> str:
        """The whole card, top to bottom, then its button."""
        title = self.header.title_label.text() if self.header is not None else ""
        online = sentences(self.online_title.text(), self.online_name.text()) \
            if self.online_name.isVisibleTo(self) else ""
        return sentences(title, self.description.text(), self.administration.text(),
                         self.docs_title.text(),
                         choices(item.text() for item in self.checklist.values()),
                         self.fee.text(), self.delay.text() if self.delay.isVisibleTo(self)
                         else "", self.checked.text(), online, self.next_button.text())

    def _toggle(self, document_id: str, checked: bool) -> None:
        ready = self.nav.session.documents_ready
        if checked:
            ready.add(document_id)
        else:
            ready.discard(document_id)
