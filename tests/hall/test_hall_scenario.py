"""A day in a hall with several devices, every one a real process on loopback.

A central server; a hall server relaying to it; two kiosks and two counter consoles
enrolled at the hall server, each with its own data directory, driven through the real
``kiosk`` commands (``kiosk ticket``, ``kiosk sync --once``, ``kiosk queue call|serve``).
Mid-day the hall server is killed (``kill -9``); the kiosks keep issuing tickets, the
consoles say they are cut off; the hall server comes back, everyone syncs, and:

- no ticket number was given twice (each kiosk numbers with its own station);
- the hall's queue holds every ticket, waiting in the right order (priority first,
  then by the time issued, whichever kiosk issued it and whenever it arrived), and the
  consoles call in that order;
- the centre has every event of every device exactly once, under that device's own id,
  in seq order, and its copy of the hall's queue is the hall's.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import SyncConfig
from kiosk.server import service
from kiosk.server.db import Database, sqlite_url
from kiosk.server.settings import DATABASE_FILE
from kiosk.sync.hall_queue import HallQueue
from tests.hall.hall_env import Device
from tests.support.server import ServerProcess

pytestmark = pytest.mark.slow


def today() -> date:
    return datetime.now().astimezone().date()


def wait_until(what: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if what():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def relay_pending(hall: ServerProcess) -> int:
    reply = hall.admin("GET", "/api/v1/admin/relay")
    assert reply.status_code == 200, reply.text
    return int(reply.json()["pending"])


def queue_at(server: ServerProcess, device: Device) -> Any:
    """The queue reply ``device`` gets from ``server``, without its ``as_of``."""
    import requests
    reply = requests.get(f"{server.url}/api/v1/queue", params={"day": today().isoformat()},
                         timeout=10, headers={
                             "Authorization": f"Bearer {device.enrolment['credential']}"})
    assert reply.status_code == 200, reply.text
    return strip(reply.json())


def test_a_day_with_the_hall_server_killed_at_noon(tmp_path: Path, centre: ServerProcess,
                                                   hall: ServerProcess) -> None:
    kiosk_a, kiosk_b = Device(tmp_path / "kiosk-a"), Device(tmp_path / "kiosk-b")
    console_1 = Device(tmp_path / "console-1", role="console", counter=1)
    console_2 = Device(tmp_path / "console-2", role="console", counter=2)
    everyone = [kiosk_a, kiosk_b, console_1, console_2]
    for device in everyone:
        device.enrol(hall.url, hall.enrol_code())
    assert (kiosk_a.enrolment["station"], kiosk_b.enrolment["station"]) == (1, 2)
    assert console_1.enrolment["station"] == 0

    issued: list[dict[str, Any]] = []  # every ticket, in the order it was issued

    def issue(kiosk: Device, priority: bool = False) -> None:
        issued.append(kiosk.ticket("cnie", priority=priority))

    # -- morning: both kiosks issue, and sync --------------------------------------------
    issue(kiosk_a)
    issue(kiosk_b)
    issue(kiosk_a)
    issue(kiosk_b, priority=True)
    for kiosk in (kiosk_a, kiosk_b):
        kiosk.sync()
    # counter 1 calls: the priority ticket first, though kiosk B issued it last
    call = json.loads(console_1.queue("call").stdout)
    assert (call["number"], call["counter"], call["delivered"]) == (
        issued[3]["ticket"], 1, True)
    call = json.loads(console_2.queue("call").stdout)
    assert call["number"] == issued[0]["ticket"]  # then the oldest
    served = console_1.queue("serve", issued[3]["ticket"], "--outcome", "done")
    assert json.loads(served.stdout)["state"] == "served"

    # -- noon: the hall server dies -------------------------------------------------------
    hall.kill()
    for kiosk in (kiosk_a, kiosk_b, kiosk_a, kiosk_b, kiosk_b):
        issue(kiosk)  # kiosks go on issuing, interleaved
    issue(kiosk_a, priority=True)
    for kiosk in (kiosk_a, kiosk_b):
        done = kiosk.sync(check=False)
        assert done.returncode == 3, done.stdout + done.stderr
        assert kiosk.status()["pending"] > 0
    # a console says at once, and clearly, that it is cut off
    started = time.monotonic()
    cut = console_2.queue("call", check=False)
    assert time.monotonic() - started < 15  # process start included
    assert cut.returncode == 3, cut.stdout + cut.stderr
    assert "hall server" in cut.stderr and "unreachable" in cut.stderr
    with pytest.raises(Exception) as caught:
        HallQueue(console_1.data, SyncConfig()).snapshot(today())
    assert getattr(caught.value, "code", None) == "unreachable"

    # -- afternoon: it comes back; everything merges ---------------------------------------
    hall.start()
    for device in everyone:
        device.sync()
    numbers = [t["ticket"] for t in issued]
    assert len(set(numbers)) == len(numbers) == 10
    assert {n.split("-")[0] for n in numbers} == {"C1", "C2"}

    snapshot = HallQueue(console_1.data, SyncConfig()).snapshot(today())
    assert sorted(t.number for t in snapshot.tickets) == sorted(numbers)
    by_number = {t.number: t for t in snapshot.tickets}
    assert by_number[issued[3]["ticket"]].state == "served"
    assert (by_number[issued[0]["ticket"]].state, by_number[issued[0]["ticket"]].counter) == (
        "called", 2)
    # waiting: priority first, then by the time issued, across kiosks and the outage
    waiting = [t for t in issued if t["ticket"] not in (issued[0]["ticket"],
                                                        issued[3]["ticket"])]
    expected = ([t["ticket"] for t in waiting if t["priority"]]
                + [t["ticket"] for t in waiting if not t["priority"]])
    assert [t.number for t in snapshot.waiting()] == expected
    issued_times = [by_number[n].issued_at for n in numbers]
    assert issued_times == sorted(issued_times)  # the kiosks' clocks, as issued
    # the consoles call in that order
    for console, number in ((console_1, expected[0]), (console_2, expected[1])):
        call = json.loads(console.queue("call").stdout)
        assert (call["number"], call["delivered"]) == (number, True)

    # -- the centre: every event once, under its own device, in seq order ------------------
    wait_until(lambda: relay_pending(hall) == 0)
    db = Database(centre.database_url or sqlite_url(centre.data_dir / DATABASE_FILE))
    try:
        hall_id = json.loads(hall.cli("relay-status", "--json").stdout)["device_id"]
        known = {d.device_id: d for d in service.list_devices(db)}
        for device in everyone:
            local = device.local_outbox()
            stored = service.stored_events(db, device.device_id)
            assert [(r.event_id, r.seq, r.type, r.status) for r in stored] == [
                (event_id, seq, type_, "accepted") for event_id, seq, type_ in local]
            info = known[device.device_id]
            assert (info.via, info.role, info.site_code) == (
                hall_id, device.role, "TNG01")
        assert {r.type for d in everyone for r in service.stored_events(db, d.device_id)
                } >= {"request.created", "ticket.called", "ticket.served"}
    finally:
        db.dispose()
    at_hall = queue_at(hall, console_1)
    assert len(at_hall["tickets"]) == 10
    assert at_hall == queue_at_centre(centre, hall)


def strip(doc: Any) -> Any:
    """A queue reply without its ``as_of`` (the moment it was read)."""
    return {k: v for k, v in doc.items() if k != "as_of"}


def queue_at_centre(centre: ServerProcess, hall: ServerProcess) -> Any:
    """The centre's copy of the site's queue (read with the hall's own credential)."""
    import requests
    upstream = json.loads((hall.data_dir / "upstream.json").read_text(encoding="utf-8"))
    reply = requests.get(f"{centre.url}/api/v1/queue", params={"day": today().isoformat()},
                         timeout=10,
                         headers={"Authorization": f"Bearer {upstream['credential']}"})
    assert reply.status_code == 200, reply.text
    return strip(reply.json())
