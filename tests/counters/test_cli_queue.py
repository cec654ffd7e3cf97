"""``kiosk queue call|recall|serve|no-show|transfer``: the console's path, from a shell."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def kiosk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120)


def test_a_counter_day_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for _ in range(2):
        assert kiosk(data, "ticket", "birth_certificate").returncode == 0
    call = kiosk(data, "queue", "call", "--counter", "4", "--json")
    assert call.returncode == 0, call.stderr
    assert json.loads(call.stdout)["number"] == "C-001"
    assert json.loads(call.stdout)["counter"] == 4
    served = kiosk(data, "queue", "serve", "c1", "--counter", "4", "--outcome", "referred",
                   "--note", "to the consulate")
    assert served.returncode == 0 and "C-001: served (referred)" in served.stdout
    refused = kiosk(data, "queue", "no-show", "C-002", "--counter", "4")
    assert refused.returncode == 2 and "C-002 has not been called yet" in refused.stderr
    moved = kiosk(data, "queue", "transfer", "C-002", "--group", "v", "--counter", "4")
    assert moved.returncode == 0 and "waits in group V" in moved.stdout
    listing = [json.loads(line) for line in
               kiosk(data, "queue", "--json").stdout.splitlines()]
    assert [(r["number"], r["state"], r["group"], r["outcome"]) for r in listing] == [
        ("C-001", "served", "C", "referred"), ("C-002", "waiting", "V", None)]
    nobody = kiosk(data, "queue", "call", "--counter", "4", "--group", "C")
    assert nobody.returncode == 4 and "nobody is waiting in C" in nobody.stdout


def test_without_a_counter_number_the_command_says_so(tmp_path: Path) -> None:
    result = kiosk(tmp_path / "data", "queue", "call")
    assert result.returncode == 2 and "--counter" in result.stderr
