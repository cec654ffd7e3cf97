"""A kiosk of a shared hall prints the hall's people ahead, not only its own tickets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hall.conftest import hall_server
from tests.hall.hall_env import Device
from tests.support.server import ServerProcess


@pytest.fixture
def lone_hall(tmp_path: Path) -> Iterator[ServerProcess]:
    """A hall server on its own (the centre plays no part in what a ticket prints)."""
    server = hall_server(tmp_path / "hall", None)
    server.start()
    yield server
    server.stop()


def test_people_ahead_count_the_other_kiosks_tickets_and_the_counters_calls(
        tmp_path: Path, lone_hall: ServerProcess) -> None:
    kiosk_a, kiosk_b = Device(tmp_path / "kiosk-a"), Device(tmp_path / "kiosk-b")
    console = Device(tmp_path / "console", role="console", counter=1)
    for device in (kiosk_a, kiosk_b, console):
        device.enrol(lone_hall.url, lone_hall.enrol_code())
    for _ in range(3):
        kiosk_a.ticket("cnie")
    kiosk_a.sync()
    first_b = kiosk_b.ticket("cnie")
    assert first_b["ticket"].startswith("C2-")
    assert first_b["people_ahead"] == 3  # kiosk A's three, read from the hall
    console.queue("call")
    console.queue("serve", "C1-001", "--outcome", "done")
    second_b = kiosk_b.ticket("cnie")
    # A's two still waiting, and B's first (issued here, not yet at the hall)
    assert second_b["people_ahead"] == 3
    priority_b = kiosk_b.ticket("cnie", priority=True)
    assert priority_b["people_ahead"] == 0
    # a counter's PC lists the hall's queue, not its own (empty) database
    listed = [json.loads(line) for line in console.run("queue", "--json").stdout.splitlines()]
    assert [(r["number"], r["state"]) for r in listed[:3]] == [
        ("C1-001", "served"), ("C1-002", "waiting"), ("C1-003", "waiting")]

    lone_hall.kill()
    offline = kiosk_b.ticket("cnie")  # never waits for the hall: its own count then
    assert offline["ticket"].startswith("C2-")
