"""The kiosk's look: calm colours, large type and big touch targets.

One style sheet for the whole application.  Widgets opt into a style with a dynamic
property rather than a class name, so screens can reuse it on plain Qt widgets:

* buttons: ``kind`` = ``"primary"`` (filled green), ``"secondary"`` (outlined),
  ``"key"`` / ``"key-special"`` (on-screen keyboard), ``"tile"``, ``"check"``,
  ``"huge"`` (the one big answer on a screen), ``"a11y"`` (the accessibility bar);
* frames and labels: ``role`` = ``"header"``, ``"card"``, ``"title"``,
  ``"subtitle"``, ``"hint"``, ``"error"``, ``"banner"`` (with ``level`` =
  ``"error"`` / ``"info"`` / ``"ok"``), ``"overlay-card"``, ``"big"``.

The screens' own object names are styled too (see :func:`screen_styles`): ``#card``,
``#screenPrompt``, ``#sectionTitle``, ``#hint``, ``#fieldLabel``, ``#fieldError``,
``#ticketNumber``, ``#welcomeTitle``..., and the button kinds ``"result"``,
``"language"`` and ``"choice"``.

Every text is at least 18 pt (the base is 20 pt) and every button at least 64 px tall,
about 17 mm at 96 dpi.  Colours meet WCAG AA contrast (most reach AAA).

A visitor can switch, for the rest of the visit (``kiosk/ui/accessibility.py``):

* **large text** -- every size below :data:`LARGE_TEXT_CAP_PT` times
  :data:`LARGE_TEXT_SCALE` (the on-screen keyboard's and the staff PIN pad's keys keep
  theirs: they are large already and have fixed heights);
* **high contrast** -- black on white, yellow for what is pressed, chosen or the
  header, every text pair at least 7:1 (:data:`HIGH_CONTRAST`, checked by the tests).

:func:`restyle` swaps the style sheet and palette of the running application.  Widgets
that paint themselves ask :func:`current_colours` at paint time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import load_fonts, ui_font

BASE_PT = 20
#: Smallest touch target, in pixels at 96 dpi (about 17 mm).
TOUCH_MIN_PX = 64
#: Large text: font sizes are multiplied by this...
LARGE_TEXT_SCALE = 1.4
#: ...up to this size; bigger type (the ticket number, "Welcome") stays as it is.
LARGE_TEXT_CAP_PT = 40
#: The header's title and buttons grow less (34 and 24 pt), so that a title keeps to
#: two lines beside Back and Start over.
HEADER_CAP_PT = 34
HEADER_BUTTON_CAP_PT = 24

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

_current: list[tuple[Colours, bool]] = [(STANDARD, False)]


def colours_for(high_contrast: bool) -> Colours:
    """The colours of the standard or the high-contrast look."""
    return HIGH_CONTRAST if high_contrast else STANDARD


def current_colours() -> Colours:
    """The colours in use now (for widgets that paint themselves)."""
    return _current[0][0]


def scaled_pt(size: float, large_text: bool) -> int:
    """``size`` points as large text shows it (unchanged at or above the cap)."""
    if not large_text or size >= LARGE_TEXT_CAP_PT:
        return round(size)
    return min(round(size * LARGE_TEXT_SCALE), LARGE_TEXT_CAP_PT)


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


def base_styles(c: Colours, pt: Callable[[float], int]) -> str:
    """The looks of the ``kind`` and ``role`` properties."""
    return f"""QWidget#screenBody, QMainWindow, QStackedWidget {{ background: {c.background}; }}
QLabel {{ color: {c.text}; }}

