"""The migrations make exactly the tables the code describes, safely from many processes."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kiosk.server.db import Database
from kiosk.server.schema import metadata
from kiosk.server.settings import ServerSettings

#: The newest revision.
HEAD = "0003"


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
