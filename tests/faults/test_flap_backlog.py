"""The link flaps while a 100,000-event backlog drains: all arrive once, in order.

The backlog is bulk-inserted through the kiosk store's own models (realistic
``request.created`` payloads of about 1 KB).  The long-running ``kiosk sync`` worker
drains it through the fault proxy in ``Flap`` mode: up 2.1 s, then down 0.9 s (not
listening: connections refused, live ones cut -- some after the centre committed, before
the kiosk heard), again and again.  At the end the centre holds exactly 100,000 events,
seqs 1..100,000 with the kiosk's ids, events received == last seq == 100,000.
"""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from tests.faults.conftest import Enrolled
from tests.faults.sync_env import assert_exactly_once, wait_for
from tests.support.faultproxy import Flap, Pass

BACKLOG = 100_000
#: Longer than this and the lead wants to know (the issue's budget for this test).
BUDGET_S = 120


@pytest.mark.slow
def test_flapping_link_drains_a_100k_backlog_exactly_once(enrolled: Enrolled) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(batch_size=500, backoff_base_s=1, backoff_cap_s=2, probe_interval_s=1)
    began = time.monotonic()
    node.bulk_backlog(BACKLOG)
    queued_in = time.monotonic() - began

    proxy.set_mode(Flap(period_s=3.0, down_fraction=0.3))
    started = time.monotonic()
    worker = node.spawn("sync")
    try:
        wait_for(lambda: node.outbox_counts() == {"sent": BACKLOG}, 900,
                 "the backlog to drain through the flapping link", interval=1.0)
        drained_in = time.monotonic() - started
    finally:
        proxy.set_mode(Pass())
        worker.send_signal(signal.SIGTERM)
        try:
            worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()
    centre = assert_exactly_once(node, enrolled.centre, enrolled.device_id)
    assert centre.rows == BACKLOG and centre.seqs[-1] == BACKLOG
    stats = proxy.stats
    actions = [r.action for r in proxy.records("/api/v1/events")]
    answered = actions.count("pass")
    print(f"\n{BACKLOG} events queued in {queued_in:.1f} s, drained through a flapping link "
          f"in {drained_in:.1f} s ({BACKLOG / drained_in:.0f} events/s, "
          f"{int(drained_in // 3)} falls); pushes: {answered} answered "
          f"({answered - BACKLOG // 500} of them replays), "
          f"{actions.count('upstream_failed')} cut in flight; "
          f"{stats.dropped_connections} connections dropped"
          + (f"; OVER THE {BUDGET_S} s BUDGET" if drained_in > BUDGET_S else ""))
    assert stats.dropped_connections >= 3  # it really flapped while batches moved
