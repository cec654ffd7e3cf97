"""The SQLite engine: durability pragmas, BEGIN IMMEDIATE, storage faults, migrations.

Every connection gets ``journal_mode=WAL``, ``synchronous=FULL``, ``foreign_keys=ON``
and a ``busy_timeout`` when it is opened.  Transactions on an engine made by
:func:`write_engine` start with ``BEGIN IMMEDIATE``, so two processes (the kiosk and a
``kiosk ticket`` command) never allocate the same ticket number; read-only work uses
a plain deferred ``BEGIN``.  See ``docs/STORAGE.md``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.errors import StorageUnavailable

log = logging.getLogger(__name__)

#: Milliseconds a writer waits for another process's write transaction to end.
BUSY_TIMEOUT_MS = 15_000
#: Execution option that makes a transaction start with ``BEGIN IMMEDIATE``.
WRITE_OPTION = "jisr_write"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: SQLite result codes (``sqlite_errorname`` prefixes) that mean "the disk failed us".
_STORAGE_CODES = (
    "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_BUSY",
)
#: The same faults by message, for exceptions that carry no error name.
_STORAGE_MESSAGES = (
    "database or disk is full", "attempt to write a readonly database", "disk i/o error",
    "unable to open database file", "database is locked", "readonly database",
)

PRAGMAS: tuple[tuple[str, str], ...] = (
    # busy_timeout first: switching to WAL may itself wait for another process.
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    # Deleted or overwritten content is zeroed on disk, so personal details erased by
    # the retention purge do not linger in free pages.
    ("secure_delete", "ON"),
)


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _on_connect(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    conn: sqlite3.Connection = dbapi_connection  # type: ignore[assignment]
    # Let SQLAlchemy's "begin" event emit BEGIN (pysqlite's own BEGIN is deferred).
    conn.isolation_level = None
    for name, value in PRAGMAS:
        row = conn.execute(f"PRAGMA {name}={value}").fetchone()
        if name == "journal_mode" and (row is None or str(row[0]).lower() != "wal"):
            log.warning("SQLite refused WAL journal mode (got %s)", row)


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    """A SQLAlchemy engine on ``db_path`` with the kiosk's pragmas on every connection.

    Parameters are hidden from exception messages and logs (they carry personal data).
    """
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
        json_serializer=_json_dumps,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine and pool, but every transaction starts with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})


def is_storage_fault(error: BaseException) -> bool:
    """True when ``error`` is SQLite saying the disk is full, read-only or failing."""
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if not isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError):
        return False
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    if name.startswith(_STORAGE_CODES):
        return True
    message = str(orig).lower()
    return any(m in message for m in _STORAGE_MESSAGES)


@contextmanager
def storage_errors(engine: Engine, action: str) -> Iterator[None]:
    """Turn SQLite storage faults raised inside the block into ``StorageUnavailable``.

    The transaction has already been rolled back by the session or connection
    context manager inside the block.  The pool is emptied so that the next call
    starts on a fresh connection (nothing stays poisoned once space returns).
    """
    try:
        yield
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        if not is_storage_fault(exc):
            raise
        orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
        code = getattr(orig, "sqlite_errorname", "") or type(orig).__name__
        log.error("storage unavailable during %s: %s (%s)", action, orig, code)
        engine.dispose()
        raise StorageUnavailable(f"{action}: {orig}") from exc


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped in the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg


def upgrade(engine: Engine) -> None:
    """Apply every pending migration and make sure the device row exists.

    All of it runs in one ``BEGIN IMMEDIATE`` transaction, so two processes opening
    a fresh data directory at once do not race: the second finds the schema at head.
    """
    cfg = alembic_config()
    with write_engine(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.execute(
            text(
                "INSERT INTO device (id, device_id, next_seq, created_at) "
                "SELECT 1, :device_id, 1, :now WHERE NOT EXISTS (SELECT 1 FROM device)"
            ),
            {"device_id": str(uuid.uuid4()), "now": datetime.now(UTC).isoformat()},
        )


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (``None`` before any migration)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
