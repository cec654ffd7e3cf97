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
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

#: Ticket states: ``waiting`` when issued; the staff console moves them on.
TICKET_STATES: tuple[str, ...] = ("waiting", "called", "served", "no_show", "cancelled")

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


class OutboxEvent(Base):
    """An event waiting to be sent to the centre, numbered per device."""

    __tablename__ = "outbox"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    type: Mapped[str] = mapped_column(String(50))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    sent_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
