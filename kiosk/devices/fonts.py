"""The ticket fonts: registered once with reportlab, and chosen per character.

A printed line may mix scripts ("رقم التذكرة C-017", "passeport.ma").  No single
shipped font covers all of them, so a line is cut into *runs*, each drawn with the
first font of a preference list that has the glyph.  Neutral characters (spaces and
punctuation) stay in the current run when its font has them, so a line is not
split into needless pieces.  ASCII digits always use Noto Sans, so every number on
the ticket looks the same whatever the language around it.

Tifinagh is left to right and needs no shaping: its runs are drawn as they are, in
Noto Sans Tifinagh.  That font has no bold (Noto never drew one), so a bold Tifinagh
run is marked :attr:`Run.embolden` and drawn from the regular font with its outline
stroked as well as filled (see ``layout.draw_line``), as bold as the text around it.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import assets_dir

#: Font families: regular and bold file names in ``assets/fonts`` (``None``: there is
#: no bold; the regular one is emboldened when drawn).
FAMILIES: dict[str, tuple[str, str | None]] = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "tifinagh": ("NotoSansTifinagh-Regular.ttf", None),
}
#: Family order tried for a character, by the script of the line it stands in.
PREFERENCES: dict[str, tuple[str, ...]] = {
    "latin": ("latin", "arabic", "tifinagh"),
    "arabic": ("arabic", "latin", "tifinagh"),
    "tifinagh": ("tifinagh", "latin", "arabic"),
}

_lock = threading.Lock()


@dataclass(frozen=True)
class Run:
    """A piece of a line drawn with one font (text already in visual order)."""

    font: str
    text: str
    embolden: bool = False  # bold asked of a font without a bold: stroke the outlines

    def width(self, size: float) -> float:
        """Advance width of the run at ``size`` points."""
        return float(pdfmetrics.stringWidth(self.text, self.font, size))


@dataclass(frozen=True)
class FontSet:
    """The registered fonts: reportlab names and the code points each one has."""

    names: dict[tuple[str, bool], str]
    coverage: dict[str, frozenset[int]]
    #: regular fonts standing in for a bold that does not exist
    faux_bold: frozenset[str] = frozenset()

    def name(self, family: str, bold: bool = False) -> str:
        """The reportlab font name of ``family`` (bold or regular)."""
        return self.names[(family, bold)]

    def covers(self, font: str, char: str) -> bool:
        """True when ``font`` has a glyph for ``char``."""
        return ord(char) in self.coverage[font]


def fonts_dir() -> Path:
    """Where the ticket fonts are shipped."""
    return assets_dir() / "fonts"


@functools.cache
def register_fonts(directory: Path | None = None) -> FontSet:
    """Register the ticket fonts with reportlab (once per process) and return them.

    Raises :class:`FileNotFoundError` naming the missing file when a font is absent
    (an installation fault: the caller records it like any failed paper copy).
    """
    folder = directory or fonts_dir()
    names: dict[tuple[str, bool], str] = {}
    coverage: dict[str, frozenset[int]] = {}
    faux_bold: set[str] = set()
    with _lock:
        for family, (regular, bold_file) in FAMILIES.items():
            if bold_file is None:
                faux_bold.add("Jisr-" + Path(regular).stem)
            for bold, file in ((False, regular), (True, bold_file or regular)):
                name = "Jisr-" + Path(file).stem
                names[(family, bold)] = name
                if name in coverage:
                    continue
                path = folder / file
                if not path.is_file():
                    raise FileNotFoundError(f"ticket font missing: {path}")
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                font = pdfmetrics.getFont(name)
                coverage[name] = frozenset(font.face.charToGlyph)
    return FontSet(names, coverage, frozenset(faux_bold))


def script_of(text: str) -> str:
    """The script family of ``text``: the script of its first letter, else latin."""
    for char in text:
        code = ord(char)
        if 0x2D30 <= code <= 0x2D7F:
            return "tifinagh"
        if unicodedata.bidirectional(char) in ("R", "AL"):
            return "arabic"
        if char.isalpha():
            return "latin"
    return "latin"


def _is_neutral(char: str) -> bool:
    return not char.isalpha()


def split_runs(fonts: FontSet, text: str, script: str, bold: bool = False) -> list[Run]:
    """Cut ``text`` (visual order) into runs of one font each.

    ``script`` is the script of the whole line; it decides which font gets the
    characters several fonts have (digits in an Arabic line use Naskh's digits).
    """
    preferred = [fonts.name(family, bold) for family in PREFERENCES[script]]
    latin = fonts.name("latin", bold)
    runs: list[Run] = []
    current: str | None = None
    chunk: list[str] = []

    def run(font: str, chars: list[str]) -> Run:
        return Run(font, "".join(chars), embolden=bold and font in fonts.faux_bold)

    for char in text:
        if char.isascii() and char.isdigit():
            font = latin  # one look for every number on the ticket
        elif current is not None and _is_neutral(char) and fonts.covers(current, char):
            chunk.append(char)
            continue
        else:
            font = next((f for f in preferred if fonts.covers(f, char)), preferred[0])
        if font != current:
            if chunk and current is not None:
                runs.append(run(current, chunk))
            current, chunk = font, []
        chunk.append(char)
    if chunk and current is not None:
        runs.append(run(current, chunk))
    return runs


def runs_width(runs: list[Run], size: float) -> float:
    """Total advance width of ``runs`` at ``size`` points."""
    return sum(run.width(size) for run in runs)
