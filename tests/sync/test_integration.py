"""The sync client against the real reference server (``kiosk server``) on loopback,
driven through the real ``kiosk`` commands as an operator would."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import VISITOR

from kiosk.catalog_loader import default_catalog_dir
from kiosk.compose import build_kiosk
from kiosk.config import SyncConfig
from kiosk.store import open_store
from kiosk.sync.client import CentreClient
from kiosk.sync.enrolment import load_enrolment
from tests.support.server import ServerProcess, start_server

REPO = Path(__file__).resolve().parents[2]
CONFIG = """\
[site]
name = "Préfecture de Tanger-Assilah - Accueil MRE"
code = "TNG01"
counters = 3

[sync]
connect_timeout_s = 2
read_timeout_s = 10
backoff_base_s = 1
backoff_cap_s = 2
probe_interval_s = 1
batch_size = 50
"""


def kiosk(data: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=timeout, cwd=REPO)


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = start_server(tmp_path / "centre")
    yield process
    process.stop()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk"
    path.mkdir(mode=0o700)
    (path / "config.toml").write_text(CONFIG, encoding="utf-8")
    return path


def issue(data: Path, count: int) -> None:
    """Tickets through the real TicketDesk, as the kiosk issues them."""
    from datetime import datetime

    from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
    built = build_kiosk(data)
    try:
        for _ in range(count):
            built.desk.issue(NewRequest(
                service_id="cnie", lang="fr", fields={"full_name": VISITOR},
                consent_at=datetime.now().astimezone(), consent_version=PRIVACY_NOTICE_VERSION))
    finally:
        built.store.close()


def status(data: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(ok(kiosk(data, "sync", "--status", "--json")))
    return result


def device(server: ServerProcess, device_id: str) -> dict[str, Any]:
    [found] = [d for d in server.devices() if d["device_id"] == device_id]
    return found


@pytest.mark.slow
def test_enrol_issue_sync_and_the_centre_has_every_event(server: ServerProcess,
                                                         data: Path) -> None:
    assert status(data)["state"] == "not_enrolled"
    out = ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    assert "TNG01" in out
    enrolment = load_enrolment(data)
    assert enrolment is not None and enrolment.credential not in out
    ok(kiosk(data, "ticket", "cnie", "--field", f"full_name={VISITOR}", "--consent"))
    issue(data, 59)
    assert status(data)["pending"] == 60
    done = kiosk(data, "sync", "--once")
    out = ok(done)
    assert "sent 60" in out and VISITOR not in out + done.stderr
    seen = device(server, enrolment.device_id)
    assert (seen["events_received"], seen["last_seq"]) == (60, 60)
    shown = status(data)
    assert (shown["state"], shown["pending"], shown["dead"]) == ("online", 0, 0)
    assert shown["last_success_at"] and shown["last_error"] is None
    assert VISITOR not in server.output()


@pytest.mark.slow
def test_a_lost_reply_is_resent_and_counted_once(server: ServerProcess, data: Path) -> None:
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    issue(data, 30)
    enrolment = load_enrolment(data)
    assert enrolment is not None
    # The centre commits a push whose reply never reaches the kiosk:
    with open_store(data) as store:
        batch = store.pending_outbox(20)
        client = CentreClient(server.url, SyncConfig(), enrolment.credential)
        client.push(batch, 30, "0.1.0")            # reply dropped on the floor
        client.close()
        assert store.outbox_count("pending") == 30
    result = json.loads(ok(kiosk(data, "sync", "--once", "--json")))
    assert (result["sent"], result["replays"], result["pending"]) == (30, 20, 0)
    seen = device(server, enrolment.device_id)
    assert (seen["events_received"], seen["last_seq"]) == (30, 30)


@pytest.mark.slow
def test_revoked_keeps_the_queue_and_says_so_until_enrolled_again(
        server: ServerProcess, data: Path) -> None:
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    enrolment = load_enrolment(data)
    assert enrolment is not None
    issue(data, 3)
    ok(kiosk(data, "sync", "--once"))
    server.cli("revoke", enrolment.device_id)
    issue(data, 4)
    done = kiosk(data, "sync", "--once")
    assert done.returncode == 3 and "revoked" in done.stderr
    shown = status(data)
    assert (shown["state"], shown["pending"], shown["last_error"]) == ("revoked", 4, "revoked")
    done = kiosk(data, "sync", "--once")                  # sends nothing while revoked
    assert done.returncode == 3 and "revoked" in done.stderr
    # A new enrolment of the same install gets the same device id and goes on.
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    again = load_enrolment(data)
    assert again is not None and again.device_id == enrolment.device_id
    assert again.credential != enrolment.credential
    ok(kiosk(data, "sync", "--once"))
    assert status(data)["state"] == "online"
    seen = device(server, enrolment.device_id)
    assert (seen["events_received"], seen["last_seq"]) == (7, 7)


@pytest.mark.slow
def test_a_published_catalog_arrives_and_the_rebuilt_kiosk_shows_it(
        server: ServerProcess, data: Path, tmp_path: Path) -> None:
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    catalog = tmp_path / "catalog"
    shutil.copytree(default_catalog_dir(), catalog)
    civil = json.loads((catalog / "services_civil.json").read_text(encoding="utf-8"))
    service_id = civil["services"][0]["id"]
    civil["services"][0]["names"]["fr"] = "Service renommé par le centre"
    (catalog / "services_civil.json").write_text(json.dumps(civil, ensure_ascii=False),
                                                 encoding="utf-8")
    before = build_kiosk(data)
    assert before.catalog.services[service_id].names["fr"] != "Service renommé par le centre"
    before.store.close()
    server.publish_catalog(catalog)
    result = json.loads(ok(kiosk(data, "sync", "--once", "--json")))
    assert result["new_bundle"] is not None and result["bundle_version"] == result["new_bundle"]
    after = build_kiosk(data)
    assert after.catalog.services[service_id].names["fr"] == "Service renommé par le centre"
    after.store.close()
    # Nothing newer: the next pull changes nothing.
    result = json.loads(ok(kiosk(data, "sync", "--once", "--json")))
    assert result["new_bundle"] is None and result["bundle_version"] == after.sync.status(
    ).bundle_version


@pytest.mark.slow
def test_an_unreachable_centre_means_offline_with_a_next_try_and_nothing_lost(
        server: ServerProcess, data: Path) -> None:
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    enrolment = load_enrolment(data)
    assert enrolment is not None
    issue(data, 5)
    server.stop()
    done = kiosk(data, "sync", "--once")
    assert done.returncode == 3 and "unreachable" in done.stderr
    shown = status(data)
    assert (shown["state"], shown["last_error"], shown["pending"]) == ("offline",
                                                                      "unreachable", 5)
    assert shown["next_try_at"] is not None and shown["last_attempt_at"] is not None
    server.start()
    ok(kiosk(data, "sync", "--once"))
    assert status(data)["pending"] == 0
    seen = device(server, enrolment.device_id)
    assert seen["events_received"] == 5


@pytest.mark.slow
def test_kiosk_sync_runs_until_sigterm_and_pushes_new_events(server: ServerProcess,
                                                             data: Path) -> None:
    import signal
    import time
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    issue(data, 3)
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--data-dir", str(data), "sync"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO)
    try:
        deadline = time.monotonic() + 30
        while status(data)["pending"] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert status(data)["pending"] == 0
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "online" in out and VISITOR not in out + err
