"""The call board's look: light type on a dark ground, for a TV seen from across a hall.

Sizes are drawn for 1920x1080 and scaled with the window (:func:`board_scale`), so the
same board reads on a 1280x720 screen.  Arabic is set about 15 % larger than French
beside it: Naskh's letters are smaller than Latin capitals at the same pixel size.

Every pair of text and ground below is at least 7:1 (WCAG AAA), checked by
``tests/ui/test_board.py`` (:data:`TEXT_PAIRS`).
"""

from __future__ import annotations

#: The size the board is drawn for.
DESIGN_WIDTH, DESIGN_HEIGHT = 1920, 1080

GROUND = "#0A0F1A"        # the board
PANEL = "#151E2E"         # the three panels
PANEL_EDGE = "#33425C"    # decoration only
HEADER = "#0B3D35"        # the kiosk's green-teal, darkened
TEXT = "#FFFFFF"
SOFT = "#C9D3E0"          # captions, times
CALL = "#FFC629"          # a called number (amber); the newest call's ground
ON_CALL = "#0A0F1A"       # text on amber
ALERT = "#8E1A14"         # the "connection lost" banner
NOTE = "#FFD98A"          # the "sound unavailable" note, on the header

#: (text, ground) pairs the style sheet puts together.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    (TEXT, GROUND), (TEXT, PANEL), (SOFT, PANEL), (SOFT, GROUND), (CALL, PANEL),
    (ON_CALL, CALL), (TEXT, HEADER), (SOFT, HEADER), (NOTE, HEADER), (TEXT, ALERT),
    (ON_CALL, TEXT),
)


def board_scale(width: int, height: int) -> float:
    """How much smaller (or larger) than 1920x1080 the board is drawn."""
    return max(0.4, min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT))


def style_sheet(scale: float = 1.0) -> str:
    """The board's style sheet at ``scale``."""

    def px(size: float) -> int:
        return max(1, round(size * scale))

    return f"""
QWidget#board {{ background: {GROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}

QFrame#boardHeader {{ background: {HEADER}; border: none; }}
QLabel[role="title"][lang="fr"] {{ font-size: {px(36)}px; font-weight: bold; }}
QLabel[role="title"][lang="ar"] {{ font-size: {px(40)}px; font-weight: bold; }}
QLabel[role="date"][lang="fr"] {{ font-size: {px(22)}px; color: {SOFT}; }}
QLabel[role="date"][lang="ar"] {{ font-size: {px(25)}px; color: {SOFT}; }}
QLabel#clock {{ font-size: {px(64)}px; font-weight: bold; }}
QLabel#siteName {{ font-size: {px(22)}px; color: {SOFT}; }}
QLabel[role="note"] {{ color: {CALL}; font-weight: bold; }}
QLabel[role="note"][lang="fr"] {{ font-size: {px(22)}px; }}
QLabel[role="note"][lang="ar"] {{ font-size: {px(25)}px; }}

QFrame#banner {{ background: {ALERT}; border: none; }}
QFrame#banner QLabel {{ font-weight: bold; }}
QFrame#banner QLabel[lang="fr"] {{ font-size: {px(30)}px; }}
QFrame#banner QLabel[lang="ar"] {{ font-size: {px(33)}px; }}

QFrame[role="panel"] {{
    background: {PANEL}; border: {px(2)}px solid {PANEL_EDGE}; border-radius: {px(18)}px;
}}
QLabel[role="section"][lang="fr"] {{ font-size: {px(30)}px; font-weight: bold; }}
QLabel[role="section"][lang="ar"] {{ font-size: {px(34)}px; font-weight: bold; }}
QLabel[role="caption"] {{ color: {SOFT}; }}
QLabel[role="caption"][lang="fr"] {{ font-size: {px(22)}px; }}
QLabel[role="caption"][lang="ar"] {{ font-size: {px(25)}px; }}
QLabel[role="empty"][lang="fr"] {{ font-size: {px(40)}px; color: {SOFT}; }}
QLabel[role="empty"][lang="ar"] {{ font-size: {px(46)}px; color: {SOFT}; }}

QFrame[role="call"] {{
    border: none; border-radius: {px(14)}px; background: transparent; color: {CALL};
}}
QFrame[role="call"][hero="true"][lit="true"] {{ background: {CALL}; color: {ON_CALL}; }}
QFrame[role="call"][hero="true"][lit="false"] {{
    background: transparent; border: {px(4)}px solid {CALL};
}}
QFrame[role="row"] {{ border: none; background: transparent; color: {TEXT}; }}

QLabel[role="badge"] {{
    background: {TEXT}; color: {ON_CALL}; font-size: {px(36)}px; font-weight: bold;
    border-radius: {px(10)}px; min-width: {px(56)}px; max-width: {px(56)}px;
    min-height: {px(56)}px; max-height: {px(56)}px;
}}
QLabel[role="group"][lang="fr"] {{ font-size: {px(22)}px; }}
QLabel[role="group"][lang="ar"] {{ font-size: {px(25)}px; }}
QLabel[role="value"] {{ font-size: {px(42)}px; font-weight: bold; }}
QLabel[role="value"][column="serving"] {{ color: {CALL}; }}
"""
