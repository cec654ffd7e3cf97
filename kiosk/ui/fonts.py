"""The kiosk's own fonts, so Latin, Arabic and Tifinagh look the same on every machine.

The TTF files ship in ``assets/fonts``.  :func:`load_fonts` registers them once at
start-up; :func:`ui_font` builds a font whose family list tries Noto Sans first (Latin)
and then Noto Naskh Arabic, so a mixed French/Arabic line renders from our fonts and
never from whatever the system happens to have.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.paths import assets_dir

log = logging.getLogger(__name__)

#: Families in the order Qt should try them for each character.
FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Tifinagh")

_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register every TTF in ``assets/fonts`` and return their family names.

    Safe to call more than once: the files are registered the first time only.  A
    missing or broken file is logged and skipped; Qt then falls back to system fonts.
    """
    if _loaded:
        return list(_loaded)
    folder = assets_dir() / "fonts"
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        log.warning("no font loaded from %s; system fonts will be used", folder)
    _loaded.extend(families)
    return list(families)


def ui_font(size_pt: float, bold: bool = False) -> QFont:
    """A font of ``size_pt`` points from our families (Latin first, then Arabic)."""
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
