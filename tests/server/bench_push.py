"""Push throughput, end to end: a real ``kiosk server`` on loopback, one device pushing
a backlog in batches, as the sync client does.

    .venv/bin/python -m tests.server.bench_push [--events 100000] [--batch 500]
                                                [--database-url postgresql+psycopg://...]

Prints events per second.  Payloads are real ``request.created`` payloads (about
1 KB): each one also makes a ticket in the server's queue projection.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from tests.support.server import start_server


def payload(seq: int) -> dict[str, Any]:
    """A request.created payload (its ticket goes into the queue projection)."""
    request_id = str(uuid.uuid4())
    return {"v": 1, "device_id": "dev-bench",
            "request": {"id": request_id, "service_id": "passport_renewal",
                        "lang": "ar", "fields": {"full_name": "فاطمة الزهراء العلوي",
                                                 "cin": f"AB{seq:06d}",
                                                 "phone": "+212612345678"},
                        "priority": None, "consent_at": "2026-11-24T09:12:03+01:00",
                        "consent_version": 2, "documents_ready": ["cin", "photo"],
                        "scans": [], "created_at": "2026-11-24T09:12:03+01:00",
                        "site_code": "TNG01"},
            "ticket": {"request_id": request_id, "number": f"A1-{seq % 1000:03d}",
                       "service_id": "passport_renewal",
                       "site_code": "TNG01", "site_name": "Préfecture de Tanger-Assilah",
                       "day": "2026-11-24", "group": "A", "seq": seq, "state": "waiting",
                       "issued_at": "2026-11-24T09:12:04+01:00", "people_ahead": 12,
                       "estimated_wait_minutes": 35, "priority": None,
                       "qr_payload": "HC1:" + "X" * 180, "documents": ["cin", "photo"]}}


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "centre", args.database_url)
        try:
            reply = requests.post(f"{server.url}/api/v1/enrol", timeout=10, json={
                "code": server.enrol_code(), "install_id": str(uuid.uuid4())})
            headers = {"Authorization": f"Bearer {reply.json()['credential']}"}
            events = [{"event_id": str(uuid.uuid4()), "seq": seq, "type": "request.created",
                       "created_at": "2026-11-24T09:12:03+01:00", "payload": payload(seq)}
                      for seq in range(1, args.events + 1)]
            size = len(json.dumps(events[0]))
            session = requests.Session()
            single = []
            started = time.perf_counter()
            for start in range(0, args.events, args.batch):
                chunk = events[start:start + args.batch]
                t0 = time.perf_counter()
                reply = session.post(f"{server.url}/api/v1/events", headers=headers,
                                     timeout=60, json={"backlog": args.events - start,
                                                       "software_version": "bench",
                                                       "events": chunk})
                single.append(time.perf_counter() - t0)
                assert reply.status_code == 200, reply.text
                assert reply.json()["last_seq"] == start + len(chunk)
            elapsed = time.perf_counter() - started
        finally:
            server.stop()
    kind = "PostgreSQL" if args.database_url else "SQLite"
    single.sort()
    print(f"{kind}: {args.events} events (~{size} bytes each) in batches of {args.batch}: "
          f"{elapsed:.1f} s, {args.events / elapsed:,.0f} events/s; one batch: median "
          f"{single[len(single) // 2] * 1000:.0f} ms, worst {single[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
