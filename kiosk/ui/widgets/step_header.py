"""The bar at the top of each step: Back, the title, where we are, and Start over.

In right-to-left languages the whole bar mirrors: Back sits on the right and its arrow
points right, towards where the visitor came from.  Its icons and dots are drawn in
the theme in use (:func:`~kiosk.ui.theme.current_colours`), high contrast included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import current_colours
from kiosk.ui.widgets.icons import make_icon

HEADER_HEIGHT = 104
DOT = 18
DOT_GAP = 14


class StepDots(QWidget):
    """Progress as dots: done and current steps filled, the current one larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = 0
        self._total = 0

    def set_step(self, current: int, total: int) -> None:
        """Show step ``current`` of ``total`` (1-based)."""
        self._current, self._total = current, total
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """One dot per step."""
        return QSize(max(0, self._total * (DOT + DOT_GAP) - DOT_GAP + 8), DOT + 12)

    def minimumSizeHint(self) -> QSize:
        """Never squeezed: the dots are the point."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dots in reading order (right to left in Arabic)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        y = self.height() / 2
        colours = current_colours()
        for index in range(self._total):
            slot = self._total - 1 - index if rtl else index
            center = QPointF(4 + slot * (DOT + DOT_GAP) + DOT / 2, y)
            step = index + 1
            radius = DOT / 2 + (3 if step == self._current else 0)
            painter.setPen(QPen(QColor(colours.primary), 2.5))
            painter.setBrush(QColor(colours.primary if step <= self._current
                                    else colours.background))
            painter.drawEllipse(center, radius - 1.5, radius - 1.5)
        painter.end()


class StepHeader(QFrame):
    """Top bar.  Signals: ``backRequested()``, ``homeRequested()``."""

    backRequested = Signal()
    homeRequested = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        self.setMinimumHeight(HEADER_HEIGHT)
        self._current = 0
        self._total = 0
        self._compact = False
        self.back_button = QPushButton()
        self.back_button.setProperty("kind", "secondary")
        self.back_button.setIconSize(QSize(32, 32))
        self.back_button.clicked.connect(self.backRequested)
        self.home_button = QPushButton()
        self.home_button.setProperty("kind", "secondary")
        self.home_button.setIconSize(QSize(32, 32))
        self.home_button.clicked.connect(self.homeRequested)
        for button in (self.back_button, self.home_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title_label = QLabel(title)
        self.title_label.setProperty("role", "title")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = StepDots()
        self.step_label = QLabel()
        self.step_label.setProperty("role", "hint")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        progress = QVBoxLayout()
        progress.setSpacing(2)
        progress.addStretch(1)
        progress.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        progress.addWidget(self.step_label)
        progress.addStretch(1)
        self._progress = progress
        # In large text the dots go under the title, which gets their width.
        title_column = QVBoxLayout()
        title_column.setSpacing(2)
        title_column.addWidget(self.title_label, 1)
        self._under_title = title_column
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(20)
        row.addWidget(self.back_button)
        row.addLayout(title_column, 1)
        row.addLayout(progress)
        row.addWidget(self.home_button)
        self._show_step()
        self.repaint_icons()
        self.retranslate()

    def set_title(self, title: str) -> None:
        """The step's title (the caller's text, already translated)."""
        self.title_label.setText(title)

    def set_step(self, current: int, total: int) -> None:
        """Show "step ``current`` of ``total``"; ``current`` 0 hides the progress."""
        self._current, self._total = current, total
        self._show_step()
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Large text: the dots alone, under the title, which gets the room they had."""
        if compact == self._compact:
            return
        self._compact = compact
        if compact:
            self._progress.removeWidget(self.dots)
            self._under_title.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            self._under_title.removeWidget(self.dots)
            self._progress.insertWidget(1, self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show_step()

    def set_back_visible(self, visible: bool) -> None:
        """Show or hide the Back button (e.g. hidden on the first step)."""
        self.back_button.setVisible(visible)

    def set_home_visible(self, visible: bool) -> None:
        """Show or hide the Start over button."""
        self.home_button.setVisible(visible)

    def retranslate(self) -> None:
        """Set the bar's own words in the current language."""
        # a leading space keeps the text off the icon, on either side of it
        self.back_button.setText(" " + self.tr("Back"))
        self.home_button.setText(" " + self.tr("Start over"))
        if self._current > 0:
            self.step_label.setText(self.tr("Step {current} of {total}").format(
                current=self._current, total=self._total))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change; turn the arrow when the layout mirrors."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.repaint_icons()
        super().changeEvent(event)

    def repaint_icons(self) -> None:
        """Draw the arrow, the house and the dots in the theme in use."""
        colour = current_colours().primary
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.back_button.setIcon(make_icon("back", colour, mirrored=rtl))
        self.home_button.setIcon(make_icon("home", colour))
        self.dots.update()

    def _show_step(self) -> None:
        shown = self._current > 0 and self._total > 0
        self.dots.set_step(self._current, self._total)
        self.dots.setVisible(shown)
        self.step_label.setVisible(shown and not self._compact)

