"""QR decoders behind one small interface: an image in, exact bytes and corners out.

* :class:`ZxingDecoder` (default) -- zxing-cpp: measured the better reader and ~10x
  faster (see docs/SCANNING.md).
* :class:`PyzbarDecoder` -- pyzbar/libzbar, the design card's choice, kept as fallback.

Both return the code's *bytes* exactly as encoded (an ECI marker is honoured by the
encoder, not applied by us: the bytes of a UTF-8 ECI segment are the UTF-8 bytes);
turning bytes into text is the payload parsers' job.  A decode never raises: any
exception inside a decoder library gives an empty list and one log line naming the
exception type -- never the decoded bytes, which can be personal data.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import cv2
import numpy as np
import zxingcpp  # type: ignore[import-untyped,unused-ignore]
from numpy.typing import NDArray
from pyzbar import pyzbar  # type: ignore[import-untyped,unused-ignore]

from kiosk.domain.scan import DecodedCode, Point

log = logging.getLogger(__name__)

# BarcodeFormats is built per call, not kept at module level: nanobind reports one
# alive at interpreter exit as a leak on every run.

QR_FORMAT = "QRCode"
DECODERS = ("zxing", "pyzbar")
DEFAULT_DECODER = "zxing"


class Decoder(Protocol):
    """Finds QR codes in a frame."""

    name: str

    def decode(self, image: Any) -> list[DecodedCode]:
        """Codes in ``image`` (BGR, BGRA or grayscale uint8), exact bytes; never raises."""
        ...


def to_gray(image: Any) -> NDArray[np.uint8]:
    """The grayscale version of a BGR/BGRA/gray uint8 frame (gray is returned as is)."""
    array = np.asarray(image, dtype=np.uint8)
    if array.ndim == 2:
        return array
    if array.ndim == 3 and array.shape[2] == 1:
        return array[:, :, 0]
    code = cv2.COLOR_BGRA2GRAY if array.ndim == 3 and array.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return np.asarray(cv2.cvtColor(array, code), dtype=np.uint8)


class ZxingDecoder:
    """zxing-cpp, QR codes only, raw bytes (``Barcode.bytes``)."""

    name = "zxing"

    def decode(self, image: Any) -> list[DecodedCode]:
        """Codes in ``image``; an empty list (and one log line) if zxing-cpp fails."""
        try:
            gray = to_gray(image)
            results = zxingcpp.read_barcodes(
                gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
                # Plain: the text field is not ours to use; .bytes are always raw.
                text_mode=zxingcpp.TextMode.Plain)
            return [DecodedCode(data=bytes(r.bytes), format=QR_FORMAT,
                                corners=_zxing_corners(r.position))
                    for r in results if r.valid]
        except Exception as exc:  # any library failure: no code, never a crash
            log.warning("zxing decoder failed: %s", type(exc).__name__)
            return []


class PyzbarDecoder:
    """pyzbar (libzbar), QR codes only, ``Decoded.data`` bytes and ``.polygon``."""

    name = "pyzbar"

    def decode(self, image: Any) -> list[DecodedCode]:
        """Codes in ``image``; an empty list (and one log line) if libzbar fails."""
        try:
            gray = np.ascontiguousarray(to_gray(image))
            results = pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE])
            return [DecodedCode(data=bytes(r.data), format=QR_FORMAT,
                                corners=tuple((float(p.x), float(p.y)) for p in r.polygon))
                    for r in results]
        except Exception as exc:  # any library failure: no code, never a crash
            log.warning("pyzbar decoder failed: %s", type(exc).__name__)
            return []


def make_decoder(name: str = DEFAULT_DECODER) -> Decoder:
    """The decoder called ``name`` (``"zxing"`` or ``"pyzbar"``)."""
    if name == "zxing":
        return ZxingDecoder()
    if name == "pyzbar":
        return PyzbarDecoder()
    raise ValueError(f"unknown decoder {name!r}; choose one of {', '.join(DECODERS)}")


def _zxing_corners(position: Any) -> tuple[Point, ...]:
    points = (position.top_left, position.top_right, position.bottom_right,
              position.bottom_left)
    return tuple((float(p.x), float(p.y)) for p in points)
