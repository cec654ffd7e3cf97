"""The centre's tables (SQLAlchemy Core): sites, enrolment codes, devices, events, releases.

Core, not the ORM: a push of a thousand events is one ``SELECT ... IN`` and one
``executemany`` insert.  Times are stored in UTC (:class:`UtcDateTime`).  The schema
is made and changed by Alembic (``kiosk/server/migrations``); these objects describe
it for queries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC; read back aware (UTC) on SQLite and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        """UTC; naive for SQLite, which has no time zones."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Aware, in UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


sites = Table(
    "sites", metadata,
    Column("code", String(16), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("counters", Integer, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

enrol_codes = Table(
    "enrol_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("site_code", String(16), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("device_id", String(32), nullable=True),
)

devices = Table(
    "devices", metadata,
    Column("id", String(32), primary_key=True),
    Column("install_id", String(64), nullable=False, unique=True),
    Column("site_code", String(16), nullable=False, index=True),
    Column("secret_hash", String(64), nullable=False),
    Column("ticket_key_pem", Text, nullable=True),
    Column("enrolled_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=True),
    Column("events_received", BigInteger, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("backlog", BigInteger, nullable=True),
    Column("software_version", String(64), nullable=True),
    Column("revoked_at", UtcDateTime, nullable=True),
)

events = Table(
    "events", metadata,
    Column("device_id", String(32), ForeignKey("devices.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", String(64), nullable=False),
    Column("type", String(100), nullable=False),
    Column("created_at", String(64), nullable=False),  # the device's clock, for people
    Column("received_at", UtcDateTime, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # accepted | rejected
    Column("reason", String(300), nullable=True),
    Column("payload", Text, nullable=False),  # canonical JSON; personal data, never logged
    UniqueConstraint("device_id", "event_id"),
)

releases = Table(
    "releases", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("published_at", UtcDateTime, nullable=False),
    Column("reason", String(100), nullable=False),
    Column("catalog", Text, nullable=True),  # canonical JSON {file: content}; None: none yet
)
