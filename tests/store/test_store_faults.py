"""Disk full and read-only disk: StorageUnavailable, nothing half-written, then recovery."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from store_helpers import NOW, PERSONAL, CommitFn, counts, query

from kiosk.errors import EnvironmentFault, StorageUnavailable
from kiosk.store import SqlStore, open_store

#: SQLite's largest max_page_count (the default, in effect "no limit").
NO_LIMIT = 4294967294


class ConnectionHook:
    """Runs a PRAGMA on the live connection each time the store checks one out."""

    def __init__(self, store: SqlStore) -> None:
        self.pragmas: dict[str, object] = {}
        event.listen(store.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, record: Any, proxy: Any) -> None:
        for name, value in self.pragmas.items():
            dbapi_connection.execute(f"PRAGMA {name}={value}")


def test_disk_full_writes_nothing_and_recovers(
    store: SqlStore, commit: CommitFn, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    hook = ConnectionHook(store)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *args: statements.append(statement))
    commit()
    # No free pages left over (the 0003 migration copies the outbox table): a new row
    # must grow the file, so the page limit bites where this test expects.
    query(data_dir, "VACUUM")
    big = {**PERSONAL, "note": "x" * 10_000}  # overflow pages in requests and outbox
    page_count = query(data_dir, "PRAGMA page_count")[0][0]

    # Allow a few more pages each time, so the disk fills at a different point of the
    # transaction: first at the request row, later at the outbox row (after the request
    # and the ticket rows were written in the same transaction).
    failed_at: set[str] = set()
    for extra in range(40):
        hook.pragmas["max_page_count"] = page_count + extra
        before = counts(data_dir)
        try:
            commit(fields=big)
        except StorageUnavailable as exc:
            assert "full" in str(exc)
            assert counts(data_dir) == before  # nothing half-written
            assert query(data_dir, "SELECT next_seq FROM device") == [(before[2] + 1,)]
            failed_at.add(statements[-1].split()[2])  # INSERT INTO <table>
            continue
        break
    assert failed_at == {"requests", "outbox"}
    assert counts(data_dir) == (2, 2, 2)

    hook.pragmas["max_page_count"] = page_count  # full again: fails ...
    with pytest.raises(StorageUnavailable):
        commit(fields=big)
    hook.pragmas["max_page_count"] = NO_LIMIT  # ... and space returns: works again
    ticket = commit(fields=big)
    assert ticket.number == "C-003"
    assert counts(data_dir) == (3, 3, 3)
    assert [e.seq for e in store.pending_outbox()] == [1, 2, 3]
    assert store.integrity_check() == "ok"
    assert not any(value in caplog.text for value in PERSONAL.values())


def test_read_only_database_writes_nothing_and_recovers(
    store: SqlStore, commit: CommitFn, data_dir: Path
) -> None:
    hook = ConnectionHook(store)
    ticket = commit()
    hook.pragmas["query_only"] = "ON"  # this connection cannot write (even as root)

    with pytest.raises(StorageUnavailable, match="readonly"):
        commit()
    with pytest.raises(StorageUnavailable):
        store.record_print_failure(ticket, "paper out", NOW)
    assert counts(data_dir) == (1, 1, 1)
    assert store.day_tickets(NOW.date())[0]["print_status"] == "pending"  # reads still work

    hook.pragmas["query_only"] = "OFF"
    assert commit().number == "C-002"
    assert counts(data_dir) == (2, 2, 2)


def test_storage_unavailable_is_an_environment_fault() -> None:
    assert issubclass(StorageUnavailable, EnvironmentFault)


def test_unusable_data_directory_is_storage_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data directory should be")
    with pytest.raises(StorageUnavailable):
        open_store(blocker)
    with pytest.raises(StorageUnavailable):
        open_store(blocker / "below")


# -- a real small filesystem (needs root and mount permission) ------------------------


def _run(*argv: str) -> tuple[int, str]:
    import subprocess

    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    return done.returncode, (done.stderr or done.stdout).strip()


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs mounted under ``tmp_path``; skipped where mounting is not allowed."""
    import shutil
    import sys

    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs Linux, root and the mount command")
    point = tmp_path / "small-disk"
    point.mkdir()
    code, err = _run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(point))
    if code != 0:
        pytest.skip(f"mount -t tmpfs not permitted here: {err}")
    try:
        yield point
    finally:
        _run("mount", "-o", "remount,rw", str(point))
        if _run("umount", str(point))[0] != 0:
            _run("umount", "-l", str(point))


def _fill(directory: Path) -> Path:
    """Write a file until the filesystem has no space left; return it."""
    filler = directory / "filler"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError:
            pass
        try:
            while True:
                f.write(b"\0")
        except OSError:
            pass
    return filler


def test_real_full_filesystem(tmpfs: Path) -> None:
    from store_helpers import SITE, SITE_NAME, make_request, make_service

    data_dir = tmpfs / "data"
    service = make_service()
    big = {**PERSONAL, "note": "y" * 2000}
    with open_store(data_dir) as store:
        for _ in range(3):
            store.commit_request(make_request(), service, NOW, SITE, SITE_NAME, 2)
        filler = _fill(tmpfs)

        issued = 3
        for _ in range(500):  # the WAL may still have room for a few commits
            before = counts(data_dir)
            try:
                store.commit_request(make_request(fields=big), service, NOW, SITE,
                                     SITE_NAME, 2)
            except StorageUnavailable:
                assert counts(data_dir) == before
                break
            issued += 1
        else:
            pytest.fail("the filesystem never filled")

        filler.unlink()  # space returns
        ticket = store.commit_request(make_request(), service, NOW, SITE, SITE_NAME, 2)
        issued += 1
        assert ticket.number == f"C-{issued:03d}"
        assert counts(data_dir) == (issued, issued, issued)
        assert store.integrity_check() == "ok"


def test_real_read_only_filesystem(tmpfs: Path) -> None:
    from store_helpers import SITE, SITE_NAME, make_request, make_service

    data_dir = tmpfs / "data"
    service = make_service()
    with open_store(data_dir) as store:
        store.commit_request(make_request(), service, NOW, SITE, SITE_NAME, 2)
        store.close()  # a read-only remount needs every file closed for writing
        code, err = _run("mount", "-o", "remount,ro", str(tmpfs))
        if code != 0:
            pytest.skip(f"remount read-only not permitted here: {err}")

        with pytest.raises(StorageUnavailable):
            store.commit_request(make_request(), service, NOW, SITE, SITE_NAME, 2)
        with pytest.raises(StorageUnavailable):
            open_store(data_dir)

        assert _run("mount", "-o", "remount,rw", str(tmpfs))[0] == 0
        assert store.commit_request(make_request(), service, NOW, SITE, SITE_NAME,
                                    2).number == "C-002"
        assert counts(data_dir) == (2, 2, 2)
