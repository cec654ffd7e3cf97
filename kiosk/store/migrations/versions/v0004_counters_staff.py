"""Staff console (issue 5): counter columns on tickets, and staff accounts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Tickets: the counter that called them, recalls, outcome, note, and the group a
    transferred ticket waits in now (``group`` stays the one it was numbered in).

    Creates ``staff`` (accounts with an argon2id PIN hash and a lockout that survives a
    restart).
    """
    with op.batch_alter_table("tickets") as batch:
        batch.add_column(sa.Column("counter", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recalls", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("outcome", sa.String(30), nullable=True))
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("queue_group", sa.String(10), nullable=True))
    op.create_table(
        "staff",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="local"),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("disabled_at", sa.String(40), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lockouts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.String(40), nullable=True),
        sa.CheckConstraint("role IN ('agent', 'supervisor', 'field')",
                           name=op.f("ck_staff_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )


def downgrade() -> None:
    """Drop ``staff`` and the counter columns."""
    op.drop_table("staff")
    with op.batch_alter_table("tickets") as batch:
        for column in ("queue_group", "note", "outcome", "recalls", "counter"):
            batch.drop_column(column)
