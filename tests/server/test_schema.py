"""The migrations make exactly the tables the code describes, safely from many processes."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kiosk.server.db import Database
from kiosk.server.schema import metadata
from kiosk.server.settings import ServerSettings

#: The newest revision.
HEAD = "0005"


def test_migrations_match_the_tables_in_code(db: Database) -> None:
    with db.read() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_upgrading_twice_or_at_once_is_safe(settings: ServerSettings) -> None:
    settings.ensure_data_dir()
    databases = [Database(settings.database_url) for _ in range(4)]
    errors: list[BaseException] = []

    def upgrade(database: Database) -> None:
        try:
            database.upgrade()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=upgrade, args=(d,)) for d in databases]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        databases[0].upgrade()
        assert {d.revision() for d in databases} == {HEAD}
    finally:
        for database in databases:
            database.dispose()


def test_0002_numbers_the_events_already_stored_in_arrival_order(
        settings: ServerSettings) -> None:
    """A centre upgraded from 0001 keeps its events, numbered as they were received."""
    from datetime import UTC, datetime, timedelta

    from alembic import command
    from sqlalchemy import text

    from kiosk.server.db import alembic_config

    settings.ensure_data_dir()
    database = Database(settings.database_url)
    try:
        cfg = alembic_config()
        with database.write() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        base = datetime(2026, 11, 24, 9, tzinfo=UTC)
        with database.write() as conn:
            for device in ("dev-a", "dev-b"):
                conn.execute(text(
                    "INSERT INTO devices (id, install_id, site_code, secret_hash, enrolled_at,"
                    " events_received, last_seq) VALUES (:id, :id, 'TNG01', 'x', :at, 2, 2)"),
                    {"id": device, "at": base})
            # received: b1, a1, a2, b2
            for n, (device, seq) in enumerate((("dev-b", 1), ("dev-a", 1), ("dev-a", 2),
                                               ("dev-b", 2))):
                conn.execute(text(
                    "INSERT INTO events (device_id, seq, event_id, type, created_at, "
                    "received_at, content_hash, status, payload) VALUES (:d, :s, :e, "
                    "'request.created', 't', :at, 'h', 'accepted', '{}')"),
                    {"d": device, "s": seq, "e": f"{device}-{seq}",
                     "at": (base + timedelta(minutes=n)).replace(tzinfo=None)
                     if database.is_sqlite else base + timedelta(minutes=n)})
        database.upgrade()
        with database.read() as conn:
            rows = conn.execute(text("SELECT device_id, seq, arrival FROM events "
                                     "ORDER BY arrival")).all()
            roles = conn.execute(text("SELECT role, relayed_seq FROM devices")).all()
        assert [(r[0], r[1], r[2]) for r in rows] == [
            ("dev-b", 1, 1), ("dev-a", 1, 2), ("dev-a", 2, 3), ("dev-b", 2, 4)]
        assert {tuple(r) for r in roles} == {("kiosk", 0)}
    finally:
        database.dispose()
