"""The queue projection and the queue API, on SQLite and PostgreSQL.

Tickets are made by kiosks' ``request.created`` and moved by consoles' counter events,
exactly by the rules of kiosk.domain.queue, in the order the events reach the server.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kiosk.domain import queue as rules
from kiosk.server import service
from kiosk.server.db import Database
from tests.server.common import DAY, VISITOR, batch, counter, created
from tests.server.conftest import Enrolled

QUEUE = "/api/v1/queue"


@dataclass
class Device:
    """An enrolled device that numbers its own events."""

    client: TestClient
    enrolled: Enrolled
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)

    def send(self, type_: str, payload: Any) -> dict[str, Any]:
        """Push one event; its result."""
        self.seq += 1
        ev = {"event_id": str(uuid.uuid4()), "seq": self.seq, "type": type_,
              "created_at": "2026-11-24T10:00:00+01:00", "payload": payload}
        self.sent.append(ev)
        return self.push([ev])[0]

    def push(self, evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        reply = self.client.post("/api/v1/events", json=batch(evs),
                                 headers=self.enrolled.headers)
        assert reply.status_code == 200, reply.text
        results: list[dict[str, Any]] = reply.json()["results"]
        return results

    def queue(self, day: str = DAY.isoformat()) -> dict[str, Any]:
        reply = self.client.get(QUEUE, params={"day": day}, headers=self.enrolled.headers)
        assert reply.status_code == 200, reply.text
        body: dict[str, Any] = reply.json()
        return body

    def tickets(self) -> dict[str, dict[str, Any]]:
        return {t["number"]: t for t in self.queue()["tickets"]}


@pytest.fixture
def device(client: TestClient, enrol: Callable[..., Enrolled]) -> Callable[..., Device]:
    def make(role: str = "kiosk", site: str = "TNG01") -> Device:
        return Device(client, enrol(site=site, role=role))
    return make


def test_a_ticket_waits_is_called_and_served(device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    ticket = created("C1-001", minute=5, priority="elderly")
    assert kiosk.send("request.created", ticket)["status"] == "accepted"
    body = console.queue()
    assert (body["site_code"], body["day"]) == ("TNG01", DAY.isoformat())
    [shown] = body["tickets"]
    assert (shown["number"], shown["state"], shown["group"], shown["priority"],
            shown["counter"], shown["recalls"]) == ("C1-001", "waiting", "C", "elderly",
                                                     None, 0)
    assert shown["issued_at"] == "2026-11-24T08:05:00Z"  # UTC
    assert VISITOR not in str(body)  # the queue holds no personal data
    console.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 2, minute=1))
    console.send("ticket.recalled", counter(rules.TICKET_RECALLED, ticket, 2, minute=2))
    assert console.tickets()["C1-001"]["state"] == "called"
    assert console.tickets()["C1-001"]["recalls"] == 1
    console.send("ticket.served", counter(rules.TICKET_SERVED, ticket, 2, minute=9,
                                          outcome="done"))
    served = console.tickets()["C1-001"]
    assert (served["state"], served["counter"], served["outcome"]) == ("served", 2, "done")
    assert served["called_at"] == "2026-11-24T09:02:00Z"
    assert served["served_at"] == "2026-11-24T09:09:00Z"


def test_the_requests_details_for_the_counter(client: TestClient,
                                              device: Callable[..., Device]) -> None:
    kiosk, console, elsewhere = device(), device("console"), device("console", site="RBA01")
    ticket = created("C1-001")
    kiosk.send("request.created", ticket)
    rid = ticket["ticket"]["request_id"]
    reply = client.get(f"{QUEUE}/requests/{rid}", headers=console.enrolled.headers)
    assert reply.status_code == 200, reply.text
    details = reply.json()
    assert details["fields"] == {"full_name": VISITOR, "cnie": "AB123456"}
    assert (details["service_id"], details["lang"], details["documents_ready"],
            details["scans"]) == ("cnie", "fr", ["cnie"], [{"kind": "cnie", "verdict": "valid"}])
    # another site's device sees neither the ticket nor the details
    assert elsewhere.queue()["tickets"] == []
    for rid_asked, who in ((rid, elsewhere), (str(uuid.uuid4()), console)):
        reply = client.get(f"{QUEUE}/requests/{rid_asked}", headers=who.enrolled.headers)
        assert (reply.status_code, reply.json()["error"]) == (404, "not_found")


def test_the_queue_needs_a_device_credential(client: TestClient,
                                            device: Callable[..., Device]) -> None:
    for headers in ({}, {"Authorization": "Bearer dev-x.y"}):
        reply = client.get(QUEUE, params={"day": DAY.isoformat()}, headers=headers)
        assert (reply.status_code, reply.json()["error"]) == (401, "unauthenticated")
        reply = client.get(f"{QUEUE}/requests/abc", headers=headers)
        assert reply.status_code == 401
    console = device("console")
    for bad in ("2026-13-01", "yesterday", ""):
        reply = client.get(QUEUE, params={"day": bad}, headers=console.enrolled.headers)
        assert (reply.status_code, reply.json()["error"]) == (422, "invalid")


def test_only_the_days_tickets_in_issue_order(device: Callable[..., Device]) -> None:
    kiosk = device()
    for number, minute in (("C1-002", 20), ("C1-001", 10), ("C1-003", 30)):
        kiosk.send("request.created", created(number, minute=minute))
    kiosk.send("request.created", created("C1-001", day=DAY.replace(day=25)))
    assert [t["number"] for t in kiosk.queue()["tickets"]] == ["C1-001", "C1-002", "C1-003"]
    assert [t["number"] for t in kiosk.queue("2026-11-25")["tickets"]] == ["C1-001"]


def test_a_counter_event_before_its_ticket_waits_for_it(device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    ticket = created("C1-001")
    console.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 1, minute=1))
    console.send("ticket.served", counter(rules.TICKET_SERVED, ticket, 1, minute=4,
                                          outcome="referred"))
    assert kiosk.tickets() == {}
    kiosk.send("request.created", ticket)
    shown = kiosk.tickets()["C1-001"]
    assert (shown["state"], shown["counter"], shown["outcome"]) == ("served", 1, "referred")


def test_the_first_call_to_arrive_keeps_the_ticket(device: Callable[..., Device]) -> None:
    kiosk, first, second = device(), device("console"), device("console")
    ticket = created("C1-001")
    kiosk.send("request.created", ticket)
    # the second counter's clock says it called earlier: arrival decides, not clocks
    first.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 1, minute=5))
    second.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 2, minute=1))
    second.send("ticket.served", counter(rules.TICKET_SERVED, ticket, 2, minute=6,
                                         outcome="done"))
    shown = kiosk.tickets()["C1-001"]
    assert (shown["state"], shown["counter"]) == ("called", 1)


def test_transfer_cancel_and_no_show(device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    a, b, c = created("C1-001", 1), created("C1-002", 2), created("C1-003", 3)
    for ticket in (a, b, c):
        kiosk.send("request.created", ticket)
    console.send("ticket.transferred", counter(rules.TICKET_TRANSFERRED, a, 1, minute=1,
                                               from_group="C", to_group="P"))
    kiosk.send("ticket.cancelled", {"v": 1, "device_id": "k", "request_id":
                                    b["ticket"]["request_id"], "number": "C1-002",
                                    "site_code": "TNG01", "day": DAY.isoformat(),
                                    "at": "2026-11-24T10:03:00+01:00"})
    console.send("ticket.called", counter(rules.TICKET_CALLED, c, 1, minute=4))
    console.send("ticket.no_show", counter(rules.TICKET_NO_SHOW, c, 1, minute=8))
    shown = kiosk.tickets()
    assert (shown["C1-001"]["state"], shown["C1-001"]["group"],
            shown["C1-001"]["transferred_from"]) == ("waiting", "P", "C")
    assert shown["C1-002"]["state"] == "cancelled"
    assert shown["C1-003"]["state"] == "no_show"


def test_a_replayed_event_moves_nothing_twice(device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    ticket = created("C1-001")
    kiosk.send("request.created", ticket)
    console.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 1, minute=1))
    console.send("ticket.recalled", counter(rules.TICKET_RECALLED, ticket, 1, minute=2))
    again = console.push(console.sent)
    assert all(r["replay"] for r in again)
    assert kiosk.tickets()["C1-001"]["recalls"] == 1


def test_a_bad_payload_is_stored_but_left_out_of_the_queue(
        device: Callable[..., Device], db: Database, caplog: pytest.LogCaptureFixture) -> None:
    kiosk, console = device(), device("console")
    ticket = created("C1-001")
    kiosk.send("request.created", ticket)
    caplog.set_level(logging.WARNING)
    bad_created = created("C1-002")
    del bad_created["ticket"]["issued_at"]
    bad_created["request"]["fields"]["full_name"] = "Secret Name"
    results = [kiosk.send("request.created", bad_created),
               console.send("ticket.called", {"request_id": ticket["ticket"]["request_id"],
                                              "counter": "one", "name": "Secret Name"}),
               console.send("ticket.served", counter(rules.TICKET_SERVED, ticket, 1, 3,
                                                     outcome="teleported"))]
    assert [r["status"] for r in results] == ["accepted"] * 3
    assert service.count_events(db) == 4
    assert kiosk.tickets()["C1-001"]["state"] == "waiting"
    assert set(kiosk.tickets()) == {"C1-001"}
    logged = caplog.text
    assert kiosk.sent[1]["event_id"] in logged and console.sent[0]["event_id"] in logged
    assert "not applied to the queue" in logged
    assert "Secret Name" not in logged and "teleported" not in logged


def test_a_device_moves_only_tickets_of_its_own_site(device: Callable[..., Device]) -> None:
    kiosk, stranger = device(), device("console", site="RBA01")
    ticket = created("C1-001")
    kiosk.send("request.created", ticket)
    stranger.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 1, minute=1))
    assert kiosk.tickets()["C1-001"]["state"] == "waiting"


def test_a_ticket_carries_the_issuing_devices_site(device: Callable[..., Device]) -> None:
    kiosk = device()
    kiosk.send("request.created", created("C1-001", site="OTHER"))
    [shown] = kiosk.queue()["tickets"]
    assert shown["site_code"] == "TNG01"


def test_concurrent_pushes_agree_on_who_called_first(
        db: Database, enrol: Callable[..., Enrolled]) -> None:
    """Eight counters call one ticket at once while two kiosks issue: no error, one
    winner, and it is the call that arrived first (the lowest arrival number)."""
    import threading

    from sqlalchemy import select

    from kiosk.server.models import PushRequest
    from kiosk.server.schema import events as events_table
    from tests.server.common import event

    kiosk = enrol()
    ticket = created("C1-001")
    service.push(db, kiosk.device_id, PushRequest.model_validate(
        {"events": [event(1, "request.created", ticket)]}))
    consoles = [enrol(role="console") for _ in range(8)]
    kiosks = [enrol() for _ in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(consoles) + len(kiosks))

    def call(device: Enrolled, number: int) -> None:
        try:
            start.wait()
            service.push(db, device.device_id, PushRequest.model_validate({"events": [
                event(1, "ticket.called", counter(rules.TICKET_CALLED, ticket, number, 1))]}))
        except BaseException as exc:
            errors.append(exc)

    def issue(device: Enrolled, station: int) -> None:
        try:
            start.wait()
            service.push(db, device.device_id, PushRequest.model_validate({"events": [
                event(s, "request.created", created(f"C{station}-{s:03d}", minute=s))
                for s in range(1, 21)]}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(c, n + 1)) for n, c in enumerate(consoles)]
    threads += [threading.Thread(target=issue, args=(k, n + 2)) for n, k in enumerate(kiosks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with db.read() as conn:
        rows = conn.execute(select(events_table.c.device_id, events_table.c.type,
                                   events_table.c.arrival)
                            .order_by(events_table.c.arrival)).all()
    assert [r.arrival for r in rows] == list(range(1, len(rows) + 1)) and len(rows) == 49
    first_call = next(r for r in rows if r.type == "ticket.called")
    winner = [c.device_id for c in consoles].index(first_call.device_id) + 1
    shown = service.day_queue(db, "TNG01", DAY).tickets
    assert len(shown) == 41
    [called] = [t for t in shown if t.number == "C1-001"]
    assert (called.state, called.counter) == ("called", winner)
