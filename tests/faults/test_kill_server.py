"""kill -9 of the centre in the middle of a big batch, then a restart on the same data.

The centre applies a batch in one transaction: killed while it holds that
transaction open, it must come back with none of the batch (and counters that agree);
the kiosk's worker retries on its own and every event arrives exactly once.

The kill is aimed, not timed: the proxy says when the batch has been handed to the
centre, then the test watches the centre's database and kills the process the moment
the push transaction is open -- on SQLite while the centre holds the write lock (a
``BEGIN IMMEDIATE`` of ours fails with "database is locked"), on PostgreSQL while its
session has a transaction id (it locked the device's row ``FOR UPDATE``).  A second
case kills it as soon as the batch is handed over (while it reads and checks it).
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from contextlib import closing
from typing import Any

import pytest

from tests.faults.conftest import BOTH, Enrolled
from tests.faults.sync_env import assert_exactly_once, centre_events, wait_for

EVENTS_PATH = "/api/v1/events"
BATCH = 1000


def _open_transaction_probe(centre: Any) -> Any:
    """A function that returns True while the centre holds a write transaction open."""
    if centre.database_url:
        import psycopg
        from sqlalchemy.engine import make_url
        url = make_url(centre.database_url).set(drivername="postgresql")
        conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

        def pg_open() -> bool:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL").fetchone()
            return bool(row and row[0])

        pg_open.close = conn.close  # type: ignore[attr-defined]
        return pg_open
    lite = sqlite3.connect(centre.data_dir / "jisr-server.sqlite3", timeout=0,
                           isolation_level=None)

    def sqlite_open() -> bool:
        try:
            lite.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return "locked" in str(exc) or "busy" in str(exc)
        lite.execute("ROLLBACK")
        return False

    sqlite_open.close = lite.close  # type: ignore[attr-defined]
    return sqlite_open


def _centre_counters(centre: Any, device_id: str) -> tuple[int, int]:
    """(events_received, last_seq) of the device, read from the centre's database."""
    sql = "SELECT events_received, last_seq FROM devices WHERE id = {p}"
    if centre.database_url:
        import psycopg
        from sqlalchemy.engine import make_url
        url = make_url(centre.database_url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            row = conn.execute(sql.format(p="%s"), (device_id,)).fetchone()
    else:
        with closing(sqlite3.connect(centre.data_dir / "jisr-server.sqlite3")) as conn:
            row = conn.execute(sql.format(p="?"), (device_id,)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


@pytest.mark.parametrize("backend", BOTH, indirect=True)
@pytest.mark.parametrize("when", ["in-transaction", "batch-received"])
def test_centre_killed_mid_batch_then_restarted(enrolled: Enrolled, when: str) -> None:
    node, centre, proxy = enrolled.node, enrolled.centre, enrolled.proxy
    node.write_config(batch_size=BATCH, read_timeout_s=30)
    node.issue(2)
    node.bulk_backlog(3 * BATCH)  # 3002 events: batches of 1000, 1000, 1000 and 2
    total = 3 * BATCH + 2

    handed_over = threading.Event()
    killed = threading.Event()
    saw_transaction: list[bool] = []
    pushes = iter(range(1, 10**6))

    def on_forwarded(method: str, path: str) -> None:
        if path.startswith(EVENTS_PATH) and next(pushes) == 2:  # the second batch
            if when == "batch-received":
                centre.kill()
                killed.set()
            else:
                handed_over.set()

    def watch() -> None:
        probe = _open_transaction_probe(centre)
        try:
            if not handed_over.wait(60):
                return
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not killed.is_set():
                if probe():
                    centre.kill()
                    saw_transaction.append(True)
                    killed.set()
                    return
                time.sleep(0.0005)
        finally:
            probe.close()

    watcher = threading.Thread(target=watch, name="kill-watcher")
    watcher.start()
    proxy.on_forwarded(on_forwarded)
    worker = node.spawn("sync")  # the long-running worker: it must retry by itself
    try:
        assert killed.wait(60), "the centre was never killed"
        handed_over.set()  # release the watcher in the batch-received case
        watcher.join(30)
        proxy.on_forwarded(None)
        if when == "in-transaction":
            assert saw_transaction, "the push transaction was never seen open"

        # All or nothing: the batch in flight is not half there, and the counters agree.
        rows = centre_events(centre, enrolled.device_id).rows
        assert rows in (BATCH, 2 * BATCH), rows  # the second batch: none of it, or all
        assert _centre_counters(centre, enrolled.device_id) == (rows, rows)
        print(f"\ncentre killed ({when}) with {rows} events committed "
              f"({'the batch in flight rolled back' if rows == BATCH else 'it had committed'})")

        time.sleep(0.5)  # the kiosk meets a dead centre for a while
        centre.start()   # same port, data directory and database
        wait_for(lambda: node.outbox_counts() == {"sent": total}, 90,
                 "the worker to send everything after the restart")
    finally:
        proxy.on_forwarded(None)
        handed_over.set()
        watcher.join(30)
        worker.send_signal(signal.SIGTERM)
        try:
            worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()
    assert_exactly_once(node, centre, enrolled.device_id)
