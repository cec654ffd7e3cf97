"""kill -9 of the kiosk's sync process at random points, 50 times, events added between.

After a final clean ``kiosk sync --once``: no event lost, none twice at the centre
(events received == events in the outbox, last seq == the largest seq, one row per
event id, same id at the same seq), and the kiosk database passes
``PRAGMA integrity_check`` (checked every ten kills and at the end).

The random seed is fixed and printed (``-s`` shows it); set ``JISR_SOAK_SEED`` to
replay another.  ``scripts/soak_sync_kill.py`` runs the same with 500 kills.
"""

from __future__ import annotations

import os

from tests.faults.conftest import Enrolled
from tests.faults.kill_soak import kill_soak

SEED = int(os.environ.get("JISR_SOAK_SEED", "20261124"))
ITERATIONS = 50


def test_kill_kiosk_sync_at_random_points(enrolled: Enrolled) -> None:
    node = enrolled.node
    node.write_config(batch_size=50)  # several batches per run: more places to die
    node.issue(3)
    print(f"\nkill soak seed {SEED} (JISR_SOAK_SEED={SEED} to replay)")
    result = kill_soak(node, enrolled.centre, enrolled.proxy, enrolled.device_id,
                       ITERATIONS, SEED)
    print(result.summary())
    assert result.killed + result.finished == ITERATIONS
    assert result.killed >= ITERATIONS // 2, result.summary()  # mostly real kills
    assert result.kills_with_pending >= 10, result.summary()   # mid-queue, not idle
