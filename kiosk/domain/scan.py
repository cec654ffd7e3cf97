"""What scanning hands around: decoded codes, the choice of one, and the verdict on it.

Decoders return exact bytes (turning bytes into text is the payload parsers' job);
parsers return a :class:`ScanResult`, never an exception (see kiosk.domain.payloads).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.text import LocalText

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in frame pixels (the guide frame)."""

    x: float
    y: float
    width: float
    height: float

    def contains(self, point: Point) -> bool:
        """True when ``point`` lies inside."""
        px, py = point
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height


def guide_rect(width: float, height: float) -> Rect:
    """The guide frame for a ``width`` x ``height`` frame: a centred square, 2/3 of the
    height.  Computed per frame, so a camera at another resolution still matches."""
    side = height * 2 / 3
    return Rect((width - side) / 2, (height - side) / 2, side, side)


@dataclass(frozen=True)
class DecodedCode:
    """One code found in a frame: its exact bytes and where it lies."""

    data: bytes
    format: str
    corners: tuple[Point, ...] = ()

    @property
    def center(self) -> Point:
        """The middle of the code (0, 0 when the decoder gave no corners)."""
        if not self.corners:
            return (0.0, 0.0)
        xs, ys = zip(*self.corners, strict=True)
        return (sum(xs) / len(xs), sum(ys) / len(ys))

    @property
    def area(self) -> float:
        """The area of the code's outline (shoelace formula), in square pixels."""
        pts = self.corners
        if len(pts) < 3:
            return 0.0
        twice = sum(pts[i][0] * pts[(i + 1) % len(pts)][1]
                    - pts[(i + 1) % len(pts)][0] * pts[i][1] for i in range(len(pts)))
        return abs(twice) / 2


def pick_code(codes: Sequence[DecodedCode], guide: Rect | None = None) -> DecodedCode | None:
    """The code the visitor means: the largest inside the guide frame, else the largest."""
    if not codes:
        return None
    inside = [c for c in codes if guide is not None and guide.contains(c.center)]
    return max(inside or codes, key=lambda c: c.area)


class RecentCodes:
    """Remembers codes already handled, so one held up is not handled again at once."""

    def __init__(self, hold_seconds: float = 4.0) -> None:
        self.hold_seconds = hold_seconds
        self._seen: dict[bytes, float] = {}

    def is_new(self, data: bytes, now: float) -> bool:
        """True unless ``data`` was seen less than the hold ago.  Every sighting renews
        the hold, so a code kept in view is handled once, not again every few seconds."""
        self._seen = {k: t for k, t in self._seen.items() if now - t < self.hold_seconds}
        new = data not in self._seen
        self._seen[data] = now
        return new

    def clear(self) -> None:
        """Forget every code (they may hold a visitor's details)."""
        self._seen.clear()


class Verdict(StrEnum):
    """What the kiosk concludes about a scanned payload, each shown in plain words."""

    VALID = "valid"                  # a Jisr payload with a good signature, in date
    BAD_SIGNATURE = "bad_signature"  # signed, but the signature does not match: forged
    UNKNOWN_KEY = "unknown_key"      # signed by a key not in the trust list
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    MALFORMED = "malformed"          # looks like ours but cannot be read / too large
    KNOWN_SITE = "known_site"        # an address on a listed government domain
    UNKNOWN_SITE = "unknown_site"    # any other address: shown, never opened
    TEXT = "text"                    # plain text, nothing to verify


@dataclass(frozen=True)
class ScanResult:
    """The outcome of parsing one code's bytes."""

    format: str                       # "jisr-ticket", "jisr-prereg", "url", "text"
    verdict: Verdict
    text: str | None = None           # the payload as text, where it is text
    fields: Mapping[str, object] = field(default_factory=dict)
    label: LocalText = field(default_factory=dict)  # e.g. the known domain's name
