"""The console's look: the kiosk theme, denser for an agent's PC (1366x768 and a mouse
or touch screen), set on the console window so it wins over the kiosk's sizes."""

from __future__ import annotations

from kiosk.ui.theme import (
    DISABLED_BG,
    DISABLED_TEXT,
    ERROR_BG,
    ERROR_TEXT,
    HEADER_BG,
    LINE,
    OUTLINE,
    PRIMARY,
    PRIMARY_PRESSED,
    PRIMARY_SOFT,
    TEXT,
    WARN_TEXT,
)


def console_style() -> str:
    """The style sheet of :class:`~kiosk.ui.console.window.ConsoleWindow`."""
    return f"""
QLabel {{ font-size: 13pt; }}
QLabel[role="title"] {{ font-size: 22pt; font-weight: bold; }}
QLabel#hint {{ font-size: 12pt; }}
QLabel#consolePanelTitle {{ font-size: 14pt; font-weight: bold; color: {PRIMARY_PRESSED}; }}
QLabel#consoleQueueTitle {{ font-size: 16pt; font-weight: bold; color: {PRIMARY_PRESSED}; }}
QLabel#currentNumber {{
    font-size: 32pt; font-weight: bold; color: {TEXT};
    border: 3px solid {PRIMARY}; border-radius: 12px; padding: 2px 14px;
}}
QLabel#currentService {{ font-size: 15pt; font-weight: bold; }}
QLabel#currentMark {{ font-size: 13pt; font-weight: bold; color: {WARN_TEXT}; }}
QLabel#factCaption {{ font-size: 12pt; color: {OUTLINE}; }}
QLabel#factValue {{ font-size: 13pt; font-weight: bold; }}
QLabel#consoleAgent {{ font-size: 13pt; }}
QLabel#consoleTitle {{ font-size: 17pt; font-weight: bold; }}
QFrame#consoleHeader {{ background: {HEADER_BG}; border-bottom: 2px solid {LINE}; }}
QFrame#consoleCurrent, QFrame#consoleDetails {{
    border: 1px solid {LINE}; border-radius: 12px;
}}
QFrame#scanRow {{ border: 1px solid {LINE}; border-radius: 8px; }}
QFrame#scanRow[level="error"] {{ background: {ERROR_BG}; border-color: {ERROR_TEXT}; }}
QFrame#scanRow[level="error"] QLabel#scanVerdict {{ color: {ERROR_TEXT}; font-weight: bold; }}
QFrame[role="banner"] QLabel {{ font-size: 13pt; }}
QFrame#consoleState QLabel {{ font-size: 13pt; font-weight: bold; }}
QPushButton {{ font-size: 13pt; min-height: 44px; padding: 2px 14px; border-radius: 10px; }}
QPushButton[kind="huge"] {{ min-height: 54px; font-size: 18pt; border-radius: 12px; }}
QPushButton[kind="check"] {{ min-height: 46px; padding: 4px 12px; }}
QPushButton:disabled, QPushButton[kind="huge"]:disabled, QPushButton[kind="primary"]:disabled {{
    background: {DISABLED_BG}; color: {DISABLED_TEXT}; border-color: {DISABLED_BG};
}}
QPushButton[kind="check"]:checked {{
    background: {PRIMARY_SOFT}; border: 3px solid {PRIMARY}; font-weight: bold;
}}
QPushButton[kind="pin-key"] {{ font-size: 24pt; }}
QPushButton[kind="staff-lang"] {{ min-height: 40px; font-size: 12pt; padding: 0px 10px; }}
QPlainTextEdit {{
    font-size: 13pt; border: 2px solid {OUTLINE}; border-radius: 8px; padding: 4px;
}}
QPlainTextEdit:focus {{ border: 3px solid {PRIMARY}; }}
QSpinBox {{ font-size: 22pt; min-height: 52px; }}
QTableWidget {{
    font-size: 13pt; border: 1px solid {LINE}; border-radius: 8px;
    alternate-background-color: #F6F9F8; gridline-color: {LINE};
}}
QHeaderView::section {{
    font-size: 12pt; font-weight: bold; background: {HEADER_BG}; color: {TEXT};
    border: none; border-bottom: 2px solid {LINE}; padding: 6px 8px;
}}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    font-size: 13pt; font-weight: bold; padding: 8px 26px; color: {PRIMARY};
    border: 2px solid {LINE}; border-bottom: none; border-top-left-radius: 10px;
    border-top-right-radius: 10px; margin: 0px 4px;
}}
QTabBar::tab:selected {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QLabel#syncStateName {{ font-size: 18pt; }}
"""
