"""SQLAlchemy 2 ORM models of the kiosk's SQLite database.

The schema itself is created and changed only by the Alembic migrations in
``kiosk/store/migrations``; a test checks that these models and the migrations agree.
See ``docs/STORAGE.md`` for the meaning of every table.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

#: Ticket states: ``waiting`` when issued; the staff console moves them on.
TICKET_STATES: tuple[str, ...] = ("waiting", "called", "served", "no_show", "cancelled")
#: Outbox event states: ``pending`` until the centre answers; then ``sent`` (accepted),
#: or ``dead`` (refused: kept until an agent retries or discards it); ``discarded`` by an
#: agent.  No state is ever deleted by the program.
OUTBOX_STATES: tuple[str, ...] = ("pending", "sent", "dead", "discarded")

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class IsoDateTime(TypeDecorator[datetime]):
    """A datetime stored as ISO 8601 text, keeping its UTC offset (lossless)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Python to SQL: ``datetime.isoformat()``."""
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        """SQL to Python: ``datetime.fromisoformat()``."""
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    """Declarative base with constraint names that batch migrations can refer to."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Device(Base):
    """The one row that identifies this kiosk and numbers its outbox events."""

    __tablename__ = "device"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), unique=True)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class RequestRow(Base):
    """A visitor's request.  ``fields`` holds personal data: never log it."""

    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_id: Mapped[str] = mapped_column(String(100))
    lang: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, str]] = mapped_column(JSON)
    priority: Mapped[str | None] = mapped_column(String(30))
    consent_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    consent_version: Mapped[str | None] = mapped_column(String(40))
    documents_ready: Mapped[list[str]] = mapped_column(JSON)
    #: codes the visitor scanned and attached (may hold personal data: never log)
    scans: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list,
                                                        server_default="[]")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    site_code: Mapped[str] = mapped_column(String(20))


class TicketRow(Base):
    """A ticket: one per request, numbered per site, day and group."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("site_code", "day", "group", "seq"),
        CheckConstraint(
            "state IN (" + ", ".join(f"'{s}'" for s in TICKET_STATES) + ")", name="state"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("requests.id"), unique=True
    )
    service_id: Mapped[str] = mapped_column(String(100))
    site_code: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    group: Mapped[str] = mapped_column(String(10))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(IsoDateTime)
    people_ahead: Mapped[int] = mapped_column(Integer)
    estimated_wait_minutes: Mapped[int] = mapped_column(Integer)
    priority: Mapped[str | None] = mapped_column(String(30))
    called_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    served_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    print_status: Mapped[str] = mapped_column(String(20), default="pending")
    print_error: Mapped[str | None] = mapped_column(Text)
    #: the counter that called it (staff console)
    counter: Mapped[int | None] = mapped_column(Integer)
    recalls: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: how the visit ended (one of ``kiosk.domain.queue.OUTCOMES``)
    outcome: Mapped[str | None] = mapped_column(String(30))
    #: the agent's note on the outcome (may hold personal data: never log)
    note: Mapped[str | None] = mapped_column(Text)
    #: the group a transferred ticket waits in now (``group`` stays the one that
    #: numbered it, so numbers stay unique)
    queue_group: Mapped[str | None] = mapped_column(String(10))


class StaffRow(Base):
    """A staff account: name, role, argon2id PIN hash, and its lockout (kept across
    restarts).  ``source`` is ``local`` (``kiosk staff add``) or ``bundle`` (the centre)."""

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role IN ('agent', 'supervisor', 'field')", name="role"),
        UniqueConstraint("name"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="local", server_default="local")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    #: wrong PINs since the last right one or the last lockout
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: lockouts in a row (each one longer than the one before)
    lockouts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(IsoDateTime)


#: What a field team records (Opération Marhaba).
FIELD_CASE_TYPES: tuple[str, ...] = (
    "medical", "administrative", "customs", "social", "legal", "transport")


class FieldCaseRow(Base):
    """A field team's assistance case.  Personal data (name, plate, story): never log."""

    __tablename__ = "field_cases"
    __table_args__ = (
        CheckConstraint("case_type IN (" + ", ".join(f"'{t}'" for t in FIELD_CASE_TYPES)
                        + ")", name="case_type"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[str | None] = mapped_column(String(36))
    case_type: Mapped[str] = mapped_column(String(20))
    person_name: Mapped[str] = mapped_column(String(200))
    #: ISO 3166 alpha-2 country of residence
    country: Mapped[str | None] = mapped_column(String(2))
    lang: Mapped[str | None] = mapped_column(String(10))
    vehicle_plate: Mapped[str | None] = mapped_column(String(20))
    what_happened: Mapped[str] = mapped_column(Text)
    action_taken: Mapped[str | None] = mapped_column(Text)
    referral: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    #: 1 when recorded, +1 on every edit (each save is an outbox event)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class FeedbackRow(Base):
    """A visitor's rating (1-5) and optional comment after being served."""

    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str | None] = mapped_column(String(36))
    ticket_number: Mapped[str | None] = mapped_column(String(20))
    service_id: Mapped[str | None] = mapped_column(String(100))
    site_code: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    #: free text (may hold personal data: never log)
    comment: Mapped[str | None] = mapped_column(Text)
    #: 1 when the visitor was pointed to the national complaints portal
    complaint: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lang: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class ImportRow(Base):
    """A field bundle imported from a USB stick: imported once, forwarded once."""

    __tablename__ = "imports"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin_device_id: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(IsoDateTime)
    forwarded_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    #: the bundle as read (encrypted), until the centre has it
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: when the centre last refused it for good (not a transport failure), and why:
    #: the sync worker no longer sends it by itself (`kiosk import --forward` does)
    refused_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    refusal: Mapped[str | None] = mapped_column(String(300))


class OutboxEvent(Base):
    """An event for the centre, numbered per device.  ``payload`` holds personal data."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in OUTBOX_STATES) + ")", name="status"
        ),
        # The pusher reads "pending, in seq order, the first N": one index range scan.
        Index("ix_outbox_status_seq", "status", "seq"),
    )

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    type: Mapped[str] = mapped_column(String(50))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    sent_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    #: why the centre refused it (its status and reason; never the payload)
    dead_reason: Mapped[str | None] = mapped_column(Text)
    dead_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    discarded_at: Mapped[datetime | None] = mapped_column(IsoDateTime)


class SyncStateRow(Base):
    """The one row saying what the sync worker last did (read by ``kiosk sync --status``
    in another process).  Holds no personal data."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: one of ``kiosk.sync.status.STATES``
    state: Mapped[str] = mapped_column(String(20), default="not_enrolled")
    last_success_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    #: one of ``kiosk.sync.status.ERROR_CODES``
    last_error: Mapped[str | None] = mapped_column(String(40))
    last_error_detail: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    next_try_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    #: consecutive failed attempts (0 after a success)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    bundle_version: Mapped[int | None] = mapped_column(Integer)
    last_pull_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
