"""One assistance case on screen: a new one, or one of the member's own to edit.

The kinds of assistance are six big buttons; the person (name, country of residence,
language spoken, optional plate) on the left, the story (what happened, action taken,
referral, follow-up) on the right.  Save checks the case with the domain's rules
(:func:`kiosk.domain.field.check_case`, pure, instant) and names the field at fault,
never its value; only a case that passes is handed on (``saveRequested(dict)``), and
the window saves it in a worker job.  Cancel with unsaved changes asks once more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.field import (
    CASE_TYPES,
    MAX_NAME,
    MAX_PLATE,
    FieldCase,
    FieldCaseInvalid,
    check_case,
)
from kiosk.ui.bidi import own_direction
from kiosk.ui.field.words import (
    COUNTRIES,
    SPOKEN,
    case_type_name,
    country_name,
    field_label,
    not_given,
    problem_words,
)
from kiosk.ui.widgets.dialogs import MessageBanner

#: the story fields, each a text box
STORY = ("what_happened", "action_taken", "referral", "follow_up")


class CaseForm(QWidget):
    """The case form.  Signals: ``saveRequested(dict)`` (the fields, checked),
    ``cancelled()``."""

    saveRequested = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self.case: FieldCase | None = None  # the case edited (None: a new one)
        self._shown: dict[str, Any] = {}  # the values as loaded, to see changes
        self._confirm_cancel = False
        self._problem: tuple[str | None, str | None] | None = None
        self._busy = False

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.banner = MessageBanner()
        self.labels: dict[str, QLabel] = {}

        self.types = QButtonGroup(self)
        self.types.setExclusive(True)
        self.type_buttons: dict[str, QPushButton] = {}
        type_grid = QGridLayout()
        type_grid.setSpacing(8)
        for index, case_type in enumerate(CASE_TYPES):
            button = QPushButton()
            button.setObjectName(f"caseType_{case_type}")
            button.setProperty("kind", "check")
            button.setCheckable(True)
            button.setMinimumHeight(46)
            self.types.addButton(button)
            self.type_buttons[case_type] = button
            type_grid.addWidget(button, index // 3, index % 3)

        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.name.setMaxLength(MAX_NAME)
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.lang = QComboBox()
        self.lang.setObjectName("spokenLanguage")
        self.plate = QLineEdit()
        self.plate.setObjectName("vehiclePlate")
        self.plate.setMaxLength(MAX_PLATE)
        self.story: dict[str, QPlainTextEdit] = {}
        for name in STORY:
            box = QPlainTextEdit()
            box.setObjectName(name)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(100 if name == "what_happened" else 56)
            box.setMaximumHeight(128 if name == "what_happened" else 80)  # all four in view
            self.story[name] = box
        self.inputs: dict[str, QWidget] = {
            "person_name": self.name, "country": self.country, "lang": self.lang,
            "vehicle_plate": self.plate, **self.story}

        person = QVBoxLayout()
        person.setSpacing(6)
        person.addWidget(self._label("case_type"))
        person.addLayout(type_grid)
        for name in ("person_name", "country", "lang", "vehicle_plate"):
            person.addSpacing(6)
            person.addWidget(self._label(name))
            person.addWidget(self.inputs[name])
        person.addStretch(1)
        story = QVBoxLayout()
        story.setSpacing(6)
        for name in STORY:
            story.addWidget(self._label(name))
            story.addWidget(self.story[name], 2 if name == "what_happened" else 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(person, 1)
        columns.addLayout(story, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCase")
        self.save_button.setProperty("kind", "huge")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelCase")
        self.cancel_button.setProperty("kind", "secondary")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 10, 18, 12)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.banner)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)

        for edit in (self.name, self.plate):
            edit.textEdited.connect(self._edited)
        for box in self.story.values():
            box.textChanged.connect(self._edited)
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldLabel")
        label.setWordWrap(True)
        self.labels[name] = label
        return label

    # -- what the window calls -------------------------------------------------------------
    def start_new(self) -> None:
        """An empty form for a new case."""
        self.case = None
        self._load({"case_type": None, "person_name": "", "country": None, "lang": None,
                    "vehicle_plate": None, **dict.fromkeys(STORY)})

    def start_edit(self, case: FieldCase) -> None:
        """The form filled with ``case``, to change it."""
        self.case = case
        self._load({name: getattr(case, name) for name in
                    ("case_type", "person_name", "country", "lang", "vehicle_plate",
                     *STORY)})

    def clear(self) -> None:
        """Forget everything typed (the session ended)."""
        self.start_new()

    def set_busy(self, busy: bool) -> None:
        """Saving: the buttons wait."""
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def show_problem(self, field_name: str | None, problem: str | None) -> None:
        """Say why the case was not saved, and put the cursor in the field at fault."""
        self._problem = (field_name, problem)
        self.banner.show_message(problem_words(field_name, problem), "error")
        target = self.inputs.get(field_name or "")
        if target is None and field_name == "case_type":
            target = self.type_buttons[CASE_TYPES[0]]
        if target is not None:
            target.setFocus()

    def values(self) -> dict[str, Any]:
        """The fields as typed (empty texts as None, except the required ones)."""
        checked = self.types.checkedButton()
        case_type = next((t for t, b in self.type_buttons.items() if b is checked), None)
        out: dict[str, Any] = {
            "case_type": case_type,
            "person_name": self.name.text(),
            "country": self.country.currentData(),
            "lang": self.lang.currentData(),
            "vehicle_plate": self.plate.text().strip() or None,
        }
        for name, box in self.story.items():
            text = box.toPlainText()
            out[name] = text if name == "what_happened" else (text.strip() or None)
        return out

    @property
    def changed(self) -> bool:
        """True when the form differs from the case as loaded."""
        return self.values() != self._shown

    # -- buttons ---------------------------------------------------------------------------
    def save(self) -> None:
        """Check the case; hand it on when it passes, else name the field at fault."""
        if self._busy:
            return
        values = self.values()
        try:
            check_case(FieldCase(id="check", site_code="", staff_id=None,
                                 **{**values, "case_type": values["case_type"] or ""}))
        except FieldCaseInvalid as exc:
            self.show_problem(exc.field_name, exc.problem)
            return
        self._problem = None
        self.banner.clear()
        self.saveRequested.emit(values)

    def cancel(self) -> None:
        """Back to the list; with unsaved changes, only at the second press."""
        if self._busy:
            return
        if self.changed and not self._confirm_cancel:
            self._confirm_cancel = True
            self.banner.show_message(self.tr(
                "Your changes are not saved. Press Cancel again to leave without saving."),
                "info")
            return
        self._confirm_cancel = False
        self.cancelled.emit()

    # -- inside --------------------------------------------------------------------------
    def _load(self, values: dict[str, Any]) -> None:
        self._busy = False
        self._confirm_cancel = False
        self._problem = None
        self.banner.clear()
        self.types.setExclusive(False)
        for case_type, button in self.type_buttons.items():
            button.setChecked(case_type == values["case_type"])
        self.types.setExclusive(True)
        self.name.setText(values["person_name"] or "")
        self._fill_choices(values["country"], values["lang"])
        self.plate.setText(values["vehicle_plate"] or "")
        for name, box in self.story.items():
            box.setPlainText(values[name] or "")
        self.set_busy(False)
        self._shown = self.values()
        self._show_title()
        self.name.setFocus()

    def _fill_choices(self, country: str | None, lang: str | None) -> None:
        self.country.clear()
        self.country.addItem(not_given(), None)
        codes = list(COUNTRIES)
        if country and country not in codes:  # recorded elsewhere, outside the list
            codes.insert(0, country)
        for code in codes:
            self.country.addItem(f"{country_name(code)} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData(country)))
        self.lang.clear()
        self.lang.addItem(not_given(), None)
        spoken = dict(SPOKEN)
        if lang and lang not in spoken:
            spoken = {lang: lang, **spoken}
        for code, name in spoken.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))

    def _edited(self) -> None:
        self._confirm_cancel = False

    def _show_title(self) -> None:
        case = self.case
        if case is None:
            self.title.setText(self.tr("New case"))
        else:
            self.title.setText(self.tr("Case of %1 (version %2)").replace(
                "%1", own_direction(case.person_name)).replace("%2", str(case.version)))

    def retranslate(self) -> None:
        """Every text of the form, in the interface's language."""
        for case_type, button in self.type_buttons.items():
            button.setText(case_type_name(case_type))
        for name, label in self.labels.items():
            required = name in ("case_type", "person_name", "what_happened")
            label.setText(field_label(name) + (" *" if required else ""))
        self.save_button.setText(self.tr("Save the case"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.plate.setPlaceholderText(self.tr("e.g. 12345-A-6 or AB-123-CD"))
        self.story["what_happened"].setPlaceholderText(self.tr(
            "What happened, where and when"))
        if self.country.count():  # the names in the new language, the choice kept
            self._fill_choices(self.country.currentData(), self.lang.currentData())
        self._show_title()
        if self._problem is not None:
            self.banner.show_message(problem_words(*self._problem), "error")

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["STORY", "CaseForm"]
