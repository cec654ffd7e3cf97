"""Enrolment codes, enrolment, and the device and admin credentials."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta

from fastapi.testclient import TestClient

from kiosk.server import service
from kiosk.server.db import Database
from tests.server.common import batch, event, events, new_key_pem
from tests.server.conftest import Enrolled

ENROL = "/api/v1/enrol"
CODE_RE = re.compile(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")


def _enrol(client: TestClient, code: str, install_id: str | None = None) -> tuple[int, dict]:
    reply = client.post(ENROL, json={"code": code, "install_id": install_id or str(uuid.uuid4()),
                                     "software_version": "0.2.0"})
    return reply.status_code, reply.json()


def test_a_code_enrols_one_device_once(client: TestClient, db: Database,
                                       admin_headers: dict[str, str]) -> None:
    reply = client.post("/api/v1/admin/enrol-codes", json={"site_code": "TNG01"},
                        headers=admin_headers)
    assert reply.status_code == 201
    code = reply.json()["code"]
    assert CODE_RE.fullmatch(code)
    status, body = _enrol(client, code)
    assert status == 201
    assert re.fullmatch(r"dev-[0-9a-f]{16}", body["device_id"])
    assert body["credential"].startswith(body["device_id"] + ".")
    assert body["site_code"] == "TNG01"
    assert "BEGIN PUBLIC KEY" in body["centre_key_pem"]
    status, again = _enrol(client, code)
    assert (status, again["error"]) == (403, "bad_code")
    assert [d.device_id for d in service.list_devices(db)] == [body["device_id"]]


def test_codes_are_typed_loosely_and_unknown_codes_are_refused(client: TestClient,
                                                                db: Database) -> None:
    code = service.make_enrol_code(db, "RBA02").code
    status, body = _enrol(client, code.lower().replace("-", " "))
    assert status == 201
    assert body["site_code"] == "RBA02"
    assert _enrol(client, "AAAA-BBBB-CCCC")[1]["error"] == "bad_code"


def test_an_expired_code_is_refused(client: TestClient, db: Database) -> None:
    code = service.make_enrol_code(db, "TNG01",
                                   now=service.utcnow() - timedelta(hours=24, seconds=1)).code
    status, body = _enrol(client, code)
    assert (status, body["error"]) == (403, "bad_code")
    fresh = service.make_enrol_code(db, "TNG01",
                                    now=service.utcnow() - timedelta(hours=23, minutes=59)).code
    assert _enrol(client, fresh)[0] == 201


def test_only_the_hash_of_a_code_is_stored(db: Database) -> None:
    from sqlalchemy import select

    from kiosk.server.schema import enrol_codes
    code = service.make_enrol_code(db, "TNG01").code
    with db.read() as conn:
        stored = conn.execute(select(enrol_codes)).one()
    assert code not in str(tuple(stored))
    assert service.normalise_code(code) not in str(tuple(stored))


def test_the_same_install_enrolled_again_keeps_its_device_and_seq(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    first = enrol()
    assert client.post("/api/v1/events", json=batch(events(1, 3)),
                       headers=first.headers).json()["last_seq"] == 3
    service.revoke(db, first.device_id)
    again = enrol(install_id=first.install_id)
    assert again.device_id == first.device_id
    assert again.credential != first.credential
    old = client.post("/api/v1/events", json=batch([event(4)]), headers=first.headers)
    assert (old.status_code, old.json()["error"]) == (401, "unauthenticated")
    reply = client.post("/api/v1/events", json=batch([event(4)]), headers=again.headers)
    assert reply.json()["last_seq"] == 4
    (info,) = service.list_devices(db)
    assert not info.revoked
    assert info.events_received == 4


def test_a_ticket_key_must_be_a_public_key(client: TestClient, db: Database) -> None:
    code = service.make_enrol_code(db, "TNG01").code
    for bad in ("not a key", new_key_pem().replace("MC", "XX", 1)):
        reply = client.post(ENROL, json={"code": code, "install_id": str(uuid.uuid4()),
                                         "ticket_key_pem": bad})
        assert (reply.status_code, reply.json()["error"]) == (422, "invalid")
    # the refused attempt did not use the code up
    reply = client.post(ENROL, json={"code": code, "install_id": str(uuid.uuid4()),
                                     "ticket_key_pem": new_key_pem()})
    assert reply.status_code == 201


def test_malformed_enrolments_are_invalid(client: TestClient) -> None:
    for body in ({}, {"code": "X"}, {"code": "X", "install_id": "bad id"},
                 {"code": 5, "install_id": "a"}, [1, 2]):
        reply = client.post(ENROL, json=body)
        assert (reply.status_code, reply.json()["error"]) == (422, "invalid"), body


def test_device_credentials(client: TestClient, db: Database,
                            enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    body = batch([event(1)])
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer nodot"},
                    {"Authorization": f"Bearer {device.device_id}.wrong"},
                    {"Authorization": f"Bearer dev-00000000.{device.credential.split('.')[1]}"},
                    {"Authorization": f"Bearer {device.credential}x"}):
        for reply in (client.post("/api/v1/events", json=body, headers=headers),
                      client.get("/api/v1/bundle", headers=headers)):
            assert reply.status_code == 401, headers
            assert reply.json()["error"] == "unauthenticated"
    service.revoke(db, device.device_id)
    for reply in (client.post("/api/v1/events", json=body, headers=device.headers),
                  client.get("/api/v1/bundle", headers=device.headers)):
        assert (reply.status_code, reply.json()["error"]) == (401, "revoked")
    assert service.count_events(db) == 0


def test_admin_endpoints_need_the_admin_token(client: TestClient,
                                              enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    for headers in ({}, {"Authorization": "Bearer wrong"}, device.headers):
        for method, path, body in (("POST", "/api/v1/admin/enrol-codes", {"site_code": "A"}),
                                   ("GET", "/api/v1/admin/devices", None),
                                   ("POST", f"/api/v1/admin/devices/{device.device_id}/revoke",
                                    None),
                                   ("POST", "/api/v1/admin/catalog", {"catalog": {}}),
                                   ("PUT", "/api/v1/admin/sites/TNG01",
                                    {"name": "x", "counters": 2})):
            reply = client.request(method, path, json=body, headers=headers)
            assert (reply.status_code, reply.json()["error"]) == (401, "unauthenticated")


def test_errors_have_the_error_body(client: TestClient) -> None:
    for reply, status, code in (
            (client.get("/nowhere"), 404, "not_found"),
            (client.get("/api/v1/enrol"), 405, "method_not_allowed"),
            (client.post(ENROL, content=b"{not json", headers={
                "Content-Type": "application/json"}), 422, "invalid"),
            (client.post(ENROL, content=b"x" * (16 * 1024 * 1024 + 1), headers={
                "Content-Type": "application/json"}), 413, "too_large")):
        assert reply.status_code == status
        assert reply.json()["error"] == code
        assert isinstance(reply.json()["message"], str)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(17):
            yield b"x" * (1024 * 1024)

    reply = client.post(ENROL, content=chunks(), headers={"Content-Type": "application/json"})
    assert (reply.status_code, reply.json()["error"]) == (413, "too_large")


def test_health(client: TestClient) -> None:
    reply = client.get("/api/v1/health")
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok"
