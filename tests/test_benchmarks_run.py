"""Every benchmark script still runs and prints its table (tiny sizes; no timing checked).

Benchmarks are not pass/fail timing tests; but a benchmark that no longer runs
measures nothing, and nothing else would notice.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script,args,expect", [
    ("bench_commit.py", ["-n", "5"], "raw sqlite3"),
    ("bench_ticket.py", ["--runs", "2"], "TicketDesk.issue"),
    ("bench_startup.py", ["--runs", "1"], "jisr kiosk"),
    ("bench_decoders.py", ["--frames", "4"], "zxing"),
    ("bench_scan.py", ["--frames", "4"], "kiosk pipeline"),
    ("bench_sync.py", ["--events", "300"], "kiosk sync --once"),
])
def test_benchmark_runs(script: str, args: list[str], expect: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(TOP / "benchmarks" / script), *args],
                          cwd=TOP, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert expect in done.stdout
