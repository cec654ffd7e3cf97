"""A batch too large for the centre (413) must not block the queue for ever.

A ``request.created`` payload may legitimately reach ~40 KB (five scanned codes of up
to 2,000 characters each, Arabic text two bytes a character).  500 of them (the default
``batch_size``) make a body over the centre's 16 MB limit: the centre answers ``413
too_large``.  The kiosk must still deliver them (smaller batches), exactly once.
"""

from __future__ import annotations

from tests.faults.conftest import Enrolled
from tests.faults.sync_env import assert_exactly_once


def test_a_413_batch_is_split_and_delivered(enrolled: Enrolled) -> None:
    node = enrolled.node
    node.write_config(batch_size=500)
    node.bulk_backlog(500, pad=34_000)  # ~35 KB each: a 17.6 MB batch
    for _ in range(3):
        if node.sync_once(check=False).returncode == 0:
            break
    assert node.outbox_counts() == {"sent": 500}, node.status()
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)
