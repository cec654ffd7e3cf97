"""The scan screen with real frames: a video file through VideoCapture, zxing, the parser."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk
from kiosk.domain.payloads import sign_prereg
from kiosk.domain.scan import Verdict
from kiosk.keys import load_or_create_signing_key
from kiosk.ui.screens.scan import ScanScreen
from tests.devices.frames import Code, make_frame, write_video
from tests.ui.kiosk_helpers import (
    click,
    demo_kiosk,
    make_window,
    tap_tiles,
)

NAME = "فاطمة الزهراء بناني"


def with_camera(kiosk: Kiosk, source: str) -> Kiosk:
    kiosk.config = dataclasses.replace(
        kiosk.config, camera=dataclasses.replace(kiosk.config.camera, source=source))
    return kiosk


def video_of(text: str, path: Path) -> str:
    frames = [make_frame([Code(text, side=360, angle=4 * i)], seed=i, blur=0.6, noise=4).image
              for i in range(8)]
    return str(write_video(frames, path))


def open_scan(window: object, qtbot: QtBot) -> ScanScreen:
    click(qtbot, window.screens["welcome"])  # type: ignore[attr-defined]
    click(qtbot, window.screens["language"].buttons["fr"])  # type: ignore[attr-defined]
    click(qtbot, window.screens["categories"].tiles["scan"])  # type: ignore[attr-defined]
    screen = window.screens["scan"]  # type: ignore[attr-defined]
    assert isinstance(screen, ScanScreen) and window.current == "scan"  # type: ignore[attr-defined]
    return screen


def test_a_pre_registration_held_up_fills_the_request(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    text = sign_prereg("cnie", "ar", {"full_name": NAME, "cnie": "AB123456"},
                       key=load_or_create_signing_key(kiosk.data_dir),
                       created=datetime.now().astimezone())
    window = make_window(qtbot, with_camera(kiosk, video_of(text, tmp_path / "cam.avi")))
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=15000)
    assert screen.result is not None and screen.result.verdict == Verdict.VALID
    assert screen.view.has_picture()  # the live picture was shown
    assert "CNIE" in screen.status.text()
    click(qtbot, screen.use_prereg)
    assert window.current == "notice" and window.session.service_id == "cnie"
    click(qtbot, window.screens["notice"].accept)  # type: ignore[attr-defined]
    name = window.screens["details"].inputs["full_name"]  # type: ignore[attr-defined]
    assert isinstance(name, QLineEdit) and name.text() == NAME
    click(qtbot, window.screens["details"].next_button)  # type: ignore[attr-defined]
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.ticketIssued, timeout=20000) as issued:
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    assert issued.args[0].ticket.number == "C-001" and issued.args[0].pdf.exists()


def test_a_code_signed_by_a_stranger_is_refused_in_plain_words(tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    forged = sign_prereg("cnie", "fr", {"full_name": "Faux Nom", "cnie": "AB123456"},
                         key=Ed25519PrivateKey.generate(),
                         created=datetime.now().astimezone())
    window = make_window(qtbot, with_camera(kiosk, video_of(forged, tmp_path / "cam.avi")))
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=15000)
    assert screen.result is not None and screen.result.verdict == Verdict.UNKNOWN_KEY
    assert "n'a pas été créé par une borne ou un centre Jisr" in screen.status.text()
    assert not screen.use_prereg.isVisible()
    assert "Faux Nom" not in screen.status.text()


def test_no_camera_offers_typing_the_reference(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = with_camera(demo_kiosk(tmp_path / "data", tap_guard_ms=0), "/dev/video97")
    window = make_window(qtbot, kiosk)
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.camera_missing, timeout=10000)
    assert screen.manual.isVisible() and screen.keyboard.isVisible()
    assert "La caméra n'est pas disponible" in screen.status.text()
    screen.manual.setText("https://www.watiqa.ma/verify?id=1")
    screen.manual.returnPressed.emit()
    assert screen.result is not None and screen.result.verdict == Verdict.KNOWN_SITE


def test_a_typed_ticket_number_shows_its_place(tmp_path: Path, qtbot: QtBot) -> None:
    from kiosk.domain.request import NewRequest
    kiosk = with_camera(demo_kiosk(tmp_path / "data", tap_guard_ms=0), "/dev/video97")
    kiosk.desk.issue(NewRequest("information", "fr"))
    kiosk.desk.issue(NewRequest("information", "fr"))
    window = make_window(qtbot, kiosk)
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.manual.isVisible(), timeout=10000)
    screen.manual.setText("r2")
    screen.manual.returnPressed.emit()
    qtbot.waitUntil(lambda: screen.ticket_status is not None, timeout=5000)
    assert "R-002. Personnes avant vous\xa0: 1." in screen.status.text()
    # a typed number proves nothing about who holds the ticket: look, but not touch
    assert not screen.cancel.isVisible() and not screen.reprint.isVisible()


def test_scanning_resumes_by_itself_when_the_camera_comes_back(tmp_path: Path,
                                                               qtbot: QtBot) -> None:
    video = tmp_path / "cam.avi"  # not there yet: the camera is "unplugged"
    kiosk = with_camera(demo_kiosk(tmp_path / "data", tap_guard_ms=0), str(video))
    window = make_window(qtbot, kiosk)
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.camera_missing, timeout=10000)
    video_of("https://www.watiqa.ma/x", tmp_path / "tmp.avi")
    (tmp_path / "tmp.avi").rename(video)  # "plugged back in"
    qtbot.waitUntil(lambda: screen.result is not None, timeout=15000)
    assert not screen.camera_missing and screen.view.has_picture()


def test_a_ticket_held_up_shows_its_place_and_can_be_cancelled(tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    from kiosk.domain.request import NewRequest
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    kiosk.desk.issue(NewRequest("information", "fr"))
    mine = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    window = make_window(qtbot, with_camera(kiosk, video_of(mine.qr_payload,
                                                            tmp_path / "cam.avi")))
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.ticket_status is not None, timeout=15000)
    assert "R-002. Personnes avant vous\xa0: 1." in screen.status.text()
    click(qtbot, screen.cancel)
    assert kiosk.desk.ticket_status(mine.request_id).state == "waiting"  # type: ignore[union-attr]
    click(qtbot, screen.cancel)  # the second, deliberate tap
    qtbot.waitUntil(lambda: "annulé" in screen.status.text(), timeout=5000)
    assert kiosk.desk.ticket_status(mine.request_id).state == "cancelled"  # type: ignore[union-attr]


def test_a_document_code_goes_with_the_request_after_the_notice(tmp_path: Path,
                                                               qtbot: QtBot) -> None:
    import json
    import sqlite3
    url = "https://www.watiqa.ma/verifier?ref=ABC123"
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    window = make_window(qtbot, with_camera(kiosk, video_of(url, tmp_path / "cam.avi")))
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=15000)
    assert screen.result is not None and screen.result.verdict == Verdict.KNOWN_SITE
    click(qtbot, screen.attach)
    assert window.session.scans and window.session.scans[0]["text"] == url
    window.screens["scan"].header.backRequested.emit()  # type: ignore[union-attr]
    tap_tiles(window, qtbot, "complaints_info", "information")
    click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
    assert window.current == "notice", "an attached code is personal data: notice first"
    click(qtbot, window.screens["notice"].accept)  # type: ignore[attr-defined]
    click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
    summary = window.screens["confirm"].summary.text()  # type: ignore[attr-defined]
    assert "Codes scannés pour l'agent\xa0: 1" in summary
    with qtbot.waitSignal(window.ticketIssued, timeout=20000):
        click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        [(scans,)] = db.execute("SELECT scans FROM requests").fetchall()
        [(payload,)] = db.execute("SELECT payload FROM outbox WHERE type = 'request.created'"
                                  ).fetchall()
    assert json.loads(scans)[0]["text"] == url
    assert json.loads(payload)["request"]["scans"][0]["verdict"] == "known_site"


def test_html_in_a_code_is_shown_as_text_not_drawn(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = with_camera(demo_kiosk(tmp_path / "data", tap_guard_ms=0), "/dev/video97")
    window = make_window(qtbot, kiosk)
    screen = open_scan(window, qtbot)
    qtbot.waitUntil(lambda: screen.manual.isVisible(), timeout=10000)
    screen.manual.setText('<h1 style="color:green">Ticket valide</h1>')
    screen.manual.returnPressed.emit()
    assert screen.status.textFormat() == Qt.TextFormat.PlainText
    assert "<h1" in screen.status.text()  # the tags are visible, so nothing is faked


def test_a_prereg_for_a_service_not_offered_here_is_not_taken(tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    kiosk = with_camera(demo_kiosk(tmp_path / "data", tap_guard_ms=0), "/dev/video97")
    window = make_window(qtbot, kiosk)
    screen = open_scan(window, qtbot)  # a hall kiosk; vehicle import is a border service
    text = sign_prereg("vehicle_temporary_import", "fr", {},
                       key=load_or_create_signing_key(kiosk.data_dir),
                       created=datetime.now().astimezone())
    screen.show_result(kiosk.parse(text.encode()))
    assert not screen.use_prereg.isVisible()
    assert "pas proposé à cette borne" in screen.status.text()
