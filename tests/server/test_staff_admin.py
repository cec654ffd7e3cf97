"""Publishing a site's staff accounts over HTTP and with ``kiosk server publish-staff``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kiosk.server import service
from kiosk.server.db import Database
from kiosk.server.settings import ServerSettings
from tests.server.common import catalog_files
from tests.server.conftest import Enrolled
from tests.server.test_admin_cli import run
from tests.server.test_bundle import BUNDLE, open_bundle
from tests.server.test_staff_publish import AMINA, YOUSSEF


def test_publish_staff_over_http(client: TestClient, db: Database,
                                 admin_headers: dict[str, str],
                                 enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    service.publish_catalog(db, service.check_catalog(catalog_files()))
    url = "/api/v1/admin/sites/TNG01/staff"
    assert client.put(url, json={"staff": [AMINA]}).status_code == 401
    reply = client.put(url, headers=admin_headers, json={"staff": [AMINA, YOUSSEF]})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["site_code"] == "TNG01" and body["accounts"] == 2 and len(body["ids"]) == 2
    content = open_bundle(client.get(BUNDLE, headers=device.headers).content,
                          device.centre_key_pem)
    assert [a["name"] for a in content["staff"]] == [AMINA["name"], YOUSSEF["name"]]
    refused = client.put(url, headers=admin_headers,
                         json={"staff": [{**AMINA, "role": "boss"}]})
    assert (refused.status_code, refused.json()["error"]) == (422, "invalid")
    assert "staff[0].role" in refused.json()["message"]


def test_publish_staff_from_the_command_line(settings: ServerSettings, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "staff.json"
    path.write_text(json.dumps({"site": "TNG01", "staff": [AMINA]}), encoding="utf-8")
    assert run(settings, "publish-staff", str(path)) == 0
    assert "staff of site TNG01 published: 1 accounts" in capsys.readouterr().out
    path.write_text(json.dumps({"site": "TNG01", "staff": [{**AMINA, "pin": "135792"}]}),
                    encoding="utf-8")
    assert run(settings, "publish-staff", str(path)) == 2
    err = capsys.readouterr().err
    assert "a PIN is never sent" in err and "Amina" not in err
