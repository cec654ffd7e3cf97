"""The kiosk's colours: the standard and the high-contrast palettes, and the WCAG
contrast arithmetic that checks them (tests/ui/test_accessibility.py).

:class:`Colours` holds every colour the style sheet (:mod:`kiosk.ui.theme_sheet`) uses;
:data:`STANDARD` and :data:`HIGH_CONTRAST` are the two sets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

PRIMARY = "#0B6B5A"          # deep green-teal; white text on it: 6.4:1
PRIMARY_PRESSED = "#064538"
PRIMARY_SOFT = "#DCEFEA"     # pressed secondary, checked rows; primary text on it: 5.4:1
TEXT = "#1B1F1E"             # on white: 16.6:1
MUTED = "#3F4A47"            # hints; on white: 9.2:1
OUTLINE = "#6B7A76"          # field borders; 4.5:1, above the 3:1 asked of borders
LINE = "#C9D6D1"             # separators and card edges (decoration only)
BACKGROUND = "#FFFFFF"
HEADER_BG = "#EEF5F2"
KEY_BG = "#F3F6F5"
KEY_PRESSED = "#A9D8CB"      # text on it: 11:1
ERROR = "#A4161A"            # on white: 7.7:1
ERROR_TEXT = "#8A1116"       # on ERROR_BG: 8.5:1
ERROR_BG = "#FDEDED"
INFO = "#0B4F8A"             # on INFO_BG: 7.4:1
INFO_BG = "#EAF2FB"
WARN = "#B26B00"             # borders of "offline" (decoration; the words say it)
WARN_TEXT = "#6E4300"        # on WARN_BG: 7.9:1
WARN_BG = "#FFF3DC"
DISABLED_BG = "#E4E7E6"
DISABLED_TEXT = "#4F5A57"
OVERLAY_SHADE = QColor(15, 30, 26, 185)


@dataclass(frozen=True)
class Colours:
    """Every colour the style sheet uses; one set per theme."""

    primary: str
    primary_pressed: str
    primary_soft: str
    on_primary: str          # text on ``primary`` (and on ``primary_pressed``)
    text: str
    muted: str
    outline: str
    line: str
    background: str
    header_bg: str
    key_bg: str
    key_pressed: str
    key_special_bg: str
    key_edge: str
    tile_edge: str
    error: str
    error_text: str
    error_bg: str
    info: str
    info_bg: str
    warn: str
    warn_text: str
    warn_bg: str
    disabled_bg: str
    disabled_text: str
    border_px: int           # width of buttons' and cards' outlines


#: The everyday look.
STANDARD = Colours(
    primary=PRIMARY, primary_pressed=PRIMARY_PRESSED, primary_soft=PRIMARY_SOFT,
    on_primary="#FFFFFF", text=TEXT, muted=MUTED, outline=OUTLINE, line=LINE,
    background=BACKGROUND, header_bg=HEADER_BG, key_bg=KEY_BG, key_pressed=KEY_PRESSED,
    key_special_bg="#E1E9E6", key_edge="#B3C2BD", tile_edge="#AFC4BC", error=ERROR,
    error_text=ERROR_TEXT, error_bg=ERROR_BG, info=INFO, info_bg=INFO_BG, warn=WARN,
    warn_text=WARN_TEXT, warn_bg=WARN_BG, disabled_bg=DISABLED_BG,
    disabled_text=DISABLED_TEXT, border_px=2,
)

HC_BLACK = "#000000"
HC_WHITE = "#FFFFFF"
HC_YELLOW = "#FFE600"        # black on it: 16.8:1; on black: 16.8:1; never text on white
HC_PRESSED = "#333333"       # yellow on it: 10.0:1
HC_RED = "#9B0000"           # on white: 8.8:1
HC_DISABLED = "#595959"      # on white: 7.0:1

#: High contrast: black text on white, black outlines, yellow behind what is chosen,
#: pressed, and behind the header; filled buttons black with yellow words.  No grey
#: hints, no pale lines: every pair of text and background is at least 7:1.
HIGH_CONTRAST = Colours(
    primary=HC_BLACK, primary_pressed=HC_PRESSED, primary_soft=HC_YELLOW,
    on_primary=HC_YELLOW, text=HC_BLACK, muted=HC_BLACK, outline=HC_BLACK, line=HC_BLACK,
    background=HC_WHITE, header_bg=HC_YELLOW, key_bg=HC_WHITE, key_pressed=HC_YELLOW,
    key_special_bg=HC_WHITE, key_edge=HC_BLACK, tile_edge=HC_BLACK, error=HC_RED,
    error_text=HC_RED, error_bg=HC_WHITE, info=HC_BLACK, info_bg=HC_WHITE, warn=HC_BLACK,
    warn_text=HC_BLACK, warn_bg=HC_WHITE, disabled_bg=HC_WHITE,
    disabled_text=HC_DISABLED, border_px=3,
)

#: The pairs of (text, background) the style sheet puts together, by name, for the
#: contrast checks (tests/ui/test_accessibility.py).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"), ("muted", "background"), ("text", "header_bg"),
    ("muted", "header_bg"), ("primary", "background"), ("on_primary", "primary"),
    ("on_primary", "primary_pressed"), ("text", "primary_soft"),
    ("primary_pressed", "primary_soft"), ("text", "key_bg"), ("text", "key_pressed"),
    ("text", "key_special_bg"), ("error", "background"), ("error_text", "error_bg"),
    ("info", "info_bg"), ("warn_text", "warn_bg"), ("disabled_text", "disabled_bg"),
    ("primary", "header_bg"),
)


def colours_for(high_contrast: bool) -> Colours:
    """The colours of the standard or the high-contrast look."""
    return HIGH_CONTRAST if high_contrast else STANDARD


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""
    channels = []
    for index in (1, 3, 5):
        value = int(colour[index:index + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    one, two = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (one + 0.05) / (two + 0.05)
