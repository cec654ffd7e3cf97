"""zxing-cpp vs pyzbar on the same generated 720p frames, in the same run.

Generates N webcam-like frames (rotation, perspective, blur, noise, uneven light; see
tests/devices/frames.py), writes them to an MJPG video, reads them back through
``kiosk.devices.camera.open_source`` (timed per frame), then decodes every frame with
each decoder: read rate (the expected bytes found), median and p95 ms per frame.

    .venv/bin/python benchmarks/bench_decoders.py [--frames 300] [--seed 2025]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "devices"))

from frames import varied_frames, write_video

from kiosk.devices.camera import open_source
from kiosk.devices.decoders import DECODERS, make_decoder


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def read_back(video: Path) -> tuple[list[np.ndarray], float, list[float]]:
    """Every frame of ``video`` through open_source, the ms to open, the ms per read."""
    images: list[np.ndarray] = []
    times: list[float] = []
    start = time.perf_counter()
    with open_source(str(video)) as source:
        opened = (time.perf_counter() - start) * 1000
        while True:
            start = time.perf_counter()
            frame = source.read()
            if frame is None:
                break
            times.append((time.perf_counter() - start) * 1000)
            images.append(frame.image)
    return images, opened, times


def main() -> None:
    """Print one table: capture cost, then each decoder's read rate and time."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    start = time.perf_counter()
    frames = varied_frames(args.frames, seed=args.seed)
    generated = time.perf_counter() - start
    expected = [f.codes[0].data for f in frames]
    with tempfile.TemporaryDirectory() as tmp:
        video = write_video([f.image for f in frames], Path(tmp) / "bench.avi")
        images, open_ms, capture_ms = read_back(video)
    assert len(images) == len(frames), "the video lost frames"

    print(f"{len(frames)} frames 1280x720, seed {args.seed} "
          f"(generated in {generated:.1f} s), MJPG .avi read back through open_source")
    print(f"{'step':<28}{'read rate':>10}{'median ms':>11}{'p95 ms':>9}")
    print(f"{'open_source open (once)':<28}{'-':>10}{open_ms:>11.2f}{'':>9}")
    print(f"{'open_source read (MJPG)':<28}{'-':>10}"
          f"{statistics.median(capture_ms):>11.2f}{percentile(capture_ms, 0.95):>9.2f}")
    for name in DECODERS:
        decoder = make_decoder(name)
        decoder.decode(images[0])  # warm up (library load, first allocation)
        hits = 0
        times: list[float] = []
        for image, data in zip(images, expected, strict=True):
            start = time.perf_counter()
            codes = decoder.decode(image)
            times.append((time.perf_counter() - start) * 1000)
            hits += any(code.data == data for code in codes)
        print(f"{'decode: ' + name:<28}{hits / len(images):>10.1%}"
              f"{statistics.median(times):>11.2f}{percentile(times, 0.95):>9.2f}")


if __name__ == "__main__":
    main()