QPushButton {{
    min-height: {TOUCH_MIN_PX}px; min-width: {TOUCH_MIN_PX}px; padding: 6px 22px;
    border-radius: 12px; border: {c.border_px}px solid {c.primary};
    background: {c.background}; color: {c.primary}; font-weight: bold;
}}
QPushButton:pressed {{ background: {c.primary_soft}; border-color: {c.primary_pressed}; }}
QPushButton:disabled {{
    background: {c.disabled_bg}; color: {c.disabled_text}; border-color: {c.disabled_bg};
}}
QPushButton[kind="primary"], QPushButton[kind="huge"] {{
    background: {c.primary}; color: {c.on_primary}; border-color: {c.primary};
}}
QPushButton[kind="primary"]:pressed, QPushButton[kind="huge"]:pressed {{
    background: {c.primary_pressed}; border-color: {c.primary_pressed};
    padding-top: 9px; padding-bottom: 3px;
}}
QPushButton[kind="huge"] {{
    min-height: 110px; font-size: {min(pt(26), 32)}pt; border-radius: 18px;
}}
QPushButton[kind="secondary"] {{ background: {c.background}; color: {c.primary}; }}

QPushButton[kind="key"], QPushButton[kind="key-special"] {{
    min-height: {TOUCH_MIN_PX}px; min-width: 40px; padding: 0px;
    border-radius: 10px; border: 1px solid {c.line}; border-bottom: 3px solid {c.key_edge};
    background: {c.key_bg}; color: {c.text}; font-size: 24pt; font-weight: normal;
}}
QPushButton[kind="key-special"] {{ background: {c.key_special_bg}; font-size: 20pt; }}
QPushButton[script="arabic"] {{ font-size: 32pt; }}
QPushButton[kind="key"]:pressed, QPushButton[kind="key-special"]:pressed,
QPushButton[kind="key-special"]:checked {{
    background: {c.key_pressed}; border: {c.border_px}px solid {c.primary};
}}
QPushButton[kind="key-special"][accent="true"] {{
    background: {c.primary}; color: {c.on_primary}; border-color: {c.primary_pressed};
    font-weight: bold;
}}
QPushButton[kind="key-special"][accent="true"]:pressed {{ background: {c.primary_pressed}; }}

QPushButton[kind="tile"] {{
    min-width: 200px; min-height: 170px; padding: 12px;
    border-radius: 18px; border: {c.border_px}px solid {c.line};
    border-bottom: 5px solid {c.tile_edge};
    background: {c.background}; color: {c.text}; font-weight: normal;
}}
QPushButton[kind="tile"]:pressed {{
    background: {c.primary_soft}; border: {c.border_px}px solid {c.primary};
    border-top: 5px solid {c.primary};
}}
QPushButton[kind="check"] {{
    min-height: 84px; padding: 10px 18px; text-align: left;
    border-radius: 14px; border: {c.border_px}px solid {c.line};
    background: {c.background}; color: {c.text}; font-weight: normal;
}}
QPushButton[kind="check"]:checked {{ background: {c.primary_soft}; border-color: {c.primary}; }}
QPushButton[kind="check"]:pressed {{ border-color: {c.primary_pressed}; }}

QFrame[role="header"] {{
    background: {c.header_bg}; border: none; border-bottom: 2px solid {c.line};
}}
QFrame[role="card"] {{
    background: {c.background}; border: {c.border_px}px solid {c.line}; border-radius: 16px;
}}
QFrame[role="overlay-card"] {{
    background: {c.background}; border: 3px solid {c.primary}; border-radius: 24px;
}}
QFrame[role="banner"] {{
    border-radius: 12px; border: {c.border_px}px solid {c.info}; background: {c.info_bg};
}}
QFrame[role="banner"][level="error"] {{ border-color: {c.error}; background: {c.error_bg}; }}
QFrame[role="banner"][level="ok"] {{ border-color: {c.primary}; background: {c.primary_soft}; }}
QFrame[role="banner"] QLabel {{ color: {c.info}; background: transparent; border: none; }}
QFrame[role="banner"][level="error"] QLabel {{ color: {c.error_text}; }}
QFrame[role="banner"][level="ok"] QLabel {{ color: {c.primary_pressed}; }}

