"""Fixtures for the storage tests: a real SQLite file in ``tmp_path``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from store_helpers import NOW, SITE, SITE_NAME, CommitFn, make_request, make_service

from kiosk.domain.catalog import Service
from kiosk.domain.tickets import Ticket
from kiosk.store import SqlStore, open_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data directory (not created yet)."""
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[SqlStore]:
    """A freshly migrated store on a real SQLite file."""
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def service() -> Service:
    """A service of group C."""
    return make_service()


@pytest.fixture
def commit(store: SqlStore, service: Service) -> CommitFn:
    """Commit a request: ``commit(now=..., site=..., svc=..., priority=...)``."""

    def _commit(now: datetime = NOW, site: str = SITE, svc: Service | None = None,
                priority: str | None = None, counters: int = 2,
                fields: dict[str, str] | None = None) -> Ticket:
        chosen = svc or service
        return store.commit_request(make_request(chosen.id, priority, fields), chosen, now,
                                    site, SITE_NAME, counters)

    return _commit
