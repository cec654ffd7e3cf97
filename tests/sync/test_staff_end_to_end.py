"""Staff accounts from the centre to the kiosk, through the real commands: a hash made
with ``kiosk staff hash-pin``, ``kiosk server publish-staff``, ``kiosk sync --once``,
then the centre's supervisor manages the kiosk's accounts with ``kiosk staff``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.catalog_loader import default_catalog_dir
from tests.support.server import ServerProcess, start_server

REPO = Path(__file__).resolve().parents[2]
BOSS_PIN = "135792"


def kiosk(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          input=stdin, capture_output=True, text=True, timeout=120, cwd=REPO)
    return done


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = start_server(tmp_path / "centre")
    yield process
    process.stop()


@pytest.mark.slow
def test_the_centres_accounts_reach_the_kiosk_and_work_there(server: ServerProcess,
                                                             tmp_path: Path) -> None:
    data = tmp_path / "kiosk"
    data.mkdir(mode=0o700)
    ok(kiosk(data, "enrol", "--server", server.url, "--code", server.enrol_code()))
    server.publish_catalog(default_catalog_dir())
    boss_hash = ok(kiosk(data, "staff", "hash-pin", "--pin-stdin",
                         stdin=f"{BOSS_PIN}\n")).strip()
    staff_file = tmp_path / "staff.json"
    staff_file.write_text(json.dumps({"site": "TNG01", "staff": [
        {"name": "Youssef Alaoui", "role": "supervisor", "pin_hash": boss_hash},
        {"name": "Amina El Idrissi", "role": "agent", "pin_hash": boss_hash}]}),
        encoding="utf-8")
    published = server.cli("publish-staff", str(staff_file)).stdout
    assert "2 accounts" in published
    result = json.loads(ok(kiosk(data, "sync", "--once", "--json")))
    assert result["new_bundle"] is not None
    listed = [json.loads(line) for line in ok(kiosk(
        data, "staff", "list", "--json", "--as", "Youssef Alaoui", "--pin-stdin",
        stdin=f"{BOSS_PIN}\n")).splitlines()]
    assert [(a["name"], a["role"], a["source"]) for a in listed] == [
        ("Amina El Idrissi", "agent", "bundle"), ("Youssef Alaoui", "supervisor", "bundle")]
    youssef_id = listed[1]["id"]
    # the centre's supervisor adds a local agent on the spot
    ok(kiosk(data, "staff", "add", "Karim Tazi", "--role", "agent", "--as", "youssef alaoui",
             "--pin-stdin", stdin=f"907153\n{BOSS_PIN}\n"))
    # the centre drops Amina: the next bundle removes her, Karim (local) stays
    staff_file.write_text(json.dumps({"site": "TNG01", "staff": [
        {"name": "Youssef Alaoui", "role": "supervisor", "pin_hash": boss_hash}]}),
        encoding="utf-8")
    server.cli("publish-staff", str(staff_file))
    ok(kiosk(data, "sync", "--once", "--json"))
    listed = [json.loads(line) for line in ok(kiosk(
        data, "staff", "list", "--json", "--as", "Youssef Alaoui", "--pin-stdin",
        stdin=f"{BOSS_PIN}\n")).splitlines()]
    assert [(a["name"], a["source"]) for a in listed] == [
        ("Karim Tazi", "local"), ("Youssef Alaoui", "bundle")]
    assert listed[1]["id"] == youssef_id  # the same account: published again by name
