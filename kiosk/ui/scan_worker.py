"""The camera loop, off the UI thread: capture, decode, choose, parse, report by signals.

The worker owns the frame source; widgets only ever receive copies (QImage) and
results through queued signals.  When the camera is missing or unplugged it says so
once, then tries again every few seconds and resumes by itself.  Frames for the
picture are dropped while the screen has not shown the previous one, so a busy UI
thread never builds up a queue of frames.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from kiosk.domain.scan import DecodedCode, RecentCodes, ScanResult, guide_rect, pick_code
from kiosk.errors import EnvironmentFault

log = logging.getLogger(__name__)

RETRY_SECONDS = 2.0
#: A file or folder is played at about this pace (a camera sets its own).
FILE_FPS = 30.0


class Frame(Protocol):
    """One captured frame (see kiosk.devices.camera; read-only, as its frozen
    dataclass is)."""

    @property
    def image(self) -> Any:
        """The pixels."""

    @property
    def index(self) -> int:
        """Its number from 0."""


class FrameSource(Protocol):
    """A camera, video file or folder of images (see kiosk.devices.camera)."""

    is_live: bool

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


def preview(image: Any) -> Any:
    """A half-size view for the screen (the decoder keeps the full frame)."""
    if image.shape[1] <= 960:
        return image
    import numpy as np
    return np.ascontiguousarray(image[::2, ::2])


class ScanWorker(QThread):
    """Reads frames until stopped; emits what the scan screen shows."""

    frameReady = Signal(QImage)          # a frame for the live picture
    resultReady = Signal(object)         # a ScanResult for a new code in view
    cameraLost = Signal()                # no camera, or it went away
    cameraBack = Signal()                # frames flow again

    def __init__(self, open_source: Callable[[], FrameSource], decoder: Decoder,
                 parse: Callable[[bytes], ScanResult], hold_seconds: float = 4.0) -> None:
        super().__init__()
        self._open = open_source
        self._decoder = decoder
        self._parse = parse
        self._recent = RecentCodes(hold_seconds)
        self._running = True
        self._frame_shown = threading.Event()
        self._frame_shown.set()

    def stop(self) -> None:
        """Ask the loop to end (returns at once; ``wait()`` to join)."""
        self._running = False

    def frame_shown(self) -> None:
        """The screen painted the last frame: the next one may be sent."""
        self._frame_shown.set()

    def run(self) -> None:
        """The loop: open, read, decode; on a camera fault, report, wait and retry."""
        lost = False
        try:
            while self._running:
                try:
                    source = self._open()
                except EnvironmentFault:
                    lost = self._report_lost(lost)
                    continue
                try:
                    ended, lost = self._read_until_stopped(source, lost)
                except Exception as exc:  # unplugged, or a library's error: same for us
                    if not isinstance(exc, EnvironmentFault):
                        log.warning("camera loop error: %s", type(exc).__name__)
                    ended, lost = False, self._report_lost(lost)
                finally:
                    source.close()
                if ended:  # a file or folder ran out: nothing more will come
                    return
        finally:
            self._recent.clear()  # scanned bytes may hold a visitor's details

    def _report_lost(self, lost: bool) -> bool:
        """Say once that the camera is gone, then wait before trying again."""
        if not lost:
            self.cameraLost.emit()
        self._sleep(RETRY_SECONDS)
        return True

    def _read_until_stopped(self, source: FrameSource, lost: bool) -> tuple[bool, bool]:
        pace = 0.0 if getattr(source, "is_live", True) else 1.0 / FILE_FPS
        while self._running:
            started = time.monotonic()
            frame = source.read()
            if frame is None:
                return True, lost
            if lost:  # frames flow again: only now is the camera back
                lost = False
                self.cameraBack.emit()
            if self._frame_shown.is_set():
                self._frame_shown.clear()
                self.frameReady.emit(to_qimage(preview(frame.image)))
            height, width = frame.image.shape[:2]
            code = pick_code(self._decoder.decode(frame.image), guide_rect(width, height))
            if code is not None and self._recent.is_new(code.data, time.monotonic()):
                self.resultReady.emit(self._parse(code.data))
            if pace:
                self._sleep(pace - (time.monotonic() - started))
        return False, lost

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while self._running and time.monotonic() < end:
            self.msleep(min(50, max(1, int((end - time.monotonic()) * 1000))))
