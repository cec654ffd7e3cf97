"""Showing a window and running Qt's loop until it closes: the part every ``kiosk``
command with a window shares (the kiosk, the console, the field screens, the board)."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


class Service(Protocol):
    """Something that runs in the background while the window is open."""

    def start(self) -> None:
        """Start working (in its own thread)."""

    def stop(self) -> None:
        """Stop, and wait a little for the work in flight."""


def run_window(app: QApplication, window: QWidget, first_frame: SignalInstance, *,
               fullscreen: bool, size: tuple[int, int], exit_after_start: bool = False,
               started: float | None = None, services: Sequence[Service] = ()) -> int:
    """Show ``window`` (full screen, or at ``size``), start ``services``, run the loop
    until the window closes, stop them; the exit status.

    ``exit_after_start``: quit once ``first_frame`` fires, printing the milliseconds
    since ``started``.  A service that cannot start is logged: the window works on.
    """
    if exit_after_start:
        t0 = started if started is not None else time.perf_counter()

        def report() -> None:
            print(f"first frame after {(time.perf_counter() - t0) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, app.quit)

        first_frame.connect(report)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(*size)
        window.show()
    running: list[Service] = []
    for service in services:
        try:
            service.start()
        except Exception as exc:  # the window's work goes on without it
            log.error("%s did not start: %s", type(service).__name__, type(exc).__name__)
        else:
            running.append(service)
    try:
        return app.exec()
    finally:
        for service in reversed(running):
            service.stop()
