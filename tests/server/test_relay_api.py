"""``POST /api/v1/relay``: the centre applies a hall's events per origin device, with the
push's rules, in the hall's order; on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kiosk.domain import queue as rules
from kiosk.server import service
from kiosk.server.db import Database
from tests.server.common import counter, created, event
from tests.server.conftest import Enrolled

RELAY = "/api/v1/relay"


def item(origin: str, ev: dict[str, Any], role: str | None = "kiosk") -> dict[str, Any]:
    body: dict[str, Any] = {"origin_device_id": origin, "event": ev}
    if role is not None:
        body["origin_role"] = role
    return body


def relay(client: TestClient, hall: Enrolled, items: list[dict[str, Any]]) -> list[Any]:
    reply = client.post(RELAY, json={"events": items}, headers=hall.headers)
    assert reply.status_code == 200, reply.text
    results: list[Any] = reply.json()["results"]
    assert [(r["origin_device_id"], r["event_id"], r["seq"]) for r in results] == [
        (i["origin_device_id"], i["event"]["event_id"], i["event"]["seq"]) for i in items]
    return results


def statuses(results: list[Any]) -> list[tuple[str, int, str, bool]]:
    return [(r["origin_device_id"], r["seq"], r["status"], r["replay"]) for r in results]


def test_only_a_hall_may_relay(client: TestClient, enrol: Callable[..., Enrolled]) -> None:
    for role in ("kiosk", "console", "board"):
        device = enrol(role=role)
        reply = client.post(RELAY, json={"events": [item("dev-a", event(1))]},
                            headers=device.headers)
        assert (reply.status_code, reply.json()["error"]) == (403, "forbidden")
    reply = client.post(RELAY, json={"events": [item("dev-a", event(1))]})
    assert (reply.status_code, reply.json()["error"]) == (401, "unauthenticated")


def test_each_origin_gets_its_own_device_once_in_seq_order(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    hall = enrol(role="hall")
    assert hall.station is None
    a, b = [event(s) for s in (1, 2, 3)], [event(s) for s in (1, 2)]
    items = [item("dev-kiosk-a", a[0]), item("dev-console-1", b[0], "console"),
             item("dev-kiosk-a", a[1]), item("dev-console-1", b[1], "console"),
             item("dev-kiosk-a", a[2])]
    assert all(s == "accepted" and not replay
               for _, _, s, replay in statuses(relay(client, hall, items)))
    # a lost reply: the same batch again is a harmless replay
    again = relay(client, hall, items)
    assert all(s == "accepted" and replay for _, _, s, replay in statuses(again))
    devices = {d.device_id: d for d in service.list_devices(db)}
    assert (devices["dev-kiosk-a"].via, devices["dev-kiosk-a"].site_code,
            devices["dev-kiosk-a"].last_seq, devices["dev-kiosk-a"].role) == (
        hall.device_id, "TNG01", 3, "kiosk")
    assert (devices["dev-console-1"].role, devices["dev-console-1"].events_received) == (
        "console", 2)
    stored = service.stored_events(db, "dev-kiosk-a")
    assert [(r.seq, r.event_id) for r in stored] == [(e["seq"], e["event_id"]) for e in a]
    # the arrival order is the batch's
    arrivals = {(r.device_id, r.seq): r.arrival for d in ("dev-kiosk-a", "dev-console-1")
                for r in service.stored_events(db, d)}
    order = sorted(arrivals, key=lambda k: arrivals[k])
    assert order == [("dev-kiosk-a", 1), ("dev-console-1", 1), ("dev-kiosk-a", 2),
                     ("dev-console-1", 2), ("dev-kiosk-a", 3)]


def test_push_rules_per_origin(client: TestClient, db: Database,
                               enrol: Callable[..., Enrolled]) -> None:
    hall = enrol(role="hall")
    relay(client, hall, [item("dev-a", event(1))])
    first = event(2)
    results = relay(client, hall, [
        item("dev-b", event(2)),                      # dev-b is missing seq 1: gap
        item("dev-a", first),
        item("dev-a", event(3, type_="no.such.type")),  # rejected, stored
    ])
    assert [(r["status"], r.get("expected_seq")) for r in results] == [
        ("gap", 1), ("accepted", None), ("rejected", None)]
    # the same id with other content: conflict
    [result] = relay(client, hall, [item("dev-a", {**first, "seq": 4})])
    assert result["status"] == "conflict"
    assert service.count_events(db, "dev-b") == 0
    assert [r.status for r in service.stored_events(db, "dev-a")] == [
        "accepted", "accepted", "rejected"]


def test_a_device_id_of_another_device_is_refused(client: TestClient, db: Database,
                                                  enrol: Callable[..., Enrolled]) -> None:
    hall, other_hall, direct = enrol(role="hall"), enrol(role="hall"), enrol()
    relay(client, other_hall, [item("dev-theirs", event(1))])
    results = relay(client, hall, [item(direct.device_id, event(1)),
                                   item("dev-theirs", event(2)),
                                   item(hall.device_id, event(1)),
                                   item("dev-mine", event(1))])
    assert [r["status"] for r in results] == ["refused", "refused", "refused", "accepted"]
    assert service.count_events(db, direct.device_id) == 0
    assert service.count_events(db, "dev-theirs") == 1
    assert service.count_events(db, hall.device_id) == 0


def test_relayed_devices_cannot_log_in(client: TestClient, enrol: Callable[..., Enrolled]
                                       ) -> None:
    hall = enrol(role="hall")
    relay(client, hall, [item("dev-kiosk-a", event(1))])
    for secret in ("", "x", "0" * 64):
        reply = client.get("/api/v1/queue", params={"day": "2026-11-24"},
                           headers={"Authorization": f"Bearer dev-kiosk-a.{secret}"})
        assert reply.status_code == 401


def test_the_centres_queue_is_the_halls(client: TestClient,
                                        enrol: Callable[..., Enrolled]) -> None:
    hall, viewer = enrol(role="hall"), enrol(role="board")
    ticket = created("C1-001")
    relay(client, hall, [
        item("dev-console-1", event(1, "ticket.called",
                                    counter(rules.TICKET_CALLED, ticket, 1, minute=1)),
             "console"),
        item("dev-console-2", event(1, "ticket.called",
                                    counter(rules.TICKET_CALLED, ticket, 2, minute=0)),
             "console"),
        item("dev-kiosk-a", event(1, "request.created", ticket)),
    ])
    reply = client.get("/api/v1/queue", params={"day": "2026-11-24"}, headers=viewer.headers)
    [shown] = reply.json()["tickets"]
    assert (shown["number"], shown["state"], shown["counter"]) == ("C1-001", "called", 1)


def test_malformed_relays_are_invalid(client: TestClient,
                                      enrol: Callable[..., Enrolled]) -> None:
    hall = enrol(role="hall")
    same = event(1)
    for body in ({"events": []},
                 {"events": [item("dev-a", event(2)), item("dev-a", event(1))]},
                 {"events": [item("dev-a", same), item("dev-a", {**same, "seq": 2})]},
                 {"events": [item("bad id", event(1))]},
                 {"events": [item("dev-a", event(1), role="printer")]},
                 {"events": [{"event": event(1)}]},
                 {"events": [item("d" * 33, event(1))]}):
        reply = client.post(RELAY, json=body, headers=hall.headers)
        assert (reply.status_code, reply.json()["error"]) == (422, "invalid"), body


def test_the_relay_status_of_a_server_that_does_not_relay(
        client: TestClient, admin_headers: dict[str, str]) -> None:
    reply = client.get("/api/v1/admin/relay", headers=admin_headers)
    assert reply.status_code == 200
    assert reply.json()["upstream_url"] is None and reply.json()["pending"] == 0
    assert client.get("/api/v1/admin/relay").status_code == 401


def test_a_hall_enrols_like_any_device(enrol: Callable[..., Enrolled]) -> None:
    hall = enrol(role="hall", install_id=str(uuid.uuid4()))
    assert (hall.role, hall.station) == ("hall", None)
