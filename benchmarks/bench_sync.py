"""How fast does ``kiosk sync --once`` drain a big backlog, and how much memory does it use?

Not a test: it prints numbers.  For each centre database (SQLite; PostgreSQL too with
``--pg-url`` or ``JISR_TEST_PG_URL``), on a real ``kiosk server`` on loopback, in one run:

* **kiosk sync --once (drain)**: a kiosk data directory with ``--events`` queued
  ``request.created`` events (~1 KB payloads, bulk-inserted through the store's own
  models) is drained by ``kiosk sync --once --no-pull`` as a child process: wall time,
  events per second, and the child's peak RSS (its ``VmHWM``, polled);
* **kiosk sync --once (nothing to send)**: the same command on an enrolled kiosk with an
  empty queue: start-up alone, and the RSS the drain is compared with (RSS growth =
  drain peak - this peak);
* **raw HTTP push (baseline)**: the same number of events, in batches of the same size,
  pre-encoded, POSTed with ``requests`` on one keep-alive session for a second device:
  what the centre and HTTP allow without any kiosk-side work.

The aims stated in the sync issue: at least 2,000 events/s, RSS growth under 150 MB.
Timings are never pass/fail; compare the lines of one run.

Usage::

    .venv/bin/python benchmarks/bench_sync.py [--events 100000] [--batch-size 500]
        [--pg-url postgresql+psycopg://USER:PW@HOST/DB | --private-pg]
        [--dir /var/lib/jisr-bench]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.faults.sync_env import (  # noqa: E402
    KioskNode,
    child_env,
    drop_pg_database,
    fresh_pg_database,
    private_postgres,
    request_created_payload,
)
from tests.support.server import ServerProcess, free_port, start_server  # noqa: E402

AIM_EVENTS_PER_S = 2000
AIM_RSS_GROWTH_MB = 150


@dataclass(frozen=True)
class Measured:
    """One measured line."""

    centre: str
    variant: str
    seconds: float
    events: int
    peak_rss_mb: float | None

    @property
    def per_second(self) -> float | None:
        """Events per second (None when nothing was sent)."""
        return self.events / self.seconds if self.events and self.seconds > 0 else None


def _vm_hwm_kb(pid: int) -> int | None:
    """The process's peak resident set (``VmHWM``, KiB) so far, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def run_child(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run ``cmd``; (wall seconds, peak RSS in MB, stdout).  Raises on failure.

    The peak is the child's own ``VmHWM``, read every 10 ms until it exits (``wait4``'s
    max RSS would not do: on Linux it counts this parent's RSS at fork time too).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=child_env(), stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err)
        peak_kb = 0
        while proc.poll() is None:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid) or 0)
            time.sleep(0.01)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[2:])} exited {proc.returncode}:\n{text}\n"
                               f"{err.read().decode('utf-8', 'replace')}")
    return seconds, peak_kb / 1024, text


def raw_push(centre: ServerProcess, events: int, batch_size: int) -> float:
    """Seconds to POST ``events`` pre-encoded events for a fresh device, batch by batch."""
    code = centre.enrol_code()
    with requests.Session() as session:
        reply = session.post(f"{centre.url}/api/v1/enrol", timeout=30, json={
            "code": code, "install_id": str(uuid.uuid4()), "software_version": "bench"})
        reply.raise_for_status()
        enrolment = reply.json()
        headers = {"Authorization": f"Bearer {enrolment['credential']}",
                   "Content-Type": "application/json"}
        now = datetime.now().astimezone()
        bodies = []
        for first in range(1, events + 1, batch_size):
            batch = [{"event_id": str(uuid.uuid4()), "seq": seq, "type": "request.created",
                      "created_at": now.isoformat(),
                      "payload": request_created_payload(enrolment["device_id"], seq, now, 600)}
                     for seq in range(first, min(first + batch_size, events + 1))]
            bodies.append(json.dumps({"software_version": "bench",
                                      "backlog": events - first + 1, "events": batch},
                                     ensure_ascii=False, separators=(",", ":")).encode())
        started = time.perf_counter()
        for body in bodies:
            answer = session.post(f"{centre.url}/api/v1/events", data=body, headers=headers,
                                  timeout=120)
            answer.raise_for_status()
        return time.perf_counter() - started


