"""Staff accounts published by the centre: checked by the kiosk's own rules, kept per
site, sent in that site's bundle only, and accepted by the kiosk as they come."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from kiosk.errors import InputError
from kiosk.keys import parse_public_key
from kiosk.server import service
from kiosk.server.db import Database
from kiosk.server.schema import releases
from kiosk.server.service.staff import publish_staff, read_staff_file
from kiosk.sync.bundles import verify_bundle
from tests.server.common import catalog_files
from tests.server.conftest import Enrolled
from tests.server.test_bundle import BUNDLE, open_bundle

HASH = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1,
                      type=Type.ID).hash("135792")
AMINA = {"name": "Amina El Idrissi", "role": "agent", "pin_hash": HASH}
YOUSSEF = {"name": "Youssef Alaoui", "role": "supervisor", "pin_hash": HASH}


def versions(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(releases)).scalar_one())


def test_a_sites_accounts_come_down_in_its_bundle_only(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    here, elsewhere = enrol("TNG01"), enrol("CAS02")
    service.publish_catalog(db, service.check_catalog(catalog_files()))
    reply = publish_staff(db, "TNG01", [AMINA, {**YOUSSEF, "id": "c-youssef"}])
    assert reply.accounts == 2 and reply.ids[1] == "c-youssef"
    got = client.get(BUNDLE, headers=here.headers)
    assert got.status_code == 200 and got.headers["X-Bundle-Version"] == str(reply.version)
    content = open_bundle(got.content, here.centre_key_pem)
    assert content["staff"] == [{"id": reply.ids[0], **AMINA},
                                {"id": "c-youssef", **YOUSSEF}]
    other = open_bundle(client.get(BUNDLE, headers=elsewhere.headers).content,
                        elsewhere.centre_key_pem)
    assert "staff" not in other  # never published for CAS02: its devices keep theirs
    # the kiosk's own check accepts what the centre sends
    bundle = verify_bundle(got.content, parse_public_key(here.centre_key_pem),
                           site_code="TNG01", active_version=0)
    assert bundle.staff is not None
    assert [(a.id, a.role) for a in bundle.staff] == [(reply.ids[0], "agent"),
                                                       ("c-youssef", "supervisor")]


def test_publishing_again_keeps_the_ids_of_the_same_names(db: Database) -> None:
    first = publish_staff(db, "TNG01", [AMINA, YOUSSEF])
    second = publish_staff(db, "TNG01", [{**YOUSSEF, "name": "YOUSSEF ALAOUI"},
                                         {**AMINA, "role": "supervisor"},
                                         {"name": "Salma", "role": "field",
                                          "pin_hash": HASH}])
    assert second.ids[:2] == [first.ids[1], first.ids[0]]
    assert second.ids[2] not in first.ids
    assert second.version == first.version + 1
    emptied = publish_staff(db, "TNG01", [])
    assert emptied.accounts == 0 and emptied.version == second.version + 1


@pytest.mark.parametrize(("entries", "where"), [
    ([{**AMINA, "role": "boss"}], "staff[0].role"),
    ([AMINA, {**YOUSSEF, "name": "amina el idrissi"}], "staff[1].name"),
    ([{**AMINA, "pin": "135792"}], "staff[0].pin: a PIN is never sent"),
    ([{**AMINA, "pin_hash": "135792"}], "staff[0].pin_hash"),
    ([{**AMINA, "pin_hash": HASH.replace("m=8192", "m=4194304")}], "staff[0].pin_hash"),
    ([{**AMINA, "email": "a@example.com"}], "staff[0]: unknown field 'email'"),
    ([{**AMINA, "id": "has space"}], "staff[0].id"),
    ([{**AMINA, "name": None}], "staff[0].name: not text"),
    (["Amina"], "staff[0]: not an object"),
])
def test_a_bad_list_is_refused_and_changes_nothing(db: Database, entries: list[Any],
                                                   where: str) -> None:
    publish_staff(db, "TNG01", [AMINA])
    before = versions(db)
    with pytest.raises(service.Invalid) as refused:
        publish_staff(db, "TNG01", entries)
    assert str(refused.value).startswith(where)
    assert "Amina" not in str(refused.value) and "amina" not in str(refused.value)
    assert versions(db) == before
    with pytest.raises(service.Invalid, match="site code"):
        publish_staff(db, "tng 01", [AMINA])


def test_the_staff_file(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "staff.json"
    path.write_text(json.dumps({"site": "TNG01", "staff": [AMINA]}, ensure_ascii=False),
                    encoding="utf-8")
    site, entries = read_staff_file(path)
    assert site == "TNG01" and publish_staff(db, site, entries).accounts == 1
    for text, why in (('{"site": "TNG01"}', "expected"),
                      ('{"site": "TNG01", "staff": {}}', "staff: not a list"),
                      ('{"site": 1, "staff": []}', "site"),
                      ('{"site": "TNG01", "site": "CAS02", "staff": []}', "repeated"),
                      ("[]", "expected"), ("not json", "JSON")):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=why):
            read_staff_file(path)
    with pytest.raises(InputError, match="cannot be read"):
        read_staff_file(tmp_path / "missing.json")
