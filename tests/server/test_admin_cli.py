"""Admin work over HTTP and with ``kiosk server ...`` commands (same functions)."""

from __future__ import annotations

import json
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kiosk.cli import main
from kiosk.errors import CatalogError
from kiosk.server import service
from kiosk.server.db import Database
from kiosk.server.settings import ServerSettings
from tests.server.common import CATALOG_DIR, catalog_files
from tests.server.conftest import Enrolled

DEVICE_FIELDS = {"device_id", "site_code", "enrolled_at", "last_seen_at", "events_received",
                 "last_seq", "backlog", "software_version", "revoked", "revoked_at",
                 "role", "station", "via", "relayed_seq"}


def run(settings: ServerSettings, *args: str) -> int:
    """``kiosk server ARGS --data-dir D --database-url U`` in this process."""
    return main(["server", *args, "--data-dir", str(settings.data_dir),
                 "--database-url", settings.database_url])


def broken_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    path = folder / "services_civil.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["services"][0]["names"]["ar"]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def test_devices_list_every_field(client: TestClient, admin_headers: dict[str, str],
                                  settings: ServerSettings, enrol: Callable[..., Enrolled],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    device = enrol()
    client.post("/api/v1/events", headers=device.headers, json={
        "backlog": 7, "software_version": "0.2.1", "events": [
            {"event_id": "e1", "seq": 1, "type": "request.created", "created_at": "t",
             "payload": {}}]})
    (info,) = client.get("/api/v1/admin/devices", headers=admin_headers).json()["devices"]
    assert set(info) == DEVICE_FIELDS
    assert (info["device_id"], info["site_code"], info["events_received"], info["last_seq"],
            info["backlog"], info["software_version"], info["revoked"]) == (
        device.device_id, "TNG01", 1, 1, 7, "0.2.1", False)
    assert run(settings, "devices", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed == info
    assert run(settings, "devices") == 0
    table = capsys.readouterr().out
    assert device.device_id in table and "TNG01" in table and "0.2.1" in table


def test_revoke_over_http_and_cli(client: TestClient, admin_headers: dict[str, str],
                                  settings: ServerSettings, enrol: Callable[..., Enrolled],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    one, two = enrol(), enrol()
    reply = client.post(f"/api/v1/admin/devices/{one.device_id}/revoke", headers=admin_headers)
    assert reply.status_code == 200
    assert reply.json()["revoked"] is True
    assert run(settings, "revoke", two.device_id) == 0
    assert f"{two.device_id}: revoked" in capsys.readouterr().out
    assert client.get("/api/v1/bundle", headers=two.headers).json()["error"] == "revoked"
    missing = client.post("/api/v1/admin/devices/dev-nothere/revoke", headers=admin_headers)
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    assert run(settings, "revoke", "dev-nothere") == 2
    assert "no device" in capsys.readouterr().err


def test_publish_a_catalog_over_http(client: TestClient, db: Database,
                                     admin_headers: dict[str, str]) -> None:
    reply = client.post("/api/v1/admin/catalog", json={"catalog": catalog_files()},
                        headers=admin_headers)
    assert reply.status_code == 201, reply.text
    assert reply.json()["version"] == 1
    assert service.latest_version(db) == 1


def test_an_invalid_catalog_names_the_problem_and_publishes_nothing(
        client: TestClient, db: Database, admin_headers: dict[str, str]) -> None:
    files = catalog_files()
    del files["services_civil.json"]["services"][0]["names"]["ar"]
    reply = client.post("/api/v1/admin/catalog", json={"catalog": files},
                        headers=admin_headers)
    assert (reply.status_code, reply.json()["error"]) == (422, "invalid_catalog")
    message = reply.json()["message"]
    assert message.startswith("services_civil.json: entry services[0]")
    assert "names" in message
    assert "/tmp" not in message
    for bad in ({}, {"../evil.json": {}}, {"catalog.schema.json": {}}, {"x.txt": {}},
                {**catalog_files(), "texts.json": []}):
        reply = client.post("/api/v1/admin/catalog", json={"catalog": bad},
                            headers=admin_headers)
        assert reply.status_code == 422, bad
        assert reply.json()["error"] == "invalid_catalog"
    assert service.latest_version(db) is None


@pytest.mark.parametrize("name", ["_domains.json", "-domains.json", "domains..json"])
def test_a_catalog_file_name_the_kiosk_refuses_is_refused_at_publish(
        name: str, client: TestClient, db: Database, admin_headers: dict[str, str],
        tmp_path: Path, settings: ServerSettings, capsys: pytest.CaptureFixture[str]) -> None:
    files = catalog_files()
    files[name] = files.pop("domains.json")  # the same content: only the name is wrong
    reply = client.post("/api/v1/admin/catalog", json={"catalog": files},
                        headers=admin_headers)
    assert (reply.status_code, reply.json()["error"]) == (422, "invalid_catalog")
    message = reply.json()["message"]
    assert message.startswith(f"{name}: ")
    assert "starts with a letter or digit" in message and "never '..'" in message
    with pytest.raises(CatalogError, match="catalog file name"):
        service.check_catalog(files)
    mapping = tmp_path / "catalog.json"
    mapping.write_text(json.dumps(files, ensure_ascii=False), encoding="utf-8")
    assert run(settings, "publish-catalog", str(mapping)) == 2
    assert name in capsys.readouterr().err
    assert service.latest_version(db) is None


def test_publish_catalog_command(tmp_path: Path, settings: ServerSettings, db: Database,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(settings, "publish-catalog", str(CATALOG_DIR)) == 0
    assert "bundle version 1" in capsys.readouterr().out
    mapping = tmp_path / "catalog.json"
    mapping.write_text(json.dumps(catalog_files(), ensure_ascii=False), encoding="utf-8")
    assert run(settings, "publish-catalog", str(mapping)) == 0
    assert service.latest_version(db) == 2

    broken = broken_catalog(tmp_path)
    assert run(settings, "publish-catalog", str(broken)) == 2
    err = capsys.readouterr().err
    assert str(broken / "services_civil.json") in err and "services[0]" in err
    assert "names" in err
    assert run(settings, "publish-catalog", str(CATALOG_DIR / "texts.json")) == 2
    assert "expected a catalog folder" in capsys.readouterr().err
    assert run(settings, "publish-catalog", str(tmp_path / "missing")) == 2
    assert service.latest_version(db) == 2


def test_set_site_and_enrol_code_commands(settings: ServerSettings, db: Database,
                                          client: TestClient, admin_headers: dict[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(settings, "set-site", "TNG01", "--name", "Tanger", "--counters", "3") == 0
    assert "bundle version 1" in capsys.readouterr().out
    assert run(settings, "set-site", "tng-01", "--name", "x", "--counters", "3") == 2
    assert run(settings, "set-site", "TNG01", "--name", "x", "--counters", "0") == 2
    reply = client.put("/api/v1/admin/sites/TNG01", json={"name": "Tanger 2", "counters": 5},
                       headers=admin_headers)
    assert reply.json() == {"code": "TNG01", "name": "Tanger 2", "counters": 5, "version": 2}
    capsys.readouterr()
    assert run(settings, "enrol-code", "--site", "TNG01") == 0
    code = capsys.readouterr().out.strip()
    assert client.post("/api/v1/enrol", json={"code": code, "install_id": "abc"}
                       ).status_code == 201
    assert run(settings, "enrol-code", "--site", "not a site") == 2


def test_files_and_permissions(settings: ServerSettings, capsys: pytest.CaptureFixture[str]
                               ) -> None:
    assert run(settings, "admin-token") == 0
    token = capsys.readouterr().out.strip()
    assert len(token) >= 40
    assert run(settings, "admin-token") == 0
    assert capsys.readouterr().out.strip() == token
    assert stat.S_IMODE(settings.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((settings.data_dir / "admin-token").stat().st_mode) == 0o600


def test_options_before_the_subcommand(settings: ServerSettings,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "--data-dir", str(settings.data_dir), "--database-url",
                 settings.database_url, "enrol-code", "--site", "TNG01"]) == 0
    assert len(capsys.readouterr().out.strip()) == 14


def test_an_unreachable_database_exits_3(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody:secret-pw@127.0.0.1:1/nothing"
    assert main(["server", "devices", "--data-dir", str(tmp_path), "--database-url", url]) == 3
    err = capsys.readouterr().err
    assert "database postgresql+psycopg://nobody:***@127.0.0.1:1/nothing" in err  # said, hidden
    assert "secret-pw" not in err and "DatabaseUnavailable" not in err  # no class names
    assert main(["server", "devices", "--database-url", "mysql://x/y"]) == 2
