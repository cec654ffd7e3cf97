"""Enrolment roles and kiosk stations: ticket numbers never collide between kiosks."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from fastapi.testclient import TestClient

from kiosk.server import service
from kiosk.server.db import Database
from tests.server.conftest import Enrolled

ENROL = "/api/v1/enrol"


def test_kiosks_are_numbered_per_site_and_others_get_no_station(
        enrol: Callable[..., Enrolled]) -> None:
    first, console, board, second = (enrol(), enrol(role="console"), enrol(role="board"),
                                     enrol(role="kiosk"))
    other_site = enrol(site="RBA01")
    assert [(d.role, d.station) for d in (first, console, board, second, other_site)] == [
        ("kiosk", 1), ("console", None), ("board", None), ("kiosk", 2), ("kiosk", 1)]


def test_the_same_install_keeps_its_station(db: Database,
                                            enrol: Callable[..., Enrolled]) -> None:
    first, second = enrol(), enrol()
    assert enrol(install_id=first.install_id).station == 1
    assert enrol(install_id=second.install_id).station == 2
    listed = {d.device_id: (d.role, d.station) for d in service.list_devices(db)}
    assert listed == {first.device_id: ("kiosk", 1), second.device_id: ("kiosk", 2)}


def test_a_revoked_kiosks_station_is_given_again(db: Database,
                                                 enrol: Callable[..., Enrolled]) -> None:
    first, second = enrol(), enrol()
    service.revoke(db, first.device_id)
    third = enrol()
    assert third.station == 1
    # the revoked kiosk, enrolled again, gets a free station, not its taken one
    assert enrol(install_id=first.install_id).station == 3
    assert enrol(install_id=second.install_id).station == 2


def test_a_kiosk_that_becomes_a_console_frees_its_station(
        enrol: Callable[..., Enrolled]) -> None:
    first = enrol()
    assert enrol(install_id=first.install_id, role="console").station is None
    assert enrol().station == 1


def test_nine_kiosks_per_site_and_the_tenth_keeps_its_code(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    assert [enrol().station for _ in range(9)] == list(range(1, 10))
    code = service.make_enrol_code(db, "TNG01").code
    reply = client.post(ENROL, json={"code": code, "install_id": str(uuid.uuid4())})
    assert (reply.status_code, reply.json()["error"]) == (409, "no_station")
    # the code was not used up: a console can still use it
    reply = client.post(ENROL, json={"code": code, "install_id": str(uuid.uuid4()),
                                     "role": "console"})
    assert reply.status_code == 201 and reply.json()["station"] is None


def test_an_unknown_role_is_invalid(client: TestClient, db: Database) -> None:
    code = service.make_enrol_code(db, "TNG01").code
    for role in ("printer", "", 1, None):
        reply = client.post(ENROL, json={"code": code, "install_id": str(uuid.uuid4()),
                                         "role": role})
        assert (reply.status_code, reply.json()["error"]) == (422, "invalid"), role
