"""Cold start to first frame: the kiosk beside a bare PySide6 window, same run.

Each side is a fresh process; the time is taken by this script from spawning the
process to reading its "first frame" line, so both are measured the same way.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare")
class W(QLabel):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print("first frame", flush=True)
            QTimer.singleShot(0, app.quit)
w = W("bare window")
w.resize(1280, 800)
w.show()
app.exec()
"""


def time_to_first_frame(cmd: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawn to the first line mentioning the first frame."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "first frame" in line:
            elapsed = (time.perf_counter() - start) * 1000
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    raise RuntimeError(f"{cmd[:3]} exited {proc.returncode} without a first frame")


def main() -> None:
    """Print the median and spread of each side."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as data:
        kiosk = [sys.executable, "-m", "kiosk", "--data-dir", data, "run", "--windowed",
                 "--exit-after-start"]
        bare = [sys.executable, "-c", BARE]
        time_to_first_frame(kiosk, env)  # first run creates the database: not counted
        results: dict[str, list[float]] = {"bare PySide6 window": [], "jisr kiosk": []}
        for _ in range(args.runs):
            results["bare PySide6 window"].append(time_to_first_frame(bare, env))
            results["jisr kiosk"].append(time_to_first_frame(kiosk, env))
    print(f"cold start to first frame, {args.runs} runs each, platform "
          f"{env.get('QT_QPA_PLATFORM', 'display')}")
    print(f"{'':22} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, values in results.items():
        print(f"{name:22} {statistics.median(values):10.0f} {min(values):8.0f} "
              f"{max(values):8.0f}")


if __name__ == "__main__":
    main()
