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


def test_a_group_the_catalog_does_not_have_is_refused(tmp_path: Path) -> None:
    """A ticket sent to a group no counter can serve would wait for ever."""
    data = tmp_path / "data"
    assert kiosk(data, "ticket", "birth_certificate").returncode == 0
    assert kiosk(data, "queue", "call", "--counter", "1").returncode == 0
    moved = kiosk(data, "queue", "transfer", "C-001", "--group", "Z", "--counter", "1")
    assert moved.returncode == 2
    assert "no service group Z in the catalog" in moved.stderr and "C, " in moved.stderr
    listing = json.loads(kiosk(data, "queue", "--json").stdout.splitlines()[0])
    assert (listing["group"], listing["state"]) == ("C", "called")  # nothing changed
    call = kiosk(data, "queue", "call", "--counter", "1", "--group", "X")
    assert call.returncode == 2 and "no service group X" in call.stderr


def test_the_plain_listing_shows_the_group_and_who_is_ahead_now(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for _ in range(3):
        assert kiosk(data, "ticket", "birth_certificate").returncode == 0
    assert kiosk(data, "queue", "call", "--counter", "1").returncode == 0
    assert kiosk(data, "queue", "transfer", "C-003", "--group", "V", "--counter", "1"
                 ).returncode == 0
    lines = {line.split()[0]: line for line in kiosk(data, "queue").stdout.splitlines()
             if line[:1] == "C"}
    assert "group V" in lines["C-003"]
    assert "ahead 0" in lines["C-002"]  # C-001 was called: nobody before C-002 now
