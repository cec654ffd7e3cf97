"""Reference data flowing down: the hall server pulls the centre's bundle for its site and
publishes it in its own, so the hall's devices get the centre's catalog, site settings
and staff accounts.  Real processes on loopback: a centre, a hall server with
``--upstream``, a kiosk enrolled at the hall (``python -m kiosk sync --once``)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.server import service
from kiosk.server.db import Database, sqlite_url
from kiosk.server.settings import DATABASE_FILE
from kiosk.staff import hash_pin
from tests.hall.conftest import RELAY_ARGS, hall_server
from tests.hall.hall_env import REPO, Device
from tests.support.faultproxy import CorruptReply, FaultProxy
from tests.support.server import ServerProcess

pytestmark = pytest.mark.slow

CATALOG = REPO / "assets" / "catalog"
CENTRE_NAME = "Préfecture de Tanger-Assilah - Accueil MRE (centre)"
AGENT = "Amina El Idrissi"
PULL_ARGS = ["--pull-interval-s", "0.5"]


def wait_until(what: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if what():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def pulled(hall: ServerProcess) -> dict[str, Any] | None:
    """The hall's ``relay-status --json`` ``bundle`` part."""
    doc: dict[str, Any] = json.loads(hall.cli("relay-status", "--json").stdout)
    state: dict[str, Any] | None = doc["bundle"]
    return state


def taken(hall: ServerProcess) -> int:
    state = pulled(hall)
    return int(state["taken_version"]) if state else 0


def centre_version(centre: ServerProcess) -> int:
    db = Database(centre.database_url or sqlite_url(centre.data_dir / DATABASE_FILE))
    try:
        version = service.latest_version(db)
    finally:
        db.dispose()
    assert version is not None
    return version


def hall_version(hall: ServerProcess) -> int | None:
    db = Database(sqlite_url(hall.data_dir / DATABASE_FILE))
    try:
        return service.latest_version(db)
    finally:
        db.dispose()


def publish_at_centre(centre: ServerProcess, tmp_path: Path, name: str = CENTRE_NAME) -> None:
    centre.publish_catalog(CATALOG)
    centre.cli("set-site", "TNG01", "--name", name, "--counters", "4")
    staff = tmp_path / "staff-TNG01.json"
    staff.write_text(json.dumps({"site": "TNG01", "staff": [
        {"name": AGENT, "role": "agent", "pin_hash": hash_pin("482913")}]}),
        encoding="utf-8")
    centre.cli("publish-staff", str(staff))


def active_site(kiosk: Device) -> dict[str, Any]:
    active = (kiosk.data / "bundles" / "active").read_text(encoding="utf-8").strip()
    site: dict[str, Any] = json.loads(
        (kiosk.data / "bundles" / active / "site.json").read_text(encoding="utf-8"))
    return site


def kiosk_accounts(kiosk: Device) -> list[Any]:
    from kiosk.store.staff import open_staff_store
    store = open_staff_store(kiosk.data)
    try:
        return list(store.accounts())
    finally:
        store.close()


def test_the_centres_catalog_site_and_staff_reach_a_kiosk_of_the_hall(
        tmp_path: Path, centre: ServerProcess) -> None:
    publish_at_centre(centre, tmp_path)
    hall = hall_server(tmp_path / "hall", centre, relay_args=[*RELAY_ARGS, *PULL_ARGS])
    hall.start()
    try:
        wait_until(lambda: taken(hall) == centre_version(centre))
        state = pulled(hall)
        assert state is not None and state["last_error"] is None
        local = hall_version(hall)
        assert local == state["local_version"]

        kiosk = Device(tmp_path / "kiosk-a")
        kiosk.enrol(hall.url, hall.enrol_code())
        kiosk.run("sync", "--once", "--json")
        status = kiosk.status()
        assert status["bundle_version"] is not None
        assert status["bundle_version"] >= (local or 0)
        assert active_site(kiosk) == {"name": CENTRE_NAME, "counters": 4}
        assert [a.name for a in kiosk_accounts(kiosk)] == [AGENT]

        # the centre changes the site: the hall takes it, the kiosk gets it
        centre.cli("set-site", "TNG01", "--name", "Accueil MRE Tanger", "--counters", "2")
        wait_until(lambda: taken(hall) == centre_version(centre))
        kiosk.run("sync", "--once", "--json")
        assert active_site(kiosk) == {"name": "Accueil MRE Tanger", "counters": 2}
        assert "bundle from the centre: version" in hall.cli("relay-status").stdout
    finally:
        hall.stop()


def test_a_tampered_bundle_from_the_centre_changes_nothing(
        tmp_path: Path, centre: ServerProcess) -> None:
    publish_at_centre(centre, tmp_path)
    with FaultProxy(centre.port) as proxy:
        hall = hall_server(tmp_path / "hall", None)
        hall.cli("enrol-upstream", "--url", proxy.url, "--code", centre.enrol_code())
        hall.extra_args = ["--upstream", proxy.url, *RELAY_ARGS, *PULL_ARGS]
        proxy.set_mode(CorruptReply(path="/api/v1/bundle"))
        hall.start()
        try:
            wait_until(lambda: len(proxy.records("/api/v1/bundle")) >= 3)
            state = pulled(hall)
            assert state is not None
            assert state["taken_version"] == 0 and state["local_version"] is None
            assert str(state["last_error"]).startswith("refused: ")
            assert hall_version(hall) is None  # nothing published at the hall
            assert CENTRE_NAME not in hall.output()  # no payload in the log

            proxy.pass_through()
            wait_until(lambda: taken(hall) == centre_version(centre))
            assert pulled(hall)["last_error"] is None  # type: ignore[index]
        finally:
            hall.stop()