QLabel[role="title"] {{
    font-size: {min(pt(28), HEADER_CAP_PT)}pt; font-weight: bold; color: {c.text};
}}
QFrame[role="header"] QPushButton {{ font-size: {min(pt(BASE_PT), HEADER_BUTTON_CAP_PT)}pt; }}
QLabel[role="big"] {{ font-size: {pt(32)}pt; font-weight: bold; color: {c.text}; }}
QLabel[role="subtitle"] {{ font-size: {pt(22)}pt; color: {c.text}; }}
QLabel[role="hint"] {{ font-size: {pt(18)}pt; color: {c.muted}; }}
QLabel[role="error"] {{ font-size: {pt(20)}pt; font-weight: bold; color: {c.error}; }}

QLineEdit, QComboBox, QSpinBox, QDateEdit {{
    min-height: {TOUCH_MIN_PX}px; padding: 4px 14px; font-size: {pt(24)}pt;
    border: {c.border_px}px solid {c.outline}; border-radius: 10px;
    background: {c.background}; color: {c.text};
    selection-background-color: {c.primary}; selection-color: {c.on_primary};
}}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {c.primary}; }}
QLineEdit[invalid="true"] {{ border: 3px solid {c.error}; }}

QCheckBox, QRadioButton {{ spacing: 16px; min-height: {TOUCH_MIN_PX}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 40px; height: 40px; }}

