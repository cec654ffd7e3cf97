"""A tiny block layout for tickets: stacked blocks of known height on a canvas.

Every block is built for the width it will be drawn at, so its height is known
before anything is drawn; the renderer can then size a thermal roll to its content or
break an A6 page between blocks.  Coordinates are PDF points, y growing upwards;
``draw`` gets the block's top-left corner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from kiosk.devices.bidi_text import Line, layout
from kiosk.devices.fonts import FontSet
from kiosk.devices.qr import draw_qr

#: Line metrics as fractions of the font size: (ascent, descent + line gap).
METRICS: dict[str, tuple[float, float]] = {
    "latin": (0.98, 0.30),
    "tifinagh": (0.98, 0.30),
    "arabic": (1.00, 0.62),
}
#: Naskh looks smaller than Noto Sans at the same size; Arabic is set this much larger.
ARABIC_SCALE = 1.12
#: Outline stroke, as a fraction of the size, that makes a regular font look bold
#: (Tifinagh has no bold font).
EMBOLDEN = 0.035

BLACK = (0.0, 0.0, 0.0)
GREY = (0.33, 0.33, 0.33)
WHITE = (1.0, 1.0, 1.0)


class Block(Protocol):
    """Something with a height that draws itself below a top edge."""

    @property
    def height(self) -> float:
        """Height in points."""
        ...

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Draw with the top-left corner at (x, top), ``width`` points wide."""
        ...


def line_height(line: Line) -> float:
    """Vertical space a line takes."""
    ascent, descent = METRICS[line.script]
    return line.size * (ascent + descent)


def draw_line(canvas: Canvas, line: Line, x: float, baseline: float) -> None:
    """Draw ``line``'s runs left to right from ``x`` on ``baseline``.

    A run to embolden (bold Tifinagh) is filled and stroked in the fill colour.
    """
    for run in line.runs:
        canvas.setFont(run.font, line.size)
        if run.embolden:
            canvas.saveState()
            canvas.setStrokeColor(canvas._fillColorObj)
            canvas.setLineWidth(line.size * EMBOLDEN)
            canvas.setLineJoin(1)
            canvas.drawString(x, baseline, run.text, mode=2)  # 2: fill, then stroke
            canvas.restoreState()
        else:
            canvas.drawString(x, baseline, run.text)
        x += run.width(line.size)


def aligned_x(line: Line, align: str, x: float, width: float) -> float:
    """Left edge of ``line`` aligned ``left``/``right``/``center``/``start``."""
    if align == "start":
        align = "right" if line.rtl else "left"
    if align == "right":
        return x + width - line.width
    if align == "center":
        return x + (width - line.width) / 2
    return x


def text_lines(fonts: FontSet, text: str, size: float, width: float,
               bold: bool = False) -> list[Line]:
    """Wrapped lines of ``text`` (Arabic set :data:`ARABIC_SCALE` larger)."""
    probe = layout(fonts, text, size, width, bold)
    if probe and probe[0].script == "arabic":
        return layout(fonts, text, size * ARABIC_SCALE, width, bold)
    return probe


@dataclass
class TextBlock:
    """Lines of text, each aligned on its own."""

    lines: list[Line]
    align: str = "start"
    color: tuple[float, float, float] = BLACK

    @property
    def height(self) -> float:
        """Sum of the line heights."""
        return sum(line_height(line) for line in self.lines)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Draw each line under the previous one."""
        canvas.setFillColorRGB(*self.color)
        for line in self.lines:
            baseline = top - line.size * METRICS[line.script][0]
            draw_line(canvas, line, aligned_x(line, self.align, x, width), baseline)
            top -= line_height(line)
        canvas.setFillColorRGB(*BLACK)


@dataclass
class Headline:
    """One big line (the ticket number), spaced by its capital height, not its ascent."""

    line: Line
    pad: float

    #: Height of capitals and digits in Noto Sans, as a fraction of the size.
    CAP = 0.714

    @property
    def height(self) -> float:
        """Capital height plus padding above and below."""
        return self.line.size * self.CAP + 2 * self.pad

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """The line centred, its capitals filling the block between the paddings."""
        baseline = top - self.pad - self.line.size * self.CAP
        draw_line(canvas, self.line, aligned_x(self.line, "center", x, width), baseline)


@dataclass
class Spacer:
    """Empty vertical space."""

    height: float

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Nothing to draw."""


