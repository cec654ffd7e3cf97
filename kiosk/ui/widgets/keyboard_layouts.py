"""Key rows of the on-screen keyboard (data only, no Qt).

Each row is listed in reading order.  The Arabic rows follow the standard Arabic
(101) keyboard, top row ض ص ث ق...; the keyboard widget lays them out right to left,
as phone keyboards do, so ض sits at the top right.  The hamza forms (أ إ آ ء ئ ؤ) and
ة ى get keys of their own instead of hiding behind a shift.
"""

from __future__ import annotations

ARABIC = "ar"
AZERTY = "azerty"
QWERTY = "qwerty"
DIGITS = "digits"

#: Every layout name accepted by ``OnScreenKeyboard.set_layout``.
LAYOUTS: tuple[str, ...] = (ARABIC, AZERTY, QWERTY, DIGITS)
#: Layouts whose letters have capitals (they get a shift key).
LATIN: frozenset[str] = frozenset({AZERTY, QWERTY})

ROWS: dict[str, tuple[tuple[str, ...], ...]] = {
    ARABIC: (
        ("ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"),
        ("ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط", "ذ"),
        ("أ", "إ", "آ", "ء", "ئ", "ؤ", "ر", "ى", "ة", "و", "ز", "ظ"),
    ),
    AZERTY: (
        ("a", "z", "e", "r", "t", "y", "u", "i", "o", "p"),
        ("q", "s", "d", "f", "g", "h", "j", "k", "l", "m"),
        ("w", "x", "c", "v", "b", "n", "é", "è", "ç", "-"),
    ),
    QWERTY: (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "'"),
        ("z", "x", "c", "v", "b", "n", "m", "-", "."),
    ),
    DIGITS: (
        ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
        ("+", "@", ".", "-", "_", "'", "/", ","),
        ("(", ")", ":", "#", "&", "?", "!"),
    ),
}

#: Latin layout a visitor of each language expects.  Moroccan keyboards are French
#: AZERTY, so Arabic and Tamazight speakers who switch to Latin letters get AZERTY too.
LATIN_FOR_LANGUAGE: dict[str, str] = {"fr": AZERTY, "ar": AZERTY, "zgh": AZERTY}


def latin_layout_for(lang: str) -> str:
    """AZERTY for French (and Moroccan) visitors, QWERTY for everyone else."""
    return LATIN_FOR_LANGUAGE.get(lang, QWERTY)


def first_layout_for(lang: str) -> str:
    """The layout shown first to a visitor reading ``lang``."""
    return ARABIC if lang == "ar" else latin_layout_for(lang)


def row_units(layout: str, row_index: int) -> float:
    """Width of a letter row in key units, including the shift key on Latin layouts."""
    width = float(len(ROWS[layout][row_index]))
    if layout in LATIN and row_index == 2:
        width += 1.5
    return width


def layout_units(layout: str) -> float:
    """Width of the widest letter row of ``layout``, in key units."""
    return max(row_units(layout, i) for i in range(len(ROWS[layout])))
