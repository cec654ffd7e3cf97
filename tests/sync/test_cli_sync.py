"""``kiosk enrol`` and ``kiosk sync`` as an operator runs them (real processes), against
a scripted centre."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import VISITOR, FakeCentre, Seen, enrol_locally, json_answer, queue_events

from kiosk.keys import public_key_pem
from kiosk.store import open_store

REPO = Path(__file__).resolve().parents[2]


def kiosk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO)


def test_not_enrolled_status_and_once(tmp_path: Path) -> None:
    data = tmp_path / "kiosk"
    done = kiosk(data, "sync", "--status", "--json")
    assert done.returncode == 0
    status = json.loads(done.stdout)
    assert (status["state"], status["pending"], status["device_id"]) == ("not_enrolled", 0,
                                                                         None)
    done = kiosk(data, "sync", "--once")
    assert done.returncode == 3 and "not enrolled" in done.stderr
    assert "state:        not_enrolled" in kiosk(data, "sync", "--status").stdout


def test_enrol_refused_and_unreachable(tmp_path: Path, fake_centre: FakeCentre) -> None:
    data = tmp_path / "kiosk"
    fake_centre.routes[("POST", "/api/v1/enrol")] = lambda seen: json_answer(
        403, {"error": "bad_code", "message": "unknown"})
    done = kiosk(data, "enrol", "--server", fake_centre.url, "--code", "NOPE")
    assert done.returncode == 2 and "refused" in done.stderr
    done = kiosk(data, "enrol", "--server", "http://127.0.0.1:1", "--code", "X")
    assert done.returncode == 3 and "unreachable" in done.stderr
    done = kiosk(data, "enrol", "--code", "X")
    assert done.returncode == 2 and "--server" in done.stderr
    assert not (data / "sync" / "enrolment.json").exists()


def test_enrol_prints_no_secret(tmp_path: Path, fake_centre: FakeCentre,
                                centre_key: ed25519.Ed25519PrivateKey) -> None:
    data = tmp_path / "kiosk"
    fake_centre.routes[("POST", "/api/v1/enrol")] = lambda seen: json_answer(201, {
        "device_id": "dev-00aa11bb", "credential": "dev-00aa11bb.VERYSECRET",
        "site_code": "TNG01", "centre_key_pem": public_key_pem(centre_key.public_key())})
    done = kiosk(data, "enrol", "--server", fake_centre.url, "--code", "K7QF")
    assert done.returncode == 0 and "dev-00aa11bb" in done.stdout
    assert "VERYSECRET" not in done.stdout + done.stderr
    status = json.loads(kiosk(data, "sync", "--status", "--json").stdout)
    assert (status["state"], status["device_id"]) == ("online", "dev-00aa11bb")


@pytest.mark.slow
def test_dead_letters_from_the_command_line(tmp_path: Path, fake_centre: FakeCentre,
                                            centre_key: ed25519.Ed25519PrivateKey) -> None:
    data = tmp_path / "kiosk"
    data.mkdir()
    enrol_locally(data, fake_centre.url, centre_key)
    with open_store(data) as store:
        queue_events(store, 3)

    def conflict_first(seen: Seen) -> Any:
        events = seen.json()["events"]
        return json_answer(200, {"last_seq": events[-1]["seq"], "results": [
            {"event_id": e["event_id"], "seq": e["seq"],
             "status": "conflict" if e["seq"] == 1 else "accepted",
             "reason": "payload differs", "replay": False} for e in events]})

    fake_centre.routes[("POST", "/api/v1/events")] = conflict_first
    fake_centre.routes[("GET", "/api/v1/bundle")] = lambda seen: (204, {}, b"")
    done = kiosk(data, "sync", "--once", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["sent"], result["dead"], result["pending"]) == (2, 1, 0)
    [line] = kiosk(data, "sync", "--dead", "--json").stdout.splitlines()
    dead = json.loads(line)
    assert (dead["seq"], dead["reason"]) == (1, "conflict: payload differs")
    assert VISITOR not in line
    assert kiosk(data, "sync", "--retry", "nope").returncode == 2
    assert kiosk(data, "sync", "--retry", dead["event_id"]).returncode == 0
    assert json.loads(kiosk(data, "sync", "--status", "--json").stdout)["pending"] == 1
    done = kiosk(data, "sync", "--once", "--json")       # conflict again: dead again
    assert json.loads(done.stdout)["dead"] == 1
    assert kiosk(data, "sync", "--discard", dead["event_id"]).returncode == 0
    assert kiosk(data, "sync", "--dead").stdout == ""
    status = json.loads(kiosk(data, "sync", "--status", "--json").stdout)
    assert (status["pending"], status["dead"]) == (0, 0)
