"""Alembic environment for the centre's database.

``kiosk.server.db.Database.upgrade`` runs migrations programmatically and hands in its
own connection (inside a write transaction, holding the migration lock) as
``config.attributes["connection"]``.  From the command line
(``alembic -c kiosk/server/alembic.ini -x url=URL ...``) the database comes from
``-x url=`` or ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from kiosk.server.db import MIGRATION_LOCK, Database
from kiosk.server.schema import metadata

config = context.config
target_metadata = metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )


def run_offline() -> None:
    """Emit the migration SQL as text (``alembic upgrade head --sql``)."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url") or "sqlite://"
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Apply migrations on the given connection, or on a fresh one."""
    given = config.attributes.get("connection")
    if isinstance(given, Connection):
        _configure(given)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url")
    if not url:
        raise SystemExit("give the database with -x url=URL")
    database = Database(url)
    try:
        with database.write() as connection:
            database.lock(connection, MIGRATION_LOCK)
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        database.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
