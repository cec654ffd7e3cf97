"""Small line icons drawn from inline SVG, so they never depend on a font having a glyph.

Icons are drawn on a 24x24 grid with round strokes.  Those that show a direction
(back arrow, backspace, enter) can be mirrored for right-to-left layouts.  A shape
filled with the icon's colour says ``{color}``.  The accessibility bar's pictograms
(voice, volume, text size, contrast) are here too, drawn with a lighter stroke.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SPEAKER = '<path d="M3.5 9.2h3.8L12 5v14l-4.7-4.2H3.5z"/>'
_WAVES = ('<path d="M15 9.6a3.4 3.4 0 0 1 0 4.8"/>',
          '<path d="M17.4 7.4a6.6 6.6 0 0 1 0 9.2"/>',
          '<path d="M19.8 5.2a9.8 9.8 0 0 1 0 13.6"/>')

_PATHS: dict[str, str] = {
    # arrow pointing to the start of the line (left in LTR)
    "back": '<path d="M20 12H5M11 5l-7 7 7 7"/>',
    "home": '<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 10v10h13V10"/>'
            '<path d="M10 20v-5.5h4V20"/>',
    # a key cap with a cross, tip towards the start of the line
    "backspace": '<path d="M8.5 5H21v14H8.5L2.5 12z"/><path d="M11.5 9l6 6M17.5 9l-6 6"/>',
    "shift": '<path d="M12 3.5 3.5 12.5H8V20h8v-7.5h4.5z"/>',
    "shift-lock": '<path d="M12 3.5 3.5 12H8v5h8v-5h4.5z"/><path d="M8 20.5h8"/>',
    "enter": '<path d="M20 5v7H5"/><path d="M9.5 7.5 5 12l4.5 4.5"/>',
    "check": '<path d="M4.5 12.5l5 5L20 7"/>',
    "alert": '<circle cx="12" cy="12" r="9.5"/><path d="M12 7v6.5"/>'
             '<circle cx="12" cy="17" r="0.6"/>',
    "info": '<circle cx="12" cy="12" r="9.5"/><path d="M12 11v6.5"/>'
            '<circle cx="12" cy="7.3" r="0.6"/>',
    "clock": '<circle cx="12" cy="12" r="9.5"/><path d="M12 6.5V12l3.5 2.5"/>',
    # sync states: a working link, a broken one, a no-entry sign; the staff lock
    "wifi": '<path d="M2.5 9a13.5 13.5 0 0 1 19 0M5.5 12.5a9 9 0 0 1 13 0'
            'M8.7 16a4.5 4.5 0 0 1 6.6 0"/><circle cx="12" cy="19.3" r="0.8"/>',
    "wifi-off": '<path d="M2.5 9a13.5 13.5 0 0 1 19 0M5.5 12.5a9 9 0 0 1 13 0'
                'M8.7 16a4.5 4.5 0 0 1 6.6 0"/><circle cx="12" cy="19.3" r="0.8"/>'
                '<path d="M3.5 3.5l17 17"/>',
    "blocked": '<circle cx="12" cy="12" r="9.5"/><path d="M5.3 5.3l13.4 13.4"/>',
    "lock": '<rect x="5" y="10.5" width="14" height="10" rx="2"/>'
            '<path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>',
    # the accessibility bar
    "voice-on": _SPEAKER + _WAVES[0] + _WAVES[1],
    "voice-off": _SPEAKER + '<path d="M15.5 9.5l5 5M20.5 9.5l-5 5"/>',
    "repeat": '<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3"/><path d="M18.3 2.8v4.6h-4.6"/>',
    "volume-1": _SPEAKER + _WAVES[0],
    "volume-2": _SPEAKER + _WAVES[0] + _WAVES[1],
    "volume-3": _SPEAKER + "".join(_WAVES),
    # a small and a large letter A, drawn (no font needed)
    "text-size": '<path d="M2.5 20 6 10.5 9.5 20M3.7 16.8h4.6"/>'
                 '<path d="M10.5 20 15.5 4l5 16M12.4 14.2h6.2"/>',
    "contrast": '<circle cx="12" cy="12" r="9"/><path d="M12 3a9 9 0 0 1 0 18z" '
                'fill="{color}"/>',
}

NAMES: tuple[str, ...] = tuple(_PATHS)


def icon_svg(name: str, color: str, mirrored: bool = False, stroke: float = 2.2) -> bytes:
    """The SVG source of icon ``name`` drawn in ``color``, lines ``stroke`` wide (of 24)."""
    body = _PATHS[name].replace("{color}", color)
    if mirrored:
        body = f'<g transform="matrix(-1 0 0 1 24 0)">{body}</g>'
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">'
        f'<g fill="none" stroke="{color}" stroke-width="{stroke}" '
        f'stroke-linecap="round" stroke-linejoin="round">{body}</g></svg>'
    )
    return svg.encode("utf-8")


def icon_pixmap(name: str, color: str, size: int, mirrored: bool = False,
                scale: float = 2.0, stroke: float = 2.2) -> QPixmap:
    """Icon ``name`` as a pixmap of ``size`` logical pixels (sharp on high-dpi screens)."""
    renderer = QSvgRenderer(QByteArray(icon_svg(name, color, mirrored, stroke)))
    side = max(1, round(size * scale))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def make_icon(name: str, color: str, mirrored: bool = False, size: int = 48) -> QIcon:
    """Icon ``name`` in ``color`` as a QIcon (same look in normal and pressed state)."""
    return QIcon(icon_pixmap(name, color, size, mirrored))
