"""Synthetic 720p webcam frames holding QR codes, reproducible from a seed.

Codes are drawn from the ``qrcode`` library's module matrix, then placed on a
cluttered background under rotation, perspective, blur, noise and uneven light.
``qrcode`` cannot emit an ECI marker by itself, so :func:`qr_matrix` with
``eci_utf8=True`` builds the bit stream (ECI 26 = UTF-8, then one byte segment) and
hands it to ``qrcode`` for error correction, masking and layout.

Used by tests/devices/test_decoders.py and benchmarks/bench_decoders.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import qrcode
from numpy.typing import NDArray
from qrcode import base, util

WIDTH, HEIGHT = 1280, 720
QUIET = 4  # modules of white border around each code
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
ARABIC = ["مرحبا بكم في عملية مرحبا", "طلب بطاقة التعريف الوطنية", "عمالة الرباط",
          "موعد القنصلية", "تجديد جواز السفر", "شهادة السكنى"]

Image = NDArray[np.uint8]
Quad = tuple[tuple[float, float], ...]


def qr_matrix(payload: bytes | str, *, eci_utf8: bool = False) -> NDArray[np.bool_]:
    """The module matrix (True = dark, no border) of a QR code, error level M.

    ``str`` payloads take ``qrcode``'s own mode choice (alphanumeric for Base45 text);
    ``bytes`` are one byte segment, preceded by an ECI 26 (UTF-8) marker when asked.
    """
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    if isinstance(payload, str):
        qr.add_data(payload, optimize=0)
        qr.make(fit=True)
    elif not eci_utf8:
        qr.add_data(util.QRData(payload, mode=util.MODE_8BIT_BYTE))
        qr.make(fit=True)
    else:
        # Size the symbol for the data plus two bytes (the 12-bit ECI header fits).
        qr.add_data(util.QRData(payload + b"..", mode=util.MODE_8BIT_BYTE))
        qr.best_fit()
        qr.data_cache = _eci_codewords(payload, qr.version, qr.error_correction)
        qr.make(fit=False)
    return np.array(qr.get_matrix(), dtype=bool)


def _eci_codewords(data: bytes, version: int, level: int) -> list[int]:
    buffer = util.BitBuffer()
    buffer.put(0b0111, 4)   # ECI mode
    buffer.put(26, 8)       # designator 26: UTF-8
    buffer.put(util.MODE_8BIT_BYTE, 4)
    buffer.put(len(data), util.length_in_bits(util.MODE_8BIT_BYTE, version))
    for byte in data:
        buffer.put(byte, 8)
    blocks = base.rs_blocks(version, level)
    limit = sum(block.data_count * 8 for block in blocks)
    for _ in range(min(limit - len(buffer), 4)):
        buffer.put_bit(False)
    while len(buffer) % 8:
        buffer.put_bit(False)
    for i in range((limit - len(buffer)) // 8):
        buffer.put(util.PAD0 if i % 2 == 0 else util.PAD1, 8)
    codewords: list[int] = util.create_bytes(buffer, blocks)
    return codewords


@dataclass(frozen=True)
class Code:
    """A code to draw: its payload, how it is encoded, its size and place."""

    payload: bytes | str
    eci_utf8: bool = False
    side: float = 300.0                     # outer side in pixels, quiet zone included
    center: tuple[float, float] = (640.0, 360.0)
    angle: float = 0.0                      # degrees
    tilt: float = 0.0                       # perspective: corner jitter, share of side

    @property
    def data(self) -> bytes:
        """The exact bytes a decoder must return."""
        return self.payload.encode("utf-8") if isinstance(self.payload, str) else self.payload


@dataclass(frozen=True)
class Synthetic:
    """One generated frame and what it holds."""

    image: Image
    codes: tuple[Code, ...]
    corners: tuple[Quad, ...]               # each code's outer quad (quiet zone included)


def make_frame(codes: Sequence[Code], seed: int, *, blur: float = 0.0, noise: float = 0.0,
               light: float = 0.0) -> Synthetic:
    """A 1280x720 BGR frame with ``codes`` on a cluttered background.

    ``blur`` is a Gaussian sigma in pixels, ``noise`` a Gaussian sigma in grey levels,
    ``light`` the depth (0-1) of a linear shadow across the frame in a random direction.
    """
    rng = np.random.default_rng(seed)
    frame = _background(rng)
    quads = tuple(_place(frame, code, rng) for code in codes)
    result = frame.astype(np.float32)
    if light > 0:
        angle = rng.uniform(0, 2 * np.pi)
        xs = np.arange(WIDTH, dtype=np.float32)[None, :] - WIDTH / 2
        ys = np.arange(HEIGHT, dtype=np.float32)[:, None] - HEIGHT / 2
        ramp = xs * np.float32(np.cos(angle)) + ys * np.float32(np.sin(angle))
        ramp = (ramp - ramp.min()) / (ramp.max() - ramp.min())
        result *= (1.0 - light * ramp)[:, :, None]
    if blur > 0:
        result = cv2.GaussianBlur(result, (0, 0), blur)
    if noise > 0:
        grain = np.empty(result.shape, np.float32)
        cv2.setRNGSeed(int(rng.integers(0, 2**31)))  # cv2.randn: ~8x numpy's speed
        cv2.randn(grain, (0.0, 0.0, 0.0), (float(noise),) * 3)
        result += grain
    image = np.clip(result, 0, 255).astype(np.uint8)
    return Synthetic(image=image, codes=tuple(codes), corners=quads)


def _background(rng: np.random.Generator) -> Image:
    base_colour = rng.integers(70, 190, 3)
    frame = np.empty((HEIGHT, WIDTH, 3), np.uint8)
    frame[:] = base_colour.astype(np.uint8)
    for _ in range(int(rng.integers(4, 10))):  # clutter: a room, a hand, a jacket
        x, y = int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT))
        w, h = int(rng.integers(40, 400)), int(rng.integers(40, 300))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        cv2.rectangle(frame, (x, y), (x + w, y + h), colour, -1)
    return frame


def _place(frame: Image, code: Code, rng: np.random.Generator) -> Quad:
    """Draw ``code`` into ``frame`` (in place); return its outer quad."""
    matrix = qr_matrix(code.payload, eci_utf8=code.eci_utf8)
    modules = matrix.shape[0] + 2 * QUIET
    scale = max(2, int(np.ceil(code.side / modules)))  # drawn near final size
    tile = np.full((modules * scale, modules * scale), 255, np.uint8)
    inner = np.where(matrix, 20, 235).astype(np.uint8)   # printed ink is never pure
    inner = cv2.resize(inner, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    tile[QUIET * scale:-QUIET * scale, QUIET * scale:-QUIET * scale] = inner
    size = tile.shape[0]
    source = np.array([[0, 0], [size, 0], [size, size], [0, size]], np.float32)
    half = code.side / 2
    theta = np.deg2rad(code.angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    square = np.array([[-half, -half], [half, -half], [half, half], [-half, half]])
    jitter = rng.uniform(-code.tilt, code.tilt, (4, 2)) * code.side
    target = (square + jitter) @ rotation.T + np.array(code.center)
    target = target.astype(np.float32)
    # Warp into the bounding box only (whole-frame warps are slow to generate).
    x0, y0 = np.floor(target.min(axis=0)).astype(int)
    x1, y1 = np.ceil(target.max(axis=0)).astype(int)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, WIDTH), min(y1, HEIGHT)
    local = (target - np.array([x0, y0], np.float32)).astype(np.float32)
    homography = cv2.getPerspectiveTransform(source, local)
    box = (int(x1 - x0), int(y1 - y0))
    paper = cv2.warpPerspective(tile, homography, box, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full_like(tile, 255), homography, box,
                               flags=cv2.INTER_LINEAR).astype(np.float32)[:, :, None] / 255
    region = frame[y0:y1, x0:x1].astype(np.float32)
    blended = region * (1 - mask) + paper[:, :, None].astype(np.float32) * mask
    frame[y0:y1, x0:x1] = blended.astype(np.uint8)
    return tuple((float(x), float(y)) for x, y in target)


def random_payload(rng: np.random.Generator, kind: str) -> tuple[bytes | str, bool]:
    """A payload of ``kind`` (``base45``, ``arabic`` or ``url``) and its ECI flag."""
    if kind == "base45":  # like a signed ticket: COSE_Sign1 as Base45, ~200 characters
        length = int(rng.integers(120, 220))
        return "".join(BASE45[int(i)] for i in rng.integers(0, 45, length)), False
    if kind == "arabic":
        text = f"{ARABIC[int(rng.integers(0, len(ARABIC)))]} {int(rng.integers(1, 9999))}"
        return text.encode("utf-8"), True
    ref = "".join(chr(int(c)) for c in rng.integers(97, 123, 10))
    return f"https://www.service-public.ma/verify?ref={ref}", False


def varied_frames(count: int, seed: int = 2025) -> list[Synthetic]:
    """``count`` frames of one code each, every condition varied, from ``seed``."""
    rng = np.random.default_rng(seed)
    kinds = ("base45", "arabic", "url")
    frames = []
    for number in range(count):
        payload, eci = random_payload(rng, kinds[number % len(kinds)])
        side = float(rng.uniform(160, 460))
        margin = side * 0.75
        center = (float(rng.uniform(margin, WIDTH - margin)),
                  float(rng.uniform(min(margin, HEIGHT / 2), max(HEIGHT - margin, HEIGHT / 2))))
        code = Code(payload, eci_utf8=eci, side=side, center=center,
                    angle=float(rng.uniform(-180, 180)), tilt=float(rng.uniform(0, 0.16)))
        frames.append(make_frame([code], seed=int(rng.integers(0, 2**31)),
                                 blur=float(rng.uniform(0, 2.4)),
                                 noise=float(rng.uniform(0, 16)),
                                 light=float(rng.uniform(0, 0.7))))
    return frames


def write_video(images: Iterable[Image], path: Path, fps: float = 15.0) -> Path:
    """Write frames to ``path`` as Motion-JPEG in AVI (works in opencv-headless)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps,
                             (WIDTH, HEIGHT))
    if not writer.isOpened():
        raise RuntimeError("cv2.VideoWriter cannot write MJPG here")
    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, 95)
    for image in images:
        writer.write(image)
    writer.release()
    return path


def write_folder(images: Iterable[Image], folder: Path, names: str = "{:04d}.png") -> Path:
    """Write frames to ``folder`` as PNG files named by ``names`` (a numbered sequence)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, image in enumerate(images):
        if not cv2.imwrite(str(folder / names.format(number)), image):
            raise RuntimeError(f"cannot write {names.format(number)}")
    return folder
