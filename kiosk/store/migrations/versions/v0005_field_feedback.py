"""Field-team cases and visitor feedback (issue 7).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``field_cases``, ``feedback`` and ``imports``."""
    op.create_table(
        "field_cases",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("site_code", sa.String(20), nullable=False),
        sa.Column("staff_id", sa.String(36), nullable=True),
        sa.Column("case_type", sa.String(20), nullable=False),
        sa.Column("person_name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("lang", sa.String(10), nullable=True),
        sa.Column("vehicle_plate", sa.String(20), nullable=True),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=True),
        sa.Column("referral", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.CheckConstraint(
            "case_type IN ('medical', 'administrative', 'customs', 'social', 'legal', "
            "'transport')", name=op.f("ck_field_cases_case_type")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_cases")),
    )
    op.create_index(op.f("ix_field_cases_created_at"), "field_cases", ["created_at"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("request_id", sa.String(36), nullable=True),
        sa.Column("ticket_number", sa.String(20), nullable=True),
        sa.Column("service_id", sa.String(100), nullable=True),
        sa.Column("site_code", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("complaint", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lang", sa.String(10), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_feedback_rating")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    op.create_index(op.f("ix_feedback_day"), "feedback", ["day"])
    op.create_table(
        "imports",
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("origin_device_id", sa.String(64), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.Column("forwarded_at", sa.String(40), nullable=True),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_imports")),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("imports")
    op.drop_index(op.f("ix_feedback_day"), table_name="feedback")
    op.drop_table("feedback")
    op.drop_index(op.f("ix_field_cases_created_at"), table_name="field_cases")
    op.drop_table("field_cases")
