"""The centre's first schema: sites, enrolment codes, devices, events, releases.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    """Create the five tables."""
    op.create_table(
        "sites",
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("counters", sa.Integer(), nullable=False),
        _when("updated_at"),
        sa.PrimaryKeyConstraint("code", name="pk_sites"),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("site_code", sa.String(16), nullable=False),
        _when("created_at"),
        _when("expires_at"),
        _when("used_at", nullable=True),
        sa.Column("device_id", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("code_hash", name="pk_enrol_codes"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("install_id", sa.String(64), nullable=False),
        sa.Column("site_code", sa.String(16), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("ticket_key_pem", sa.Text(), nullable=True),
        _when("enrolled_at"),
        _when("last_seen_at", nullable=True),
        sa.Column("events_received", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("backlog", sa.BigInteger(), nullable=True),
        sa.Column("software_version", sa.String(64), nullable=True),
        _when("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.UniqueConstraint("install_id", name="uq_devices_install_id"),
    )
    op.create_index("ix_devices_site_code", "devices", ["site_code"])
    op.create_table(
        "events",
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(100), nullable=False),
        sa.Column("created_at", sa.String(64), nullable=False),
        _when("received_at"),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(300), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name="pk_events"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name="fk_events_device_id_devices"),
        sa.UniqueConstraint("device_id", "event_id", name="uq_events_device_id_event_id"),
    )
    op.create_table(
        "releases",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        _when("published_at"),
        sa.Column("reason", sa.String(100), nullable=False),
        sa.Column("catalog", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("version", name="pk_releases"),
    )


def downgrade() -> None:
    """Drop the five tables."""
    op.drop_table("releases")
    op.drop_table("events")
    op.drop_index("ix_devices_site_code", table_name="devices")
    op.drop_table("devices")
    op.drop_table("enrol_codes")
    op.drop_table("sites")
