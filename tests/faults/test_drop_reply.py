"""The centre commits a batch, then the connection drops before its reply arrives.

The kiosk cannot know the batch was applied, so it sends it again; the centre must
answer ``accepted`` with ``replay: true`` and store nothing twice (docs/PROTOCOL.md,
"If the reply never arrives").  The reply is lost whole (``DropReply``), cut in half
(``CutReplyAfter``) or garbled (``CorruptReply``): the kiosk must trust none of it.
"""

from __future__ import annotations

import json
import signal
import subprocess
from typing import Any

import pytest

from tests.faults.conftest import BOTH, Enrolled
from tests.faults.sync_env import assert_exactly_once, centre_events, wait_for
from tests.support.faultproxy import CorruptReply, CutReplyAfter, DropReply

EVENTS_PATH = "/api/v1/events"


@pytest.mark.parametrize("backend", BOTH, indirect=True)
@pytest.mark.parametrize("fault,which,error", [
    (DropReply, 0, "unreachable"),                              # no byte of the reply
    (DropReply, 1, "unreachable"),                              # ...of the second batch
    (lambda **kw: CutReplyAfter(64, **kw), 0, "unreachable"),   # half a reply
    (lambda **kw: CorruptReply(offset=80, **kw), 0, "bad_reply"),  # a garbled reply
], ids=["drop-first", "drop-second", "cut", "garbled"])
def test_reply_lost_after_commit_then_retry(enrolled: Enrolled, fault: Any, which: int,
                                            error: str) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(batch_size=100)
    node.issue(3)                    # through TicketDesk
    node.bulk_backlog(247)           # 250 events: three batches of 100, 100, 50
    proxy.set_mode(fault(path=EVENTS_PATH, after=which, times=1))

    first = node.sync_once(check=False)
    assert first.returncode == 3, first.stdout + first.stderr
    assert error in first.stderr
    # The centre committed the batch whose reply was lost (and those before it)...
    committed = 100 * (which + 1)
    assert centre_events(enrolled.centre, enrolled.device_id).rows == committed
    # ...but the kiosk only knows of those whose reply it got.
    expected = {"sent": 100 * which, "pending": 250 - 100 * which}
    assert node.outbox_counts() == {k: v for k, v in expected.items() if v}
    assert node.status()["last_error"] == error

    second = node.run("sync", "--once", "--json")
    report = json.loads(second.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert report["replays"] == 100  # the lost batch came back as replays
    assert report["sent"] == 250 - 100 * which
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)
    faulty = [r for r in proxy.records(EVENTS_PATH) if r.action != "pass"]
    assert len(faulty) == 1 and faulty[0].status == 200


def test_worker_retries_by_itself(enrolled: Enrolled) -> None:
    """The long-running ``kiosk sync`` worker retries after the backoff, on its own."""
    node, proxy = enrolled.node, enrolled.proxy
    node.issue(2)
    node.bulk_backlog(598)
    proxy.set_mode(DropReply(path=EVENTS_PATH, times=2))  # two replies lost in a row
    worker = node.spawn("sync")
    try:
        wait_for(lambda: node.outbox_counts() == {"sent": 600}, 60, "all events sent")
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()
    assert worker.returncode == 0
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)
    actions = [r.action for r in proxy.records(EVENTS_PATH)]
    assert actions[:2] == ["drop_reply", "drop_reply"]
    assert len(actions) >= 4  # 2 lost, then the 2 batches of 500 (the first replayed)
