"""Frames from a camera, a video file or a folder of images -- all through OpenCV.

One code path: every kind of source is a :class:`cv2.VideoCapture`, so demos and tests
exercise the same capture code as the kiosk's webcam.  ``spec`` may be:

* a camera index (``"0"``) or a device path (``"/dev/video0"``): a *live* source; the
  resolution is asked for (default 1280x720; the camera may give another);
* a video file (anything OpenCV's FFmpeg back-end reads, e.g. MJPG ``.avi``, ``.mp4``);
* a folder of images, or a single image file.  Accepted names: files ending in
  ``.png .jpg .jpeg .bmp .tif .tiff .webp .pgm .ppm`` (any case), read in *natural*
  order (``2.png`` before ``10.png``); other files and hidden files are ignored.  A
  folder that already is a numbered sequence (``0000.png``, ``0001.png``, ... same
  width, same extension, no gaps, starting at 0 or 1) is read in place with OpenCV's
  image-sequence back-end (``CAP_IMAGES``, pattern ``folder/%04d.png``); any other
  folder is first linked (symlinks, or copies where links are refused) into a
  temporary numbered sequence, removed on :meth:`FrameSource.close`.

No call can hang forever: the open and read timeouts
(``CAP_PROP_OPEN_TIMEOUT_MSEC``, ``CAP_PROP_READ_TIMEOUT_MSEC``) are passed at open --
OpenCV honours them in the FFmpeg and GStreamer back-ends; the V4L2 back-end (Linux
webcams) bounds each read by ``select()`` with ``OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT``
seconds (OpenCV's default 10; set here to 2 unless already set).  A live source whose
reads fail :data:`MAX_FAILED_READS` times in a row (camera unplugged) raises
:class:`~kiosk.errors.CameraUnavailable`; so does a source that cannot be opened.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

# Without a camera OpenCV would print two warnings at every retry, forever.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

import cv2
import numpy as np
from numpy.typing import NDArray

from kiosk.errors import CameraUnavailable

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp",
                            ".pgm", ".ppm"})
OPEN_TIMEOUT_MS = 5000
READ_TIMEOUT_MS = 2000
V4L_SELECT_TIMEOUT_S = "2"
#: Consecutive failed reads after which a live source counts as unplugged.
MAX_FAILED_READS = 5
RETRY_PAUSE_S = 0.05

_NUMBERED = re.compile(r"(\d+)(\.[A-Za-z]+)")
_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Frame:
    """One captured picture: BGR pixels, its number from 0, and where it came from."""

    image: NDArray[np.uint8]
    index: int
    source: str


class FrameSource:
    """An opened source of frames (use :func:`open_source`); a context manager."""

    def __init__(self, capture: cv2.VideoCapture, name: str, *, is_live: bool,
                 names: list[str] | None = None, temp_dir: Path | None = None) -> None:
        self._capture = capture
        self.name = name
        self.is_live = is_live
        self._names = names
        self._index = 0
        self._closed = False
        # A temporary sequence is removed even if the source is never closed.
        self._cleanup = (weakref.finalize(self, shutil.rmtree, temp_dir, True)
                         if temp_dir is not None else None)

    def read(self) -> Frame | None:
        """The next frame; None at the end of a file or folder.

        Raises :class:`CameraUnavailable` when a live source stops giving frames
        (each attempt is bounded by the back-end's read timeout).
        """
        if self._closed:
            return None
        if self._names is not None and self._index >= len(self._names):
            return None  # the sequence is done (asking OpenCV again only logs a warning)
        failures = 0
        while True:
            ok, image = self._capture.read()
            if ok and image is not None and image.size:
                break
            if not self.is_live:
                return None
            failures += 1
            if failures >= MAX_FAILED_READS or not self._capture.isOpened():
                raise CameraUnavailable(f"camera {self.name}: no frames")
            time.sleep(RETRY_PAUSE_S)
        image = _as_bgr(np.asarray(image, dtype=np.uint8))
        index = self._index
        self._index += 1
        source = self._names[index] if self._names is not None else self.name
        return Frame(image=image, index=index, source=source)

    def close(self) -> None:
        """Release the device or file (and remove a temporary sequence); idempotent."""
        if self._closed:
            return
        self._closed = True
        self._capture.release()
        if self._cleanup is not None:
            self._cleanup()

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_source(spec: str, width: int = 1280, height: int = 720) -> FrameSource:
    """Open a camera index, device path, video file, image file or folder of images.

    Raises :class:`CameraUnavailable` when there is no such device or file, or it
    cannot be opened.
    """
    os.environ.setdefault("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", V4L_SELECT_TIMEOUT_S)
    if spec.isdigit() or spec.startswith("/dev/"):
        return _open_camera(spec, width, height)
    path = Path(spec)
    if path.is_dir() or (path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES):
        return _open_images(path)
    if not path.is_file():
        raise CameraUnavailable(f"no such camera or file: {path.name}")
    capture = _capture(str(path), cv2.CAP_FFMPEG)
    return FrameSource(capture, path.name, is_live=False)


def _open_camera(spec: str, width: int, height: int) -> FrameSource:
    if spec.startswith("/dev/") and not Path(spec).exists():
        raise CameraUnavailable(f"no such camera: {spec}")
    target: int | str = int(spec) if spec.isdigit() else spec
    capture = _capture(target, cv2.CAP_ANY)
    capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
    capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
    capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the freshest frame, not a queue of old ones
    return FrameSource(capture, f"camera {spec}", is_live=True)


def _open_images(path: Path) -> FrameSource:
    files = [path] if path.is_file() else image_files(path)
    if not files:
        raise CameraUnavailable(f"no images in folder: {path.name}")
    names = [f.name for f in files]
    pattern = _sequence_pattern(files) if path.is_dir() else None
    temp_dir: Path | None = None
    if pattern is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="kiosk-frames-"))
        for number, file in enumerate(files):
            link = temp_dir / f"{number:06d}{file.suffix.lower()}"
            try:
                link.symlink_to(file.resolve())
            except OSError:
                shutil.copyfile(file, link)
        # CAP_IMAGES needs one extension; imread recognises images by content.
        if len({f.suffix.lower() for f in files}) > 1:
            suffix = ".img"
            for link in sorted(temp_dir.iterdir()):
                link.rename(link.with_suffix(suffix))
        else:
            suffix = files[0].suffix.lower()
        pattern = str(temp_dir / f"%06d{suffix}")
    try:
        capture = _capture(pattern, cv2.CAP_IMAGES)
    except CameraUnavailable:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        raise
    return FrameSource(capture, path.name, is_live=False, names=names, temp_dir=temp_dir)


def image_files(folder: Path) -> list[Path]:
    """The accepted image files of ``folder``, in natural order of their names."""
    found = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
             and p.suffix.lower() in IMAGE_SUFFIXES]
    return sorted(found, key=_natural_key)


def _natural_key(path: Path) -> list[Any]:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower())
            for part in _DIGITS.split(path.name)]


def _sequence_pattern(files: list[Path]) -> str | None:
    """``folder/%0Nd.ext`` when ``files`` already are a gapless numbered sequence."""
    matches = [_NUMBERED.fullmatch(f.name) for f in files]
    if not all(matches):
        return None
    digits = {len(m.group(1)) for m in matches if m}
    suffixes = {m.group(2) for m in matches if m}
    numbers = [int(m.group(1)) for m in matches if m]
    if len(digits) != 1 or len(suffixes) != 1 or numbers[0] not in (0, 1):
        return None
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return str(files[0].parent / f"%0{digits.pop()}d{suffixes.pop()}")


def _capture(target: int | str, api: int) -> cv2.VideoCapture:
    params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, OPEN_TIMEOUT_MS,
              cv2.CAP_PROP_READ_TIMEOUT_MSEC, READ_TIMEOUT_MS]
    try:
        if api == cv2.CAP_IMAGES:  # the image back-end takes no timeouts (reads are local)
            capture = cv2.VideoCapture(target, api)
        else:
            capture = cv2.VideoCapture(target, api, params)
    except cv2.error as exc:
        raise CameraUnavailable(f"cannot open {_label(target)}") from exc
    if not capture.isOpened():
        capture.release()
        raise CameraUnavailable(f"cannot open {_label(target)}")
    return capture


def _label(target: int | str) -> str:
    return f"camera {target}" if isinstance(target, int) else Path(target).name


def _as_bgr(image: NDArray[np.uint8]) -> NDArray[np.uint8]:
    if image.ndim == 2:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    if image.shape[2] == 4:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGRA2BGR), dtype=np.uint8)
    return image
