"""The kiosk's sizes: the base type, the touch targets, large text's scale and caps, and
the accessibility bar's fixed sizes."""

from __future__ import annotations

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

#: Width of an accessibility-bar button, in pixels (36 mm at 96 dpi)...
A11Y_BUTTON_PX = 136
#: ...and its least height (26 mm): a pictogram and a word or two.
A11Y_BUTTON_MIN_HEIGHT_PX = 100
#: Size of the accessibility bar's words (it does not grow with large text).
A11Y_TEXT_PT = 18


def scaled_pt(size: float, large_text: bool) -> int:
    """``size`` points as large text shows it (unchanged at or above the cap)."""
    if not large_text or size >= LARGE_TEXT_CAP_PT:
        return round(size)
    return min(round(size * LARGE_TEXT_SCALE), LARGE_TEXT_CAP_PT)
