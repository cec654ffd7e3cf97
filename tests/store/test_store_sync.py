"""The outbox as the sync client uses it: batches, replies, dead letters, sync state."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from store_helpers import NOW, CommitFn, query

from kiosk.errors import StorageUnavailable
from kiosk.store import SqlStore, open_store


def _queue(commit: CommitFn, n: int) -> None:
    for _ in range(n):
        commit()


def test_pending_batches_come_in_seq_order_with_one_query(
        store: SqlStore, commit: CommitFn) -> None:
    _queue(commit, 7)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))
    batch = store.pending_outbox(5)
    assert [item.seq for item in batch] == [1, 2, 3, 4, 5]
    assert [s for s in statements if s.lstrip().upper().startswith("SELECT")] != []
    assert len([s for s in statements if "FROM outbox" in s]) == 1
    assert batch[0].type == "request.created" and batch[0].payload["v"] == 1
    store.apply_push_reply([i.event_id for i in batch], {}, NOW)
    assert [item.seq for item in store.pending_outbox(5)] == [6, 7]
    assert store.has_pending()


def test_the_pending_read_uses_the_status_seq_index(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT event_id FROM outbox WHERE status = 'pending' "
            "ORDER BY seq LIMIT 500"))
    assert "ix_outbox_status_seq" in plan and "TEMP B-TREE" not in plan


def test_a_reply_is_applied_in_one_transaction_with_one_update_per_kind(
        store: SqlStore, commit: CommitFn, data_dir: Path) -> None:
    _queue(commit, 5)
    ids = [i.event_id for i in store.pending_outbox(10)]
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))
    later = NOW + timedelta(minutes=5)
    sent, dead = store.apply_push_reply([*ids[:3], "no-such-event"],
                                        {ids[3]: "conflict: payload differs",
                                         "ghost": "rejected: x"}, later)  # ghosts ignored
    assert (sent, dead) == (3, 1)
    updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE")]
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert len(updates) == 3 and begins == ["BEGIN IMMEDIATE"]  # sent + one per reason
    rows = dict(query(data_dir, "SELECT event_id, status FROM outbox"))
    assert [rows[i] for i in ids] == ["sent", "sent", "sent", "dead", "pending"]
    assert query(data_dir, "SELECT sent_at FROM outbox WHERE event_id = ?", ids[0]) == \
        [(later.isoformat(),)]
    # A settled event never changes again (a late duplicate reply, another process).
    assert store.apply_push_reply([ids[3]], {ids[0]: "conflict: late"}, later) == (0, 0)
    assert [rows[i] for i in ids] == [dict(query(data_dir, "SELECT event_id, status "
                                                 "FROM outbox"))[i] for i in ids]


def test_a_reply_that_fails_half_way_changes_nothing(store: SqlStore, commit: CommitFn,
                                                    data_dir: Path) -> None:
    """The disk fills between the "sent" and the "dead" updates: both are rolled back."""
    _queue(commit, 3)
    ids = [i.event_id for i in store.pending_outbox(10)]

    def full_at_dead(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "dead_reason" in statement:
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", full_at_dead)
    with pytest.raises(StorageUnavailable):
        store.apply_push_reply(ids[:2], {ids[2]: "conflict"}, NOW)
    assert {s for (s,) in query(data_dir, "SELECT status FROM outbox")} == {"pending"}
    event.remove(store.engine, "before_cursor_execute", full_at_dead)
    assert store.apply_push_reply(ids[:2], {ids[2]: "conflict"}, NOW) == (2, 1)


def test_dead_letter_lifecycle_retry_discard_never_deleted(
        store: SqlStore, commit: CommitFn, data_dir: Path) -> None:
    _queue(commit, 3)
    first, second, third = store.pending_outbox(10)
    store.apply_push_reply([third.event_id], {first.event_id: "rejected: unknown type",
                                              second.event_id: "conflict: seq taken"}, NOW)
    dead = store.dead_letters()
    assert [(d.seq, d.reason) for d in dead] == [(1, "rejected: unknown type"),
                                                 (2, "conflict: seq taken")]
    assert dead[0].type == "request.created" and dead[0].dead_at == NOW
    assert not hasattr(dead[0], "payload")
    assert store.outbox_count("dead") == 2 and not store.has_pending()

    assert store.retry_dead(first.event_id) is True
    assert store.retry_dead(first.event_id) is False            # pending now, not dead
    assert [i.seq for i in store.pending_outbox()] == [1]
    assert store.discard_dead(second.event_id, NOW) is True
    assert store.discard_dead(second.event_id, NOW) is False
    assert store.discard_dead(third.event_id, NOW) is False     # sent: not a dead letter
    assert store.retry_dead("no-such-event") is False
    assert [d.seq for d in store.dead_letters()] == []
    assert query(data_dir, "SELECT seq, status, discarded_at IS NOT NULL FROM outbox "
                           "ORDER BY seq") == [(1, "pending", 0), (2, "discarded", 1),
                                               (3, "sent", 0)]
    # The payloads are all still there: nothing was deleted.
    assert all(json.loads(p)["v"] == 1 for (p,) in query(data_dir, "SELECT payload "
                                                                   "FROM outbox"))


def test_status_values_are_checked_by_the_database(store: SqlStore, commit: CommitFn,
                                                   data_dir: Path) -> None:
    commit()
    with pytest.raises(sqlite3.IntegrityError):
        query(data_dir, "UPDATE outbox SET status = 'lost'")


def test_sync_state_records_attempts_errors_and_success(store: SqlStore) -> None:
    state = store.sync_state()
    assert state.state == "not_enrolled" and state.attempts == 0
    store.record_sync_attempt(NOW)
    later = NOW + timedelta(seconds=30)
    assert store.record_sync_error("timeout", "no answer", NOW, state="offline",
                                   next_try_at=later) == 1
    assert store.record_sync_error("unreachable", "x" * 2000, NOW, state="offline",
                                   next_try_at=later) == 2
    state = store.sync_state()
    assert (state.state, state.last_error, state.attempts, state.next_try_at) == \
        ("offline", "unreachable", 2, later)
    assert state.last_error_detail is not None and len(state.last_error_detail) <= 500
    store.record_sync_success(later)
    state = store.sync_state()
    assert (state.state, state.last_error, state.attempts, state.last_success_at,
            state.next_try_at) == ("online", None, 0, later, None)
    store.record_bundle(4, later)
    store.set_sync_state("revoked", later)
    state = store.sync_state()
    assert (state.state, state.bundle_version, state.last_pull_at) == ("revoked", 4, later)
    store.reset_sync_state("online", later)
    assert store.sync_state().state == "online"


def test_another_process_sees_the_sync_state(store: SqlStore, data_dir: Path) -> None:
    store.record_sync_error("busy", "HTTP 503", NOW, state="offline", next_try_at=NOW)
    with open_store(data_dir) as other:
        assert other.sync_state().last_error == "busy"


def test_a_version_0002_outbox_is_upgraded_keeping_its_events(tmp_path: Path) -> None:
    from alembic import command

    from kiosk.paths import database_path
    from kiosk.store.db import alembic_config, make_engine, write_engine
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(database_path(data))
    cfg = alembic_config()
    with write_engine(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        for seq, status in [(1, "sent"), (2, "pending")]:
            conn.exec_driver_sql(
                "INSERT INTO outbox (event_id, seq, type, payload, created_at, status) "
                f"VALUES ('e{seq}', {seq}, 'request.created', '{{\"v\": 1}}', "
                f"'2026-11-20T10:00:00+01:00', '{status}')")
    engine.dispose()
    with open_store(data) as store:
        assert [i.event_id for i in store.pending_outbox()] == ["e2"]
        assert store.outbox_count("sent") == 1
        assert store.sync_state().state == "not_enrolled"
        assert store.dead_letters() == []
    assert query(data, "SELECT count(*) FROM sync_state") == [(1,)]
