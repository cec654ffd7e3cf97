"""``kiosk staff ...`` as an operator runs it: real processes on a temporary data directory.

PINs come through ``--pin-stdin``, one per line: the new PIN first (add, reset-pin),
then the supervisor's.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from kiosk.accounts import verify_account_pin
from kiosk.paths import database_path

BOSS_PIN = "135792"
AGENT_PIN = "246813"


def kiosk(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(data), *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


def staff(data: Path, *args: str, pins: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return kiosk(data, "staff", *args, "--pin-stdin",
                 stdin="".join(f"{pin}\n" for pin in pins))


def listed(data: Path) -> list[dict[str, object]]:
    done = staff(data, "list", "--json", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def rows(data: Path) -> dict[str, tuple[str, str, int, int, str | None]]:
    with sqlite3.connect(database_path(data)) as db:
        return {name: (role, pin_hash, failures, lockouts, disabled)
                for name, role, pin_hash, failures, lockouts, disabled in db.execute(
                    "SELECT name, role, pin_hash, failures, lockouts, disabled_at FROM staff")}


def with_boss(data: Path) -> None:
    done = staff(data, "add", "Youssef", "--role", "supervisor", pins=(BOSS_PIN,))
    assert done.returncode == 0, done.stderr


def test_the_first_account_must_be_a_supervisor_and_needs_nobody(tmp_path: Path) -> None:
    done = staff(tmp_path, "add", "Amina", "--role", "agent", pins=(AGENT_PIN,))
    assert done.returncode == 2 and "first account must be a supervisor" in done.stderr
    assert not database_path(tmp_path).exists() or rows(tmp_path) == {}
    done = staff(tmp_path, "add", "Youssef", "--role", "supervisor", pins=(BOSS_PIN,))
    assert done.returncode == 0, done.stderr
    assert "added (supervisor)" in done.stdout
    role, pin_hash, *_ = rows(tmp_path)["Youssef"]
    assert role == "supervisor" and pin_hash.startswith("$argon2id$")
    assert verify_account_pin(pin_hash, BOSS_PIN)  # the hash, never the PIN, is stored
    assert BOSS_PIN not in done.stdout + done.stderr


def test_then_a_supervisor_must_say_yes(tmp_path: Path) -> None:
    with_boss(tmp_path)
    done = staff(tmp_path, "add", "Amina", "--role", "agent", pins=(AGENT_PIN,))
    assert done.returncode == 2 and "--as" in done.stderr
    done = staff(tmp_path, "add", "Amina", "--role", "agent", "--as", "Youssef",
                 pins=(AGENT_PIN,))
    assert done.returncode == 2 and "supervisor's PIN is missing" in done.stderr
    done = staff(tmp_path, "add", "Amina", "--role", "agent", "--as", "Youssef",
                 pins=(AGENT_PIN, "975318"))
    assert done.returncode == 2 and "wrong PIN (4 tries left" in done.stderr
    assert "Amina" not in rows(tmp_path)
    done = staff(tmp_path, "add", "Amina", "--role", "agent", "--as", "youssef",
                 pins=(AGENT_PIN, BOSS_PIN))
    assert done.returncode == 0, done.stderr
    assert rows(tmp_path)["Amina"][0] == "agent"
    # an agent is not a supervisor, even with the right PIN
    done = staff(tmp_path, "add", "Karim", "--role", "agent", "--as", "Amina",
                 pins=("907153", AGENT_PIN))
    assert done.returncode == 2 and "no supervisor" in done.stderr


def test_list_shows_roles_and_states(tmp_path: Path) -> None:
    with_boss(tmp_path)
    staff(tmp_path, "add", "Amina", "--role", "field", "--as", "Youssef",
          pins=(AGENT_PIN, BOSS_PIN))
    accounts = listed(tmp_path)
    assert [(a["name"], a["role"], a["source"], a["disabled_at"]) for a in accounts] == [
        ("Amina", "field", "local", None), ("Youssef", "supervisor", "local", None)]
    assert all("pin_hash" not in a for a in accounts)
    done = staff(tmp_path, "list", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 0
    assert "field" in done.stdout and "active" in done.stdout and "argon2" not in done.stdout


def test_a_weak_or_mistyped_new_pin_changes_nothing(tmp_path: Path) -> None:
    with_boss(tmp_path)
    for pin in ("123456", "1234", "12345a"):
        done = staff(tmp_path, "add", "Amina", "--role", "agent", "--as", "Youssef",
                     pins=(pin, BOSS_PIN))
        assert done.returncode == 2
        assert "PIN" in done.stderr and pin not in done.stderr
    assert set(rows(tmp_path)) == {"Youssef"}
    assert rows(tmp_path)["Youssef"][2] == 0  # the supervisor's PIN was not even tried


def test_five_wrong_supervisor_pins_lock_the_supervisor_across_processes(
        tmp_path: Path) -> None:
    with_boss(tmp_path)
    for _ in range(4):
        assert staff(tmp_path, "list", "--as", "Youssef", pins=("975318",)).returncode == 2
    done = staff(tmp_path, "list", "--as", "Youssef", pins=("975318",))
    assert done.returncode == 2 and "locked for 1 minute" in done.stderr
    done = staff(tmp_path, "list", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 2 and "locked" in done.stderr
    assert rows(tmp_path)["Youssef"][3] == 1


def test_disable_and_reset_pin(tmp_path: Path) -> None:
    with_boss(tmp_path)
    staff(tmp_path, "add", "Amina", "--role", "agent", "--as", "Youssef",
          pins=(AGENT_PIN, BOSS_PIN))
    old_hash = rows(tmp_path)["Amina"][1]
    done = staff(tmp_path, "reset-pin", "amina", "--as", "Youssef", pins=("907153", BOSS_PIN))
    assert done.returncode == 0, done.stderr
    new_hash = rows(tmp_path)["Amina"][1]
    assert new_hash != old_hash and verify_account_pin(new_hash, "907153")
    done = staff(tmp_path, "disable", "Amina", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 0, done.stderr
    assert rows(tmp_path)["Amina"][4] is not None
    assert [a["disabled_at"] is not None for a in listed(tmp_path)] == [True, False]
    done = staff(tmp_path, "disable", "Youssef", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 2 and "last supervisor" in done.stderr
    done = staff(tmp_path, "disable", "Nobody", "--as", "Youssef", pins=(BOSS_PIN,))
    assert done.returncode == 2 and "no staff account" in done.stderr


def test_without_a_supervisor_only_the_first_supervisor_can_be_made(tmp_path: Path) -> None:
    done = staff(tmp_path, "list")
    assert done.returncode == 0 and "no staff accounts" in done.stdout
    for args in (("disable", "Amina"), ("reset-pin", "Amina")):
        done = staff(tmp_path, *args, pins=(AGENT_PIN,))
        assert done.returncode == 2 and "no supervisor account" in done.stderr


def test_hash_pin_prints_a_hash_for_the_centre(tmp_path: Path) -> None:
    done = staff(tmp_path, "hash-pin", pins=(AGENT_PIN,))
    assert done.returncode == 0, done.stderr
    assert verify_account_pin(done.stdout.strip(), AGENT_PIN)
    assert not database_path(tmp_path).exists()  # nothing else happened


def test_the_old_staff_pin_command_still_works(tmp_path: Path) -> None:
    done = kiosk(tmp_path, "staff-pin", "--pin-stdin", stdin="2468\n")
    assert done.returncode == 0, done.stderr
    assert "pin_hash" in (tmp_path / "config.toml").read_text(encoding="utf-8")
