"""The centre's database: SQLite (a file in the data dir) or PostgreSQL, and migrations.

SQLite connections get the kiosk's durability pragmas (WAL, ``synchronous=FULL``,
``busy_timeout``) and every write transaction starts with ``BEGIN IMMEDIATE``, so
writers (several workers, an admin command) queue instead of failing half-way.
On PostgreSQL, writes lock the rows they change (``SELECT ... FOR UPDATE``) or take a
transaction advisory lock; migrations run under ``pg_advisory_xact_lock`` so any
number of processes may start at once.

Faults of the database itself (unreachable, disk full, locked too long) come out of
:meth:`Database.write` and :meth:`Database.read` as :class:`DatabaseUnavailable`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.errors import EnvironmentFault, InputError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Milliseconds a SQLite writer waits for another's write transaction to end.
BUSY_TIMEOUT_MS = 15_000
#: Execution option: this transaction starts with BEGIN IMMEDIATE (SQLite).
WRITE_OPTION = "jisr_server_write"
#: pg_advisory_xact_lock keys (any 64-bit numbers of our own).
MIGRATION_LOCK = 0x4A15_0001
RELEASE_LOCK = 0x4A15_0002
#: Held by a transaction that stores events, from numbering them to its commit.
EVENTS_LOCK = 0x4A15_0003

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
)


class DatabaseUnavailable(EnvironmentFault):
    """The database cannot be reached or written (down, disk full, locked too long)."""


class BadDatabaseUrl(InputError):
    """``--database-url`` is not a SQLite or PostgreSQL URL."""


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file ``path``."""
    return f"sqlite:///{path}"


def normalise_url(url: str) -> str:
    """``url`` with the psycopg 3 driver for PostgreSQL; BadDatabaseUrl if unsupported."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        raise BadDatabaseUrl(f"--database-url: not a database URL: {redact(url)}") from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(
            hide_password=False)
    if backend == "sqlite" and driver in ("", "pysqlite") and parsed.database not in (
            None, "", ":memory:"):
        return url
    raise BadDatabaseUrl("--database-url: use postgresql+psycopg://USER:PASSWORD@HOST/DB "
                         f"or sqlite:///PATH, not {redact(url)}")


def redact(url: str) -> str:
    """``url`` with its password hidden (for messages and logs)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return "(unparseable URL)"


def _on_connect(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    conn: sqlite3.Connection = dbapi_connection  # type: ignore[assignment]
    conn.isolation_level = None  # SQLAlchemy's "begin" event emits BEGIN itself
    for name, value in PRAGMAS:
        row = conn.execute(f"PRAGMA {name}={value}").fetchone()
        if name == "journal_mode" and (row is None or str(row[0]).lower() != "wal"):
            log.warning("SQLite refused WAL journal mode (got %s)", row)


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An engine on the centre's database, with read and write transactions."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            assert parsed.database is not None
            path = Path(parsed.database).expanduser()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not path.exists():  # 0600: SQLite gives its -wal and -shm files the same
                    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            except OSError as exc:
                raise DatabaseUnavailable(f"database {path}: {exc.strerror or exc}") from exc
            self.engine: Engine = create_engine(
                self.url, hide_parameters=True,
                connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(self.engine, "connect", _on_connect)
            event.listen(self.engine, "begin", _on_begin)
        else:
            self.engine = create_engine(
                self.url, hide_parameters=True, pool_pre_ping=True, pool_size=5,
                max_overflow=10, connect_args={"connect_timeout": 10})
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})

    @property
    def display_url(self) -> str:
        """The URL with its password hidden."""
        return redact(self.url)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite), committed at the end."""
        with self._faults(), self._writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction."""
        with self._faults(), self.engine.connect() as conn:
            yield conn

    def lock(self, conn: Connection, key: int) -> None:
        """Hold the advisory lock ``key`` until the transaction ends (PostgreSQL only;
        SQLite's BEGIN IMMEDIATE already serialises writers)."""
        if not self.is_sqlite:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    @contextmanager
    def _faults(self) -> Iterator[None]:
        try:
            yield
        except sa_exc.DBAPIError as exc:
            if not _is_unavailable(exc):
                raise
            log.error("database unavailable: %s", type(exc.orig).__name__)
            self.engine.dispose()
            raise DatabaseUnavailable(f"database {self.display_url}: "
                                      f"{_first_line(exc.orig)}") from exc

    def upgrade(self) -> None:
        """Bring the schema to the newest revision (safe with processes starting at once)."""
        cfg = alembic_config()
        with self._migration_file_lock(), self.write() as conn:
            self.lock(conn, MIGRATION_LOCK)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def _migration_file_lock(self) -> Iterator[None]:
        """On SQLite, one migrating process at a time, by a lock file beside the database.

        Switching a new file to WAL is not always covered by ``busy_timeout``: two
        servers starting at once on a fresh file could get "database is locked".
        PostgreSQL has its advisory lock instead (:meth:`lock`).
        """
        path = self.engine.url.database if self.engine.dialect.name == "sqlite" else None
        if not path or path == ":memory:":
            yield
            return
        import fcntl
        with open(f"{path}.migrate-lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def revision(self) -> str | None:
        """The Alembic revision the database is at (None before any migration)."""
        with self.read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _first_line(error: BaseException | None) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _is_unavailable(exc: sa_exc.DBAPIError) -> bool:
    """A fault of the database's environment, not of our SQL."""
    if exc.connection_invalidated or isinstance(exc, sa_exc.OperationalError):
        return not isinstance(exc, sa_exc.IntegrityError)
    orig = exc.orig
    return isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError) and any(
        m in str(orig).lower() for m in ("disk", "readonly", "locked", "unable to open"))


def alembic_config() -> Config:
    """Alembic configuration pointing at the server's migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg
