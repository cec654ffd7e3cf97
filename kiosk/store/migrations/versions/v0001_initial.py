"""Initial schema: device, requests, tickets, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATES = "'waiting', 'called', 'served', 'no_show', 'cancelled'"


def upgrade() -> None:
    """Create the four tables."""
    op.create_table(
        "device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_device_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("device_id", name=op.f("uq_device_device_id")),
    )
    op.create_table(
        "requests",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("lang", sa.String(10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("priority", sa.String(30), nullable=True),
        sa.Column("consent_at", sa.String(40), nullable=True),
        sa.Column("consent_version", sa.String(40), nullable=True),
        sa.Column("documents_ready", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("site_code", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("site_code", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("group", sa.String(10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("issued_at", sa.String(40), nullable=False),
        sa.Column("people_ahead", sa.Integer(), nullable=False),
        sa.Column("estimated_wait_minutes", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(30), nullable=True),
        sa.Column("called_at", sa.String(40), nullable=True),
        sa.Column("served_at", sa.String(40), nullable=True),
        sa.Column("print_status", sa.String(20), nullable=False),
        sa.Column("print_error", sa.Text(), nullable=True),
        sa.CheckConstraint(f"state IN ({_STATES})", name=op.f("ck_tickets_state")),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_tickets_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("request_id", name=op.f("uq_tickets_request_id")),
        sa.UniqueConstraint(
            "site_code", "day", "group", "seq", name=op.f("uq_tickets_site_code_day_group_seq")
        ),
    )
    op.create_index(op.f("ix_tickets_day"), "tickets", ["day"], unique=False)
    op.create_table(
        "outbox",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(50), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("sent_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("seq", name=op.f("uq_outbox_seq")),
    )
    op.create_index(op.f("ix_outbox_status"), "outbox", ["status"], unique=False)


def downgrade() -> None:
    """Drop the four tables."""
    op.drop_index(op.f("ix_outbox_status"), table_name="outbox")
    op.drop_table("outbox")
    op.drop_index(op.f("ix_tickets_day"), table_name="tickets")
    op.drop_table("tickets")
    op.drop_table("requests")
    op.drop_table("device")
