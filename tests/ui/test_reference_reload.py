"""A catalog the centre publishes reaches the screens between two visits, never during one.

A real reference server on loopback, a real sync worker and the real window: the
visitor sees the new catalog at the next visit without a restart.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.config import SyncConfig
from kiosk.sync.enrolment import enrol
from kiosk.sync.runner import SyncRunner
from tests.support.server import start_server
from tests.ui.kiosk_helpers import demo_kiosk, make_window

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "catalog"
#: pull only at start and on "sync now", so a switch comes from the visit ending
QUICK = SyncConfig(connect_timeout_s=1, read_timeout_s=5, backoff_base_s=1, backoff_cap_s=2,
                   probe_interval_s=1, pull_interval_s=120)


def catalog_naming_birth_certificate(folder: Path, french_name: str) -> Path:
    """A copy of the shipped catalog whose birth certificate has another French name."""
    shutil.copytree(ASSETS, folder)
    path = folder / "services_civil.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for service in data["services"]:
        if service["id"] == "birth_certificate":
            service["names"]["fr"] = french_name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def french_name(window: object) -> str:
    return str(window.catalog.service("birth_certificate").name("fr"))  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_published_catalog_is_used_from_the_next_visit(tmp_path: Path, qtbot: QtBot) -> None:
    server = start_server(tmp_path / "centre")
    kiosk = demo_kiosk(tmp_path / "kiosk")
    shipped = french_name(kiosk)
    try:
        enrol(kiosk.data_dir, kiosk.store, QUICK, server.url, server.enrol_code("TNG01"),
              __version__, datetime.now().astimezone())
        kiosk.sync = SyncRunner(kiosk.data_dir, kiosk.store, QUICK)
        window = make_window(qtbot, kiosk)
        server.publish_catalog(catalog_naming_birth_certificate(tmp_path / "v1", "Acte v1"))
        kiosk.sync.start()
        # On the welcome screen nobody is served: the new catalog is put in use.
        qtbot.waitUntil(lambda: french_name(window) == "Acte v1", timeout=20_000)
        assert kiosk.desk.catalog.service("birth_certificate").name("fr") == "Acte v1"
        assert shipped != "Acte v1"

        # A visit has begun: a newer catalog waits for its end.
        window.show_screen("language")
        server.publish_catalog(catalog_naming_birth_certificate(tmp_path / "v2", "Acte v2"))
        first = kiosk.bundle_version
        kiosk.sync.sync_now()
        qtbot.waitUntil(lambda: (kiosk.sync.status().bundle_version or 0) > (first or 0),
                        timeout=20_000)
        qtbot.wait(300)
        assert french_name(window) == "Acte v1"
        window.home()
        qtbot.waitUntil(lambda: french_name(window) == "Acte v2", timeout=10_000)
    finally:
        kiosk.sync.stop()
        server.stop()
