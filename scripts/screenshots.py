"""Screenshot every visitor screen in each language into a folder (not committed).

Walks the real journey through the real widgets (clicks, typing on the on-screen
keyboard) on a throwaway data directory, and grabs each screen as a PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT] [--langs ar,fr,en]

``--langs all`` takes every language the kiosk knows (``KNOWN_LANGS``); the languages
asked for are offered on the language screen even if ``config.toml`` does not list
them.  ``scripts/screenshots_xvfb.sh OUT`` runs this under a virtual X server (the
``xcb`` platform, as on a kiosk) for every language.

The staff screens come first: the PIN pad, and the sync panel online (a real
``kiosk server`` on loopback, the kiosk enrolled and in sync) then offline (the same
server stopped, new tickets waiting, one refused event), as ``staff-pin-LANG.png`` and
``staff-sync-{online,offline}-LANG.png``.  ``--only staff`` or ``--only journey`` takes
one of the two.  The staff shots in docs/screenshots were made with::

    .venv/bin/python scripts/screenshots.py docs/screenshots --only staff --langs ar,fr
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.compose import Kiosk, build_kiosk, ensure_demo_config
from kiosk.domain.text import KNOWN_LANGS
from kiosk.ui.app import create_window
from kiosk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def settle(ms: int = 80) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def walk(window: MainWindow, lang: str, out: Path, size: tuple[int, int]) -> list[Path]:
    """One visitor's journey in ``lang``; returns the PNGs written."""
    shots: list[Path] = []

    def grab(name: str) -> None:
        settle()
        path = out / f"{lang}-{len(shots) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    window.home()
    window.resize(*size)
    grab("welcome")
    window.screens["welcome"].mousePressEvent(None)  # type: ignore[arg-type]
    grab("language")
    window.screens["language"].buttons[lang].click()  # type: ignore[attr-defined]
    grab("categories")
    window.screens["categories"].tiles["travel"].click()  # type: ignore[attr-defined]
    grab("services")
    window.screens["services"].tiles["passport"].click()  # type: ignore[attr-defined]
    card = window.screens["card"]
    first_doc = next(iter(card.checklist.values()))  # type: ignore[attr-defined]
    first_doc.click()
    grab("card")
    card.next_button.click()  # type: ignore[attr-defined]
    grab("notice")
    window.screens["notice"].accept.click()  # type: ignore[attr-defined]
    details = window.screens["details"]
    name_field = details.inputs["full_name"]  # type: ignore[attr-defined]
    assert isinstance(name_field, QLineEdit)
    name_field.setText("محمد العلوي" if lang == "ar" else "Amina El Idrissi")
    details.next_button.click()  # type: ignore[attr-defined]
    grab("details-error")
    details.inputs["cnie"].setText("AB123456")  # type: ignore[attr-defined]
    details.next_button.click()  # type: ignore[attr-defined]
    grab("priority")
    window.screens["priority"].buttons["elderly"].click()  # type: ignore[attr-defined]
    grab("confirm")
    done: list[object] = []
    window.ticketIssued.connect(done.append)
    window.screens["confirm"].confirm.click()  # type: ignore[attr-defined]
    for _ in range(100):
        if done:
            break
        settle(50)
    grab("ticket")
    window.show_screen("scan")
    scan = window.screens["scan"]
    for _ in range(100):
        if scan.result is not None:  # type: ignore[attr-defined]
            break
        settle(50)
    grab("scan")
    window.show_screen("search")
    search = window.screens["search"]
    search.field.setText("جواز" if lang == "ar" else "pass")  # type: ignore[attr-defined]
    grab("search")
    window.overlay.start(15)
    grab("more-time")
    window.overlay.stop()
    window.home()
    return shots


def camera_frame(kiosk: Kiosk, path: Path) -> None:
    """A 1280x720 picture with a signed pre-registration QR held in the middle."""
    import cv2
    import numpy as np
    import qrcode

    from kiosk.domain.payloads import sign_prereg
    from kiosk.keys import load_or_create_signing_key
    text = sign_prereg("cnie", "ar", {"full_name": "فاطمة الزهراء", "cnie": "AB123456"},
                       key=load_or_create_signing_key(kiosk.data_dir),
                       created=datetime.now().astimezone())
    code = qrcode.QRCode(border=4, box_size=8)
    code.add_data(text)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=np.uint8)
    qr = np.where(matrix, 0, 255).astype(np.uint8)
    qr = cv2.resize(qr, (440, 440), interpolation=cv2.INTER_NEAREST)
    frame = np.full((720, 1280, 3), (96, 110, 120), np.uint8)
    frame[140:580, 420:860] = cv2.cvtColor(qr, cv2.COLOR_GRAY2BGR)
    cv2.imwrite(str(path), frame)


