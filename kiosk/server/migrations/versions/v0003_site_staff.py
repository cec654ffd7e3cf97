"""Staff accounts (issue 5): each site's accounts, published by the centre and sent to its
devices in the reference bundle.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``site_staff``."""
    op.create_table(
        "site_staff",
        sa.Column("site_code", sa.String(16), nullable=False),
        sa.Column("accounts", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("site_code", name="pk_site_staff"),
    )


def downgrade() -> None:
    """Drop ``site_staff``."""
    op.drop_table("site_staff")
