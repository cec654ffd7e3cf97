"""The retention purge on a server (hall or centre), on SQLite and PostgreSQL.

What a visitor was promised: their details are erased after the retention period,
everywhere they went.  What an operator needs: tickets, times and counts stay, a
device resending an old event is still recognised, and a hall server never erases
what it has not relayed to the centre yet.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from kiosk.domain import queue as rules
from kiosk.server.db import Database
from kiosk.server.schema import devices, events
from kiosk.server.service.purge import purge_personal_data
from kiosk.server.settings import ServerSettings
from tests.server.common import VISITOR, counter, created
from tests.server.conftest import Enrolled
from tests.server.test_admin_cli import run
from tests.server.test_server_queue import QUEUE, Device


@pytest.fixture
def device(client: TestClient, enrol: Callable[..., Enrolled]) -> Callable[..., Device]:
    def make(role: str = "kiosk") -> Device:
        return Device(client, enrol(role=role))
    return make


NOTE = "Mme Bennani reviendra avec l'acte de naissance de sa fille"
COMMENT = "Très bien accueillie, merci à Karim"


def payloads(db: Database) -> dict[str, dict[str, Any]]:
    """Every stored payload by event type (the last of each type)."""
    with db.read() as conn:
        return {row.type: json.loads(row.payload)
                for row in conn.execute(select(events.c.type, events.c.payload)
                                        .order_by(events.c.arrival))}


def a_served_visit(kiosk: Device, console: Device) -> dict[str, Any]:
    """A ticket with details, served with a note, and the visitor's feedback."""
    ticket = created("C1-001", minute=5)
    assert kiosk.send("request.created", ticket)["status"] == "accepted"
    console.send("ticket.called", counter(rules.TICKET_CALLED, ticket, 2, minute=1))
    console.send("ticket.served", counter(rules.TICKET_SERVED, ticket, 2, minute=9,
                                          outcome="done", note=NOTE))
    kiosk.send("feedback.given", {"v": 1, "feedback": {
        "id": str(uuid.uuid4()), "rating": 5, "comment": COMMENT, "complaint": False,
        "service_id": "cnie", "day": "2026-11-24"}})
    return ticket


def details(client: TestClient, console: Device, ticket: dict[str, Any]) -> dict[str, Any]:
    reply = client.get(f"{QUEUE}/requests/{ticket['ticket']['request_id']}",
                       headers=console.enrolled.headers)
    assert reply.status_code == 200, reply.text
    body: dict[str, Any] = reply.json()
    return body


