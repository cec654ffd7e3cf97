"""How much does a durable ``commit_request`` cost next to a bare SQLite insert?

Not a test: it prints numbers.  In one run, on the same directory (same disk), it
times, interleaved op by op so both see the same conditions:

* ``SqlStore.commit_request`` (BEGIN IMMEDIATE; number allocation, people ahead,
  wait estimate; request + ticket + outbox rows; COMMIT with synchronous=FULL);
* a raw ``sqlite3`` INSERT + COMMIT with the same pragmas (WAL, synchronous=FULL,
  foreign_keys, busy_timeout), one row of similar size per op;
* for reference, the same raw insert with synchronous=NORMAL (what FULL costs).

Usage::

    python benchmarks/bench_commit.py [-n 300] [--dir /var/lib/jisr-bench]

Run it on the kiosk's real disk (``--dir``): on tmpfs fsync costs nothing and the
numbers say little.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from kiosk.domain.catalog import Document, FieldSpec, Service
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
from kiosk.store import open_store
from kiosk.store.db import BUSY_TIMEOUT_MS

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
FIELDS = {"full_name": "Fatima Zahra Bennani", "cnie": "AB123456", "phone": "+212612345678"}
SERVICE = Service(
    id="cnie.renew", category="identity", group="C", pictogram="id-card",
    contexts=("hall",), names={"fr": "Renouvellement CNIE"}, descriptions={},
    administration={}, documents=(Document("photo", {}), Document("old_cnie", {})),
    fields=(FieldSpec("full_name", "name"), FieldSpec("cnie", "cnie")),
    last_checked=date(2026, 11, 1),
)


def raw_connection(path: Path, synchronous: str) -> sqlite3.Connection:
    """A plain sqlite3 connection with the kiosk's pragmas (``synchronous`` varies)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    return conn


def raw_op(conn: sqlite3.Connection) -> Callable[[], None]:
    """One INSERT + COMMIT of a row about the size of a request's outbox payload."""
    payload = json.dumps({"fields": FIELDS, "pad": "x" * 600})

    def op() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?)", (str(uuid.uuid4()), payload))
        conn.execute("COMMIT")

    return op


def filesystem_of(path: Path) -> str:
    """The filesystem type holding ``path`` (Linux), else ``"?"``."""
    best, kind = "", "?"
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) > 2 and str(path).startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


def summary(samples_ns: list[int]) -> tuple[float, float, float]:
    """Median, p95 and mean, in milliseconds."""
    ms = sorted(s / 1e6 for s in samples_ns)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return statistics.median(ms), p95, statistics.fmean(ms)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="operations per variant")
    parser.add_argument("--dir", type=Path, default=None,
                        help="directory on the disk to measure (default: system temp)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="jisr-bench-", dir=args.dir) as tmp:
        root = Path(tmp).resolve()
        fs = filesystem_of(root)
        store = open_store(root / "store")
        raw_full = raw_connection(root / "raw_full.sqlite3", "FULL")
        raw_normal = raw_connection(root / "raw_normal.sqlite3", "NORMAL")

        counter = iter(range(10**9))

        def store_op() -> None:
            day = NOW + timedelta(days=next(counter) // 999)  # numbers stop at C-999
            request = NewRequest(SERVICE.id, "fr", FIELDS, consent_at=NOW,
                                 consent_version=PRIVACY_NOTICE_VERSION)
            store.commit_request(request, SERVICE, day, "TNG01", "Tanger", 2)

        variants: dict[str, Callable[[], None]] = {
            "SqlStore.commit_request (FULL)": store_op,
            "raw sqlite3 INSERT+COMMIT (FULL)": raw_op(raw_full),
            "raw sqlite3 INSERT+COMMIT (NORMAL)": raw_op(raw_normal),
        }
        samples: dict[str, list[int]] = {name: [] for name in variants}
        for op in variants.values():  # warm up: connections, caches, WAL files
            for _ in range(5):
                op()
        for _ in range(args.n):  # interleaved: every variant sees the same disk moment
            for name, op in variants.items():
                start = time.perf_counter_ns()
                op()
                samples[name].append(time.perf_counter_ns() - start)
        store.close()
        raw_full.close()
        raw_normal.close()

    print(f"jisr commit benchmark: n={args.n} per variant, dir={root} (filesystem: {fs}), "
          f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} cpus")
    if fs in ("tmpfs", "ramfs"):
        print("warning: a RAM filesystem; fsync is free here, measure on the real disk")
    width = max(len(name) for name in samples)
    print(f"{'variant':<{width}}  {'median ms':>10}  {'p95 ms':>8}  {'mean ms':>8}  {'ops/s':>7}")
    for name, got in samples.items():
        median, p95, mean = summary(got)
        print(f"{name:<{width}}  {median:>10.3f}  {p95:>8.3f}  {mean:>8.3f}  "
              f"{1000 / mean:>7.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
