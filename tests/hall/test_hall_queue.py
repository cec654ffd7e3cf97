"""``HallQueue``: a console reads the hall's queue from a real hall server process, and
knows quickly, and why, when it cannot."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.config import SyncConfig
from kiosk.domain.ports import QueueSource
from kiosk.errors import HallUnreachable
from kiosk.sync.enrolment import load_enrolment, save_enrolment
from kiosk.sync.hall_queue import HallError, HallQueue, HallRefused
from tests.hall.hall_env import VISITOR, Device
from tests.support.server import ServerProcess, free_port, start_server

pytestmark = pytest.mark.slow


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[ServerProcess]:
    server = start_server(tmp_path / "hall")
    yield server
    server.stop()


def today() -> date:
    return datetime.now().astimezone().date()


def test_a_console_reads_the_queue_and_the_details(tmp_path: Path,
                                                   hall: ServerProcess) -> None:
    kiosk = Device(tmp_path / "kiosk")
    console = Device(tmp_path / "console", role="console", counter=1)
    assert "station 1" in kiosk.enrol(hall.url, hall.enrol_code())
    console.enrol(hall.url, hall.enrol_code())
    source: QueueSource = HallQueue(console.data, SyncConfig())
    assert source.snapshot(today()).tickets == ()
    first = kiosk.ticket("cnie")
    second = kiosk.ticket("cnie", priority=True, name="Youssef Alaoui")
    assert (first["ticket"], second["ticket"]) == ("C1-001", "C1-002")
    kiosk.sync()
    snapshot = source.snapshot(today())
    assert snapshot.fresh and snapshot.site_code == "TNG01" and snapshot.day == today()
    assert [t.number for t in snapshot.waiting()] == ["C1-002", "C1-001"]  # priority first
    ticket = snapshot.find("C1-001")
    assert ticket is not None and ticket.issued_at.utcoffset() is not None
    details = source.details(ticket.request_id)
    assert details is not None and details.fields["full_name"] == VISITOR
    assert details.service_id == "cnie"
    assert source.details("no-such-request") is None


def test_cut_off_is_known_at_once_and_mends_by_itself(tmp_path: Path,
                                                      hall: ServerProcess) -> None:
    console = Device(tmp_path / "console", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    source = HallQueue(console.data, SyncConfig())
    source.snapshot(today())
    hall.kill()
    started = time.monotonic()
    with pytest.raises(HallUnreachable) as caught:
        source.snapshot(today())
    assert time.monotonic() - started < 1.0
    assert isinstance(caught.value, HallError) and caught.value.code == "unreachable"
    assert not isinstance(caught.value, HallRefused)
    hall.start()
    assert source.snapshot(today()).tickets == ()


def test_a_hall_server_that_does_not_answer_is_a_timeout_within_seconds(
        tmp_path: Path, hall: ServerProcess) -> None:
    console = Device(tmp_path / "console", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    with _Silent() as port:
        _point_at(console.data, f"http://127.0.0.1:{port}")
        source = HallQueue(console.data, SyncConfig(read_timeout_s=30))
        started = time.monotonic()
        with pytest.raises(HallError) as caught:
            source.snapshot(today())
        assert caught.value.code == "timeout"
        assert time.monotonic() - started < 8.0  # the 5 s cap, not [sync]'s 30 s


@pytest.mark.parametrize(("status", "code"), [(500, "server_error"), (502, "server_error"),
                                              (503, "busy"), (429, "busy"),
                                              (200, "bad_reply"), (302, "bad_reply")])
def test_a_broken_hall_server_says_what_is_wrong(tmp_path: Path, hall: ServerProcess,
                                                 status: int, code: str) -> None:
    console = Device(tmp_path / "console", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    with _Canned(status, b'{"tickets": "nope"}') as port:
        _point_at(console.data, f"http://127.0.0.1:{port}")
        with pytest.raises(HallError) as caught:
            HallQueue(console.data, SyncConfig()).snapshot(today())
    assert caught.value.code == code


def test_revoked_then_enrolled_again_without_a_restart(tmp_path: Path,
                                                       hall: ServerProcess) -> None:
    console = Device(tmp_path / "console", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    source = HallQueue(console.data, SyncConfig())
    source.snapshot(today())
    hall.cli("revoke", console.device_id)
    with pytest.raises(HallRefused) as caught:
        source.snapshot(today())
    assert caught.value.code == "revoked"
    assert load_enrolment(console.data) is not None
    credential = load_enrolment(console.data).credential  # type: ignore[union-attr]
    assert credential not in str(caught.value)
    console.enrol(hall.url, hall.enrol_code())
    assert source.snapshot(today()).tickets == ()


def test_not_enrolled_is_a_refusal(tmp_path: Path) -> None:
    source = HallQueue(tmp_path / "nothing", SyncConfig())
    with pytest.raises(HallRefused) as caught:
        source.snapshot(today())
    assert caught.value.code == "not_enrolled"


def test_a_wrong_credential_is_unauthenticated(tmp_path: Path, hall: ServerProcess) -> None:
    console = Device(tmp_path / "console", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    enrolment = load_enrolment(console.data)
    assert enrolment is not None
    from dataclasses import replace
    save_enrolment(console.data, replace(enrolment,
                                         credential=f"{enrolment.device_id}.wrongsecret"))
    with pytest.raises(HallRefused) as caught:
        HallQueue(console.data, SyncConfig()).snapshot(today())
    assert caught.value.code == "unauthenticated"


# -- helpers --------------------------------------------------------------------------


def _point_at(data: Path, url: str) -> None:
    """Make the device's enrolment name another server (same credential)."""
    from dataclasses import replace
    enrolment = load_enrolment(data)
    assert enrolment is not None
    save_enrolment(data, replace(enrolment, server_url=url))


class _Silent:
    """A port that accepts connections and never answers."""

    def __enter__(self) -> int:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        port: int = self.sock.getsockname()[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


class _Canned:
    """An HTTP server answering every request with one status and body."""

    def __init__(self, status: int, body: bytes) -> None:
        self.status, self.body = status, body

    def __enter__(self) -> int:
        status, body = self.status, self.body

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                if status == 302:
                    self.send_header("Location", "http://example.invalid/")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        port: int = self.server.server_address[1]
        return port

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
