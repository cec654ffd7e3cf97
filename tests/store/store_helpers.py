"""Helpers shared by the storage tests (and importable by their child processes)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from kiosk.domain.catalog import Document, FieldSpec, Service
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
from kiosk.domain.tickets import Ticket
from kiosk.paths import database_path

#: Morocco is UTC+1 most of the year.
MOROCCO = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=MOROCCO)
SITE = "TNG01"
SITE_NAME = "Préfecture de Tanger"

#: The ``commit`` fixture: ``commit(now=..., site=..., svc=..., priority=...)``.
CommitFn = Callable[..., Ticket]

#: Personal details used in tests; none of them may ever reach a log or an error text.
PERSONAL = {"full_name": "فاطمة الزهراء بناني", "cnie": "AB123456", "phone": "+212612345678"}


def make_service(service_id: str = "cnie.renew", group: str = "C") -> Service:
    """A service built directly from the catalog dataclasses."""
    return Service(
        id=service_id, category="identity", group=group, pictogram="id-card",
        contexts=("hall", "transit"), names={"fr": "Renouvellement CNIE"},
        descriptions={}, administration={"fr": "DGSN"},
        documents=(Document("old_cnie", {"fr": "Ancienne CNIE"}),
                   Document("photo", {"fr": "Photo"})),
        fields=(FieldSpec("full_name", "name"), FieldSpec("cnie", "cnie"),
                FieldSpec("phone", "phone", required=False)),
        last_checked=date(2026, 11, 1),
    )


def make_request(service_id: str = "cnie.renew", priority: str | None = None,
                 fields: dict[str, str] | None = None) -> NewRequest:
    """A request with personal details and consent, as validate_request returns it."""
    return NewRequest(
        service_id=service_id, lang="ar", fields=dict(PERSONAL if fields is None else fields),
        priority=priority, consent_at=NOW - timedelta(minutes=2),
        consent_version=PRIVACY_NOTICE_VERSION, documents_ready=("photo",),
    )


def query(data_dir: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Run ``sql`` on the kiosk database through a separate plain sqlite3 connection."""
    with closing(sqlite3.connect(database_path(data_dir))) as conn, conn:
        return list(conn.execute(sql, params).fetchall())


def counts(data_dir: Path) -> tuple[int, int, int]:
    """Rows in requests, tickets and outbox (read through a separate connection)."""
    return (
        query(data_dir, "SELECT count(*) FROM requests")[0][0],
        query(data_dir, "SELECT count(*) FROM tickets")[0][0],
        query(data_dir, "SELECT count(*) FROM outbox")[0][0],
    )


def commit_many(data_dir: str, how_many: int, ready: Any, results: Any,
                pause: float = 0.003) -> None:
    """Child process: open the store, meet the others at ``ready``, commit requests.

    Pauses briefly between commits so that the processes really take turns (without
    it SQLite's busy back-off lets one process finish before the other gets a go).
    Puts ``("ok", [ticket numbers])`` or ``("error", repr)`` on ``results``.
    """
    from kiosk.store import open_store

    try:
        store = open_store(Path(data_dir))
        service = make_service()
        ready.wait(timeout=60)
        numbers = []
        for _ in range(how_many):
            ticket = store.commit_request(make_request(), service, NOW, SITE, SITE_NAME, 2)
            numbers.append(ticket.number)
            time.sleep(pause)
        store.close()
        results.put(("ok", numbers))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(("error", repr(exc)))


def open_and_report(data_dir: str, start: Any, results: Any) -> None:
    """Child process: open the store as soon as ``start`` is set; report its device id."""
    from kiosk.store import open_store

    start.wait(timeout=60)
    try:
        with open_store(Path(data_dir)) as store:
            results.put(("ok", store.device_id))
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(("error", repr(exc)))
