"""Run the reference server (``kiosk server``) as a real process on loopback, for tests.

    server = start_server(tmp_path / "centre")          # started, /api/v1/health answers
    code = server.enrol_code("TNG01")                   # ``kiosk server enrol-code``
    requests.post(f"{server.url}/api/v1/enrol", json={"code": code, ...})
    server.publish_catalog(Path("assets/catalog"))
    server.admin("GET", "/api/v1/admin/devices").json()
    server.kill()                                       # SIGKILL: a crash
    server.start()                                      # same port, data dir, database
    server.stop()                                       # SIGTERM

The admin commands run the CLI against the same data directory and database, as an
operator would.  With ``database_url`` (``postgresql+psycopg://...``) the server uses
PostgreSQL; otherwise the SQLite file in ``data_dir``.
"""

from __future__ import annotations

import contextlib
import json as jsonlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from kiosk.server.settings import ADMIN_TOKEN_FILE

REPO = Path(__file__).resolve().parents[2]
#: Seconds start() waits for /api/v1/health.
START_TIMEOUT = 20.0
#: Seconds stop() waits after SIGTERM before it kills.
STOP_TIMEOUT = 15.0
#: Seconds an admin CLI command may take.
CLI_TIMEOUT = 60.0


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    """One ``kiosk server`` process on 127.0.0.1 (started again on the same port)."""

    url: str
    data_dir: Path
    database_url: str | None = None
    port: int = 0
    #: Extra ``kiosk server`` options (``["--workers", "2"]``).
    extra_args: list[str] = field(default_factory=list)
    _proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _log: Path | None = field(default=None, repr=False)

    # --- process ---------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs, else None."""
        if self._proc is None or self._proc.poll() is not None:
            return None
        return self._proc.pid

    def _db_args(self) -> list[str]:
        args = ["--data-dir", str(self.data_dir)]
        if self.database_url:
            args += ["--database-url", self.database_url]
        return args

    def start(self) -> None:
        """Start the server (nothing if it runs) and wait until /api/v1/health answers.

        Raises RuntimeError with the server's output if it exits or does not answer
        within ``START_TIMEOUT`` seconds.
        """
        if self.pid is not None:
            return
        # The log sits beside the data dir (the test's tmp_path), not in /tmp, so
        # pytest's clean-up takes it with the rest.
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        fd, log = tempfile.mkstemp(prefix=f"{self.data_dir.name}-server-", suffix=".log",
                                   dir=self.data_dir.parent)
        self._log = Path(log)
        cmd = [sys.executable, "-m", "kiosk", "server", "--host", "127.0.0.1",
               "--port", str(self.port), *self._db_args(), *self.extra_args]
        with os.fdopen(fd, "wb") as out:
            self._proc = subprocess.Popen(cmd, cwd=REPO, stdin=subprocess.DEVNULL,
                                          stdout=out, stderr=subprocess.STDOUT,
                                          env=_env())
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"kiosk server exited with {self._proc.returncode}:\n"
                                   f"{self.output()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"kiosk server did not answer within {START_TIMEOUT} s:\n"
                           f"{self.output()}")

    def output(self) -> str:
        """Everything the server printed (stdout and stderr) since its last start."""
        if self._log is None or not self._log.exists():
            return ""
        return self._log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """SIGTERM, then wait for the process (SIGKILL after ``STOP_TIMEOUT`` s)."""
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def kill(self) -> None:
        """SIGKILL (a crash, a power cut), then wait for the process."""
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        proc.kill()
        proc.wait()

    # --- admin -----------------------------------------------------------------------

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``kiosk server ARGS`` against this data dir and database (check=True)."""
        cmd = [sys.executable, "-m", "kiosk", "server", *args, *self._db_args()]
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True,
                              timeout=CLI_TIMEOUT, env=_env(), check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[2:])} exited with {done.returncode}:\n"
                               f"{done.stdout}{done.stderr}")
        return done

    @property
    def admin_token(self) -> str:
        """The admin token (``kiosk server admin-token``; the server makes it at start)."""
        path = self.data_dir / ADMIN_TOKEN_FILE
        if path.exists():
            return path.read_text(encoding="ascii").strip()
        return self.cli("admin-token").stdout.strip()

    def enrol_code(self, site: str = "TNG01") -> str:
        """A fresh one-time enrolment code for ``site`` (``kiosk server enrol-code``)."""
        return self.cli("enrol-code", "--site", site).stdout.strip()

    def devices(self) -> list[dict[str, Any]]:
        """Every device, as ``kiosk server devices --json`` prints them."""
        data: list[dict[str, Any]] = jsonlib.loads(self.cli("devices", "--json").stdout)
        return data

    def admin(self, method: str, path: str, json: Any = None) -> requests.Response:
        """An HTTP request to ``path`` (``/api/v1/admin/...``) with the admin token."""
        return requests.request(method, f"{self.url}{path}", json=json, timeout=30,
                                headers={"Authorization": f"Bearer {self.admin_token}"})

    def publish_catalog(self, path: Path) -> None:
        """Publish the catalog folder or JSON file at ``path`` (a new bundle version)."""
        self.cli("publish-catalog", str(path))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def start_server(data_dir: Path, database_url: str | None = None,
                 port: int | None = None) -> ServerProcess:
    """Start ``kiosk server`` on 127.0.0.1 (a free port when ``port`` is None).

    Returns once /api/v1/health answers.  Stop it with ``stop()`` or ``kill()``.
    """
    chosen = port or free_port()
    server = ServerProcess(url=f"http://127.0.0.1:{chosen}", data_dir=Path(data_dir),
                           database_url=database_url, port=chosen)
    server.start()
    return server
