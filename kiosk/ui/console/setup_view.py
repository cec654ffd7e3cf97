"""The counter's settings: its number and the service groups it serves.

Big toggles, one per service group of the catalog, named in the agent's language; the
defaults come from ``[queue] counter`` and ``[queue] groups`` (every group when none is
set).  Kept while the console is locked, so the next agent only confirms them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalog import Group
from kiosk.domain.text import pick
from kiosk.ui.i18n import current_language

MAX_COUNTER = 99


class SetupView(QWidget):
    """Counter number and groups.  Signal ``chosen(int, tuple)`` on Continue."""

    chosen = Signal(int, tuple)

    def __init__(self, groups: Mapping[str, Group], counter: int,
                 selected: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleSetup")
        self.groups = dict(groups)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.counter_label = QLabel()
        self.counter = QSpinBox()
        self.counter.setObjectName("counterNumber")
        self.counter.setRange(1, MAX_COUNTER)
        self.counter.setValue(max(1, counter))
        self.counter.setMinimumWidth(140)
        self.counter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.minus = QPushButton("-")
        self.minus.setObjectName("counterMinus")
        self.minus.clicked.connect(lambda: self.counter.stepBy(-1))
        self.plus = QPushButton("+")
        self.plus.setObjectName("counterPlus")
        self.plus.clicked.connect(lambda: self.counter.stepBy(1))
        self.groups_label = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        wanted = set(selected) & set(self.groups) or set(self.groups)
        for index, group_id in enumerate(self.groups):
            button = QPushButton()
            button.setObjectName(f"group_{group_id}")
            button.setProperty("kind", "check")
            button.setCheckable(True)
            button.setChecked(group_id in wanted)
            button.toggled.connect(self._check)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[group_id] = button
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.go = QPushButton()
        self.go.setObjectName("setupContinue")
        self.go.setProperty("kind", "primary")
        self.go.setDefault(True)
        self.go.clicked.connect(self.confirm)
        number = QHBoxLayout()
        number.setSpacing(12)
        number.addWidget(self.counter_label)
        number.addStretch(1)
        number.addWidget(self.minus)
        number.addWidget(self.counter)
        number.addWidget(self.plus)
        column = QVBoxLayout(self)
        column.setContentsMargins(64, 24, 64, 24)
        column.setSpacing(16)
        column.addWidget(self.title)
        column.addLayout(number)
        column.addWidget(self.groups_label)
        column.addLayout(grid)
        column.addWidget(self.hint)
        column.addStretch(1)
        column.addWidget(self.go)
        self.retranslate()

    def selected(self) -> tuple[str, ...]:
        """The groups turned on, in catalog order."""
        return tuple(g for g, b in self.buttons.items() if b.isChecked())

    def set_choice(self, counter: int, groups: tuple[str, ...]) -> None:
        """Show these settings (the ones in use)."""
        self.counter.setValue(max(1, counter))
        for group_id, button in self.buttons.items():
            button.setChecked(group_id in groups)

    def confirm(self) -> None:
        """Continue with these settings (at least one group)."""
        groups = self.selected()
        if groups:
            self.chosen.emit(self.counter.value(), groups)

    def retranslate(self) -> None:
        """Texts, group names in the agent's language."""
        lang = current_language()
        self.title.setText(self.tr("Your counter"))
        self.counter_label.setText(self.tr("Counter number"))
        self.groups_label.setText(self.tr("Service groups this counter serves"))
        for group_id, button in self.buttons.items():
            button.setText(f"{group_id} — {pick(self.groups[group_id].names, lang)}")
        self.go.setText(self.tr("Open the counter"))
        self._check()

    def _check(self) -> None:
        ok = bool(self.selected())
        self.go.setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Choose at least one group."))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
