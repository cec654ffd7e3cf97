"""The scanning pipeline beside raw zxing-cpp, on the same generated 720p frames.

* raw zxing-cpp: ``zxingcpp.read_barcodes`` for QR codes on each BGR frame, nothing
  else (without the format, it searches every barcode kind: ~10x slower);
* pipeline: what the kiosk's camera loop does per frame — grey + decode (exact
  bytes), choose the code in the guide frame, parse and verify the payload, and the
  QImage copy handed to the screen;
* end to end: a real ScanWorker reading a video file, from the frame reaching the UI
  thread to the verdict reaching it ("code in view → verdict on screen").

The issue's aim: the pipeline reads as many frames as raw zxing-cpp, costs at most
1.5x its time per frame, p95 under 10 ms.  Run from the repository's top folder:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_scan.py [--frames 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zxingcpp
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.compose import build_kiosk
from kiosk.devices.camera import open_source
from kiosk.domain.scan import RecentCodes, guide_rect, pick_code
from kiosk.ui.scan_worker import ScanWorker, preview, to_qimage
from tests.devices.frames import varied_frames, write_video


def p95(values: list[float]) -> float:
    """95th percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    """Print read rates and per-frame costs side by side."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print(f"generating {args.frames} frames...", file=sys.stderr)
    frames = varied_frames(args.frames, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = build_kiosk(Path(tmp) / "data")
        guide = guide_rect(1280, 720)
        raw_ms, pipe_ms, raw_hits, pipe_hits = [], [], 0, 0
        recent = RecentCodes()
        for index, synthetic in enumerate(frames):
            image = synthetic.image
            start = time.perf_counter()
            found = zxingcpp.read_barcodes(
                image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
            raw_ms.append((time.perf_counter() - start) * 1000)
            raw_hits += bool(found)
            start = time.perf_counter()
            to_qimage(preview(image))
            code = pick_code(kiosk.decoder.decode(image), guide)
            if code is not None and recent.is_new(code.data, float(index)):
                kiosk.parse(code.data)
            pipe_ms.append((time.perf_counter() - start) * 1000)
            pipe_hits += code is not None
        video = write_video([f.image for f in frames], Path(tmp) / "frames.avi")
        e2e = end_to_end(app, kiosk, str(video))
    n = len(frames)
    print(f"{n} generated 720p frames (rotation, perspective, blur, noise, light)")
    print(f"{'':30} {'read':>7} {'median ms':>10} {'p95 ms':>8}")
    print(f"{'raw zxing-cpp':30} {raw_hits / n:7.1%} {statistics.median(raw_ms):10.2f} "
          f"{p95(raw_ms):8.2f}")
    print(f"{'kiosk pipeline':30} {pipe_hits / n:7.1%} {statistics.median(pipe_ms):10.2f} "
          f"{p95(pipe_ms):8.2f}")
    ratio = statistics.median(pipe_ms) / statistics.median(raw_ms)
    print(f"pipeline / raw (median): {ratio:.2f}x")
    if e2e:
        print(f"{'frame on UI -> verdict on UI':30} {len(e2e):7d} "
              f"{statistics.median(e2e):10.2f} {p95(e2e):8.2f}")


def end_to_end(app: QCoreApplication, kiosk: object, video: str) -> list[float]:
    """Milliseconds from a frame reaching the UI thread to its verdict reaching it."""
    worker = ScanWorker(lambda: open_source(video), kiosk.decoder,  # type: ignore[attr-defined]
                        kiosk.parse, hold_seconds=0.0)  # type: ignore[attr-defined]
    last_frame = [0.0]
    delays: list[float] = []

    def shown(_image: object) -> None:  # as the scan screen does: painted, send the next
        last_frame[0] = time.perf_counter()
        worker.frame_shown()

    worker.frameReady.connect(shown)
    worker.resultReady.connect(
        lambda _r: delays.append((time.perf_counter() - last_frame[0]) * 1000))
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    worker.start()
    loop.exec()
    worker.wait(5000)
    return delays


if __name__ == "__main__":
    main()
