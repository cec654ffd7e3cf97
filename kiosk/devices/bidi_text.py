"""Arabic and mixed-direction text made ready for a PDF canvas.

A PDF canvas draws glyphs left to right, one after the other, with no shaping.  So
Arabic text is first *reshaped* (each letter replaced by its joined presentation
form, with ``arabic_reshaper``), then cut into lines that fit the paper (in logical
order, so a wrapped paragraph still reads top to bottom), and only then is each line
put in *visual* order with the Unicode bidirectional algorithm (``python-bidi``).
Mixed lines such as "التذكرة C-017" or "passeport.ma" keep their Latin and digit runs
readable left to right inside the right-to-left line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import arabic_reshaper

# The pure-Python algorithm, not python-bidi 0.5+'s Rust ``bidi.get_display``: the
# Rust one does not mirror brackets (python-bidi issue #25), so "(في حالة التجديد)"
# printed as ")في حالة التجديد(".
from bidi.algorithm import get_display as _get_display

from kiosk.devices.fonts import FontSet, Run, runs_width, script_of, split_runs

#: Directional controls that must not reach the page (they have no glyph), and the soft
#: hyphens that let the screen break long German words in the catalog (the ticket breaks
#: lines at spaces only).
_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x00AD]
)


@dataclass(frozen=True)
class Line:
    """One printed line: runs in visual order, its width and direction."""

    runs: tuple[Run, ...]
    size: float
    width: float
    rtl: bool
    script: str

    @property
    def text(self) -> str:
        """The line's characters in visual order."""
        return "".join(run.text for run in self.runs)


def is_rtl(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left."""
    return script_of(text) == "arabic"


def shape(text: str) -> str:
    """Join Arabic letters (presentation forms); other text is returned unchanged."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return text
    return str(arabic_reshaper.reshape(text))


def visual(line: str, rtl: bool) -> str:
    """Put one logical line in visual (left-to-right drawing) order."""
    shown = str(_get_display(line, base_dir="R" if rtl else "L"))
    return shown.translate(_CONTROLS)


def wrap_logical(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut ``text`` into lines that ``fits``, breaking at spaces (logical order).

    A word too long for a line on its own (a long web address) is broken between
    characters.  Hard line breaks in ``text`` are kept.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if fits(candidate):
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while not fits(current) and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and not fits(current[:cut]):
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def layout(fonts: FontSet, text: str, size: float, width: float,
           bold: bool = False) -> list[Line]:
    """Shape, wrap to ``width`` points and reorder ``text``: the lines to draw."""
    script = script_of(text)
    rtl = script == "arabic"
    shaped = shape(text)

    def fits(candidate: str) -> bool:
        return runs_width(split_runs(fonts, candidate, script, bold), size) <= width

    lines = []
    for logical in wrap_logical(shaped, fits):
        runs = split_runs(fonts, visual(logical, rtl), script, bold)
        lines.append(Line(tuple(runs), size, runs_width(runs, size), rtl, script))
    return lines
