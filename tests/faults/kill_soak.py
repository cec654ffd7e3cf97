"""kill -9 of the kiosk's sync at random points, many times; then nothing lost or doubled.

Shared by ``tests/faults/test_kill_kiosk.py`` (50 kills) and
``scripts/soak_sync_kill.py`` (500 by default).  Each iteration:

1. new events are queued: tickets through the real TicketDesk, and often a burst of
   bulk ``request.created`` events (so that a run has several batches to push);
2. ``kiosk sync --once`` (or, one time in four, the long-running ``kiosk sync``) starts
   as a child process;
3. after a random delay it gets SIGKILL -- during start-up, while reading the outbox,
   with a push in flight, after the centre committed but before the kiosk recorded the
   reply, while the kiosk commits, while pulling -- or it finished first.

The delays are drawn around a calibration run (start-up time, time per batch), so most
kills land while batches are moving.  At the end one clean ``kiosk sync --once`` runs
and :func:`~tests.faults.sync_env.assert_exactly_once` checks the promises.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.sync_env import KioskNode, assert_exactly_once, kill9
from tests.support.faultproxy import FaultProxy

EVENTS_PATH = "/api/v1/events"
BUNDLE_PATH = "/api/v1/bundle"


@dataclass
class SoakResult:
    """What a soak did (printed by the test and the script)."""

    seed: int
    iterations: int
    killed: int = 0                # runs killed with SIGKILL
    finished: int = 0              # runs that finished before their kill
    kills_after_commit: int = 0    # kills between a commit at the centre and the kiosk's
    kills_with_pending: int = 0    # kills that left events pending on the kiosk
    kills_after_pull_began: int = 0  # kills after the run asked for a bundle
    bundles: int = 0               # catalogs published during the soak
    daemon_runs: int = 0           # runs of the long-running worker
    events: int = 0                # events queued in all
    final_replays: int = 0         # events the final sync found already at the centre
    integrity_checks: int = 0
    seconds: float = 0.0
    startup_s: float = 0.0
    lifetimes: list[float] = field(default_factory=list, repr=False)  # spawn to kill, s

    def summary(self) -> str:
        """One paragraph for people."""
        return (
            f"kill soak: seed {self.seed}, {self.iterations} iterations in "
            f"{self.seconds:.1f} s; {self.killed} kill -9 ({self.kills_with_pending} with "
            f"events pending, {self.kills_after_commit} after the centre committed but "
            f"before the kiosk recorded it, {self.kills_after_pull_began} after the bundle "
            f"request), {self.finished} runs finished first, "
            f"{self.daemon_runs} of the long-running worker; {self.events} events, "
            f"{self.bundles} bundles published (the newest active at the end), "
            f"{self.final_replays} replayed by the final sync; "
            f"{self.integrity_checks} integrity checks ok; every event at the centre "
            f"exactly once, in order")


def centre_count(centre: Any, device_id: str) -> int:
    """Rows the centre holds for ``device_id`` (a cheap count, read directly)."""
    if centre.database_url:
        import psycopg
        from sqlalchemy.engine import make_url
        url = make_url(centre.database_url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            row = conn.execute("SELECT count(*) FROM events WHERE device_id = %s",
                               (device_id,)).fetchone()
    else:
        with closing(sqlite3.connect(centre.data_dir / "jisr-server.sqlite3",
                                     timeout=30)) as conn:
            row = conn.execute("SELECT count(*) FROM events WHERE device_id = ?",
                               (device_id,)).fetchone()
    return int(row[0]) if row else 0


def _calibrate(node: KioskNode, proxy: FaultProxy) -> tuple[float, float]:
    """Seconds from spawn to the first push, and per batch (one run, timed at the proxy)."""
    node.bulk_backlog(4 * int(node.sync["batch_size"]))
    proxy.reset_counters()
    started = time.monotonic()
    node.run("sync", "--once", "--json")
    pushes = [r.at for r in proxy.records(EVENTS_PATH)]
    assert len(pushes) >= 4, "the calibration run pushed nothing through the proxy"
    return pushes[0] - started, (pushes[-1] - pushes[0]) / (len(pushes) - 1)


CATALOG = Path(__file__).resolve().parents[2] / "assets" / "catalog"


def _catalog_files(serial: int) -> dict[str, Any]:
    """The shipped catalog, with the CNIE service renamed ``... #serial``."""
    files: dict[str, Any] = {}
    for path in sorted(CATALOG.glob("*.json")):
        if path.name == "catalog.schema.json":
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        for service in doc.get("services", []) if isinstance(doc, dict) else []:
            if service.get("id") == "cnie":
                service["names"]["fr"] = f"Carte nationale #{serial}"
        files[path.name] = doc
    return files


def publish(centre: Any, serial: int) -> int:
    """Publish catalog ``#serial`` at the centre (admin API); the new bundle version."""
    reply = centre.admin("POST", "/api/v1/admin/catalog",
                         json={"catalog": _catalog_files(serial)})
    assert reply.status_code == 201, reply.text
    return int(reply.json()["version"])


