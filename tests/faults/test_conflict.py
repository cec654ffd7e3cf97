"""The same event sent again with different content is refused, never applied.

An event's id is its identity (docs/PROTOCOL.md): a replay must be byte-for-byte the
same event.  Here the kiosk's database is tampered with after a successful push -- a
sent event's payload edited, its ``created_at`` moved (a clock "corrected" after the
fact), or a new event id put at a seq the centre already has -- and the event is
queued again, in one batch with new events.  The centre answers ``conflict`` for it and
changes nothing it had; the kiosk moves it to the dead-letter list (kept, never
deleted) and the new events of the same batch still go through.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import pytest

from tests.faults.conftest import BOTH, Enrolled
from tests.faults.sync_env import centre_events, device_info


def _tamper(enrolled: Enrolled, how: str) -> str:
    """Change the sent event at seq 2 as ``how`` says, queue it again; its event id."""
    node = enrolled.node
    (event_id, payload, created_at), = node.query(
        "SELECT event_id, payload, created_at FROM outbox WHERE seq = 2")
    if how == "payload":
        doc = json.loads(payload)
        doc["request"]["fields"]["full_name"] = "Someone Else"
        node.query("UPDATE outbox SET payload = ?, status = 'pending', sent_at = NULL "
                   "WHERE seq = 2", json.dumps(doc, ensure_ascii=False))
    elif how == "created_at":
        node.query("UPDATE outbox SET created_at = ?, status = 'pending', sent_at = NULL "
                   "WHERE seq = 2",
                   (datetime.fromisoformat(created_at) + timedelta(days=3)).isoformat())
    else:  # "seq": a new event id at a seq the centre already has
        event_id = str(uuid.uuid4())
        node.query("UPDATE outbox SET event_id = ?, status = 'pending', sent_at = NULL "
                   "WHERE seq = 2", event_id)
    return str(event_id)


@pytest.mark.parametrize("backend", BOTH, indirect=True)
@pytest.mark.parametrize("how", ["payload", "created_at", "seq"])
def test_same_id_other_content_is_refused_and_dead_lettered(enrolled: Enrolled,
                                                           how: str) -> None:
    node, centre = enrolled.node, enrolled.centre
    node.issue(3)
    node.sync_once()
    before = centre_events(centre, enrolled.device_id)
    info_before = device_info(centre, enrolled.device_id)
    assert before.rows == 3

    event_id = _tamper(enrolled, how)
    node.issue(2)  # seq 4 and 5 travel in the same batch as the tampered seq 2
    done = node.run("sync", "--once", "--json")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["sent"], report["dead"]) == (2, 1), report

    # The centre changed nothing it had, and took the two new events.
    after = centre_events(centre, enrolled.device_id)
    assert after.rows == 5
    assert {s: h for s, h in after.hashes_by_seq.items() if s <= 3} == before.hashes_by_seq
    assert {s: i for s, i in after.ids_by_seq.items() if s <= 3} == before.ids_by_seq
    info = device_info(centre, enrolled.device_id)
    assert (info["events_received"], info["last_seq"]) == (5, 5)
    assert info_before["events_received"] == 3

    # The kiosk keeps the refused event as a dead letter, with the centre's reason.
    dead = [json.loads(line) for line in
            node.run("sync", "--dead", "--json").stdout.splitlines() if line.strip()]
    assert [(d["event_id"], d["seq"]) for d in dead] == [(event_id, 2)]
    assert dead[0]["reason"].startswith("conflict")
    assert node.outbox_counts() == {"sent": 4, "dead": 1}
    assert node.status()["dead"] == 1

    # Sent again blindly (an agent retries it): refused again, still nothing changed.
    node.run("sync", "--retry", event_id)
    node.sync_once()
    assert node.outbox_counts() == {"sent": 4, "dead": 1}
    assert centre_events(centre, enrolled.device_id).hashes_by_seq == after.hashes_by_seq
