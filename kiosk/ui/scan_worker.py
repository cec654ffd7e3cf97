"""The camera loop, off the UI thread: capture, decode, choose, parse, report by signals.

The worker owns the frame source; widgets only ever receive copies (QImage) and
results through queued signals.  When the camera is missing or unplugged it says so
once, then tries again every few seconds and resumes by itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from kiosk.domain.scan import DecodedCode, RecentCodes, Rect, ScanResult, pick_code
from kiosk.errors import EnvironmentFault

log = logging.getLogger(__name__)

RETRY_SECONDS = 2.0


class Frame(Protocol):
    """One captured frame (see kiosk.devices.camera)."""

    image: Any
    index: int


class FrameSource(Protocol):
    """A camera, video file or folder of images (see kiosk.devices.camera)."""

    def read(self) -> Frame | None:
        """The next frame, or None at the end of a file."""

    def close(self) -> None:
        """Release the device."""


class Decoder(Protocol):
    """Finds codes in an image and returns their exact bytes."""

    def decode(self, image: Any) -> list[DecodedCode]:
        """Codes in ``image`` (never raises)."""


def to_qimage(image: Any) -> QImage:
    """A QImage owning a copy of a BGR frame (safe to hand to the UI thread)."""
    height, width = image.shape[:2]
    qimage = QImage(image.data, width, height, int(image.strides[0]),
                    QImage.Format.Format_BGR888)
    return qimage.copy()


class ScanWorker(QThread):
    """Reads frames until stopped; emits what the scan screen shows."""

    frameReady = Signal(QImage)          # every frame, for the live picture
    resultReady = Signal(object)         # a ScanResult for a new code in view
    cameraLost = Signal()                # no camera, or it went away
    cameraBack = Signal()                # frames flow again

    def __init__(self, open_source: Callable[[], FrameSource], decoder: Decoder,
                 parse: Callable[[bytes], ScanResult], guide: Rect | None = None,
                 hold_seconds: float = 4.0) -> None:
        super().__init__()
        self._open = open_source
        self._decoder = decoder
        self._parse = parse
        self._guide = guide
        self._recent = RecentCodes(hold_seconds)
        self._running = True

    def stop(self) -> None:
        """Ask the loop to end (returns at once; ``wait()`` to join)."""
        self._running = False

    def run(self) -> None:
        """The loop: open, read, decode; on a camera fault, report and retry."""
        lost = False
        while self._running:
            try:
                source = self._open()
            except EnvironmentFault:
                if not lost:
                    lost = True
                    self.cameraLost.emit()
                self._sleep(RETRY_SECONDS)
                continue
            if lost:
                lost = False
                self.cameraBack.emit()
            try:
                ended = self._read_until_stopped(source)
            except EnvironmentFault:
                lost = True
                self.cameraLost.emit()
                ended = False
            finally:
                source.close()
            if ended:  # a file or folder ran out: nothing more will come
                return

    def _read_until_stopped(self, source: FrameSource) -> bool:
        while self._running:
            frame = source.read()
            if frame is None:
                return True
            self.frameReady.emit(to_qimage(frame.image))
            code = pick_code(self._decoder.decode(frame.image), self._guide)
            if code is not None and self._recent.is_new(code.data, time.monotonic()):
                self.resultReady.emit(self._parse(code.data))
        return False

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while self._running and time.monotonic() < end:
            self.msleep(50)
