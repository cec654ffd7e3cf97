"""The application's style sheet, built from a :class:`~kiosk.ui.theme_colours.Colours`
and the large-text choice (see :mod:`kiosk.ui.theme` for the properties it styles)."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.ui.theme_colours import Colours, colours_for
from kiosk.ui.theme_metrics import (
    A11Y_TEXT_PT,
    BASE_PT,
    HEADER_BUTTON_CAP_PT,
    HEADER_CAP_PT,
    TOUCH_MIN_PX,
    scaled_pt,
)


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


def style_sheet(high_contrast: bool = False, large_text: bool = False) -> str:
    """The application's whole style sheet for these choices."""
    c = colours_for(high_contrast)

    def pt(size: float) -> int:
        return scaled_pt(size, large_text)

    return base_styles(c, pt) + screen_styles(c, pt) + a11y_styles(c, large_text)
