"""The kiosk's own fonts, so Latin, Arabic and Tifinagh look the same on every machine.

The TTF files ship in ``assets/fonts`` (Noto, SIL Open Font License).  :func:`load_fonts`
registers them once at start-up; :func:`ui_font` builds a font whose family list is the
*fallback chain* :data:`FAMILIES`: Qt takes each character from the first family of the
chain that has it, so a mixed line such as "ⵜⴰⵎⴰⵣⵉⵖⵜ / العربية / Français" is drawn from
our files and never from whatever the system happens to have:

1. Noto Sans — Latin (French, English, Spanish, Dutch, German, Italian: é è à ç ñ ä ö
   ü ß...), digits and punctuation;
2. Noto Naskh Arabic — Arabic;
3. Noto Sans Tifinagh — Tifinagh (Tamazight).  It exists in one weight only (no bold
   was ever drawn); Qt emboldens it itself where bold is asked for;
4. Noto Sans Symbols2 — shapes and signs the others lack (the PIN pad's ● dots).

The same chain is installed as the font substitutes of each of its families, so a
widget or painter that names a single family ("Noto Sans") still falls back to our
Arabic and Tifinagh before any system font.  :func:`uncovered` says which characters of
a text none of the shipped files has (the tests run it over every interface and
catalog text).
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from kiosk.paths import assets_dir

log = logging.getLogger(__name__)

#: The fallback chain: each family with its regular and bold files in ``assets/fonts``
#: (``None``: no bold exists, Qt emboldens the regular one).
FONT_FILES: dict[str, tuple[str, str | None]] = {
    "Noto Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "Noto Sans Tifinagh": ("NotoSansTifinagh-Regular.ttf", None),
    "Noto Sans Symbols2": ("NotoSansSymbols2-Regular.ttf", None),
}
#: Families in the order Qt should try them for each character.
FAMILIES: tuple[str, ...] = tuple(FONT_FILES)

_loaded: list[str] = []
_raw: dict[tuple[Path, bool], list[QRawFont]] = {}


def fonts_dir() -> Path:
    """Where the interface fonts are shipped (``assets/fonts``)."""
    return assets_dir() / "fonts"


def font_files(bold: bool = False, folder: Path | None = None) -> list[Path]:
    """The file drawing each family of the chain, in chain order, at one weight.

    A family without a bold file is drawn from its regular file in bold too.
    """
    folder = folder or fonts_dir()
    return [folder / ((bold and files[1]) or files[0]) for files in FONT_FILES.values()]


def load_fonts() -> list[str]:
    """Register every TTF in ``assets/fonts`` and return their family names.

    Safe to call more than once: the files are registered the first time only.  A
    missing or broken file is logged and skipped (an installation fault: the
    characters it draws would then come from system fonts, or show as boxes).
    """
    if _loaded:
        return list(_loaded)
    folder = fonts_dir()
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    missing = [family for family in FAMILIES if family not in families]
    if missing:
        log.error("fonts missing from %s: %s; some text may show as boxes",
                  folder, ", ".join(missing))
    for family in FAMILIES:  # a font naming one of our families still gets the others
        QFont.removeSubstitutions(family)
        QFont.insertSubstitutions(family, [f for f in FAMILIES if f != family])
    _loaded.extend(families)
    return list(families)


def ui_font(size_pt: float, bold: bool = False) -> QFont:
    """A font of ``size_pt`` points over the whole chain (Latin, Arabic, Tifinagh,
    symbols)."""
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def needs_glyph(char: str) -> bool:
    """False for characters nothing is drawn for: controls, format characters (bidi
    marks, joiners) and line or paragraph separators."""
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def raw_fonts(bold: bool = False, folder: Path | None = None) -> list[QRawFont]:
    """The chain's files at one weight, opened as raw fonts (cached).

    Needs a ``QGuiApplication``.  A file that cannot be read gives an invalid raw font,
    which supports no character.
    """
    key = (folder or fonts_dir(), bold)
    if key not in _raw:
        _raw[key] = [QRawFont(str(path), 12) for path in font_files(bold, folder)]
    return _raw[key]


def uncovered(text: str, bold: bool = False, folder: Path | None = None) -> list[str]:
    """The characters of ``text`` (each once, in order) no font of the chain has.

    Only the shipped files count, never the system's fonts.
    """
    fonts = raw_fonts(bold, folder)
    missing: list[str] = []
    for char in dict.fromkeys(text):
        if needs_glyph(char) and not any(f.supportsCharacter(ord(char)) for f in fonts):
            missing.append(char)
    return missing