def wait_for(check: object, seconds: float = 20.0) -> bool:
    """Let Qt run until ``check()`` is true (or ``seconds`` pass)."""
    for _ in range(int(seconds * 20)):
        if check():  # type: ignore[operator]
            return True
        settle(50)
    return False


def staff_shots(out: Path, langs: list[str], size: tuple[int, int]) -> list[Path]:
    """The PIN pad and the sync panel online then offline, over a real sync worker."""
    from kiosk import __version__, paths
    from kiosk.config import SyncConfig
    from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
    from kiosk.staff import hash_pin, set_pin_hash
    from kiosk.sync.enrolment import enrol
    from kiosk.sync.runner import SyncRunner
    from kiosk.ui.screens.staff_pin import StaffPinScreen
    from kiosk.ui.screens.staff_sync import StaffSyncScreen

    sys.path.insert(0, str(ROOT))  # tests/support/server.py runs the reference server
    from tests.support.server import start_server

    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        data, centre = Path(tmp) / "kiosk", Path(tmp) / "centre"
        ensure_demo_config(data)
        set_pin_hash(paths.config_path(data), hash_pin("2468"))
        kiosk = build_kiosk(data)
        server = start_server(centre)
        settings = SyncConfig(connect_timeout_s=2, backoff_base_s=30, backoff_cap_s=300)
        try:
            enrol(data, kiosk.store, settings, server.url, server.enrol_code("TNG01"),
                  __version__, datetime.now().astimezone())
            kiosk.sync = SyncRunner(data, kiosk.store, settings, rand=lambda: 0.5)

            def ticket() -> None:
                kiosk.desk.issue(NewRequest(
                    "cnie", "fr", fields={"full_name": "Amina El Idrissi", "cnie": "AB123456"},
                    consent_at=datetime.now().astimezone(),
                    consent_version=PRIVACY_NOTICE_VERSION))

            for _ in range(3):
                ticket()
            app = QApplication.instance() or QApplication(sys.argv[:1])
            assert isinstance(app, QApplication)
            window = create_window(kiosk, app)
            window.resize(*size)
            window.show()
            kiosk.sync.start()
            panel = window.screens["staff_sync"]
            assert isinstance(panel, StaffSyncScreen)

            def grab(name: str) -> None:
                settle(300)
                path = out / name
                window.grab().save(str(path))
                shots.append(path)

            pad = window.screens["staff_pin"]
            assert isinstance(pad, StaffPinScreen)
            for lang in langs:
                window.home()
                window.open_staff()
                window.set_language(lang)
                for digit in "246":
                    pad.pad.press(digit)
                grab(f"staff-pin-{lang}.png")
            window.home()
            window.open_staff()
            window.show_staff_panel()
            if not wait_for(lambda: panel.status is not None and panel.status.state == "online"
                            and panel.status.pending == 0):
                raise RuntimeError("the kiosk did not get in sync with the server")
            for lang in langs:
                window.set_language(lang)
                grab(f"staff-sync-online-{lang}.png")
            server.stop()  # the centre goes away; visitors keep coming
            for _ in range(4):
                ticket()
            refused = kiosk.store.pending_outbox(1)[0].event_id
            kiosk.store.apply_push_reply(  # as the centre's reply to a push would
                [], {refused: "conflict: another event has this seq"},
                datetime.now().astimezone())
            panel.request_sync()
            if not wait_for(lambda: panel.status is not None and panel.status.state == "offline"
                            and bool(panel.dead_letters.rows)):
                raise RuntimeError("the kiosk did not notice the server went away")
            for lang in langs:
                window.set_language(lang)
                grab(f"staff-sync-offline-{lang}.png")
            window.close()
            QCoreApplication.processEvents()
        finally:
            kiosk.sync.stop()
            server.stop()
    return shots


def main() -> None:
    """Write the screenshots and print their paths."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--langs", default="ar,fr,en",
                        help="comma-separated language codes, or \"all\"")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--only", choices=("journey", "staff"),
                        help="only the visitor journey, or only the staff screens")
    args = parser.parse_args()
    langs = list(KNOWN_LANGS) if args.langs == "all" else args.langs.split(",")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    if args.only != "journey":
        for path in staff_shots(out, langs, (width, height)):
            print(path)
    if args.only == "staff":
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        ensure_demo_config(data)
        kiosk = build_kiosk(data)
        camera = data / "camera.png"  # what the camera "sees": a pre-registration QR
        camera_frame(kiosk, camera)
        offered = tuple(dict.fromkeys((*kiosk.config.kiosk.languages, *langs)))
        kiosk.config = dataclasses.replace(
            kiosk.config, camera=dataclasses.replace(kiosk.config.camera, source=str(camera)),
            kiosk=dataclasses.replace(kiosk.config.kiosk, languages=offered))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        window = create_window(kiosk, app)
        window.resize(width, height)
        window.show()
        for lang in langs:
            for path in walk(window, lang, out, (width, height)):
                print(path)
        window.close()
        QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
