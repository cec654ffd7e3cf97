"""A field bundle the centre refused for good: when and why.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add ``imports.refused_at`` and ``imports.refusal``."""
    with op.batch_alter_table("imports") as batch:
        batch.add_column(sa.Column("refused_at", sa.String(40), nullable=True))
        batch.add_column(sa.Column("refusal", sa.String(300), nullable=True))


def downgrade() -> None:
    """Drop them."""
    with op.batch_alter_table("imports") as batch:
        batch.drop_column("refusal")
        batch.drop_column("refused_at")
