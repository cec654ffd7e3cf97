"""Three ``kiosk sync --once`` at the same time on one kiosk (a technician's command
while the kiosk's own worker runs): the centre serialises them, nothing counts twice.

Each process reads the oldest pending batch and pushes it; whoever comes second gets
``accepted`` + ``replay`` for events another process already delivered.
"""

from __future__ import annotations

import json

import pytest

from tests.faults.conftest import BOTH, Enrolled
from tests.faults.sync_env import assert_exactly_once


@pytest.mark.parametrize("backend", BOTH, indirect=True)
def test_three_pushers_at_once(enrolled: Enrolled) -> None:
    node = enrolled.node
    node.write_config(batch_size=200)
    node.issue(2)
    node.bulk_backlog(9998)
    runs = [node.spawn("sync", "--once", "--json") for _ in range(3)]
    outputs = [run.communicate(timeout=300) for run in runs]  # all, before judging
    for run, (_out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err  # each one went on until the queue was empty
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _err in outputs]
    assert all(r["pending"] == 0 for r in reports)
    assert sum(r["sent"] for r in reports) == 10_000  # each event marked sent once
    node.sync_once()
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)
