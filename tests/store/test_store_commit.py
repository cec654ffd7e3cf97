"""commit_request: one transaction, ticket numbers, people ahead, wait, outbox."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from store_helpers import (
    NOW,
    PERSONAL,
    SITE,
    SITE_NAME,
    CommitFn,
    counts,
    make_request,
    make_service,
    query,
)

from kiosk.domain.tickets import estimate_wait_minutes, ticket_qr_payload
from kiosk.store import SqlStore


def test_request_ticket_and_outbox_are_committed_together(
    store: SqlStore, commit: CommitFn, data_dir: Path
) -> None:
    ticket = commit()

    assert counts(data_dir) == (1, 1, 1)
    req = query(data_dir, "SELECT id, service_id, lang, fields, consent_version, site_code "
                          "FROM requests")[0]
    assert req[0] == ticket.request_id
    assert (req[1], req[2], req[5]) == ("cnie.renew", "ar", SITE)
    assert json.loads(req[3]) == PERSONAL
    assert req[4] is not None
    tick = query(data_dir, "SELECT request_id, number, day, \"group\", seq, state, "
                           "print_status FROM tickets")[0]
    assert tick == (ticket.request_id, "C-001", "2026-11-23", "C", 1, "waiting", "pending")
    event_id, seq, type_, payload, status = query(
        data_dir, "SELECT event_id, seq, type, payload, status FROM outbox")[0]
    assert (seq, type_, status) == (1, "request.created", "pending")
    body = json.loads(payload)
    assert body["device_id"] == store.device_id
    assert body["request"]["id"] == ticket.request_id
    assert body["request"]["fields"] == PERSONAL
    assert body["ticket"]["request_id"] == ticket.request_id
    assert body["ticket"]["number"] == ticket.number
    assert body["ticket"]["qr_payload"] == ticket.qr_payload
    assert body["ticket"]["site_name"] == SITE_NAME
    assert len(event_id) == 36


def test_failed_outbox_insert_leaves_nothing_behind(
    store: SqlStore, commit: CommitFn, data_dir: Path
) -> None:
    commit()
    # Rewind the device sequence: the next outbox insert violates UNIQUE(seq), after the
    # request and the ticket rows were already inserted in the same transaction.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE device SET next_seq = 1"))

    with pytest.raises(sa_exc.IntegrityError):
        commit()

    assert counts(data_dir) == (1, 1, 1)
    assert query(data_dir, "SELECT next_seq FROM device") == [(1,)]
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE device SET next_seq = 2"))
    assert commit().number == "C-002"  # the failed commit did not burn a number
    assert counts(data_dir) == (2, 2, 2)


def test_ticket_carries_everything_printed(commit: CommitFn) -> None:
    ticket = commit()

    assert ticket.number == "C-001"
    assert ticket.group == "C"
    assert ticket.lang == "ar"
    assert ticket.issued_at == NOW
    assert (ticket.site_code, ticket.site_name) == (SITE, SITE_NAME)
    assert ticket.documents == ("old_cnie", "photo")
    assert ticket.qr_payload == ticket_qr_payload(SITE, NOW, "C-001", ticket.request_id)


def test_numbers_count_per_group(commit: CommitFn) -> None:
    passport = make_service("passport.new", group="P")
    numbers = [commit().number, commit().number, commit(svc=passport).number,
               commit().number, commit(svc=passport).number]
    assert numbers == ["C-001", "C-002", "P-001", "C-003", "P-002"]


def test_numbers_restart_the_next_day(commit: CommitFn) -> None:
    assert [commit().number for _ in range(3)] == ["C-001", "C-002", "C-003"]
    tomorrow = NOW + timedelta(days=1)
    assert [commit(now=tomorrow).number for _ in range(2)] == ["C-001", "C-002"]
    assert commit().number == "C-004"  # a late commit dated yesterday continues yesterday


def test_sites_have_separate_counters(commit: CommitFn) -> None:
    assert commit(site="TNG01").number == "C-001"
    assert commit(site="MRB02").number == "C-001"
    assert commit(site="TNG01").number == "C-002"


def test_people_ahead_are_the_waiting_tickets_of_the_group(
    store: SqlStore, commit: CommitFn
) -> None:
    for _ in range(3):
        commit()
    commit(svc=make_service("passport.new", group="P"))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE tickets SET state = 'served' WHERE number = 'C-001'"))
        conn.execute(text("UPDATE tickets SET state = 'called' WHERE number = 'C-002'"))

    assert commit().people_ahead == 1  # only C-003 still waits
    assert commit(now=NOW + timedelta(days=1)).people_ahead == 0


def test_priority_ticket_counts_only_waiting_priority_tickets(commit: CommitFn) -> None:
    assert commit().people_ahead == 0
    assert commit().people_ahead == 1
    first = commit(priority="elderly")
    assert first.people_ahead == 0
    assert first.priority == "elderly"
    assert commit(priority="pregnancy").people_ahead == 1
    assert commit().people_ahead == 4  # priority tickets are served before it


def test_wait_uses_the_days_observed_handling_times(store: SqlStore, commit: CommitFn) -> None:
    for _ in range(4):
        commit()
    # Default handling time while fewer than three tickets were observed.
    assert commit(counters=1).estimated_wait_minutes == estimate_wait_minutes(4, [], 1)
    start = NOW.replace(hour=8)
    with store.engine.begin() as conn:
        for seq, minutes in ((1, 10), (2, 12), (3, 14)):
            conn.execute(
                text("UPDATE tickets SET state='served', called_at=:c, served_at=:s "
                     "WHERE seq=:seq"),
                {"c": start.isoformat(),
                 "s": (start + timedelta(minutes=minutes)).isoformat(), "seq": seq},
            )

    ticket = commit(counters=2)
    assert ticket.people_ahead == 2  # C-004 and C-005 still wait
    assert ticket.estimated_wait_minutes == estimate_wait_minutes(2, [10, 12, 14], 2) == 12


def test_print_failure_is_recorded_with_an_outbox_event(
    store: SqlStore, commit: CommitFn, data_dir: Path
) -> None:
    ticket = commit()
    store.record_print_failure(ticket, "paper out", NOW + timedelta(seconds=5))

    row = query(data_dir, "SELECT print_status, print_error FROM tickets")[0]
    assert row == ("failed", "paper out")
    events = store.pending_outbox()
    assert [(e.seq, e.type) for e in events] == [(1, "request.created"),
                                                 (2, "ticket.print_failed")]
    assert events[1].payload["number"] == "C-001"
    assert events[1].payload["request_id"] == ticket.request_id
    assert events[1].payload["reason"] == "paper out"
    assert PERSONAL["cnie"] not in json.dumps(events[1].payload)


def test_successful_print_status_is_recorded(store: SqlStore, commit: CommitFn) -> None:
    ticket = commit()
    store.record_print_status(ticket, "printed")
    assert store.day_tickets(NOW.date())[0]["print_status"] == "printed"
    assert store.outbox_count() == 1  # a successful print is not an event


def test_day_tickets_are_oldest_first_without_personal_data(
    store: SqlStore, commit: CommitFn
) -> None:
    commit()
    commit(svc=make_service("passport.new", group="P"))
    commit(priority="disability")
    commit(now=NOW + timedelta(days=1))

    day = store.day_tickets(NOW.date())
    assert [t["number"] for t in day] == ["C-001", "P-001", "C-002"]
    assert set(day[0]) == {"number", "service_id", "group", "state", "issued_at",
                           "people_ahead", "estimated_wait_minutes", "priority",
                           "print_status", "counter", "recalls", "outcome"}
    assert day[0]["issued_at"] == NOW.isoformat()
    assert day[2]["priority"] == "disability"
    flat = repr(day)
    assert not any(value in flat for value in PERSONAL.values())


def test_outbox_seq_is_strictly_increasing_without_gaps(
    store: SqlStore, commit: CommitFn
) -> None:
    for i in range(12):
        ticket = commit(svc=make_service(group="CP"[i % 2]))
        if i % 3 == 0:
            store.record_print_failure(ticket, "no printer", NOW)
    with store.engine.begin() as conn:  # a failed commit must not leave a hole either
        conn.execute(text("UPDATE device SET next_seq = 3"))
    with pytest.raises(sa_exc.IntegrityError):
        commit()
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE device SET next_seq = 17"))
    commit()

    seqs = [e.seq for e in store.pending_outbox(limit=1000)]
    assert seqs == list(range(1, 18))
    assert store.outbox_count() == 17


def test_sent_events_leave_the_pending_outbox(store: SqlStore, commit: CommitFn) -> None:
    for _ in range(3):
        commit()
    first, second, third = store.pending_outbox()
    assert store.apply_push_reply([first.event_id, second.event_id], {}, NOW) == (2, 0)
    assert [e.event_id for e in store.pending_outbox()] == [third.event_id]
    assert store.outbox_count() == 1
    assert store.outbox_count("sent") == 2
    assert store.outbox_count(None) == 3


def test_personal_data_is_never_logged(
    store: SqlStore, commit: CommitFn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ticket = commit()
    store.record_print_failure(ticket, "paper out", NOW)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE device SET next_seq = 1"))
    with pytest.raises(sa_exc.IntegrityError) as failed:
        commit()

    assert ticket.number in caplog.text
    assert ticket.request_id in caplog.text
    texts = caplog.text + str(failed.value) + repr(failed.value)
    assert not any(value in texts for value in PERSONAL.values())


def test_personal_details_are_purged_after_the_retention_period(
        data_dir: Path, store: SqlStore) -> None:
    """The notice promises deletion: old requests lose their details, tickets stay;
    the outbox copy goes once the event has been sent (a pending payload never changes,
    or a resend after a lost reply would be a conflict at the centre)."""
    service = make_service()
    old = store.commit_request(make_request(), service, NOW - timedelta(days=91),
                               "TNG01", "x", 1)
    new = store.commit_request(make_request(), service, NOW, "TNG01", "x", 1)
    pending_before = query(data_dir, "SELECT event_id, payload FROM outbox ORDER BY seq")
    assert store.purge_personal_data(NOW - timedelta(days=90)) == 1
    fields = dict(query(data_dir, "SELECT id, fields FROM requests"))
    assert json.loads(fields[old.request_id]) == {}
    assert json.loads(fields[new.request_id]) == PERSONAL
    # Both events are still pending: their payloads are byte for byte the same.
    assert query(data_dir, "SELECT event_id, payload FROM outbox ORDER BY seq") == pending_before
    assert len(query(data_dir, "SELECT * FROM tickets")) == 2

    # Once sent, the next purge empties the old event's copy, not the recent one's.
    store.apply_push_reply([event_id for event_id, _ in pending_before], {}, NOW)
    assert store.purge_personal_data(NOW - timedelta(days=90)) == 0
    payloads = [json.loads(p) for (p,) in query(
        data_dir, "SELECT payload FROM outbox WHERE type = 'request.created' ORDER BY seq")]
    assert payloads[0]["request"]["fields"] == {} and payloads[0]["request"]["fields_purged"]
    assert payloads[1]["request"]["fields"] == PERSONAL
    assert "fields_purged" not in payloads[1]["request"]
    assert store.purge_personal_data(NOW - timedelta(days=90)) == 0
    # Not only unreachable by SQL: the bytes are gone from the files on disk.
    store.commit_request(make_request(fields={"full_name": "Zineb Tazi", "cnie": "ZT999999"}),
                         service, NOW - timedelta(days=120), "TNG01", "x", 1)
    store.apply_push_reply([item.event_id for item in store.pending_outbox()], {}, NOW)
    store.purge_personal_data(NOW - timedelta(days=90))
    # Read while the store is open, as on a running kiosk (closing would checkpoint).
    on_disk = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert b"Zineb Tazi" not in on_disk and b"ZT999999" not in on_disk


def test_purge_empties_dead_and_discarded_payloads_but_never_pending_ones(
        data_dir: Path, store: SqlStore) -> None:
    """Refused events are not sent again as they were: the retention promise wins."""
    service = make_service()
    when = NOW - timedelta(days=100)
    for _ in range(3):
        store.commit_request(make_request(), service, when, "TNG01", "x", 1)
    first, second, third = store.pending_outbox()
    store.apply_push_reply([], {first.event_id: "conflict: x", second.event_id: "rejected: y"},
                           NOW)
    assert store.discard_dead(second.event_id, NOW)
    store.purge_personal_data(NOW - timedelta(days=90))
    rows = {event_id: json.loads(p) for event_id, p in query(
        data_dir, "SELECT event_id, payload FROM outbox")}
    assert rows[first.event_id]["request"]["fields_purged"]
    assert rows[second.event_id]["request"]["fields_purged"]
    assert rows[third.event_id]["request"]["fields"] == PERSONAL
    assert rows[third.event_id] == third.payload
