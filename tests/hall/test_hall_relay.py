"""The hall server's relay, with real processes on loopback: every event of the hall's
devices reaches the centre exactly once, under its own device id, in seq order, whatever
happens to the centre, the link or the hall server itself."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.server import service
from kiosk.server.db import Database, sqlite_url
from kiosk.server.settings import DATABASE_FILE
from tests.hall.conftest import hall_server
from tests.server.common import event
from tests.support.faultproxy import DropReply, FaultProxy
from tests.support.server import REPO, ServerProcess

pytestmark = pytest.mark.slow


@dataclass
class Pusher:
    """A device of the hall that pushes events straight over HTTP (fast)."""

    server: ServerProcess
    role: str = "kiosk"
    device_id: str = ""
    credential: str = field(default="", repr=False)
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        reply = requests.post(f"{self.server.url}/api/v1/enrol", timeout=10, json={
            "code": self.server.enrol_code(), "install_id": str(uuid.uuid4()),
            "role": self.role})
        assert reply.status_code == 201, reply.text
        self.device_id, self.credential = reply.json()["device_id"], reply.json()["credential"]

    def push(self, count: int, batch: int = 500) -> None:
        evs = []
        for _ in range(count):
            self.seq += 1
            evs.append(event(self.seq))
        for start in range(0, count, batch):
            chunk = evs[start:start + batch]
            reply = requests.post(f"{self.server.url}/api/v1/events", timeout=60,
                                  headers={"Authorization": f"Bearer {self.credential}"},
                                  json={"events": chunk})
            assert reply.status_code == 200, reply.text
            assert reply.json()["last_seq"] == chunk[-1]["seq"]
        self.sent.extend(evs)


def database(server: ServerProcess) -> Database:
    return Database(server.database_url or sqlite_url(server.data_dir / DATABASE_FILE))


def relay_status(hall: ServerProcess) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(hall.cli("relay-status", "--json").stdout)
    return doc


def wait_until(what: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if what():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def assert_at_centre_exactly_once(centre: ServerProcess, hall_id: str,
                                  devices: list[Pusher]) -> None:
    db = database(centre)
    try:
        for device in devices:
            stored = service.stored_events(db, device.device_id)
            assert [(r.seq, r.event_id, r.status) for r in stored] == [
                (e["seq"], e["event_id"], "accepted") for e in device.sent], device.device_id
        known = {d.device_id: d for d in service.list_devices(db)}
        for device in devices:
            info = known[device.device_id]
            assert (info.via, info.role, info.site_code, info.events_received) == (
                hall_id, device.role, "TNG01", len(device.sent))
    finally:
        db.dispose()


@pytest.fixture
def hall_id(hall: ServerProcess) -> str:
    return str(relay_status(hall)["device_id"])


def live_status(hall: ServerProcess) -> dict[str, Any]:
    """The relay's status from the running hall server (fast: no child process)."""
    reply = hall.admin("GET", "/api/v1/admin/relay")
    assert reply.status_code == 200, reply.text
    doc: dict[str, Any] = reply.json()
    return doc


def pending(hall: ServerProcess) -> int:
    return int(relay_status(hall)["pending"])


def test_the_halls_events_reach_the_centre_under_their_devices(
        centre: ServerProcess, hall: ServerProcess, hall_id: str) -> None:
    kiosk, console = Pusher(hall), Pusher(hall, role="console")
    kiosk.push(700)
    console.push(30)
    kiosk.push(20)
    wait_until(lambda: pending(hall) == 0)
    assert_at_centre_exactly_once(centre, hall_id, [kiosk, console])
    status = relay_status(hall)
    assert status["upstream_url"] == centre.url and status["relayed"] == 750
    assert status["last_success_at"] and status["last_error"] is None
    table = hall.cli("devices").stdout
    assert "relay to" in table and "0 pending" in table and "750 relayed" in table
    at_centre = {d["device_id"]: d for d in centre.devices()}
    assert at_centre[hall_id]["role"] == "hall"
    # nothing personal in either server's log
    assert "Fatima" not in hall.output() + centre.output()


def test_a_centre_down_for_a_while_gets_everything_when_it_returns(
        centre: ServerProcess, hall: ServerProcess, hall_id: str) -> None:
    kiosk = Pusher(hall)
    kiosk.push(10)
    wait_until(lambda: pending(hall) == 0)
    centre.kill()
    kiosk.push(300)
    wait_until(lambda: relay_status(hall)["failures"] > 0)
    status = relay_status(hall)
    assert status["pending"] == 300 and status["last_error"].startswith("unreachable")
    assert "300 pending" in hall.cli("relay-status").stdout
    centre.start()
    wait_until(lambda: pending(hall) == 0)
    assert_at_centre_exactly_once(centre, hall_id, [kiosk])
    assert relay_status(hall)["last_error"] is None