QScrollBar:vertical {{ width: 28px; background: {c.header_bg}; }}
QScrollBar:horizontal {{ height: 28px; background: {c.header_bg}; }}
QScrollBar::handle {{ background: {c.outline}; border-radius: 10px; min-height: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
QScrollArea {{ border: none; background: {c.background}; }}
"""


def screen_styles(c: Colours, pt: Callable[[float], int]) -> str:
    """Looks of the screens' named widgets (object names set in kiosk/ui/screens)."""
    return f"""QFrame#card, QWidget#card {{
    background: {c.background}; border: {c.border_px}px solid {c.line}; border-radius: 16px;
}}
QFrame#card QLabel {{ border: none; background: transparent; }}
QLabel#screenPrompt {{ font-size: {pt(22)}pt; color: {c.text}; }}
QLabel#sectionTitle {{ font-size: {pt(24)}pt; font-weight: bold; color: {c.text}; }}
QLabel#hint, QLabel#indicative, QLabel#welcomeAll, QLabel#ticketCaption {{
    font-size: {pt(18)}pt; color: {c.muted};
}}
QLabel#noticeBody, QLabel#summary {{ font-size: {pt(20)}pt; color: {c.text}; }}
QLabel#serviceName, QLabel#counterMessage {{
    font-size: {pt(26)}pt; font-weight: bold; color: {c.text};
}}
QLabel#serviceFee, QLabel#serviceDelay {{ font-size: {pt(22)}pt; color: {c.text}; }}
QLabel#onlineName, QLabel#fieldLabel {{
    font-size: {pt(20)}pt; font-weight: bold; color: {c.text};
}}
QLabel#fieldError {{ font-size: {pt(20)}pt; font-weight: bold; color: {c.error}; }}
QLabel#ticketNumber {{ font-size: {pt(72)}pt; font-weight: bold; color: {c.primary}; }}
QLabel#siteName {{ font-size: {pt(22)}pt; color: {c.muted}; }}
QLabel#welcomeTitle {{ font-size: {pt(54)}pt; font-weight: bold; color: {c.primary}; }}
QLabel#welcomeInvite {{ font-size: {pt(32)}pt; color: {c.text}; }}
QLabel#printStatus {{ font-size: {pt(20)}pt; color: {c.text}; }}
QLabel#printStatus[kind="ok"] {{ color: {c.primary_pressed}; font-weight: bold; }}
QLabel#printStatus[kind="error"] {{ color: {c.error}; font-weight: bold; }}
QLineEdit#searchField {{ font-size: {pt(28)}pt; min-height: 76px; }}

QPushButton[kind="language"] {{
    min-height: 120px; font-size: {pt(30)}pt; border-radius: 18px;
    background: {c.background}; color: {c.text}; border: 3px solid {c.primary};
}}
QPushButton[kind="choice"], QPushButton[kind="result"] {{
    min-height: 84px; font-size: {pt(22)}pt; border-radius: 14px; padding: 8px 24px;
    background: {c.background}; color: {c.text}; border: {c.border_px}px solid {c.outline};
}}
QPushButton[kind="primary"] QLabel, QPushButton[kind="huge"] QLabel {{
    color: {c.on_primary}; font-weight: bold; background: transparent;
}}
QPushButton[kind="secondary"] QLabel {{
    color: {c.primary}; font-weight: bold; background: transparent;
}}
QPushButton[kind="choice"] QLabel {{
    color: {c.text}; font-size: {pt(22)}pt; background: transparent;
}}
QPushButton[kind="primary"] QLabel:disabled, QPushButton[kind="secondary"] QLabel:disabled,
QPushButton[kind="choice"] QLabel:disabled {{ color: {c.disabled_text}; }}
QPushButton[kind="language"]:pressed, QPushButton[kind="choice"]:pressed,
QPushButton[kind="result"]:pressed {{ background: {c.primary_soft}; border-color: {c.primary}; }}

QPushButton[kind="staff-lang"] {{
    padding: 4px 16px; font-size: {pt(18)}pt; font-weight: normal;
    background: {c.background}; color: {c.text}; border: {c.border_px}px solid {c.line};
}}
QPushButton[kind="staff-lang"]:checked {{
    background: {c.primary_soft}; color: {c.primary_pressed}; border: 3px solid {c.primary};
}}
QPushButton[kind="danger"] {{
    background: {c.background}; color: {c.error}; border-color: {c.error};
}}
QPushButton[kind="danger"]:pressed {{ background: {c.error_bg}; }}
QPushButton[kind="danger-filled"] {{
    background: {c.error}; color: {c.on_primary}; border-color: {c.error};
}}
QPushButton[kind="danger-filled"]:pressed {{ background: {c.error_text}; }}
QPushButton[kind="pin-key"] {{
    min-width: 116px; max-width: 116px; min-height: 88px; max-height: 88px; padding: 0px;
    border-radius: 12px; border: 1px solid {c.line}; border-bottom: 3px solid {c.key_edge};
    background: {c.key_bg}; color: {c.text}; font-size: 28pt; font-weight: normal;
}}
QPushButton[kind="pin-key"]:pressed {{
    background: {c.key_pressed}; border: {c.border_px}px solid {c.primary};
}}
QPushButton[kind="pin-key"][accent="true"] {{
    background: {c.primary}; color: {c.on_primary}; border-color: {c.primary_pressed};
    font-size: 22pt; font-weight: bold;
}}
QPushButton[kind="pin-key"][accent="true"]:pressed {{ background: {c.primary_pressed}; }}
QPushButton[kind="pin-key"]:disabled {{
    background: {c.disabled_bg}; color: {c.disabled_text}; border-color: {c.disabled_bg};
}}
QLabel#pinDots {{
    font-size: {pt(30)}pt; color: {c.text}; background: {c.background};
    border: {c.border_px}px solid {c.outline}; border-radius: 12px;
}}
QFrame#syncState {{ border-radius: 16px; border: 3px solid {c.info}; background: {c.info_bg}; }}
QFrame#syncState[state="online"] {{ border-color: {c.primary}; background: {c.primary_soft}; }}
QFrame#syncState[state="offline"] {{ border-color: {c.warn}; background: {c.warn_bg}; }}
QFrame#syncState[state="revoked"] {{ border-color: {c.error}; background: {c.error_bg}; }}
QFrame#syncState QLabel {{ background: transparent; border: none; color: {c.text}; }}
QLabel#syncStateName {{ font-size: {pt(28)}pt; font-weight: bold; }}
QFrame#syncState QLabel#syncStateName {{ color: {c.info}; }}
QFrame#syncState[state="online"] QLabel#syncStateName {{ color: {c.primary_pressed}; }}
QFrame#syncState[state="offline"] QLabel#syncStateName {{ color: {c.warn_text}; }}
QFrame#syncState[state="revoked"] QLabel#syncStateName {{ color: {c.error_text}; }}
QLabel#syncStateText, QLabel#syncError {{ font-size: {pt(18)}pt; }}
QFrame#syncState QLabel#syncError {{ font-weight: bold; }}
QFrame#syncState QLabel#syncDetail {{ font-size: {pt(18)}pt; color: {c.muted}; }}
QLabel#factCaption {{ font-size: {pt(18)}pt; color: {c.muted}; }}
QLabel#factValue {{ font-size: {pt(18)}pt; font-weight: bold; color: {c.text}; }}
QLabel#syncFeedback {{ font-size: {pt(18)}pt; color: {c.info}; }}
QLabel#syncFeedback[level="ok"] {{ color: {c.primary_pressed}; font-weight: bold; }}
QLabel#syncFeedback[level="error"] {{ color: {c.error}; font-weight: bold; }}
QLabel#deadTitle {{ font-size: {pt(18)}pt; font-weight: bold; }}
QLabel#deadLine {{ font-size: {pt(18)}pt; color: {c.muted}; }}
QLabel#deadQuestion {{ font-size: {pt(18)}pt; font-weight: bold; color: {c.error_text}; }}
"""


def a11y_styles(c: Colours, large_text: bool) -> str:
    """The accessibility bar (kiosk/ui/widgets/a11y_bar.py), and large text's base size.

    The bar keeps its size in large text, so that it stays where the visitor found it.
    """
    base = f"QWidget {{ font-size: {scaled_pt(BASE_PT, True)}pt; }}\n" if large_text else ""
    return base + f"""
QWidget#a11yBar {{ background: {c.header_bg}; }}
QPushButton[kind="a11y"] {{
    padding: 0px; border-radius: 14px; border: {c.border_px}px solid {c.outline};
    background: {c.background}; color: {c.text};
}}
QPushButton[kind="a11y"][on="true"] {{
    background: {c.primary_soft}; border: {c.border_px + 1}px solid {c.primary};
}}
QPushButton[kind="a11y"]:pressed {{ background: {c.primary_soft}; }}
QPushButton[kind="a11y"][unavailable="true"] {{
    background: {c.disabled_bg}; border-style: dashed; border-color: {c.disabled_text};
}}
QPushButton[kind="a11y"] QLabel {{
    font-size: {A11Y_TEXT_PT}pt; font-weight: bold; color: {c.text}; background: transparent;
    border: none;
}}
QPushButton[kind="a11y"][unavailable="true"] QLabel {{ color: {c.disabled_text}; }}
QLabel#a11yNote {{
    font-size: {A11Y_TEXT_PT}pt; color: {c.text}; background: {c.background};
    border: {c.border_px}px solid {c.outline}; border-radius: 10px; padding: 6px;
}}
"""


#: Width of an accessibility-bar button, in pixels (36 mm at 96 dpi)...
A11Y_BUTTON_PX = 136
#: ...and its least height (26 mm): a pictogram and a word or two.
A11Y_BUTTON_MIN_HEIGHT_PX = 100
#: Size of the accessibility bar's words (it does not grow with large text).
A11Y_TEXT_PT = 18


def style_sheet(high_contrast: bool = False, large_text: bool = False) -> str:
    """The application's whole style sheet for these choices."""
    c = colours_for(high_contrast)

    def pt(size: float) -> int:
        return scaled_pt(size, large_text)

    return base_styles(c, pt) + screen_styles(c, pt) + a11y_styles(c, large_text)


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
