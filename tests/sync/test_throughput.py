"""Draining a 100,000-event backlog to the real server on loopback: fast, small.

The kiosk side runs in its own process (as ``kiosk sync --once`` would), which reports
its resident memory before the drain and its peak during it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import VISITOR

from kiosk.store import open_store
from tests.support.server import start_server

REPO = Path(__file__).resolve().parents[2]
BACKLOG = 100_000
#: The requirement: events per second, and resident memory growth of the kiosk.
MIN_EVENTS_PER_S = 2_000
MAX_RSS_GROWTH_MB = 150

DRIVER = """
import json, sys, time
from pathlib import Path
from kiosk.config import SyncConfig
from kiosk.store import open_store
from kiosk.sync.runner import SyncRunner

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
data = Path(sys.argv[1])
store = open_store(data)
runner = SyncRunner(data, store, SyncConfig(batch_size=int(sys.argv[2])))
runner.status()
import requests  # loaded before the baseline: the drain, not the imports, is measured
with open("/proc/self/clear_refs", "w") as reset:
    reset.write("5")          # the peak (VmHWM) starts again from here
before = rss("VmRSS:")
started = time.perf_counter()
report = runner.run_once(pull=False)
seconds = time.perf_counter() - started
print(json.dumps({"sent": report.push.sent, "batches": report.push.batches,
                  "error": report.error.code if report.error else None,
                  "seconds": seconds, "rss_before": before, "rss_peak": rss("VmHWM:"),
                  "pending": store.outbox_count("pending")}))
"""


def bulk_backlog(data: Path, count: int) -> None:
    """Queue ``count`` realistic ``request.created`` events (about 1.2 KB each) at once."""
    from sqlalchemy import insert
    from sqlalchemy.orm import Session

    from kiosk.store.db import write_engine
    from kiosk.store.models import Device, OutboxEvent
    with open_store(data) as store, Session(write_engine(store.engine)) as s, s.begin():
        device = s.get_one(Device, 1)
        now = datetime.now().astimezone()
        rows: list[dict[str, Any]] = []
        for i in range(count):
            seq = device.next_seq + i
            request_id = str(uuid.uuid4())
            rows.append({"event_id": str(uuid.uuid4()), "seq": seq, "type": "request.created",
                         "created_at": now, "status": "pending", "payload": {
                "v": 1, "device_id": device.device_id,
                "request": {"id": request_id, "service_id": "cnie", "lang": "ar",
                            "fields": {"full_name": VISITOR, "cnie": "AB123456",
                                       "phone": "+212612345678"},
                            "priority": None, "consent_at": now.isoformat(),
                            "consent_version": "2026-11", "documents_ready": ["photo"],
                            "created_at": now.isoformat(), "site_code": "TNG01",
                            "scans": []},
                "ticket": {"request_id": request_id, "number": f"C-{seq % 1000:03d}",
                           "service_id": "cnie", "site_code": "TNG01",
                           "site_name": "Préfecture de Tanger-Assilah - Accueil MRE",
                           "day": now.date().isoformat(), "group": "C", "seq": seq,
                           "state": "waiting", "issued_at": now.isoformat(),
                           "people_ahead": 3, "estimated_wait_minutes": 12,
                           "priority": None, "qr_payload": "JT1:" + "X" * 300,
                           "documents": ["old_cnie", "photo"]}}})
            if len(rows) == 5000:
                s.execute(insert(OutboxEvent), rows)
                rows = []
        if rows:
            s.execute(insert(OutboxEvent), rows)
        device.next_seq += count


@pytest.mark.slow
def test_a_100k_backlog_drains_at_2000_events_per_second_in_little_memory(
        tmp_path: Path, centre_key: Any) -> None:
    server = start_server(tmp_path / "centre")
    try:
        data = tmp_path / "kiosk"
        data.mkdir()
        from kiosk.config import SyncConfig
        from kiosk.sync.enrolment import enrol
        with open_store(data) as store:
            enrol(data, store, SyncConfig(), server.url, server.enrol_code(), "0.1.0",
                  datetime.now().astimezone())
        bulk_backlog(data, BACKLOG)
        done = subprocess.run([sys.executable, "-c", DRIVER, str(data), "500"],
                              capture_output=True, text=True, timeout=600, cwd=REPO)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
    finally:
        server.stop()
    rate = result["sent"] / result["seconds"]
    growth_mb = (result["rss_peak"] - result["rss_before"]) / 2**20
    print(f"\n{result['sent']} events in {result['seconds']:.1f} s: {rate:.0f} events/s, "
          f"RSS {result['rss_before'] / 2**20:.0f} MB, peak +{growth_mb:.0f} MB")
    assert (result["sent"], result["pending"], result["error"]) == (BACKLOG, 0, None)
    assert rate >= MIN_EVENTS_PER_S
    assert growth_mb < MAX_RSS_GROWTH_MB
