"""Screenshots of the staff console (docs/screenshots/console-*.png), on a sample queue.

    xvfb-run -a --server-args="-screen 0 1366x768x24 -dpi 96" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/console_screenshots.py OUT_DIR

Builds a throwaway kiosk (this PC's queue), issues a few tickets (one with priority, one
with typed details and a scanned code), opens counter 2 for groups C and D, calls the
priority ticket, and saves the console in French and Arabic, then cut off from the
hall server (a source that raises HallUnreachable) in French.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.compose import build_kiosk
from kiosk.domain.queue import QueueSnapshot, RequestDetails
from kiosk.domain.request import NewRequest
from kiosk.errors import HallUnreachable
from kiosk.ui.console.app import create_console
from kiosk.ui.console.login import Agent


class Switchable:
    """The local queue, cut off on demand."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.down = False

    def snapshot(self, day: date) -> QueueSnapshot:
        if self.down:
            raise HallUnreachable("sample")
        return self.inner.snapshot(day)  # type: ignore[attr-defined, no-any-return]

    def details(self, request_id: str) -> RequestDetails | None:
        if self.down:
            raise HallUnreachable("sample")
        return self.inner.details(request_id)  # type: ignore[attr-defined, no-any-return]


def wait(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app: QApplication, window: QWidget, path: Path) -> None:
    """Save the window at 1366x768 (as on an agent's PC)."""
    window.resize(1366, 768)
    wait(app, 300)
    image = window.grab()
    if (image.width(), image.height()) != (1366, 768):
        print(f"{path.name}: the window is {image.width()}x{image.height()}, not 1366x768 "
              f"(minimum {window.minimumSizeHint().width()}x"
              f"{window.minimumSizeHint().height()})")
    image.save(str(path))


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    data = Path(tempfile.mkdtemp(prefix="console-shots-"))
    kiosk = build_kiosk(data)
    now = datetime.now().astimezone()
    real_clock = kiosk.desk.clock

    class Ago:
        minutes = 0

        def now(self) -> datetime:
            return real_clock.now() - timedelta(minutes=self.minutes)

    ago = Ago()
    kiosk.desk.clock = ago
    waits = iter((41, 33, 27, 22, 12, 18, 6))

    def issue(request: NewRequest) -> object:
        ago.minutes = next(waits)
        return kiosk.desk.issue(request)

    issue(NewRequest("birth_certificate", "fr"))
    issue(NewRequest("birth_certificate", "ar", fields={
        "full_name": "Amina El Idrissi", "commune_of_birth": "Nador",
        "id_number": "AB123456"}, consent_at=now - timedelta(minutes=9),
        consent_version="v1", priority="elderly", documents_ready=("identity",),
        scans=({"format": "jisr-prereg", "verdict": "valid", "text": "JISR1:PR-2041"},
               {"format": "url", "verdict": "unknown_site",
                "text": "http://watiqa-ma.example/pay"})))
    for _ in range(3):
        issue(NewRequest("birth_certificate", "fr"))
    service_d = next(s.id for s in kiosk.catalog.services.values() if s.group == "D")
    issue(NewRequest(service_d, "es", priority="small_child"))
    issue(NewRequest(service_d, "nl"))
    kiosk.desk.clock = real_clock
    desk = kiosk.queue_desk()
    source = Switchable(desk.source)
    desk.source = source  # type: ignore[assignment]
    window = create_console(kiosk, app, "fr", desk=desk)
    window.resize(1366, 768)
    window.show()
    window.counter, window.groups = 2, ("C", "D")
    window.login.logged_in.emit(Agent(id="a1", name="Karim B.", role="agent"))  # type: ignore[attr-defined]
    window.setup.set_choice(2, ("C", "D"))
    window.setup.confirm()
    wait(app, 800)
    window.call_next()
    wait(app, 1200)
    for lang in ("fr", "ar"):
        window.set_language(lang)
        wait(app, 600)
        shoot(app, window, out / f"console-{lang}.png")
    window.set_language("fr")
    source.down = True
    window.refresh()
    wait(app, 800)
    shoot(app, window, out / "console-offline-fr.png")
    window.set_language("ar")
    wait(app, 600)
    shoot(app, window, out / "console-offline-ar.png")
    window.close()
    print(f"console screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "console-shots")))
