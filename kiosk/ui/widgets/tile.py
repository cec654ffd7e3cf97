"""Big touch targets: a tile with a pictogram and a wrapping label, and a checklist row.

Both are QPushButtons underneath, so they have the usual ``clicked`` / ``toggled``
signals, a pressed look and an accessible name; their pictures and texts are child
widgets that let touches through to the button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.theme import OUTLINE, PRIMARY
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.pictogram import PictogramView

TILE_MIN = QSize(200, 170)
CHECK_SIDE = 44


def _passive_label(text: str = "", role: str = "") -> QLabel:
    """A word-wrapping label that lets touches through to the button under it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if role:
        label.setProperty("role", role)
    return label


class TileButton(QPushButton):
    """A large tile: pictogram above a label of one to three lines.  Emits ``clicked``.

    ``pictogram`` is a file of ``assets/pictograms`` (``"passport"`` or
    ``"passport.svg"``) or a path; when missing or None, a neutral placeholder is
    shown.  ``text`` is the caller's (already in the visitor's language).
    """

    def __init__(self, pictogram: str | Path | None = None, text: str = "",
                 detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "tile")
        self.setMinimumSize(TILE_MIN)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picture = PictogramView(pictogram, side=96)
        self.label = _passive_label()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setStyleSheet("font-weight: bold;")
        self.detail = _passive_label(role="hint")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # tiles of a row share its height
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(14, 14, 14, 16)
        column.setSpacing(8)
        column.addStretch(1)
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.label)
        column.addWidget(self.detail)
        column.addStretch(1)
        self.set_text(text)
        self.set_detail(detail)

    def set_text(self, text: str) -> None:
        """The tile's label (word-wrapped, centred)."""
        self.label.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:  # the QPushButton's own text stays empty; this is the label's
        """The tile's label."""
        return self.label.text()

    def set_detail(self, text: str) -> None:
        """A smaller second line under the label (hidden when empty)."""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def set_pictogram(self, pictogram: str | Path | None) -> None:
        """Change the pictogram (placeholder when missing)."""
        self.picture.set_pictogram(pictogram)

    def hasHeightForWidth(self) -> bool:
        """A narrower tile wraps its label on more lines, so it needs more height."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Tall enough for the pictogram and every line of the label at ``width``."""
        return max(TILE_MIN.height(), self._column.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        """240 px wide, as tall as the content needs there, never below the minimum."""
        return QSize(240, self.heightForWidth(240)).expandedTo(TILE_MIN)

    def minimumSizeHint(self) -> QSize:
        """The smallest comfortable tile (height grows with :meth:`heightForWidth`)."""
        return TILE_MIN


class _CheckMark(QWidget):
    """The large square that shows whether a checklist row is ticked."""

    def __init__(self, owner: QPushButton) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setFixedSize(CHECK_SIDE, CHECK_SIDE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty outlined box, or a green box with a white tick."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        checked = self._owner.isChecked()
        painter.setPen(QPen(QColor(PRIMARY if checked else OUTLINE), 3))
        painter.setBrush(QColor(PRIMARY if checked else "#FFFFFF"))
        painter.drawRoundedRect(box, 8, 8)
        if checked:
            tick = icon_pixmap("check", "#FFFFFF", CHECK_SIDE - 8)
            painter.drawPixmap(4, 4, tick)
        painter.end()


class ChecklistItem(QPushButton):
    """A document row the visitor ticks: "[title] ... [box] I have it".

    The whole row toggles on touch.  Signal: ``toggled(bool)`` (from QPushButton);
    read it with ``isChecked()``, set it with ``setChecked()``.
    """

    def __init__(self, text: str = "", detail: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setProperty("kind", "check")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = _passive_label()
        self.title.setStyleSheet("font-weight: bold;")
        self.detail = _passive_label(role="hint")
        self.mark = _CheckMark(self)
        self.have_label = _passive_label()
        self.have_label.setWordWrap(False)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(16)
        row.addLayout(texts, 1)
        row.addWidget(self.mark)
        row.addWidget(self.have_label)
        self.toggled.connect(lambda _checked: self.mark.update())
        self.set_text(text)
        self.set_detail(detail)
        self.retranslate()

    def set_text(self, text: str) -> None:
        """The document's name (the caller's text, already in the visitor's language)."""
        self.title.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:  # the label's text, not the empty QPushButton text
        """The document's name."""
        return self.title.text()

    def set_checked(self, checked: bool) -> None:
        """Tick or untick the row (emits ``toggled`` when it changes)."""
        self.setChecked(checked)

    def set_detail(self, text: str) -> None:
        """A second line, e.g. "original and one copy" (hidden when empty)."""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def sizeHint(self) -> QSize:
        """As wide as the layout wants; tall enough for two lines."""
        return self._row.sizeHint().expandedTo(QSize(400, 84))

    def retranslate(self) -> None:
        """Set this row's own words in the current language."""
        self.have_label.setText(self.tr("I have it"))
        self.setAccessibleDescription(self.tr("I have it"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
