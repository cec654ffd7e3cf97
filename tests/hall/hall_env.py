"""What the hall tests share: devices of a hall as real data directories, driven through
the real ``kiosk`` command in child processes, as staff would drive them.

    centre = start_server(tmp_path / "centre")
    hall = start_server(tmp_path / "hall")             # later: with --upstream
    kiosk = Device(tmp_path / "kiosk-a", role="kiosk")
    kiosk.enrol(hall.url, hall.enrol_code())           # station 1
    kiosk.ticket("cnie")                               # python -m kiosk ticket cnie
    kiosk.sync()                                       # python -m kiosk sync --once
    console = Device(tmp_path / "console-1", role="console", counter=1)
    console.enrol(hall.url, hall.enrol_code())
    console.queue("call")                              # python -m kiosk queue call
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
#: Seconds one ``kiosk`` command may take.
CLI_TIMEOUT = 120.0
SITE = "TNG01"
VISITOR = "Fatima Zahra Bennani"

CONFIG = """\
[site]
name = "Préfecture de Tanger-Assilah - Accueil MRE"
code = "TNG01"
context = "hall"
counters = 3

[printer]
kind = "pdf"
paper = "80mm"

[sync]
connect_timeout_s = 2
read_timeout_s = 10
backoff_base_s = 1
backoff_cap_s = 2
probe_interval_s = 1
batch_size = 200
"""


def child_env() -> dict[str, str]:
    """The environment of ``kiosk`` child processes (no display, unbuffered)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("KIOSK_DATA_DIR", None)
    return env


@dataclass
class Device:
    """One PC of the hall: a kiosk, a console or a board, with its own data directory."""

    data: Path
    role: str = "kiosk"
    counter: int = 0

    def __post_init__(self) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data, 0o700)
        extra = ""
        if self.role != "kiosk":
            extra = f'\n[queue]\nsource = "hall"\ncounter = {self.counter}\n'
        (self.data / "config.toml").write_text(CONFIG + extra, encoding="utf-8")

    def run(self, *args: str, check: bool = True,
            timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
        """``python -m kiosk --data-dir DATA ARGS``."""
        done = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(self.data),
                               *args], capture_output=True, text=True, timeout=timeout,
                              cwd=REPO, env=child_env(), check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"kiosk {' '.join(args)} exited {done.returncode}:\n"
                                 f"{done.stdout}{done.stderr}")
        return done

    def enrol(self, server_url: str, code: str) -> str:
        """``kiosk enrol --role ROLE``; what it printed."""
        return self.run("enrol", "--server", server_url, "--code", code,
                        "--role", self.role).stdout

    @property
    def enrolment(self) -> dict[str, Any]:
        """The enrolment file (device id, station...)."""
        doc: dict[str, Any] = json.loads(
            (self.data / "sync" / "enrolment.json").read_text(encoding="utf-8"))
        return doc

    @property
    def device_id(self) -> str:
        return str(self.enrolment["device_id"])

    def ticket(self, service: str = "cnie", priority: bool = False,
               name: str = VISITOR) -> dict[str, Any]:
        """``kiosk ticket SERVICE`` with the visitor's name: its JSON line."""
        args = ["ticket", service, "--field", f"full_name={name}", "--consent"]
        if priority:
            args.append("--priority")
        result: dict[str, Any] = json.loads(self.run(*args).stdout)
        return result

    def sync(self, check: bool = True) -> subprocess.CompletedProcess[str]:
        """``kiosk sync --once --no-pull --json``."""
        return self.run("sync", "--once", "--no-pull", "--json", check=check)

    def status(self) -> dict[str, Any]:
        """``kiosk sync --status --json``."""
        doc: dict[str, Any] = json.loads(self.run("sync", "--status", "--json").stdout)
        return doc

    def queue(self, action: str, *args: str, check: bool = True
              ) -> subprocess.CompletedProcess[str]:
        """``kiosk queue ACTION ARGS --counter N --json``."""
        return self.run("queue", action, *args, "--counter", str(self.counter), "--json",
                        check=check)

    def local_outbox(self) -> list[tuple[str, int, str]]:
        """``(event_id, seq, type)`` of every event in this device's outbox."""
        import sqlite3
        from contextlib import closing

        from kiosk.paths import database_path
        with closing(sqlite3.connect(database_path(self.data))) as conn:
            return [(str(r[0]), int(r[1]), str(r[2])) for r in conn.execute(
                "SELECT event_id, seq, type FROM outbox ORDER BY seq")]
