"""A hall server's pull of the centre's bundle: the upstream version last taken.

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
    """Create ``upstream_bundle`` (one row, id 1)."""
    op.create_table(
        "upstream_bundle",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("taken_version", sa.BigInteger(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("local_version", sa.BigInteger(), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(300), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_upstream_bundle"),
    )


def downgrade() -> None:
    """Drop ``upstream_bundle``."""
    op.drop_table("upstream_bundle")
