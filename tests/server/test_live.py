"""The main flows against a real ``kiosk server`` process on loopback (uvicorn)."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.server.common import CATALOG_DIR, batch, events
from tests.server.test_bundle import open_bundle
from tests.support.server import ServerProcess, free_port, start_server


def enrol(server: ServerProcess, site: str = "TNG01") -> dict[str, Any]:
    reply = requests.post(f"{server.url}/api/v1/enrol", timeout=10, json={
        "code": server.enrol_code(site), "install_id": str(uuid.uuid4()),
        "software_version": "0.2.0"})
    assert reply.status_code == 201, reply.text
    data: dict[str, Any] = reply.json()
    return data


def auth(device: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {device['credential']}"}


def test_enrol_push_crash_replay_and_pull(tmp_path: Path, database_url: str | None) -> None:
    server = start_server(tmp_path / "centre", database_url)
    try:
        assert server.pid is not None
        device = enrol(server)
        evs = events(1, 600)
        first = requests.post(f"{server.url}/api/v1/events", json=batch(evs[:500]),
                              headers=auth(device), timeout=30)
        assert first.json()["last_seq"] == 500
        server.kill()  # a crash right after the commit: the device never got the reply
        assert server.pid is None
        server.start()
        again = requests.post(f"{server.url}/api/v1/events", json=batch(evs),
                              headers=auth(device), timeout=30).json()
        assert [r["replay"] for r in again["results"]] == [True] * 500 + [False] * 100
        assert {r["status"] for r in again["results"]} == {"accepted"}
        assert again["last_seq"] == 600
        (info,) = server.devices()
        assert (info["device_id"], info["events_received"], info["last_seq"]) == (
            device["device_id"], 600, 600)

        assert requests.get(f"{server.url}/api/v1/bundle", headers=auth(device),
                            timeout=10).status_code == 204
        server.publish_catalog(CATALOG_DIR)
        reply = requests.get(f"{server.url}/api/v1/bundle", headers=auth(device), timeout=10)
        assert reply.status_code == 200
        content = open_bundle(reply.content, device["centre_key_pem"])
        assert content["version"] == int(reply.headers["X-Bundle-Version"])
        assert set(content["catalog"]) == {p.name for p in CATALOG_DIR.glob("*.json")
                                           if not p.name.endswith(".schema.json")}

        revoked = server.admin("POST", f"/api/v1/admin/devices/{device['device_id']}/revoke")
        assert revoked.json()["revoked"] is True
        refused = requests.post(f"{server.url}/api/v1/events", json=batch(events(601, 1)),
                                headers=auth(device), timeout=10)
        assert (refused.status_code, refused.json()["error"]) == (401, "revoked")
        assert "Fatima" not in server.output()  # payloads are never logged
        assert device["credential"].split(".")[1] not in server.output()
    finally:
        server.stop()
    assert server.pid is None


@pytest.mark.slow
def test_several_workers_and_concurrent_pushes(tmp_path: Path, database_url: str | None
                                               ) -> None:
    """Two workers, four clients pushing overlapping batches of one device at once:
    every seq is stored exactly once, in order."""
    server = start_server(tmp_path / "centre", database_url, port=None)
    server.stop()
    server.extra_args = ["--workers", "2"]
    server.start()
    try:
        device = enrol(server)
        evs = events(1, 400)
        outcomes: list[dict[str, Any]] = []
        errors: list[BaseException] = []

        def pusher() -> None:
            try:
                for start in range(0, 400, 100):
                    reply = requests.post(f"{server.url}/api/v1/events",
                                          json=batch(evs[start:start + 100]),
                                          headers=auth(device), timeout=60)
                    assert reply.status_code == 200, reply.text
                    outcomes.append(reply.json())
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=pusher) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert errors == []
        fresh = [r for o in outcomes for r in o["results"] if not r["replay"]]
        assert sorted(r["seq"] for r in fresh) == list(range(1, 401))
        assert {r["status"] for o in outcomes for r in o["results"]} <= {"accepted", "gap"}
        (info,) = server.devices()
        assert (info["events_received"], info["last_seq"]) == (400, 400)
    finally:
        server.stop()


@pytest.mark.slow
def test_servers_starting_at_once_on_one_new_database(tmp_path: Path,
                                                      database_url: str | None) -> None:
    """Migrations at start are safe when several processes start together."""
    data = tmp_path / "centre"
    servers = [ServerProcess(url="", data_dir=data, database_url=database_url, port=free_port())
               for _ in range(3)]
    for server in servers:
        server.url = f"http://127.0.0.1:{server.port}"
    errors: list[BaseException] = []

    def start(server: ServerProcess) -> None:
        try:
            server.start()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(s,)) for s in servers]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        tokens = {s.admin_token for s in servers}
        assert len(tokens) == 1
        keys = {requests.post(f"{s.url}/api/v1/enrol", timeout=10, json={
            "code": s.enrol_code(), "install_id": str(uuid.uuid4())}).json()["centre_key_pem"]
            for s in servers}
        assert len(keys) == 1, "every process signs with the same centre key"
    finally:
        for server in servers:
            server.stop()
