"""Alembic environment for the kiosk database.

``kiosk.store.db.upgrade`` runs migrations programmatically and hands in its own
connection (already inside a ``BEGIN IMMEDIATE`` transaction) as
``config.attributes["connection"]``.  From the command line
(``alembic -c kiosk/store/alembic.ini ...``) the database comes from
``sqlalchemy.url`` or ``-x db=PATH``, with the same pragmas.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from kiosk.store.db import make_engine, write_engine
from kiosk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )


def _database_path() -> Path:
    override = context.get_x_argument(as_dictionary=True).get("db")
    if override:
        return Path(override)
    url = config.get_main_option("sqlalchemy.url") or ""
    if not url.startswith("sqlite:///"):
        raise SystemExit("give the database with -x db=PATH")
    return Path(url.removeprefix("sqlite:///"))


def run_offline() -> None:
    """Emit the migration SQL as text (``alembic upgrade head --sql``)."""
    context.configure(
        url="sqlite://", target_metadata=target_metadata, literal_binds=True,
        render_as_batch=True,
    )
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
    engine = make_engine(_database_path())
    try:
        with write_engine(engine).begin() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
