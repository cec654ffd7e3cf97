"""Sync with the centre (issue 4): dead letters in the outbox, and the sync state row.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATES = "'pending', 'sent', 'dead', 'discarded'"


def upgrade() -> None:
    """Outbox: dead-letter columns, a status check, an index on (status, seq).

    Creates ``sync_state`` with its one row (state ``not_enrolled``).
    """
    with op.batch_alter_table("outbox", recreate="always") as batch:
        batch.add_column(sa.Column("dead_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("dead_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("discarded_at", sa.String(40), nullable=True))
        batch.create_check_constraint("status", f"status IN ({_STATES})")
        batch.drop_index("ix_outbox_status")
        batch.create_index("ix_outbox_status_seq", ["status", "seq"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("last_success_at", sa.String(40), nullable=True),
        sa.Column("last_attempt_at", sa.String(40), nullable=True),
        sa.Column("last_error", sa.String(40), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.String(40), nullable=True),
        sa.Column("next_try_at", sa.String(40), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("bundle_version", sa.Integer(), nullable=True),
        sa.Column("last_pull_at", sa.String(40), nullable=True),
        sa.Column("updated_at", sa.String(40), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.execute("INSERT INTO sync_state (id, state, attempts) VALUES (1, 'not_enrolled', 0)")


def downgrade() -> None:
    """Drop ``sync_state`` and the dead-letter columns (dead letters become pending)."""
    op.drop_table("sync_state")
    op.execute("UPDATE outbox SET status = 'pending' WHERE status IN ('dead', 'discarded')")
    with op.batch_alter_table("outbox", recreate="always") as batch:
        batch.drop_index("ix_outbox_status_seq")
        batch.drop_constraint("ck_outbox_status", type_="check")
        batch.drop_column("discarded_at")
        batch.drop_column("dead_at")
        batch.drop_column("dead_reason")
        batch.create_index("ix_outbox_status", ["status"], unique=False)
