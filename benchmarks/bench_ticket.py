"""Confirm → ticket PDF ready, beside the floor of any PDF: a one-line reportlab page.

Runs the real TicketDesk.issue (validate, durable commit with outbox, 80 mm layout
with Arabic shaping and two QR codes, PDF written) in a fresh data directory.

    .venv/bin/python benchmarks/bench_ticket.py [--runs 50]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from reportlab.pdfgen import canvas

from kiosk.compose import build_kiosk
from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    """Print median and p95 of both sides."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = build_kiosk(Path(tmp) / "data")
        issue: list[float] = []
        floor: list[float] = []
        for index in range(args.runs):
            request = NewRequest(
                service_id="passport", lang=("ar", "fr", "en")[index % 3],
                fields={"full_name": "Amina El Idrissi", "cnie": "AB123456",
                        "phone": "+33612345678"},
                priority=None, consent_at=datetime.now().astimezone(),
                consent_version=PRIVACY_NOTICE_VERSION)
            start = time.perf_counter()
            kiosk.desk.issue(request)
            issue.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            page = canvas.Canvas(str(Path(tmp) / f"floor{index}.pdf"), pagesize=(227, 400))
            page.drawString(20, 380, f"C-{index:03d}")
            page.save()
            floor.append((time.perf_counter() - start) * 1000)
    print(f"confirm -> ticket PDF ready, {args.runs} runs")
    print(f"{'':34} {'median ms':>10} {'p95 ms':>8}")
    for name, values in (("one-line reportlab PDF (floor)", floor),
                         ("jisr TicketDesk.issue", issue)):
        print(f"{name:34} {statistics.median(values):10.1f} {percentile(values, 0.95):8.1f}")


if __name__ == "__main__":
    main()
