"""Migrations at start, durability pragmas, BEGIN IMMEDIATE, integrity."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from store_helpers import NOW, CommitFn, counts, open_and_report, query

from kiosk.paths import database_path
from kiosk.store import SqlStore, open_store
from kiosk.store.db import MIGRATIONS_DIR, alembic_config, schema_revision
from kiosk.store.models import Base

TABLES = {"alembic_version", "device", "requests", "tickets", "outbox"}


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _schema(data_dir: Path) -> list[tuple[object, ...]]:
    return query(data_dir, "SELECT type, name, sql FROM sqlite_master ORDER BY name")


def test_fresh_directory_gets_a_migrated_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "yet" / "there"
    with open_store(data_dir) as store:
        assert database_path(data_dir).is_file()
        assert schema_revision(store.engine) == _head()
        names = {r[0] for r in query(data_dir, "SELECT name FROM sqlite_master "
                                               "WHERE type='table'")}
        assert names >= TABLES
        assert query(data_dir, "SELECT id, next_seq FROM device") == [(1, 1)]
        assert len(store.device_id) == 36


def test_reopening_is_a_no_op(data_dir: Path, store: SqlStore, commit: CommitFn) -> None:
    commit()
    device_id = store.device_id
    schema = _schema(data_dir)
    store.close()

    with open_store(data_dir) as again:
        assert again.device_id == device_id
        assert schema_revision(again.engine) == _head()
        assert _schema(data_dir) == schema
        assert counts(data_dir) == (1, 1, 1)
        assert query(data_dir, "SELECT count(*) FROM device") == [(1,)]


def test_models_and_migrations_agree(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert any(MIGRATIONS_DIR.joinpath("versions").glob("v0001_*.py"))


def test_every_connection_has_the_durability_pragmas(store: SqlStore, data_dir: Path) -> None:
    with store.engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragma == {"journal_mode": "wal", "synchronous": 2,  # 2 = FULL
                      "foreign_keys": 1, "busy_timeout": 15000}
    # WAL is persistent: any other program opening the file sees it too.
    assert query(data_dir, "PRAGMA journal_mode") == [("wal",)]


def test_writes_begin_immediate_and_reads_do_not(store: SqlStore, commit: CommitFn) -> None:
    seen: list[str] = []

    def _record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement.split()[0].upper() + (" IMMEDIATE" if "IMMEDIATE" in
                                                    statement.upper() else ""))

    event.listen(store.engine, "before_cursor_execute", _record)
    ticket = commit()
    assert seen[0] == "BEGIN IMMEDIATE"
    assert seen.count("BEGIN IMMEDIATE") == 1 and "BEGIN" not in seen
    seen.clear()
    store.day_tickets(NOW.date())
    assert seen[0] == "BEGIN"
    seen.clear()
    store.record_print_failure(ticket, "jam", NOW)
    assert seen[0] == "BEGIN IMMEDIATE"


def test_foreign_keys_are_enforced(store: SqlStore) -> None:
    with pytest.raises(sa_exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO tickets (request_id, service_id, site_code, day, \"group\", seq, "
            "number, state, issued_at, people_ahead, estimated_wait_minutes, print_status) "
            "VALUES ('nope', 's', 'X', '2026-11-23', 'C', 1, 'C-001', 'waiting', 'x', 0, 0, "
            "'pending')"))


def test_integrity_check_is_ok_after_many_commits(store: SqlStore, commit: CommitFn) -> None:
    for _ in range(60):
        ticket = commit()
    store.record_print_failure(ticket, "jam", NOW)
    assert store.integrity_check() == "ok"


def test_two_processes_opening_a_fresh_directory_at_once(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=open_and_report, args=(str(tmp_path / "d"), start, results))
             for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    assert len({device for _, device in outcomes}) == 1
    assert query(tmp_path / "d", "SELECT count(*) FROM device") == [(1,)]


def test_a_version_0001_database_is_upgraded_in_place_keeping_its_rows(tmp_path: Path) -> None:
    """A kiosk updated in the field keeps every request; the new column starts empty."""
    from alembic import command

    from kiosk.paths import database_path
    from kiosk.store.db import alembic_config, make_engine, schema_revision, write_engine
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(database_path(data))
    cfg = alembic_config()
    with write_engine(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO requests (id, service_id, lang, fields, priority, consent_at, "
            "consent_version, documents_ready, created_at, site_code) VALUES "
            "('r1', 'cnie', 'ar', '{}', NULL, NULL, NULL, '[]', "
            "'2026-11-20T10:00:00+01:00', 'TNG01')")
    assert schema_revision(engine) == "0001"
    engine.dispose()
    store = open_store(data)
    assert schema_revision(store.engine) == _head()
    assert query(data, "SELECT id, scans FROM requests") == [("r1", "[]")]
    store.close()
