"""The kiosk's look: calm colours, large type and big touch targets.

One style sheet for the whole application.  Widgets opt into a style with a dynamic
property rather than a class name, so screens can reuse it on plain Qt widgets:

* buttons: ``kind`` = ``"primary"`` (filled green), ``"secondary"`` (outlined),
  ``"key"`` / ``"key-special"`` (on-screen keyboard), ``"tile"``, ``"check"``,
  ``"huge"`` (the one big answer on a screen);
* frames and labels: ``role`` = ``"header"``, ``"card"``, ``"title"``,
  ``"subtitle"``, ``"hint"``, ``"error"``, ``"banner"`` (with ``level`` =
  ``"error"`` / ``"info"`` / ``"ok"``), ``"overlay-card"``, ``"big"``.

The screens' own object names are styled too (see ``SCREEN_STYLES``): ``#card``,
``#screenPrompt``, ``#sectionTitle``, ``#hint``, ``#fieldLabel``, ``#fieldError``,
``#ticketNumber``, ``#welcomeTitle``..., and the button kinds ``"result"``,
``"language"`` and ``"choice"``.

Every text is at least 18 pt (the base is 20 pt) and every button at least 60 px tall,
about 16 mm at 96 dpi.  Colours meet WCAG AA contrast (most reach AAA).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import load_fonts, ui_font

BASE_PT = 20
#: Smallest touch target, in pixels at 96 dpi (about 16 mm).
TOUCH_MIN_PX = 64

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

STYLE_SHEET = f"""
QWidget#screenBody, QMainWindow, QStackedWidget {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; }}

QPushButton {{
    min-height: {TOUCH_MIN_PX}px; min-width: {TOUCH_MIN_PX}px; padding: 6px 22px;
    border-radius: 12px; border: 2px solid {PRIMARY};
    background: {BACKGROUND}; color: {PRIMARY}; font-weight: bold;
}}
QPushButton:pressed {{ background: {PRIMARY_SOFT}; border-color: {PRIMARY_PRESSED}; }}
QPushButton:disabled {{
    background: {DISABLED_BG}; color: {DISABLED_TEXT}; border-color: {DISABLED_BG};
}}
QPushButton[kind="primary"], QPushButton[kind="huge"] {{
    background: {PRIMARY}; color: #FFFFFF; border-color: {PRIMARY};
}}
QPushButton[kind="primary"]:pressed, QPushButton[kind="huge"]:pressed {{
    background: {PRIMARY_PRESSED}; border-color: {PRIMARY_PRESSED};
    padding-top: 9px; padding-bottom: 3px;
}}
QPushButton[kind="huge"] {{ min-height: 110px; font-size: 26pt; border-radius: 18px; }}
QPushButton[kind="secondary"] {{ background: {BACKGROUND}; color: {PRIMARY}; }}

