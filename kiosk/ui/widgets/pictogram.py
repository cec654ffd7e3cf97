"""An SVG pictogram from ``assets/pictograms``, drawn sharp at any size.

A missing or unreadable file never crashes the kiosk: a neutral placeholder (a soft
rounded square) takes its place and the problem is logged once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.paths import assets_dir
from kiosk.ui.theme import HEADER_BG, LINE

log = logging.getLogger(__name__)
_cache: dict[str, bytes | None] = {}


def pictogram_path(name: str | Path) -> Path:
    """Where pictogram ``name`` lives: a path as given, or a file of assets/pictograms
    (``".svg"`` is added when the name has no suffix)."""
    path = Path(name)
    if path.is_absolute():
        return path
    if not path.suffix:
        path = path.with_suffix(".svg")
    return assets_dir() / "pictograms" / path


def load_renderer(name: str | Path | None) -> QSvgRenderer | None:
    """A renderer for pictogram ``name``, or None when there is none to show."""
    if not name:
        return None
    path = pictogram_path(name)
    data = _svg_data(path)
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("pictogram unreadable: %s (placeholder shown)", path.name)
        return None
    return renderer


def _svg_data(path: Path) -> bytes | None:
    """The file's bytes, read once per run (screens are rebuilt for every visitor)."""
    key = str(path)
    if key not in _cache:
        try:
            _cache[key] = path.read_bytes()
        except OSError:
            _cache[key] = None
            log.warning("pictogram missing: %s (placeholder shown)", path.name)
    return _cache[key]


def fit_rect(renderer: QSvgRenderer, box: QRectF) -> QRectF:
    """The largest rectangle in ``box`` with the pictogram's proportions, centred."""
    view = renderer.viewBoxF()
    if view.isEmpty():
        return box
    scale = min(box.width() / view.width(), box.height() / view.height())
    width, height = view.width() * scale, view.height() * scale
    return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)


class PictogramView(QWidget):
    """Paints one pictogram, centred and with its proportions kept."""

    def __init__(self, name: str | Path | None = None, side: int = 96,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self._name: str | Path | None = None
        self.setFixedSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_pictogram(name)

    def set_pictogram(self, name: str | Path | None) -> None:
        """Show pictogram ``name`` (a file of assets/pictograms or a path)."""
        self._name = name
        self._renderer = load_renderer(name)
        self.update()

    def has_pictogram(self) -> bool:
        """False while the placeholder is shown."""
        return self._renderer is not None

    def sizeHint(self) -> QSize:
        """Its fixed side."""
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The pictogram, or a calm placeholder when it could not be loaded."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._renderer is not None:
            self._renderer.render(painter, fit_rect(self._renderer, box))
        else:
            painter.setPen(QPen(QColor(LINE), 3))
            painter.setBrush(QColor(HEADER_BG))
            painter.drawRoundedRect(box, box.width() / 5, box.width() / 5)
        painter.end()
