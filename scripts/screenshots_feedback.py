"""Screenshots of the feedback screens (rating, then the complaints portal's QR) in each
language, side by side in one PNG per language: ``OUT/feedback-LANG.png``.

A real kiosk on a throwaway data directory issues a ticket, serves it at counter 1,
then the ticket's QR is "scanned" and the visitor taps through.  docs/screenshots were
made under Xvfb (the xcb platform, as on a kiosk) with::

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a --server-args="-screen 0 1280x800x24" \\
        .venv/bin/python scripts/screenshots_feedback.py docs/screenshots --langs ar,fr
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.compose import build_kiosk, ensure_demo_config
from kiosk.domain.request import NewRequest
from kiosk.ui.app import create_window


def settle(ms: int = 120) -> None:
    """Let Qt lay out and paint (and workers report)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    """Write one PNG per language and print its path."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--langs", default="ar,fr")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    langs = args.langs.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        ensure_demo_config(data)
        kiosk = build_kiosk(data)
        offered = tuple(dict.fromkeys((*kiosk.config.kiosk.languages, *langs)))
        kiosk.config = dataclasses.replace(
            kiosk.config, kiosk=dataclasses.replace(kiosk.config.kiosk, languages=offered))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        window = create_window(kiosk, app)
        window.resize(1280, 800)
        window.show()
        for lang in langs:
            ticket = kiosk.desk.issue(NewRequest("information", lang)).ticket
            desk = kiosk.queue_desk()
            desk.call_next(1, [ticket.number.split("-")[0]])
            desk.serve(ticket.number, 1, "done")
            window.home()
            window.choose_language(lang)
            window.show_screen("scan")
            scan = window.screens["scan"]
            scan.show_result(window.parse_scanned(ticket.qr_payload.encode()))  # type: ignore[attr-defined]
            for _ in range(50):
                settle()
                if scan.give_feedback.isVisibleTo(scan):  # type: ignore[attr-defined]
                    break
            scan.give_feedback.click()  # type: ignore[attr-defined]
            settle()
            rating = window.grab().toImage()
            window.screens["feedback"].buttons[4].click()  # type: ignore[attr-defined]
            settle()
            window.screens["feedback_comment"].complain.click()  # type: ignore[attr-defined]
            settle()
            complaint = window.grab().toImage()
            both = QImage(rating.width() + complaint.width() + 16, rating.height(),
                          QImage.Format.Format_RGB32)
            both.fill(0x808080)
            painter = QPainter(both)
            painter.drawImage(0, 0, rating)
            painter.drawImage(rating.width() + 16, 0, complaint)
            painter.end()
            path = out / f"feedback-{lang}.png"
            both.save(str(path))
            print(path)
        window.close()
        QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