@dataclass
class Rule:
    """A dashed separator line with space around it."""

    pad: float
    dashed: bool = True

    @property
    def height(self) -> float:
        """Space above plus space below."""
        return 2 * self.pad

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """A thin grey line across the width."""
        canvas.saveState()
        canvas.setStrokeColorRGB(*GREY)
        canvas.setLineWidth(0.6)
        if self.dashed:
            canvas.setDash(2, 2)
        canvas.line(x, top - self.pad, x + width, top - self.pad)
        canvas.restoreState()


@dataclass
class Stack:
    """Blocks one under the other."""

    blocks: list[Block] = field(default_factory=list)

    @property
    def height(self) -> float:
        """Sum of the children's heights."""
        return sum(block.height for block in self.blocks)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Draw the children top to bottom."""
        for block in self.blocks:
            block.draw(canvas, x, top, width)
            top -= block.height


@dataclass
class Columns:
    """Blocks side by side in equal columns (each built for the column width)."""

    blocks: Sequence[Block]
    gap: float

    @property
    def height(self) -> float:
        """The tallest column."""
        return max((block.height for block in self.blocks), default=0.0)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Draw the columns left to right."""
        count = len(self.blocks)
        column = (width - self.gap * (count - 1)) / max(count, 1)
        for index, block in enumerate(self.blocks):
            block.draw(canvas, x + index * (column + self.gap), top, column)


@dataclass
class Inverted:
    """White text on a black band (the priority marker)."""

    inner: TextBlock
    pad: float

    @property
    def height(self) -> float:
        """The text plus padding."""
        return self.inner.height + 2 * self.pad

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """Black rounded band, then the text in white."""
        canvas.setFillColorRGB(*BLACK)
        canvas.roundRect(x, top - self.height, width, self.height, self.pad, stroke=0, fill=1)
        white = TextBlock(self.inner.lines, self.inner.align, WHITE)
        white.draw(canvas, x + self.pad, top - self.pad, width - 2 * self.pad)


@dataclass
class Checklist:
    """One document to bring: a box to tick, then its name in each language.

    The box stands at the reading start of the visitor's language (left for French,
    right for Arabic); Arabic names are right-aligned, Latin ones left-aligned.
    """

    lines: list[Line]
    box: float
    box_on_right: bool
    gap: float

    @property
    def indent(self) -> float:
        """Room taken by the box."""
        return self.box + self.gap

    @property
    def height(self) -> float:
        """The names plus a little air under the item."""
        return sum(line_height(line) for line in self.lines) + self.gap / 2

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """The box beside the first line, then the names."""
        first = self.lines[0]
        baseline = top - first.size * METRICS[first.script][0]
        box_x = x + width - self.box if self.box_on_right else x
        canvas.saveState()
        canvas.setLineWidth(0.9)
        canvas.rect(box_x, baseline - self.box * 0.12, self.box, self.box, stroke=1, fill=0)
        canvas.restoreState()
        text_x = x if self.box_on_right else x + self.indent
        TextBlock(self.lines).draw(canvas, text_x, top, width - self.indent)


@dataclass
class QrBlock:
    """A QR code centred in its column with its caption underneath."""

    matrix: list[list[bool]]
    size: float
    caption: list[Line]
    gap: float

    @property
    def height(self) -> float:
        """Code, gap and caption."""
        return self.size + self.gap + sum(line_height(line) for line in self.caption)

    def draw(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        """The square code (quiet zone included), then the caption centred."""
        draw_qr(canvas, self.matrix, x + (width - self.size) / 2, top - self.size, self.size)
        TextBlock(self.caption, align="center").draw(
            canvas, x, top - self.size - self.gap, width)
