"""``StoreBase``: the plumbing shared by :class:`~kiosk.store.repository.SqlStore` and
its :class:`~kiosk.store.outbox.OutboxStore` part.

One write is one ``BEGIN IMMEDIATE`` transaction; storage faults surface as
:class:`kiosk.errors.StorageUnavailable` (see :func:`kiosk.store.db.storage_errors`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.errors import StorageUnavailable
from kiosk.paths import database_path
from kiosk.store.db import make_engine, storage_errors, upgrade, write_engine
from kiosk.store.models import Device, OutboxEvent

log = logging.getLogger(__name__)

#: Most ids in one ``IN (...)`` (well under SQLite's limit on bound parameters).
IN_CHUNK = 900

_T = TypeVar("_T")


def chunks(ids: Sequence[_T], size: int = IN_CHUNK) -> Iterator[Sequence[_T]]:
    """``ids`` in slices of at most ``size``, for ``IN (...)`` lists."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def open_engine(data_dir: Path, action: str) -> Engine:
    """An engine on the kiosk database in ``data_dir``, created or migrated as needed
    (as :func:`kiosk.store.open_store` does); StorageUnavailable when the folder or
    file cannot be created or written."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.error("data directory cannot be created: %s", exc.strerror)
        raise StorageUnavailable(f"data directory: {exc.strerror}") from exc
    engine = make_engine(database_path(data_dir))
    try:
        with storage_errors(engine, action):
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


class StoreBase:
    """An engine, its write engine, and transactions on them."""

    def __init__(self, engine: Engine) -> None:
        """Wrap ``engine`` (made by :func:`kiosk.store.db.make_engine`, migrated)."""
        self.engine = engine
        self._writer = write_engine(engine)

    @contextmanager
    def _write(self, action: str) -> Iterator[Session]:
        """A session in one BEGIN IMMEDIATE transaction, committed on success."""
        with (
            storage_errors(self.engine, action),
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _read(self, action: str) -> Iterator[Session]:
        """A session in one deferred (read) transaction."""
        with (
            storage_errors(self.engine, action),
            Session(self.engine) as session,
            session.begin(),
        ):
            yield session

    @staticmethod
    def _add_event(s: Session, device: Device, type_: str, payload: dict[str, Any],
                   now: datetime) -> None:
        """Queue an outbox event with the device's next sequence number."""
        s.add(OutboxEvent(
            event_id=str(uuid.uuid4()), seq=device.next_seq, type=type_, payload=payload,
            created_at=now, status="pending",
        ))
        device.next_seq += 1
        s.flush()
