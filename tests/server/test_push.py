"""Push: the table of docs/PROTOCOL.md, row by row, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kiosk.server import service
from kiosk.server.db import Database
from kiosk.server.events import canonical_json, content_hash
from tests.server.common import batch, event, events
from tests.server.conftest import Enrolled

PUSH = "/api/v1/events"


def push(client: TestClient, device: Enrolled, evs: list[dict[str, Any]],
         **kwargs: Any) -> Any:
    reply = client.post(PUSH, json=batch(evs, **kwargs), headers=device.headers)
    assert reply.status_code == 200, reply.text
    return reply.json()


def statuses(reply: Any) -> list[tuple[int, str, bool]]:
    return [(r["seq"], r["status"], r["replay"]) for r in reply["results"]]


def test_next_events_are_accepted_in_order(client: TestClient, db: Database,
                                           enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    evs = events(1, 5)
    reply = push(client, device, evs)
    assert reply["last_seq"] == 5
    assert [r["event_id"] for r in reply["results"]] == [e["event_id"] for e in evs]
    assert statuses(reply) == [(s, "accepted", False) for s in range(1, 6)]
    assert all("reason" not in r and "expected_seq" not in r for r in reply["results"])
    stored = service.stored_events(db, device.device_id)
    assert [r.seq for r in stored] == [1, 2, 3, 4, 5]
    assert json.loads(stored[0].payload) == evs[0]["payload"]
    assert stored[0].created_at == evs[0]["created_at"]


def test_a_replayed_batch_gets_the_original_results_with_replay_true(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    evs = [event(1), event(2, type_="ticket.unknown"), event(3, payload=[1, 2])]
    first = push(client, device, evs)
    assert statuses(first) == [(1, "accepted", False), (2, "rejected", False),
                               (3, "rejected", False)]
    again = push(client, device, evs)
    assert statuses(again) == [(1, "accepted", True), (2, "rejected", True),
                               (3, "rejected", True)]
    assert [r.get("reason") for r in again["results"]] == [
        r.get("reason") for r in first["results"]]
    assert again["last_seq"] == 3
    assert service.count_events(db, device.device_id) == 3
    assert _device(db, device)["events_received"] == 3


def test_rejected_events_are_stored_so_last_seq_moves_on(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    reply = push(client, device, [event(1, type_="ticket.teleported"),
                                  event(2, payload="not an object"), event(3)])
    assert statuses(reply) == [(1, "rejected", False), (2, "rejected", False),
                               (3, "accepted", False)]
    assert "unknown event type" in reply["results"][0]["reason"]
    assert "not a JSON object" in reply["results"][1]["reason"]
    stored = service.stored_events(db, device.device_id)
    assert [(r.seq, r.status) for r in stored] == [(1, "rejected"), (2, "rejected"),
                                                   (3, "accepted")]
    assert reply["last_seq"] == 3


def test_same_event_id_with_other_content_is_a_conflict_and_changes_nothing(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    original = event(1)
    push(client, device, [original])
    before = [tuple(r) for r in service.stored_events(db, device.device_id)]
    changed = dict(original, payload={"v": 1, "name": "someone else"})
    reply = push(client, device, [changed, event(2)])
    assert statuses(reply) == [(1, "conflict", False), (2, "accepted", False)]
    assert "different content" in reply["results"][0]["reason"]
    stored = service.stored_events(db, device.device_id)
    assert [tuple(r) for r in stored][:1] == before
    # created_at is part of the content too
    reply = push(client, device, [dict(original, created_at="2030-01-01T00:00:00Z")])
    assert statuses(reply) == [(1, "conflict", False)]


def test_another_event_at_a_used_seq_is_a_conflict(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    push(client, device, events(1, 3))
    reply = push(client, device, [event(2), event(4)])
    assert statuses(reply) == [(2, "conflict", False), (4, "accepted", False)]
    assert "already used" in reply["results"][0]["reason"]
    assert service.count_events(db, device.device_id) == 4


def test_a_gap_stops_the_batch_and_nothing_after_it_is_applied(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    push(client, device, events(1, 2))
    evs = [event(3), event(5), event(6), event(9)]
    reply = push(client, device, evs)
    assert statuses(reply) == [(3, "accepted", False), (5, "gap", False), (6, "gap", False),
                               (9, "gap", False)]
    assert all(r["expected_seq"] == 4 for r in reply["results"][1:])
    assert reply["last_seq"] == 3
    assert service.count_events(db, device.device_id) == 3
    # the missing event arrives: the rest goes through
    reply = push(client, device, [event(4), *evs[1:]])
    assert statuses(reply) == [(4, "accepted", False), (5, "accepted", False),
                               (6, "accepted", False), (9, "gap", False)]


def test_a_batch_not_sorted_or_repeating_is_refused_whole(
        client: TestClient, db: Database, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    one, two = event(1), event(2)
    for evs in ([two, one], [one, dict(two, seq=1)], [one, dict(two, event_id=one["event_id"])],
                []):
        reply = client.post(PUSH, json=batch(evs), headers=device.headers)
        assert reply.status_code == 422, reply.text
        assert reply.json()["error"] == "invalid"
    assert service.count_events(db, device.device_id) == 0
    assert _device(db, device)["last_seq"] == 0


def test_malformed_events_are_refused_without_echoing_the_payload(
        client: TestClient, enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    secret = "AB123456-secret-id"
    for bad in (dict(event(1), seq="1"), dict(event(1), seq=0), dict(event(1), seq=True),
                dict(event(1), event_id=""), dict(event(1), type=""),
                {k: v for k, v in event(1).items() if k != "payload"} | {"cin": secret},
                dict(event(1), created_at="x" * 65)):
        reply = client.post(PUSH, json=batch([bad]), headers=device.headers)
        assert reply.status_code == 422, bad
        assert secret not in reply.text
    too_many = events(1, 1001)
    assert client.post(PUSH, json=batch(too_many), headers=device.headers).status_code == 422
    nan = '{"events": [{"event_id": "a", "seq": 1, "type": "request.created", ' \
          '"created_at": "x", "payload": {"x": NaN}}]}'
    reply = client.post(PUSH, content=nan, headers={**device.headers,
                                                    "Content-Type": "application/json"})
    assert reply.status_code == 422
    assert reply.json()["error"] == "invalid"


def test_device_counters_follow_pushes(client: TestClient, db: Database,
                                       enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    push(client, device, events(1, 4), backlog=10, software_version="0.3.1")
    row = _device(db, device)
    assert (row["events_received"], row["last_seq"], row["backlog"],
            row["software_version"]) == (4, 4, 10, "0.3.1")
    assert row["last_seen_at"] is not None


def test_the_device_clock_is_never_used(client: TestClient,
                                        enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    reply = push(client, device, [event(1, created_at="1999-01-01T00:00:00Z"),
                                  event(2, created_at="2099-12-31T23:59:59+14:00"),
                                  event(3, created_at="not a date at all")])
    assert [r["status"] for r in reply["results"]] == ["accepted"] * 3


def test_event_ids_belong_to_their_device(client: TestClient,
                                          enrol: Callable[..., Enrolled]) -> None:
    one, two = enrol(), enrol()
    shared = event(1)
    assert statuses(push(client, one, [shared])) == [(1, "accepted", False)]
    assert statuses(push(client, two, [shared])) == [(1, "accepted", False)]


def test_a_large_batch_in_one_go(client: TestClient, db: Database,
                                 enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    reply = push(client, device, events(1, 1000))
    assert reply["last_seq"] == 1000
    again = push(client, device, events(1001, 500))
    assert again["last_seq"] == 1500
    assert service.count_events(db, device.device_id) == 1500


def test_content_hash_is_the_canonical_json_of_the_five_fields() -> None:
    ev = event(7, payload={"b": [1, 2.5, None, True], "a": "é\u0000\"", "c": {"z": 1, "y": 2}})
    expected = hashlib.sha256(json.dumps(
        {k: ev[k] for k in ("event_id", "seq", "type", "created_at", "payload")},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
    assert content_hash(ev["event_id"], 7, ev["type"], ev["created_at"],
                        canonical_json(ev["payload"])) == expected


def _device(db: Database, device: Enrolled) -> dict[str, Any]:
    found = [d for d in service.list_devices(db) if d.device_id == device.device_id]
    return found[0].model_dump()


def test_any_json_text_is_stored_and_bad_text_refused(client: TestClient, db: Database,
                                                      enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    odd = {"nul\u0000key": "a\u0000b", "rtl": "فاطمة الزهراء", "emoji": "\U0001F600",
           "deep": [[[[{"x": 1e308, "y": -0.0}]]]]}
    reply = push(client, device, [event(1, payload=odd)])
    assert statuses(reply) == [(1, "accepted", False)]
    (stored,) = service.stored_events(db, device.device_id)
    assert json.loads(stored.payload) == odd
    assert statuses(push(client, device, [event(1, payload=odd,
                                                event_id=reply["results"][0]["event_id"])])
                    ) == [(1, "accepted", True)]
    lone = '{"events": [{"event_id": "b", "seq": 2, "type": "request.created", ' \
           '"created_at": "x", "payload": {"x": "\\ud800"}}]}'
    bad = client.post(PUSH, content=lone, headers={**device.headers,
                                                   "Content-Type": "application/json"})
    assert (bad.status_code, bad.json()["error"]) == (422, "invalid")
    nul = client.post(PUSH, json=batch([event(2, created_at="a\u0000b")]),
                      headers=device.headers)
    assert nul.status_code == 422