def test_details_older_than_the_period_are_erased_and_the_queue_stays(
        client: TestClient, db: Database, device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    ticket = a_served_visit(kiosk, console)
    queue_before = console.queue()
    now = datetime.now(UTC)
    # received a moment ago: a purge for "older than a day" leaves everything
    assert purge_personal_data(db, now - timedelta(days=1), relaying=False, now=now).total == 0
    assert details(client, console, ticket)["fields"]["full_name"] == VISITOR
    # the period is over for all of it
    done = purge_personal_data(db, now + timedelta(seconds=1), relaying=False, now=now)
    assert (done.requests, done.notes, done.comments) == (1, 1, 1)
    stored = payloads(db)
    assert stored["request.created"]["request"]["fields"] == {}
    assert stored["request.created"]["request"]["scans"] == []
    assert stored["request.created"]["request"]["fields_purged"] is True
    assert stored["ticket.served"]["note"] is None
    assert stored["feedback.given"]["feedback"]["comment"] is None
    everything = json.dumps(stored, ensure_ascii=False)
    for personal in (VISITOR, "AB123456", NOTE, COMMENT):
        assert personal not in everything
    shown = details(client, console, ticket)
    assert (shown["fields"], shown["scans"]) == ({}, [])
    assert console.queue()["tickets"] == queue_before["tickets"]  # states, times: the same
    # each event is erased once: the next purge has nothing to do
    assert purge_personal_data(db, now + timedelta(seconds=1), relaying=False,
                               now=now).total == 0


def test_a_resent_event_is_still_recognised_after_the_purge(
        db: Database, device: Callable[..., Device]) -> None:
    """A kiosk whose reply was lost before the purge sends the same event again: it is
    a replay (the content hash is kept), not a conflict that would dead-letter it."""
    kiosk, console = device(), device("console")
    a_served_visit(kiosk, console)
    now = datetime.now(UTC)
    purge_personal_data(db, now + timedelta(seconds=1), relaying=False, now=now)
    [result] = kiosk.push([kiosk.sent[0]])
    assert (result["status"], result.get("replay")) == ("accepted", True)


def test_a_hall_server_keeps_what_the_centre_does_not_have_yet(
        db: Database, device: Callable[..., Device]) -> None:
    kiosk, console = device(), device("console")
    a_served_visit(kiosk, console)
    now = datetime.now(UTC)
    later = now + timedelta(seconds=1)
    assert purge_personal_data(db, later, relaying=True, now=now).total == 0
    assert payloads(db)["request.created"]["request"]["fields"]["full_name"] == VISITOR
    # the relay has taken the kiosk's first event (request.created) to the centre
    with db.write() as conn:
        conn.execute(update(devices).where(devices.c.id == kiosk.enrolled.device_id)
                     .values(relayed_seq=1))
    done = purge_personal_data(db, later, relaying=True, now=now)
    assert (done.requests, done.notes, done.comments) == (1, 0, 0)
    stored = payloads(db)
    assert stored["request.created"]["request"]["fields"] == {}
    assert stored["ticket.served"]["note"] == NOTE  # the console's: not relayed yet
    assert stored["feedback.given"]["feedback"]["comment"] == COMMENT


def test_kiosk_server_purge_from_the_command_line(
        settings: ServerSettings, db: Database, device: Callable[..., Device],
        capsys: pytest.CaptureFixture[str]) -> None:
    kiosk, console = device(), device("console")
    a_served_visit(kiosk, console)
    assert run(settings, "purge", "--retention-days", "90") == 0
    assert capsys.readouterr().out.startswith(
        "erased the personal details of 0 requests, 0 counter notes and 0 feedback comments")
    assert payloads(db)["ticket.served"]["note"] == NOTE
    assert run(settings, "purge", "--retention-days", "0") == 2
    assert "--retention-days: 1 to 3650" in capsys.readouterr().err
    if db.is_sqlite:  # the erased text is gone from the file, not only from the rows
        with db.write() as conn:
            conn.execute(update(events).values(received_at=datetime(2020, 1, 1, tzinfo=UTC)))
        assert run(settings, "purge", "--retention-days", "90") == 0
        assert "of 1 requests, 1 counter notes and 1 feedback comments" in (
            capsys.readouterr().out)
        db.dispose()
        path = settings.database_url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        content = Path(path).read_bytes()
        for personal in (VISITOR, NOTE):
            assert personal.encode() not in content


def test_the_servers_purge_thread_erases_on_its_own(
        db: Database, device: Callable[..., Device]) -> None:
    """What `kiosk server` runs beside the HTTP workers: a purge soon after start, with
    the cutoff the retention period before its clock."""
    import time

    from kiosk.server.purger import RetentionPurger
    kiosk, console = device(), device("console")
    a_served_visit(kiosk, console)
    in_100_days = datetime.now(UTC) + timedelta(days=100)
    purger = RetentionPurger(db, 90, relaying=False, first_after_s=0.0,
                             clock=lambda: in_100_days)
    purger.start()
    try:
        deadline = time.monotonic() + 20
        while purger.last is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        purger.stop()
    assert purger.last is not None and purger.last.total == 3
    assert payloads(db)["ticket.served"]["note"] is None


def test_kiosk_server_refuses_a_retention_period_out_of_bounds(
        settings: ServerSettings, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(settings, "--retention-days", "4000") == 2
    assert "--retention-days: 1 to 3650" in capsys.readouterr().err
