"""Screenshots of the call board: a busy morning, then the hall server out of reach.

    xvfb-run -a --server-args="-screen 0 1920x1080x24 -dpi 96 -nolisten tcp" \\
        env QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python scripts/board_screenshots.py OUT

writes ``board.png`` and ``board-offline.png`` (1920x1080) and ``board-720p.png``
(1280x720) into OUT.  The queue is :class:`tests.ui.board_samples.MemoryQueue` with
:func:`~tests.ui.board_samples.hall_morning`; the catalog and config are the demo
kiosk's (a throwaway data directory).  docs/screenshots/board*.png were made with it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.compose import build_kiosk, ensure_demo_config
from kiosk.devices.announcer import Call
from kiosk.errors import HallUnreachable
from kiosk.ui.board.app import board_settings
from kiosk.ui.board.window import BoardWindow
from kiosk.ui.fonts import load_fonts, ui_font
from tests.ui.board_samples import Clock, MemoryQueue, hall_morning, local


class Heard:
    """An announcer that hears everything (the screenshots have no sound)."""

    available = True
    problem: str | None = None

    def announce(self, call: Call) -> None:
        pass

    def wait_idle(self, timeout: float) -> bool:
        return True

    def close(self, timeout: float = 5.0) -> None:
        pass


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(check: object, ms: int = 5000) -> None:
    for _ in range(ms // 20):
        if check():  # type: ignore[operator]
            return
        settle(20)
    raise SystemExit("timed out")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(ui_font(20))
    day = date(2025, 8, 11)  # a Monday in August, the day after the MRE national day
    clock = Clock(local(day, 9, 41, 20))
    source = MemoryQueue(clock)
    hall_morning(source, day)
    with tempfile.TemporaryDirectory() as data:
        ensure_demo_config(Path(data))
        kiosk = build_kiosk(Path(data))
        settings = board_settings(kiosk.config, kiosk.catalog)
        for size, name in (((1920, 1080), "board.png"), ((1280, 720), "board-720p.png")):
            window = BoardWindow(settings, source, Heard(), clock)
            window.resize(*size)
            window.show()
            source.failure = None
            window.start()
            wait_for(lambda w=window: w.snapshot is not None)
            settle()
            window.grab().save(str(args.out / name))
            print(args.out / name)
            if name == "board.png":
                source.failure = HallUnreachable("no route to the hall server")
                clock.advance(200)
                window.poller.poll()
                wait_for(lambda w=window: w.banner.isVisible())
                window.tick()
                settle()
                window.grab().save(str(args.out / "board-offline.png"))
                print(args.out / "board-offline.png")
            window.stop()
            window.close()


if __name__ == "__main__":
    main()
