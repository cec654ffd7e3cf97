"""The server's tables (SQLAlchemy Core): sites, enrolment codes, devices, events,
releases, the sites' staff accounts (site_staff); the queue projection (queue_tickets,
queue_requests, queue_events) and the relay's state (relay_state).

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
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
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
    # what the device is in its hall: kiosk, console, board; "hall" for a hall server
    # enrolled at the centre
    Column("role", String(16), nullable=False, server_default="kiosk"),
    Column("station", Integer, nullable=True),  # kiosks: 1-9, in their ticket numbers
    # a device known only through a hall server's relay (no credential): that hall's id
    Column("via", String(32), nullable=True),
    # the hall's relay: every event of this device up to this seq is at the centre
    Column("relayed_seq", BigInteger, nullable=False, server_default="0"),
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
    # the order events arrived in, over all devices (1, 2, 3... in commit order): the
    # queue is applied, and relayed, in this order
    Column("arrival", BigInteger, nullable=True),
    # when the retention purge erased its personal details (service/purge.py); None: not
    # yet, or nothing to erase yet
    Column("purged_at", UtcDateTime, nullable=True),
    UniqueConstraint("device_id", "event_id"),
    Index("ix_events_arrival", "arrival", unique=True),
)

releases = Table(
    "releases", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("published_at", UtcDateTime, nullable=False),
    Column("reason", String(100), nullable=False),
    Column("catalog", Text, nullable=True),  # canonical JSON {file: content}; None: none yet
)

#: Each site's staff accounts, as published with ``kiosk server publish-staff``; they go
#: into the site's bundle (docs/STAFF.md).  ``accounts`` is canonical JSON
#: ``[{"id", "name", "role", "pin_hash"}]``: names are personal data, never logged.
site_staff = Table(
    "site_staff", metadata,
    Column("site_code", String(16), primary_key=True),
    Column("accounts", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

# -- the queue projection (docs/SERVER.md, "The hall's queue") --------------------------

queue_tickets = Table(
    "queue_tickets", metadata,
    Column("request_id", String(64), primary_key=True),
    Column("site_code", String(16), nullable=False),
    Column("day", Date, nullable=False),
    Column("number", String(32), nullable=False),
    Column("service_id", String(100), nullable=False),
    Column("group", String(32), nullable=False),
    Column("priority", String(50), nullable=True),
    Column("issued_at", UtcDateTime, nullable=False),
    Column("state", String(16), nullable=False),
    Column("counter", Integer, nullable=True),
    Column("called_at", UtcDateTime, nullable=True),
    Column("recalls", Integer, nullable=False),
    Column("served_at", UtcDateTime, nullable=True),
    Column("outcome", String(30), nullable=True),
    Column("transferred_from", String(32), nullable=True),
    Column("updated_at", UtcDateTime, nullable=False),
    Index("ix_queue_tickets_site_code_day", "site_code", "day"),
)

#: What the visitor of a ticket entered and scanned, for the counter.  Personal data:
#: never logged; kept as long as the events that carry it (docs/SERVER.md).
queue_requests = Table(
    "queue_requests", metadata,
    Column("request_id", String(64), primary_key=True),
    Column("site_code", String(16), nullable=False),
    Column("service_id", String(100), nullable=False),
    Column("lang", String(16), nullable=False),
    Column("fields", Text, nullable=False),  # JSON object
    Column("scans", Text, nullable=False),  # JSON list
    Column("documents_ready", Text, nullable=False),  # JSON list
    Column("priority", String(50), nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
)

#: Every accepted event that moves a ticket, with what the rules need of it (no
#: personal data: a request.created keeps only its ticket), in arrival order.  A
#: ticket is the fold of its events; an event that arrives before its ticket waits here.
queue_events = Table(
    "queue_events", metadata,
    Column("device_id", String(32), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("request_id", String(64), nullable=False, index=True),
    Column("site_code", String(16), nullable=False),
    Column("type", String(100), nullable=False),
    Column("arrival", BigInteger, nullable=False),
    Column("data", Text, nullable=False),  # canonical JSON
    ForeignKeyConstraint(["device_id", "seq"], ["events.device_id", "events.seq"]),
)

#: The relay to the centre (one row, id 1): what ``kiosk server relay-status`` shows.
relay_state = Table(
    "relay_state", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("upstream_url", String(300), nullable=True),
    Column("last_attempt_at", UtcDateTime, nullable=True),
    Column("last_success_at", UtcDateTime, nullable=True),
    Column("last_error", String(300), nullable=True),
    Column("failures", Integer, nullable=False),
    Column("relayed", BigInteger, nullable=False),
)

#: A hall server's pull of the centre's bundle (one row, id 1): the upstream version
#: last taken and the local version it was published as (kiosk/server/downstream.py).
upstream_bundle = Table(
    "upstream_bundle", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("taken_version", BigInteger, nullable=False),
    Column("taken_at", UtcDateTime, nullable=True),
    Column("local_version", BigInteger, nullable=True),
    Column("last_attempt_at", UtcDateTime, nullable=True),
    Column("last_error", String(300), nullable=True),
)
