"""The details a service asks for, typed on the on-screen keyboard and checked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalog import FieldSpec
from kiosk.domain.countries import COUNTRIES
from kiosk.domain.fields import check_field, phone_region
from kiosk.domain.text import pick
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, sentences
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import first_layout_for, latin_layout_for


def error_text(code: str) -> str:
    """The visitor-facing explanation of a validation error code."""
    translate = QCoreApplication.translate  # lupdate reads an alias named tr() as self.tr()
    texts = {
        "required": translate("Fields", "This detail is needed for this service."),
        "too_long": translate("Fields", "This is too long."),
        "name_chars": translate("Fields", "Use letters only (spaces, hyphens and apostrophes "
                                   "are fine)."),
        "phone_invalid": translate("Fields", "This phone number is not valid. Start with + and the "
                                      "country code, for example +33 6 12 34 56 78."),
        "cnie_invalid": translate("Fields", "A CNIE number is 1 or 2 letters then up to 6 digits, "
                                     "for example AB123456."),
        "passport_invalid": translate("Fields",
                                      "A passport number has 6 to 12 letters and digits."),
        "id_invalid": translate("Fields", "Type a CNIE number (for example AB123456) or a passport "
                                   "number."),
        "country_invalid": translate("Fields", "Choose a country from the list."),
        "email_invalid": translate("Fields", "This e-mail address is not valid, for example "
                                      "name@example.com."),
        "plate_invalid": translate("Fields", "A plate number has 2 to 15 letters and digits."),
    }
    return texts.get(code, translate("Fields", "Please check this detail."))


def keyboard_for_field(field_type: str, lang: str) -> str:
    """The keyboard layout to show first for a field."""
    if field_type == "phone":
        return "digits"
    if field_type in ("cnie", "passport", "id_number", "plate", "email"):
        return latin_layout_for(lang)
    return first_layout_for(lang)


class DetailsScreen(Screen):
    """A short form built from the service's field list."""

    step = 3

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.form_holder = QWidget()
        holder = QVBoxLayout(self.form_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        # The prompt scrolls with the form: with the keyboard open, and in large text,
        # the fields need every line of the screen.
        self.prompt = QLabel()
        self.prompt.setObjectName("screenPrompt")
        self.prompt.setWordWrap(True)
        holder.addWidget(self.prompt)
        self.form = QFormLayout()
        holder.addLayout(self.form)
        holder.addStretch(1)
        self.form.setVerticalSpacing(6)
        self.form.setHorizontalSpacing(20)
        self.area = QScrollArea()  # the keyboard takes half the screen: the form scrolls
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setWidget(self.form_holder)
        self.content.addWidget(self.area, 1)
        self.next_button = self.add_primary_button("detailsNext", self._submit)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.enterPressed.connect(self._next_field)
        self.content.addWidget(self.keyboard)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._specs: list[FieldSpec] = []

    def reset(self) -> None:
        """Remove the form and everything typed in it."""
        self.keyboard.detach()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.errors.clear()
        self.labels.clear()
        self._specs = []

    def on_enter(self) -> None:
        """Build the form for the chosen service, keeping what was already typed."""
        self.reset()
        service = self.nav.catalog.service(self.nav.session.service_id or "")
        self._specs = list(service.fields)
        lang = self.nav.session.lang
        for spec in self._specs:
            label = QLabel()
            label.setObjectName("fieldLabel")
            label.setWordWrap(True)
            widget: QLineEdit | QComboBox
            if spec.type == "country":
                widget = QComboBox()
                widget.addItem("—", "")
                for code, names in sorted(COUNTRIES.items(), key=lambda c: c[0] != "MA"):
                    widget.addItem(pick(names, lang), code)
                previous = widget.findData(self.nav.session.fields.get(spec.key, ""))
                widget.setCurrentIndex(max(previous, 0))
            else:
                widget = QLineEdit(self.nav.session.fields.get(spec.key, ""))
                widget.installEventFilter(self)
            widget.setObjectName(f"field_{spec.key}")
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            self.form.addRow(label, box)
            self.inputs[spec.key] = widget
            self.errors[spec.key] = error
            self.labels[spec.key] = label
        first = next((w for w in self.inputs.values() if isinstance(w, QLineEdit)), None)
        if first is not None:
            self._focus_field(first)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Attach the keyboard to whichever field the visitor touches."""
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.FocusIn:
            self._focus_field(watched)
        return False

    def _focus_field(self, widget: QLineEdit) -> None:
        key = widget.objectName().removeprefix("field_")
        spec = next((s for s in self._specs if s.key == key), None)
        self.keyboard.attach(widget)
        if spec is not None:
            self.keyboard.set_layout(keyboard_for_field(spec.type, self.nav.session.lang))
        widget.setFocus()
        error = self.errors.get(key)
        self.area.ensureWidgetVisible(widget, 0, 10)
        if error is not None and error.isVisible():
            self.area.ensureWidgetVisible(error, 0, 10)

    def _next_field(self) -> None:
        """The keyboard's OK: on to the next field, or check the form after the last."""
        edits = [w for w in self.inputs.values() if isinstance(w, QLineEdit)]
        current = self.keyboard.target()
        if current in edits and edits.index(current) + 1 < len(edits):
            self._focus_field(edits[edits.index(current) + 1])
        else:
            self._submit()

    def retranslate(self) -> None:
        """Labels from the catalog; other texts through Qt Linguist."""
        lang = self.nav.session.lang
        self.set_title(self.tr("Your details"))
        self.prompt.setText(self.tr("These details help the agent prepare your file. "
                                    "Fields marked * are needed."))
        for spec in self._specs:
            text = pick(spec.labels, lang) or spec.key
            self.labels[spec.key].setText(text + (" *" if spec.required else ""))
        self.next_button.setText(self.tr("Continue"))

    def spoken_text(self) -> str:
        """What to fill in, by the fields' names; never what is typed in them."""
        lang = self.nav.session.lang
        title = self.header.title_label.text() if self.header is not None else ""
        needed = [pick(s.labels, lang) or s.key for s in self._specs if s.required]
        optional = [pick(s.labels, lang) or s.key for s in self._specs if not s.required]
        return sentences(
            title, self.prompt.text(),
            self.tr("Needed: %1").replace("%1", ", ".join(needed)) if needed else "",
            self.tr("Optional: %1").replace("%1", ", ".join(optional)) if optional else "",
            self.next_button.text())

    def spoken_news(self) -> str:
        """The fields to correct: each one's name and what is wrong (not its value)."""
        lang = self.nav.session.lang
        return sentences(*(f"{pick(spec.labels, lang) or spec.key}: {self.errors[spec.key].text()}"
                           for spec in self._specs
                           if spec.key in self.errors and self.errors[spec.key].isVisibleTo(self)))

    def _value(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return widget.text()

    def _submit(self) -> None:
        clean: dict[str, str] = {}
        first_bad: QWidget | None = None
        region = phone_region(self._specs, {s.key: self._value(s.key) for s in self._specs})
        for spec in self._specs:
            checked = check_field(spec, self._value(spec.key), region)
            error = self.errors[spec.key]
            if checked.ok:
                error.hide()
                if checked.value:
                    clean[spec.key] = checked.value
            else:
                error.setText(error_text(checked.error or ""))
                error.show()
                first_bad = first_bad or self.inputs[spec.key]
        if first_bad is not None:
            if isinstance(first_bad, QLineEdit):
                self._focus_field(first_bad)
            self.speechChanged.emit()
            return
        self.nav.session.fields = clean
        self.nav.advance("details")