def bench_centre(label: str, root: Path, database_url: str | None, events: int,
                 batch_size: int) -> list[Measured]:
    """The three lines for one centre database."""
    centre = start_server(root / f"centre-{label}", database_url)
    try:
        node = KioskNode(root / f"kiosk-{label}")
        node.write_config(batch_size=batch_size)
        node.enrol(centre.url, centre.enrol_code())
        sync_cmd = node.cmd("sync", "--once", "--no-pull", "--json")
        idle_s, idle_rss, _ = run_child(sync_cmd, REPO)  # warm: files cached, then again
        idle_s, idle_rss, _ = run_child(sync_cmd, REPO)
        node.bulk_backlog(events)
        drain_s, drain_rss, out = run_child(sync_cmd, REPO)
        report = json.loads(out.strip().splitlines()[-1])
        if report.get("sent") != events or report.get("pending") != 0:
            raise RuntimeError(f"the drain did not send everything: {report}")
        raw_s = raw_push(centre, events, batch_size)
    finally:
        centre.stop()
    return [
        Measured(label, "kiosk sync --once (drain)", drain_s, events, drain_rss),
        Measured(label, "raw HTTP push (baseline)", raw_s, events, None),
        Measured(label, "kiosk sync --once (nothing to send)", idle_s, 0, idle_rss),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="backlog size")
    parser.add_argument("--batch-size", type=int, default=500,
                        help="[sync] batch_size (default 500, the kiosk's default)")
    parser.add_argument("--pg-url", default=os.environ.get("JISR_TEST_PG_URL"),
                        help="PostgreSQL server to measure too (a fresh database is made "
                             "on it and dropped); default JISR_TEST_PG_URL")
    parser.add_argument("--private-pg", action="store_true",
                        help="measure PostgreSQL on a throwaway cluster made here (initdb, "
                             "loopback, trust auth; needs PostgreSQL installed)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="directory on the disk to measure (default: system temp)")
    args = parser.parse_args(argv)

    lines: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="jisr-bench-sync-", dir=args.dir) as tmp, \
            contextlib.ExitStack() as stack:
        root = Path(tmp)
        lines += bench_centre("SQLite", root, None, args.events, args.batch_size)
        if args.private_pg:
            args.pg_url = stack.enter_context(private_postgres(free_port()))
        if args.pg_url:
            url = fresh_pg_database(args.pg_url)
            try:
                lines += bench_centre("PostgreSQL", root, url, args.events, args.batch_size)
            finally:
                drop_pg_database(args.pg_url, url)

    print(f"jisr sync benchmark: {args.events} events (~1 KB request.created payloads), "
          f"batch {args.batch_size}, centre on loopback, python {sys.version.split()[0]}, "
          f"sqlite {sqlite3.sqlite_version}, {os.cpu_count()} cpus")
    if not args.pg_url:
        print("PostgreSQL not measured (give --pg-url or --private-pg, or set "
              "JISR_TEST_PG_URL)")
    width = max(len(m.variant) for m in lines)
    print(f"{'centre':<10}  {'variant':<{width}}  {'seconds':>8}  {'events/s':>9}  "
          f"{'peak RSS MB':>11}")
    for m in lines:
        rate = f"{m.per_second:9.0f}" if m.per_second else f"{'-':>9}"
        rss = f"{m.peak_rss_mb:11.1f}" if m.peak_rss_mb is not None else f"{'-':>11}"
        print(f"{m.centre:<10}  {m.variant:<{width}}  {m.seconds:8.2f}  {rate}  {rss}")
    for centre in dict.fromkeys(m.centre for m in lines):
        drain, raw, idle = (m for m in lines if m.centre == centre)
        assert drain.per_second and raw.per_second and drain.peak_rss_mb and idle.peak_rss_mb
        pushing = drain.events / max(1e-9, drain.seconds - idle.seconds)
        print(f"{centre}: kiosk drain {drain.per_second:.0f} events/s "
              f"({pushing:.0f} without the start-up) = "
              f"{drain.per_second / raw.per_second:.0%} of the raw push "
              f"(aim >= {AIM_EVENTS_PER_S}); RSS growth "
              f"{drain.peak_rss_mb - idle.peak_rss_mb:.1f} MB over an idle sync "
              f"(aim < {AIM_RSS_GROWTH_MB} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