QPushButton[kind="key"], QPushButton[kind="key-special"] {{
    min-height: {TOUCH_MIN_PX}px; min-width: 40px; padding: 0px;
    border-radius: 10px; border: 1px solid {LINE}; border-bottom: 3px solid #B3C2BD;
    background: {KEY_BG}; color: {TEXT}; font-size: 24pt; font-weight: normal;
}}
QPushButton[kind="key-special"] {{ background: #E1E9E6; font-size: 20pt; }}
QPushButton[script="arabic"] {{ font-size: 32pt; }}
QPushButton[kind="key"]:pressed, QPushButton[kind="key-special"]:pressed,
QPushButton[kind="key-special"]:checked {{
    background: {KEY_PRESSED}; border: 2px solid {PRIMARY};
}}
QPushButton[kind="key-special"][accent="true"] {{
    background: {PRIMARY}; color: #FFFFFF; border-color: {PRIMARY_PRESSED}; font-weight: bold;
}}
QPushButton[kind="key-special"][accent="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}

QPushButton[kind="tile"] {{
    min-width: 200px; min-height: 170px; padding: 12px;
    border-radius: 18px; border: 2px solid {LINE}; border-bottom: 5px solid #AFC4BC;
    background: {BACKGROUND}; color: {TEXT}; font-weight: normal;
}}
QPushButton[kind="tile"]:pressed {{
    background: {PRIMARY_SOFT}; border: 2px solid {PRIMARY}; border-top: 5px solid {PRIMARY};
}}
QPushButton[kind="check"] {{
    min-height: 84px; padding: 10px 18px; text-align: left;
    border-radius: 14px; border: 2px solid {LINE};
    background: {BACKGROUND}; color: {TEXT}; font-weight: normal;
}}
QPushButton[kind="check"]:checked {{ background: {PRIMARY_SOFT}; border-color: {PRIMARY}; }}
QPushButton[kind="check"]:pressed {{ border-color: {PRIMARY_PRESSED}; }}

QFrame[role="header"] {{
    background: {HEADER_BG}; border: none; border-bottom: 2px solid {LINE};
}}
QFrame[role="card"] {{
    background: {BACKGROUND}; border: 2px solid {LINE}; border-radius: 16px;
}}
QFrame[role="overlay-card"] {{
    background: {BACKGROUND}; border: 3px solid {PRIMARY}; border-radius: 24px;
}}
QFrame[role="banner"] {{ border-radius: 12px; border: 2px solid {INFO}; background: {INFO_BG}; }}
QFrame[role="banner"][level="error"] {{ border-color: {ERROR}; background: {ERROR_BG}; }}
QFrame[role="banner"][level="ok"] {{ border-color: {PRIMARY}; background: {PRIMARY_SOFT}; }}
QFrame[role="banner"] QLabel {{ color: {INFO}; background: transparent; border: none; }}
QFrame[role="banner"][level="error"] QLabel {{ color: {ERROR_TEXT}; }}
QFrame[role="banner"][level="ok"] QLabel {{ color: {PRIMARY_PRESSED}; }}

QLabel[role="title"] {{ font-size: 28pt; font-weight: bold; color: {TEXT}; }}
QLabel[role="big"] {{ font-size: 32pt; font-weight: bold; color: {TEXT}; }}
QLabel[role="subtitle"] {{ font-size: 22pt; color: {TEXT}; }}
QLabel[role="hint"] {{ font-size: 18pt; color: {MUTED}; }}
QLabel[role="error"] {{ font-size: 20pt; font-weight: bold; color: {ERROR}; }}

QLineEdit, QComboBox, QSpinBox, QDateEdit {{
    min-height: {TOUCH_MIN_PX}px; padding: 4px 14px; font-size: 24pt;
    border: 2px solid {OUTLINE}; border-radius: 10px; background: {BACKGROUND}; color: {TEXT};
    selection-background-color: {PRIMARY}; selection-color: #FFFFFF;
}}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {PRIMARY}; }}
QLineEdit[invalid="true"] {{ border: 3px solid {ERROR}; }}

QCheckBox, QRadioButton {{ spacing: 16px; min-height: {TOUCH_MIN_PX}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 40px; height: 40px; }}

QScrollBar:vertical {{ width: 28px; background: {HEADER_BG}; }}
QScrollBar:horizontal {{ height: 28px; background: {HEADER_BG}; }}
QScrollBar::handle {{ background: {OUTLINE}; border-radius: 10px; min-height: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
QScrollArea {{ border: none; background: {BACKGROUND}; }}
"""

#: Looks of the screens' named widgets (object names set in kiosk/ui/screens).
SCREEN_STYLES = f"""
QFrame#card, QWidget#card {{
    background: {BACKGROUND}; border: 2px solid {LINE}; border-radius: 16px;
}}
QFrame#card QLabel {{ border: none; background: transparent; }}
QLabel#screenPrompt {{ font-size: 22pt; color: {TEXT}; }}
QLabel#sectionTitle {{ font-size: 24pt; font-weight: bold; color: {TEXT}; }}
QLabel#hint, QLabel#indicative, QLabel#welcomeAll, QLabel#ticketCaption {{
    font-size: 18pt; color: {MUTED};
}}
QLabel#noticeBody, QLabel#summary {{ font-size: 20pt; color: {TEXT}; }}
QLabel#serviceName, QLabel#counterMessage {{
    font-size: 26pt; font-weight: bold; color: {TEXT};
}}
QLabel#serviceFee, QLabel#serviceDelay {{ font-size: 22pt; color: {TEXT}; }}
QLabel#onlineName, QLabel#fieldLabel {{ font-size: 20pt; font-weight: bold; color: {TEXT}; }}
QLabel#fieldError {{ font-size: 20pt; font-weight: bold; color: {ERROR}; }}
QLabel#ticketNumber {{ font-size: 72pt; font-weight: bold; color: {PRIMARY}; }}
QLabel#siteName {{ font-size: 22pt; color: {MUTED}; }}
QLabel#welcomeTitle {{ font-size: 54pt; font-weight: bold; color: {PRIMARY}; }}
QLabel#welcomeInvite {{ font-size: 32pt; color: {TEXT}; }}
QLabel#printStatus {{ font-size: 20pt; color: {TEXT}; }}
QLabel#printStatus[kind="ok"] {{ color: {PRIMARY_PRESSED}; font-weight: bold; }}
QLabel#printStatus[kind="error"] {{ color: {ERROR}; font-weight: bold; }}
QLineEdit#searchField {{ font-size: 28pt; min-height: 76px; }}

