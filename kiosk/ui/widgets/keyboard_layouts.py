"""Key rows of the on-screen keyboard (data only, no Qt).

Each row is listed in reading order.  The Arabic rows follow the standard Arabic
(101) keyboard, top row ض ص ث ق...; the keyboard widget lays them out right to left,
as phone keyboards do, so ض sits at the top right.  The hamza forms (أ إ آ ء ئ ؤ) and
ة ى get keys of their own instead of hiding behind a shift.

Latin letters come in the layout each visitor knows from home: French AZERTY (also for
Arabic and Tamazight readers: Moroccan keyboards are AZERTY), German QWERTZ with ü ö ä
ß, Spanish QWERTY with ñ and the accented vowels, Italian QWERTY with è é ò à ù ì, and
plain QWERTY for English and Dutch.  Any other accented letter (a Dutch ë, a Portuguese
ã, a French œ...) is on the shared accents page (the "àé" key), so a name from
any of these languages can be typed from any Latin layout.

The Tifinagh page has a key for each of the 33 letters of IRCAM's standard Tifinagh
(Standard Moroccan Tamazight), the two labialised ones (ⴳⵯ, ⴽⵯ: a letter and ⵯ) too.
Each letter sits where AZERTY has the Latin letter it is transcribed with (ⴰ a, ⵣ z,
ⵔ r...), so a reader used to a Moroccan AZERTY keyboard finds most of them at once;
ⵖ takes v (unused in Tamazight), and ⵄ ⵃ, the emphatic letters ⵕ ⵥ ⵟ ⵚ ⴹ and ⴳⵯ ⴽⵯ
the free places.  Tifinagh has no capitals: no shift key.
"""

from __future__ import annotations

ARABIC = "ar"
TIFINAGH = "tifinagh"
AZERTY = "azerty"
QWERTY = "qwerty"
QWERTZ = "qwertz"
SPANISH = "qwerty-es"
ITALIAN = "qwerty-it"
ACCENTS = "accents"
DIGITS = "digits"

#: Every layout name accepted by ``OnScreenKeyboard.set_layout``.
LAYOUTS: tuple[str, ...] = (ARABIC, TIFINAGH, AZERTY, QWERTY, QWERTZ, SPANISH, ITALIAN,
                            ACCENTS, DIGITS)
#: The Latin letter layouts: the "ABC" key leads back to the visitor's one.
LATIN: frozenset[str] = frozenset({AZERTY, QWERTY, QWERTZ, SPANISH, ITALIAN})
#: Layouts whose letters have capitals (they get a shift key).
CASED: frozenset[str] = LATIN | {ACCENTS}
#: Layouts laid out right to left.
RIGHT_TO_LEFT: frozenset[str] = frozenset({ARABIC})

ROWS: dict[str, tuple[tuple[str, ...], ...]] = {
    ARABIC: (
        ("ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"),
        ("ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط", "ذ"),
        ("أ", "إ", "آ", "ء", "ئ", "ؤ", "ر", "ى", "ة", "و", "ز", "ظ"),
    ),
    TIFINAGH: (
        ("ⴰ", "ⵣ", "ⴻ", "ⵔ", "ⵜ", "ⵢ", "ⵓ", "ⵉ", "ⵄ", "ⵃ", "ⵕ"),
        ("ⵇ", "ⵙ", "ⴷ", "ⴼ", "ⴳ", "ⵀ", "ⵊ", "ⴽ", "ⵍ", "ⵎ", "ⵥ"),
        ("ⵡ", "ⵅ", "ⵛ", "ⵖ", "ⴱ", "ⵏ", "ⵟ", "ⵚ", "ⴹ", "ⴳⵯ", "ⴽⵯ"),
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
    QWERTZ: (
        ("q", "w", "e", "r", "t", "z", "u", "i", "o", "p", "ü"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ö", "ä"),
        ("y", "x", "c", "v", "b", "n", "m", "ß", "-"),
    ),
    SPANISH: (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"),
        ("z", "x", "c", "v", "b", "n", "m", "á", "é", "í", "ó", "ú"),
    ),
    ITALIAN: (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "è", "é"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ò", "à", "ù"),
        ("z", "x", "c", "v", "b", "n", "m", "ì", "'", "-"),
    ),
    ACCENTS: (
        ("à", "á", "â", "ä", "ã", "å", "æ", "ç", "è", "é", "ê", "ë"),
        ("ì", "í", "î", "ï", "ñ", "ò", "ó", "ô", "ö", "õ", "ø", "œ"),
        ("ù", "ú", "û", "ü", "ý", "ÿ", "ß", "'", "-", "."),
    ),
    DIGITS: (
        ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
        ("+", "@", ".", "-", "_", "'", "/", ","),
        ("(", ")", ":", "#", "&", "?", "!"),
    ),
}

#: Latin layout a visitor of each language expects (QWERTY for the others: en, nl).
#: Moroccan keyboards are French AZERTY, so Arabic and Tamazight readers who switch to
#: Latin letters get AZERTY too.
LATIN_FOR_LANGUAGE: dict[str, str] = {
    "fr": AZERTY, "ar": AZERTY, "zgh": AZERTY,
    "de": QWERTZ, "es": SPANISH, "it": ITALIAN,
}
#: The page shown first to readers of a language not written in Latin letters.
SCRIPT_FOR_LANGUAGE: dict[str, str] = {"ar": ARABIC, "zgh": TIFINAGH}


def latin_layout_for(lang: str) -> str:
    """The Latin layout of ``lang``'s readers: AZERTY (fr, ar, zgh), QWERTZ (de),
    Spanish (es), Italian (it), else QWERTY (en, nl...)."""
    return LATIN_FOR_LANGUAGE.get(lang, QWERTY)


def first_layout_for(lang: str) -> str:
    """The layout shown first to a visitor reading ``lang``: its own script's letters
    (Arabic, Tifinagh), else its Latin layout."""
    return SCRIPT_FOR_LANGUAGE.get(lang) or latin_layout_for(lang)


def upper(value: str) -> str:
    """What a key types with shift on: the capital, when it is one letter (ß stays ß)."""
    capital = value.upper()
    return capital if len(capital) == 1 else value


def row_units(layout: str, row_index: int) -> float:
    """Width of a letter row in key units, including the shift key on cased layouts."""
    width = float(len(ROWS[layout][row_index]))
    if layout in CASED and row_index == 2:
        width += 1.5
    return width


def layout_units(layout: str) -> float:
    """Width of the widest letter row of ``layout``, in key units."""
    return max(row_units(layout, i) for i in range(len(ROWS[layout])))