def test_lost_replies_are_relayed_again_and_counted_once(tmp_path: Path,
                                                         centre: ServerProcess) -> None:
    with FaultProxy(centre.port) as proxy:
        # the hall reaches the centre through the proxy; enrol directly, then repoint
        hall = hall_server(tmp_path / "hall", None)
        hall.cli("enrol-upstream", "--url", proxy.url, "--code", centre.enrol_code())
        hall.extra_args = ["--upstream", proxy.url, "--relay-poll-s", "0.2",
                           "--relay-backoff-cap-s", "1", "--relay-batch", "100"]
        proxy.set_mode(DropReply(path="/api/v1/relay", times=3))
        hall.start()
        try:
            kiosk = Pusher(hall)
            kiosk.push(450)
            wait_until(lambda: pending(hall) == 0)
            assert len(proxy.records("/api/v1/relay")) >= 8  # 5 batches + 3 dropped
            assert_at_centre_exactly_once(centre, relay_status(hall)["device_id"], [kiosk])
        finally:
            hall.stop()


def test_killing_the_hall_server_mid_relay_loses_and_doubles_nothing(
        tmp_path: Path, centre: ServerProcess) -> None:
    hall = hall_server(tmp_path / "hall", centre, relay_args=[
        "--relay-poll-s", "0.2", "--relay-backoff-cap-s", "1", "--relay-batch", "20"])
    hall.start()
    try:
        devices = [Pusher(hall), Pusher(hall), Pusher(hall, role="console")]
        for device in devices:
            device.push(1500)
        pending_at_kill = []
        for _ in range(3):  # kill -9 while it relays, three times
            before = live_status(hall)["relayed"]
            wait_until(lambda b=before: live_status(hall)["relayed"] >= b + 100)
            pending_at_kill.append(live_status(hall)["pending"])
            hall.kill()
            hall.start()
        # every kill was mid-relay (read just before it: once restarted, a fast
        # machine may relay the rest before the status could be read)
        assert min(pending_at_kill) > 0
        wait_until(lambda: live_status(hall)["pending"] == 0, timeout=120)
        assert_at_centre_exactly_once(centre, relay_status(hall)["device_id"], devices)
    finally:
        hall.stop()


def test_a_revoked_hall_stops_relaying_and_says_why(centre: ServerProcess,
                                                    hall: ServerProcess, hall_id: str) -> None:
    centre.cli("revoke", hall_id)
    Pusher(hall).push(5)
    wait_until(lambda: (relay_status(hall)["last_error"] or "").startswith("revoked"))
    assert pending(hall) == 5


# -- the commands -----------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "server", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=False)


def test_enrol_upstream_keeps_the_credential_private(tmp_path: Path,
                                                     centre: ServerProcess) -> None:
    data = tmp_path / "hall"
    done = run("enrol-upstream", "--url", centre.url, "--code", centre.enrol_code(),
               "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    saved = json.loads((data / "upstream.json").read_text(encoding="utf-8"))
    assert stat.S_IMODE(os.stat(data / "upstream.json").st_mode) == 0o600
    assert saved["credential"] not in done.stdout + done.stderr
    assert saved["device_id"] in done.stdout
    # enrolled again: the same device at the centre
    again = run("enrol-upstream", "--url", centre.url, "--code", centre.enrol_code(),
                "--data-dir", str(data))
    assert again.returncode == 0, again.stderr
    assert json.loads((data / "upstream.json").read_text())["device_id"] == saved["device_id"]


def test_enrol_upstream_refusals_and_faults(tmp_path: Path, centre: ServerProcess) -> None:
    data = str(tmp_path / "hall")
    bad = run("enrol-upstream", "--url", centre.url, "--code", "AAAA-BBBB-CCCC",
              "--data-dir", data)
    assert bad.returncode == 2 and "refused" in bad.stderr
    down = run("enrol-upstream", "--url", "http://127.0.0.1:9", "--code", "AAAA-BBBB-CCCC",
               "--data-dir", data)
    assert down.returncode == 3
    assert not (tmp_path / "hall" / "upstream.json").exists()
    alone = run("--upstream", centre.url, "--data-dir", data, "--port", "0")
    assert alone.returncode == 2 and "enrol-upstream" in alone.stderr
    status = run("relay-status", "--data-dir", data)
    assert status.returncode == 0 and "not relaying" in status.stdout