QPushButton[kind="language"] {{
    min-height: 120px; font-size: 30pt; border-radius: 18px;
    background: {BACKGROUND}; color: {TEXT}; border: 3px solid {PRIMARY};
}}
QPushButton[kind="choice"], QPushButton[kind="result"] {{
    min-height: 84px; font-size: 22pt; border-radius: 14px; padding: 8px 24px;
    background: {BACKGROUND}; color: {TEXT}; border: 2px solid {OUTLINE};
}}
QPushButton[kind="language"]:pressed, QPushButton[kind="choice"]:pressed,
QPushButton[kind="result"]:pressed {{ background: {PRIMARY_SOFT}; border-color: {PRIMARY}; }}

QPushButton[kind="staff-lang"] {{
    padding: 4px 16px; font-size: 18pt; font-weight: normal;
    background: {BACKGROUND}; color: {TEXT}; border: 2px solid {LINE};
}}
QPushButton[kind="staff-lang"]:checked {{
    background: {PRIMARY_SOFT}; color: {PRIMARY_PRESSED}; border: 3px solid {PRIMARY};
}}
QPushButton[kind="danger"] {{ background: {BACKGROUND}; color: {ERROR}; border-color: {ERROR}; }}
QPushButton[kind="danger"]:pressed {{ background: {ERROR_BG}; }}
QPushButton[kind="danger-filled"] {{ background: {ERROR}; color: #FFFFFF; border-color: {ERROR}; }}
QPushButton[kind="danger-filled"]:pressed {{ background: {ERROR_TEXT}; }}
QPushButton[kind="pin-key"] {{
    min-width: 116px; max-width: 116px; min-height: 88px; max-height: 88px; padding: 0px;
    border-radius: 12px; border: 1px solid {LINE}; border-bottom: 3px solid #B3C2BD;
    background: {KEY_BG}; color: {TEXT}; font-size: 28pt; font-weight: normal;
}}
QPushButton[kind="pin-key"]:pressed {{ background: {KEY_PRESSED}; border: 2px solid {PRIMARY}; }}
QPushButton[kind="pin-key"][accent="true"] {{
    background: {PRIMARY}; color: #FFFFFF; border-color: {PRIMARY_PRESSED};
    font-size: 22pt; font-weight: bold;
}}
QPushButton[kind="pin-key"][accent="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="pin-key"]:disabled {{
    background: {DISABLED_BG}; color: {DISABLED_TEXT}; border-color: {DISABLED_BG};
}}
QLabel#pinDots {{
    font-size: 30pt; color: {TEXT}; background: {BACKGROUND};
    border: 2px solid {OUTLINE}; border-radius: 12px;
}}
QFrame#syncState {{ border-radius: 16px; border: 3px solid {INFO}; background: {INFO_BG}; }}
QFrame#syncState[state="online"] {{ border-color: {PRIMARY}; background: {PRIMARY_SOFT}; }}
QFrame#syncState[state="offline"] {{ border-color: {WARN}; background: {WARN_BG}; }}
QFrame#syncState[state="revoked"] {{ border-color: {ERROR}; background: {ERROR_BG}; }}
QFrame#syncState QLabel {{ background: transparent; border: none; color: {TEXT}; }}
QLabel#syncStateName {{ font-size: 28pt; font-weight: bold; }}
QFrame#syncState QLabel#syncStateName {{ color: {INFO}; }}
QFrame#syncState[state="online"] QLabel#syncStateName {{ color: {PRIMARY_PRESSED}; }}
QFrame#syncState[state="offline"] QLabel#syncStateName {{ color: {WARN_TEXT}; }}
QFrame#syncState[state="revoked"] QLabel#syncStateName {{ color: {ERROR_TEXT}; }}
QLabel#syncStateText, QLabel#syncError {{ font-size: 18pt; }}
QFrame#syncState QLabel#syncError {{ font-weight: bold; }}
QFrame#syncState QLabel#syncDetail {{ font-size: 18pt; color: {MUTED}; }}
QLabel#factCaption {{ font-size: 18pt; color: {MUTED}; }}
QLabel#factValue {{ font-size: 18pt; font-weight: bold; color: {TEXT}; }}
QLabel#syncFeedback {{ font-size: 18pt; color: {INFO}; }}
QLabel#syncFeedback[level="ok"] {{ color: {PRIMARY_PRESSED}; font-weight: bold; }}
QLabel#syncFeedback[level="error"] {{ color: {ERROR}; font-weight: bold; }}
QLabel#deadTitle {{ font-size: 18pt; font-weight: bold; }}
QLabel#deadLine {{ font-size: 18pt; color: {MUTED}; }}
QLabel#deadQuestion {{ font-size: 18pt; font-weight: bold; color: {ERROR_TEXT}; }}
"""


def palette() -> QPalette:
    """Base colours, for what the style sheet does not cover (text cursor, fields)."""
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Base, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(PRIMARY))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    return pal


def apply_theme(app: QApplication) -> None:
    """Load our fonts, then give ``app`` its base font, palette and style sheet."""
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(ui_font(BASE_PT))
    app.setPalette(palette())
    app.setStyleSheet(STYLE_SHEET + SCREEN_STYLES)


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
