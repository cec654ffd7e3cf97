"""Codes the visitor scanned and attached to their request (issue 3).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add requests.scans, a JSON list (empty for every existing request)."""
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("scans", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    """Drop requests.scans."""
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("scans")
