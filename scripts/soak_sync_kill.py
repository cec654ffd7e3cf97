"""Soak: kill -9 the kiosk's sync at random points, many times; nothing lost or doubled.

The same as ``tests/faults/test_kill_kiosk.py`` with more kills: a real centre
(``kiosk server``) on loopback, a kiosk data directory enrolled through a (passing)
fault proxy, then ``--iterations`` rounds of "queue new events, start ``kiosk sync``,
SIGKILL it at a random point".  At the end one clean ``kiosk sync --once``, and the
check that every outbox event is at the centre exactly once, in order, with the kiosk
database intact.  Prints a summary; exits 1 when a promise is broken.

Usage::

    .venv/bin/python scripts/soak_sync_kill.py [--iterations 500] [--seed N]
        [--batch-size 50] [--pg-url postgresql+psycopg://...] [--keep]

``--pg-url`` runs the centre on a fresh database made on that PostgreSQL server
(dropped after); the default is SQLite.  ``--seed`` replays a run (it is printed).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.faults.kill_soak import kill_soak  # noqa: E402
from tests.faults.sync_env import KioskNode, drop_pg_database, fresh_pg_database  # noqa: E402
from tests.support.faultproxy import FaultProxy  # noqa: E402
from tests.support.server import start_server  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the soak and print its summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=500, help="kills (default 500)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: new)")
    parser.add_argument("--batch-size", type=int, default=50,
                        help="[sync] batch_size of the kiosk (default 50: many batches)")
    parser.add_argument("--pg-url", default=None,
                        help="PostgreSQL server for the centre (default: SQLite)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the data directories (printed) instead of deleting them")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**9)
    print(f"soak_sync_kill: seed {seed} (--seed {seed} to replay), "
          f"{args.iterations} iterations, centre on "
          f"{'PostgreSQL' if args.pg_url else 'SQLite'}", flush=True)

    root = Path(tempfile.mkdtemp(prefix="jisr-soak-"))
    database_url = fresh_pg_database(args.pg_url) if args.pg_url else None
    started = time.monotonic()
    try:
        centre = start_server(root / "centre", database_url)
        try:
            with FaultProxy(centre.port) as proxy:
                node = KioskNode(root / "kiosk")
                node.write_config(batch_size=args.batch_size)
                enrolment = node.enrol(proxy.url, centre.enrol_code())
                node.issue(3)
                try:
                    result = kill_soak(
                        node, centre, proxy, str(enrolment["device_id"]), args.iterations,
                        seed, say=lambda line: print(line, flush=True),
                        check_every=max(1, args.iterations // 50))
                finally:
                    node.close()
        finally:
            centre.stop()
    except AssertionError as exc:
        print(f"FAILED after {time.monotonic() - started:.0f} s (seed {seed}): {exc}",
              flush=True)
        print(f"data kept in {root}")
        return 1
    finally:
        if database_url and args.pg_url:
            drop_pg_database(args.pg_url, database_url)
    print(result.summary())
    lives = sorted(result.lifetimes) or [0.0]
    print(f"killed after: min {lives[0]:.2f} s, median {lives[len(lives) // 2]:.2f} s, "
          f"max {lives[-1]:.2f} s from spawn (the first push leaves "
          f"{result.startup_s:.2f} s after spawn)")
    if args.keep:
        print(f"data kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
