"""Durable local storage: SQLite via SQLAlchemy 2, Alembic migrations, an outbox.

Use :func:`open_store` to get a :class:`SqlStore` (the ``RequestStore`` of
:mod:`kiosk.domain.ports`).  See ``docs/STORAGE.md``.
"""

from kiosk.store.outbox import DeadEvent, OutboxItem, SyncRecord
from kiosk.store.repository import SqlStore, open_store

__all__ = ["DeadEvent", "OutboxItem", "SqlStore", "SyncRecord", "open_store"]