def _sigkill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL ``proc`` unless it has already been reaped (Popen checks)."""
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(signal.SIGKILL)


def kill_soak(node: KioskNode, centre: Any, proxy: FaultProxy, device_id: str,
              iterations: int, seed: int, *, say: Callable[[str], None] = print,
              check_every: int = 10, publish_every: int = 10) -> SoakResult:
    """Run the soak on ``node``, enrolled at ``centre`` through ``proxy`` (left in PASS:
    it only times the calibration run); raise AssertionError on a broken promise.

    Every ``publish_every`` iterations the centre publishes a new catalog, so that some
    kills land while a reference bundle is downloaded or installed; at the end the
    newest bundle must be the active one, and the catalog the kiosk loads must be its.
    """
    rng = random.Random(seed)
    result = SoakResult(seed, iterations)
    began = time.monotonic()
    startup, per_batch = _calibrate(node, proxy)
    result.startup_s = startup
    say(f"kill soak: seed {seed}; first push {startup:.2f} s after spawn, "
        f"{per_batch * 1000:.0f} ms per batch of {node.sync['batch_size']}")
    latest: int | None = None
    for i in range(iterations):
        if publish_every and i % publish_every == 0:
            result.bundles += 1
            latest = publish(centre, result.bundles)
        queued = 0
        tickets = rng.randint(0, 2)
        if tickets:
            node.issue(tickets)
            queued += tickets
        if rng.random() < 0.8:
            burst = rng.randint(1, 6 * int(node.sync["batch_size"]))
            node.bulk_backlog(burst)
            queued += burst
        result.events += queued
        before = node.outbox_counts()
        centre_before = centre_count(centre, device_id)
        batches = -(-before.get("pending", 0) // int(node.sync["batch_size"]))
        daemon = rng.random() < 0.25
        result.daemon_runs += daemon
        how = rng.random()
        pulls_before = len(proxy.records(BUNDLE_PATH))
        spawned = time.monotonic()
        proc = node.spawn("sync") if daemon else node.spawn("sync", "--once")
        timer: threading.Timer | None = None
        trigger: tuple[str, int, float] | None = None
        if how < 0.55 and batches:
            # Die a random moment after the k-th push left for the centre: in flight,
            # committed there, on its way back, or being recorded here.
            trigger = (EVENTS_PATH, rng.randint(1, batches), rng.uniform(0, 1.5 * per_batch))
        elif how < 0.7:
            # Die while the reference bundle is fetched, checked or installed.
            trigger = (BUNDLE_PATH, 1, rng.uniform(0, 0.3))
        if trigger is not None:
            prefix, k, extra = trigger
            seen = itertools.count(1)
            timer = threading.Timer(extra, _sigkill, (proc,))

            def hook(method: str, path: str, prefix: str = prefix, k: int = k,
                     seen: Iterator[int] = seen, timer: threading.Timer = timer) -> None:
                if path.startswith(prefix) and next(seen) == k:
                    timer.start()

            proxy.on_forwarded(hook)
            deadline = startup + (batches + 2) * per_batch + 10
        elif how < 0.9:  # any moment: start-up, reading, pushing, pulling, idle
            deadline = rng.uniform(0, startup + (batches + 2) * per_batch)
        else:  # let it finish (the long-running worker never does: killed idle)
            deadline = startup + (batches + 2) * per_batch + (1 if daemon else 10)
        try:
            proc.communicate(timeout=deadline)
        except subprocess.TimeoutExpired:
            kill9(proc)
        finally:
            proxy.on_forwarded(None)
            if timer is not None:
                timer.cancel()
                if timer.is_alive():
                    timer.join()
        if proc.returncode == -signal.SIGKILL:
            result.killed += 1
            if len(proxy.records(BUNDLE_PATH)) > pulls_before:
                result.kills_after_pull_began += 1
            result.lifetimes.append(time.monotonic() - spawned)
            counts = node.outbox_counts()
            if counts.get("pending"):
                result.kills_with_pending += 1
            centre_after = centre_count(centre, device_id)
            if centre_after > centre_before and centre_after > counts.get("sent", 0):
                result.kills_after_commit += 1  # this run's last batch: committed, unrecorded
        else:
            result.finished += 1
            if proc.returncode != 0:
                raise AssertionError(f"iteration {i}: kiosk sync exited {proc.returncode}")
        if check_every and (i + 1) % check_every == 0:
            assert node.integrity() == "ok", f"iteration {i}: kiosk database damaged"
            result.integrity_checks += 1
    done = node.run("sync", "--once", "--json")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"], report
    result.final_replays = int(report["replays"])
    assert_exactly_once(node, centre, device_id)
    result.integrity_checks += 1
    if latest is not None:
        assert node.status()["bundle_version"] == latest
        node.close()
        name = node.kiosk.catalog.services["cnie"].names["fr"]
        node.close()
        assert name == f"Carte nationale #{result.bundles}", name
    result.seconds = time.monotonic() - began
    return result
