"""Several devices in one hall (issue 5): device roles and stations, the order events
arrived in, the queue projection, and the relay to the centre.

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


def _when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    """Add the columns and tables; number the events stored so far in arrival order."""
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("role", sa.String(16), nullable=False,
                                   server_default="kiosk"))
        batch.add_column(sa.Column("station", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("via", sa.String(32), nullable=True))
        batch.add_column(sa.Column("relayed_seq", sa.BigInteger(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("arrival", sa.BigInteger(), nullable=True))
    # Events stored before: in the order they were received, each device's in seq order
    # (one UPDATE ... FROM, not a subquery per row).
    events = sa.table("events", sa.column("device_id", sa.String),
                      sa.column("seq", sa.BigInteger), sa.column("received_at", sa.DateTime),
                      sa.column("arrival", sa.BigInteger))
    numbered = sa.select(
        events.c.device_id, events.c.seq,
        sa.func.row_number().over(order_by=(events.c.received_at, events.c.device_id,
                                             events.c.seq)).label("n")).subquery()
    op.execute(events.update().values(arrival=numbered.c.n).where(
        numbered.c.device_id == events.c.device_id, numbered.c.seq == events.c.seq))
    op.create_index("ix_events_arrival", "events", ["arrival"], unique=True)
    op.create_table(
        "queue_tickets",
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("site_code", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("group", sa.String(32), nullable=False),
        sa.Column("priority", sa.String(50), nullable=True),
        _when("issued_at"),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=True),
        _when("called_at", nullable=True),
        sa.Column("recalls", sa.Integer(), nullable=False),
        _when("served_at", nullable=True),
        sa.Column("outcome", sa.String(30), nullable=True),
        sa.Column("transferred_from", sa.String(32), nullable=True),
        _when("updated_at"),
        sa.PrimaryKeyConstraint("request_id", name="pk_queue_tickets"),
    )
    op.create_index("ix_queue_tickets_site_code_day", "queue_tickets", ["site_code", "day"])
    op.create_table(
        "queue_requests",
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("site_code", sa.String(16), nullable=False),
        sa.Column("service_id", sa.String(100), nullable=False),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("scans", sa.Text(), nullable=False),
        sa.Column("documents_ready", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(50), nullable=True),
        _when("created_at"),
        sa.PrimaryKeyConstraint("request_id", name="pk_queue_requests"),
    )
    op.create_table(
        "queue_events",
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("site_code", sa.String(16), nullable=False),
        sa.Column("type", sa.String(100), nullable=False),
        sa.Column("arrival", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name="pk_queue_events"),
        sa.ForeignKeyConstraint(["device_id", "seq"], ["events.device_id", "events.seq"],
                                name="fk_queue_events_device_id_events"),
    )
    op.create_index("ix_queue_events_request_id", "queue_events", ["request_id"])
    op.create_table(
        "relay_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("upstream_url", sa.String(300), nullable=True),
        _when("last_attempt_at", nullable=True),
        _when("last_success_at", nullable=True),
        sa.Column("last_error", sa.String(300), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("relayed", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_relay_state"),
    )


def downgrade() -> None:
    """Drop the tables and columns."""
    op.drop_table("relay_state")
    op.drop_index("ix_queue_events_request_id", table_name="queue_events")
    op.drop_table("queue_events")
    op.drop_table("queue_requests")
    op.drop_index("ix_queue_tickets_site_code_day", table_name="queue_tickets")
    op.drop_table("queue_tickets")
    op.drop_index("ix_events_arrival", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("arrival")
    with op.batch_alter_table("devices") as batch:
        for column in ("relayed_seq", "via", "station", "role"):
            batch.drop_column(column)
