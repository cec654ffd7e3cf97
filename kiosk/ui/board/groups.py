"""Each service group: the last number called, how many wait, the expected wait."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.queue import GroupView
from kiosk.ui.board import texts
from kiosk.ui.board.labels import CENTRE, BiLabel, set_margins, text_label
from kiosk.ui.board.texts import NOTHING, Pair


@dataclass(frozen=True)
class GroupName:
    """A service group as the board names it (from the catalog)."""

    id: str
    ar: str
    fr: str


@dataclass
class GroupRow:
    """The widgets of one group's row."""

    badge: QLabel
    name: BiLabel
    serving: QLabel
    waiting: QLabel
    wait: QLabel

    def widgets(self) -> list[QWidget]:
        return [self.badge, self.name, self.serving, self.waiting, self.wait]


class Groups(QFrame):
    """Each service group: now serving, how many wait, the expected wait.

    More than three groups go in two columns side by side.  Rows are made when the
    groups change (a bundle may bring new ones), else only their values are set.
    """

    COLUMNS = 5  # badge, name, now serving, waiting, expected wait

    def __init__(self, names: Sequence[GroupName], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.names = {name.id: name for name in names}
        column = QVBoxLayout(self)
        column.setSpacing(0)
        self.grid = QGridLayout()
        column.addLayout(self.grid)
        #: each group's row, in the order shown
        self.rows: dict[str, GroupRow] = {}
        self._captions: list[QWidget] = []
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Room between the columns, and the margins, for this screen."""
        self.grid.setHorizontalSpacing(round(18 * scale))
        self.grid.setVerticalSpacing(round(6 * scale))
        set_margins(self, scale)

    def show_groups(self, views: Sequence[GroupView]) -> None:
        """Show ``views`` in their order."""
        order = [view.group for view in views]
        if order != list(self.rows):
            self._rebuild(order)
        for view in views:
            row = self.rows[view.group]
            row.serving.setText(view.now_serving or NOTHING)
            row.waiting.setText(str(view.waiting))
            row.wait.setText(texts.wait_text(view.waiting, view.estimated_wait_minutes))

    def shown(self) -> list[tuple[str, str, str, str]]:
        """(group, now serving, waiting, expected wait) for each row, in order."""
        return [(group, row.serving.text(), row.waiting.text(), row.wait.text())
                for group, row in self.rows.items()]

    def _rebuild(self, order: list[str]) -> None:
        for widget in [*self._captions, *(w for r in self.rows.values() for w in r.widgets())]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._captions = []
        self.rows = {}
        blocks = 2 if len(order) > 3 else 1
        per_block = -(-len(order) // blocks) if order else 0
        for block in range(blocks):
            first = block * (self.COLUMNS + 1)
            heads = [BiLabel(pair, "caption", "stack", CENTRE)
                     for pair in (texts.NOW_SERVING, texts.WAITING, texts.EXPECTED_WAIT)]
            for offset, head in enumerate(heads, start=2):
                self.grid.addWidget(head, 0, first + offset)
            self._captions += heads
            for line, group in enumerate(order[block * per_block:(block + 1) * per_block],
                                         start=1):
                row = self._make_row(group)
                for offset, widget in enumerate(row.widgets()):
                    self.grid.addWidget(widget, line, first + offset)
                self.rows[group] = row
            self.grid.setColumnStretch(first + 1, 3)
            for offset in (2, 3, 4):
                self.grid.setColumnStretch(first + offset, 1)
            if block:
                gap = QWidget()
                gap.setFixedWidth(16)
                self.grid.addWidget(gap, 0, first - 1)
                self._captions.append(gap)

    def _make_row(self, group: str) -> GroupRow:
        known = self.names.get(group)
        # a group the catalog does not know (yet): its letter says enough
        name = BiLabel(Pair(known.ar, known.fr) if known else Pair(group, group),
                       "group", "stack")
        name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (name.ar, name.fr):
            label.setWordWrap(False)
        badge = text_label(group, "badge", align=CENTRE)
        serving = text_label(NOTHING, "value", align=CENTRE)
        serving.setProperty("column", "serving")
        return GroupRow(badge=badge, name=name, serving=serving,
                        waiting=text_label("0", "value", align=CENTRE),
                        wait=text_label(NOTHING, "value", align=CENTRE))
