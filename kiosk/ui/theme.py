"""The kiosk's look: calm colours, large type and big touch targets.

One style sheet for the whole application.  Widgets opt into a style with a dynamic
property rather than a class name, so screens can reuse it on plain Qt widgets:

* buttons: ``kind`` = ``"primary"`` (filled green), ``"secondary"`` (outlined),
  ``"key"`` / ``"key-special"`` (on-screen keyboard), ``"tile"``, ``"check"``,
  ``"huge"`` (the one big answer on a screen), ``"a11y"`` (the accessibility bar);
* frames and labels: ``role`` = ``"header"``, ``"card"``, ``"title"``,
  ``"subtitle"``, ``"hint"``, ``"error"``, ``"banner"`` (with ``level`` =
  ``"error"`` / ``"info"`` / ``"ok"``), ``"overlay-card"``, ``"big"``.

The screens' own object names are styled too (see
:func:`~kiosk.ui.theme_sheet.screen_styles`): ``#card``,
``#screenPrompt``, ``#sectionTitle``, ``#hint``, ``#fieldLabel``, ``#fieldError``,
``#ticketNumber``, ``#welcomeTitle``..., and the button kinds ``"result"``,
``"language"`` and ``"choice"``.

Every text is at least 18 pt (the base is 20 pt) and every button at least 64 px tall,
about 17 mm at 96 dpi.  Colours meet WCAG AA contrast (most reach AAA).

A visitor can switch, for the rest of the visit (``kiosk/ui/accessibility.py``):

* **large text** -- every size below
  :data:`~kiosk.ui.theme_metrics.LARGE_TEXT_CAP_PT` times
  :data:`~kiosk.ui.theme_metrics.LARGE_TEXT_SCALE` (the on-screen keyboard's and the
  staff PIN pad's keys keep theirs: they are large already and have fixed heights);
* **high contrast** -- black on white, yellow for what is pressed, chosen or the
  header, every text pair at least 7:1 (:data:`HIGH_CONTRAST`, checked by the tests).

:func:`restyle` swaps the style sheet and palette of the running application.  Widgets
that paint themselves ask :func:`current_colours` at paint time.

The parts live beside this module: the palettes and the contrast arithmetic in
:mod:`kiosk.ui.theme_colours`, the sizes in :mod:`kiosk.ui.theme_metrics`, the style
sheet in :mod:`kiosk.ui.theme_sheet`.  This module holds the look in use and applies
it, and re-exports (``__all__``) the names that code and tests take from it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import load_fonts, ui_font
from kiosk.ui.theme_colours import (
    DISABLED_BG,
    DISABLED_TEXT,
    ERROR_BG,
    ERROR_TEXT,
    HC_YELLOW,
    HEADER_BG,
    HIGH_CONTRAST,
    INFO,
    LINE,
    OUTLINE,
    OVERLAY_SHADE,
    PRIMARY,
    PRIMARY_PRESSED,
    PRIMARY_SOFT,
    STANDARD,
    TEXT,
    TEXT_PAIRS,
    WARN_BG,
    WARN_TEXT,
    Colours,
    colours_for,
    contrast_ratio,
)
from kiosk.ui.theme_metrics import A11Y_TEXT_PT, BASE_PT, TOUCH_MIN_PX, scaled_pt
from kiosk.ui.theme_sheet import style_sheet

__all__ = [
    "A11Y_TEXT_PT",
    "DISABLED_BG",
    "DISABLED_TEXT",
    "ERROR_BG",
    "ERROR_TEXT",
    "HC_YELLOW",
    "HEADER_BG",
    "HIGH_CONTRAST",
    "INFO",
    "LINE",
    "OUTLINE",
    "OVERLAY_SHADE",
    "PRIMARY",
    "PRIMARY_PRESSED",
    "PRIMARY_SOFT",
    "STANDARD",
    "TEXT",
    "TEXT_PAIRS",
    "TOUCH_MIN_PX",
    "WARN_BG",
    "WARN_TEXT",
    "apply_theme",
    "contrast_ratio",
    "current_colours",
    "palette",
    "restyle",
    "scaled_pt",
    "set_look",
    "set_style_property",
    "style_sheet",
]

_current: list[tuple[Colours, bool]] = [(STANDARD, False)]


def current_colours() -> Colours:
    """The colours in use now (for widgets that paint themselves)."""
    return _current[0][0]


def palette(high_contrast: bool = False) -> QPalette:
    """Base colours, for what the style sheet does not cover (text cursor, fields)."""
    c = colours_for(high_contrast)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(c.background))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(c.text))
    pal.setColor(QPalette.ColorRole.Base, QColor(c.background))
    pal.setColor(QPalette.ColorRole.Text, QColor(c.text))
    pal.setColor(QPalette.ColorRole.Button, QColor(c.background))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(c.primary))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(c.primary))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(c.on_primary))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(c.muted))
    return pal


def apply_theme(app: QApplication) -> None:
    """Load our fonts, then give ``app`` its base font, palette and style sheet."""
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(ui_font(BASE_PT))
    restyle(app)


def set_look(high_contrast: bool = False, large_text: bool = False) -> None:
    """Say which look is in use (what :func:`current_colours` answers)."""
    _current[0] = (colours_for(high_contrast), large_text)


def restyle(app: QApplication, high_contrast: bool = False, large_text: bool = False) -> None:
    """Give the running ``app`` the look of these choices (palette and style sheet).

    Every widget of the application is polished again: a few hundred milliseconds for
    the kiosk window.  The visitor's choices restyle screen by screen instead
    (``kiosk/ui/accessibility.py``).
    """
    set_look(high_contrast, large_text)
    app.setPalette(palette(high_contrast))
    app.setStyleSheet(style_sheet(high_contrast, large_text))


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a styling property (``kind``, ``role``, ``level``...) and restyle at once.

    Qt applies property selectors when a widget is polished; changing one later needs
    an unpolish/polish of the widget and its children (selectors such as
    ``QFrame[level="error"] QLabel`` depend on the parent) for the new look to show.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    for item in [widget, *widget.findChildren(QWidget)]:
        style.unpolish(item)
        style.polish(item)
        item.update()
