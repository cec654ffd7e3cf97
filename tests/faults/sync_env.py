"""What the sync fault tests share: a real kiosk data directory, a real centre, the truth.

* :class:`KioskNode`: a kiosk data directory driven through the real ``kiosk`` command
  (``enrol``, ``sync``) in child processes, with tickets issued through the real
  :class:`~kiosk.usecases.TicketDesk` in the test process, and a fast bulk backlog.
* :func:`centre_events`: what the centre's database holds, read directly (SQLite file
  or PostgreSQL), so a test does not trust the server's own counters alone.
* :func:`assert_exactly_once`: the two promises of docs/PROTOCOL.md, checked against
  the kiosk's outbox: nothing lost, nothing counted twice, in order.

Also used by ``scripts/soak_sync_kill.py`` and ``benchmarks/bench_sync.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.paths import config_path, database_path
from tests.support.pg import drop_database

REPO = Path(__file__).resolve().parents[2]
#: Seconds one ``kiosk`` command may take in a test.
CLI_TIMEOUT = 180.0
#: The service every test ticket is for (a hall service of group C; needs a name).
SERVICE = "cnie"
#: Services of six groups: ticket numbers are per group and day, and stop at 999.
SERVICES = ("cnie", "passport", "criminal_record", "driving_licence_exchange",
            "legal_assistance", "complaint")
NAMES = ("Fatima Zahra Bennani", "يوسف العلوي", "Mohamed Amine El Idrissi",
         "Khadija Ait Benhaddou", "Rachid Ouazzani", "Salma Tazi")

#: The kiosk's [sync] settings in these tests: short timeouts and backoff.
TEST_SYNC = {"connect_timeout_s": 2, "read_timeout_s": 10, "backoff_base_s": 1,
             "backoff_cap_s": 2, "probe_interval_s": 1, "batch_size": 500}

DEMO_SITE = """\
[site]
name = "Préfecture de Tanger-Assilah - Accueil MRE"
code = "TNG01"
context = "hall"
counters = 3

[kiosk]
languages = ["ar", "fr", "en"]
retention_days = 90

[printer]
kind = "pdf"
paper = "80mm"
"""


def child_env() -> dict[str, str]:
    """The environment of ``kiosk`` child processes (no display, unbuffered)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("KIOSK_DATA_DIR", None)
    return env


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value))


class FixedOffsetClock:
    """A clock ``offset`` away from the machine's (a kiosk whose clock is wrong)."""

    def __init__(self, offset: timedelta) -> None:
        self.offset = offset

    def now(self) -> datetime:
        """The machine's local time plus ``offset``."""
        return datetime.now().astimezone() + self.offset


@dataclass
class KioskNode:
    """One kiosk's data directory, driven as an operator would."""

    data: Path
    sync: dict[str, Any] = field(default_factory=lambda: dict(TEST_SYNC))
    _kiosk: Any = field(default=None, repr=False)
    _issued: int = field(default=0, repr=False)

    # -- set-up ---------------------------------------------------------------------

    def write_config(self, **sync: Any) -> None:
        """Write ``config.toml``: the demo site and ``[sync]`` = TEST_SYNC + ``sync``."""
        self.sync.update(sync)
        self.data.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data, 0o700)
        lines = [DEMO_SITE, "[sync]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in self.sync.items()]
        config_path(self.data).write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self._kiosk is not None:  # the in-process desk reads its config once
            self.close()

    def cmd(self, *args: str) -> list[str]:
        """``python -m kiosk --data-dir DATA ARGS``."""
        return [sys.executable, "-m", "kiosk", "--data-dir", str(self.data), *args]

    def run(self, *args: str, timeout: float = CLI_TIMEOUT, check: bool = True,
            prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
        """Run ``kiosk ARGS`` on this data directory (after ``prefix``, e.g. a
        ``faketime`` command); raise with its output on failure when ``check``."""
        done = subprocess.run([*prefix, *self.cmd(*args)], cwd=REPO, capture_output=True,
                              text=True, timeout=timeout, env=child_env(), check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"kiosk {' '.join(args)} exited {done.returncode}:\n"
                                 f"{done.stdout}\n{done.stderr}")
        return done

    def spawn(self, *args: str) -> subprocess.Popen[str]:
        """Start ``kiosk ARGS`` (output to pipes; the caller waits or kills)."""
        return subprocess.Popen(self.cmd(*args), cwd=REPO, env=child_env(), text=True,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    def enrol(self, server_url: str, code: str) -> dict[str, Any]:
        """``kiosk enrol --server URL --code CODE``; returns the enrolment file."""
        self.run("enrol", "--server", server_url, "--code", code)
        enrolment: dict[str, Any] = json.loads(
            (self.data / "sync" / "enrolment.json").read_text(encoding="utf-8"))
        return enrolment

    def sync_once(self, timeout: float = CLI_TIMEOUT,
                  check: bool = True) -> subprocess.CompletedProcess[str]:
        """``kiosk sync --once``."""
        return self.run("sync", "--once", timeout=timeout, check=check)

    def status(self) -> dict[str, Any]:
        """``kiosk sync --status --json``."""
        out = self.run("sync", "--status", "--json").stdout
        status: dict[str, Any] = json.loads(out)
        return status

    # -- tickets, through the real desk --------------------------------------------

    @property
    def kiosk(self) -> Any:
        """The kiosk built by the real composition root (in this process)."""
        if self._kiosk is None:
            from kiosk.compose import build_kiosk
            if not config_path(self.data).exists():
                self.write_config()
            self._kiosk = build_kiosk(self.data)
        return self._kiosk

    def set_clock_offset(self, offset: timedelta) -> None:
        """Make the desk's clock ``offset`` wrong (days ahead or behind)."""
        self.kiosk.desk.clock = FixedOffsetClock(offset)

    def issue(self, count: int = 1) -> list[str]:
        """Issue ``count`` tickets through :class:`TicketDesk` (request, ticket and outbox
        event in one transaction, then the PDF); returns the request ids."""
        from kiosk.domain.request import PRIVACY_NOTICE_VERSION, NewRequest
        ids = []
        for _ in range(count):
            n = self._issued
            self._issued += 1
            service = SERVICES[n % len(SERVICES)]
            request = NewRequest(
                service_id=service, lang=("ar", "fr", "en")[n % 3],
                fields=_fields_for(service, n), consent_at=self.kiosk.desk.clock.now(),
                consent_version=PRIVACY_NOTICE_VERSION)
            ids.append(self.kiosk.desk.issue(request).ticket.request_id)
        return ids

    def close(self) -> None:
        """Close the in-process kiosk's database connections."""
        if self._kiosk is not None:
            self._kiosk.store.close()
            self._kiosk = None

    # -- the local truth -----------------------------------------------------------

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Run ``sql`` on the kiosk database (a separate plain connection)."""
        with closing(sqlite3.connect(database_path(self.data), timeout=30)) as conn, conn:
            return list(conn.execute(sql, params).fetchall())

    def outbox(self) -> list[tuple[str, int, str]]:
        """Every outbox event: (event_id, seq, status), by seq."""
        return [(r[0], int(r[1]), str(r[2])) for r in
                self.query("SELECT event_id, seq, status FROM outbox ORDER BY seq")]

    def outbox_counts(self) -> dict[str, int]:
        """Outbox events per status."""
        return {str(s): int(n) for s, n in
                self.query("SELECT status, count(*) FROM outbox GROUP BY status")}

    def integrity(self) -> str:
        """``PRAGMA integrity_check`` of the kiosk database."""
        return "\n".join(str(r[0]) for r in self.query("PRAGMA integrity_check"))

    def bulk_backlog(self, count: int, pad: int = 600) -> None:
        """Queue ``count`` realistic ``request.created`` events (~1 KB each) at once.

        One transaction through the kiosk store's own models (same schema, same JSON
        encoding, the device's ``next_seq`` moved on) -- a 100,000-event backlog in
        seconds instead of hours of TicketDesk.
        """
        from sqlalchemy import insert
        from sqlalchemy.orm import Session

        from kiosk.store import open_store
        from kiosk.store.db import write_engine
        from kiosk.store.models import Device, OutboxEvent

        store = open_store(self.data)
        try:
            with Session(write_engine(store.engine)) as s, s.begin():
                device = s.get_one(Device, 1)
                first = device.next_seq
                now = datetime.now().astimezone()
                rows = []
                for i in range(count):
                    seq = first + i
                    rows.append({
                        "event_id": str(uuid.uuid4()), "seq": seq, "type": "request.created",
                        "payload": request_created_payload(device.device_id, seq, now, pad),
                        "created_at": now, "status": "pending",
                    })
                    if len(rows) == 5000:
                        s.execute(insert(OutboxEvent), rows)
                        rows = []
                if rows:
                    s.execute(insert(OutboxEvent), rows)
                device.next_seq = first + count
        finally:
            store.close()


def _fields_for(service: str, n: int) -> dict[str, str]:
    fields = {"full_name": NAMES[n % len(NAMES)]}
    if service in ("passport", "criminal_record"):
        fields["cnie"] = f"AB{100000 + n % 900000}"
    if service == "driving_licence_exchange":
        fields.update(id_number=f"X{1000000 + n}", licence_country="FR")
    return fields


def request_created_payload(device_id: str, seq: int, now: datetime,
                            pad: int) -> dict[str, Any]:
    """A ``request.created`` payload shaped like :mod:`kiosk.store.payloads` makes."""
    request_id = str(uuid.uuid4())
    return {
        "v": 1, "device_id": device_id,
        "request": {
            "id": request_id, "service_id": "cnie", "lang": "ar",
            "fields": {"full_name": NAMES[seq % len(NAMES)], "cnie": f"AB{seq % 999999:06d}",
                       "phone": "+212612345678", "note": "x" * pad},
            "priority": None, "consent_at": now.isoformat(), "consent_version": "2026-11",
            "documents_ready": ["photo"], "scans": [], "created_at": now.isoformat(),
            "site_code": "TNG01"},
        "ticket": {
            "request_id": request_id, "number": f"C-{seq % 999 + 1:03d}",
            "service_id": "cnie", "site_code": "TNG01",
            "site_name": "Préfecture de Tanger-Assilah - Accueil MRE",
            "day": now.date().isoformat(), "group": "C", "seq": seq % 999 + 1,
            "state": "waiting", "issued_at": now.isoformat(), "people_ahead": 3,
            "estimated_wait_minutes": 12, "priority": None,
            "qr_payload": "JT1:TNG01:" + "Q" * 120, "documents": ["old_cnie", "photo"]},
    }


# -- the centre's truth -------------------------------------------------------------


@dataclass(frozen=True)
class CentreEvents:
    """What the centre's ``events`` table holds for one device."""

    rows: int
    distinct_ids: int
    seqs: list[int]
    ids_by_seq: dict[int, str]
    hashes_by_seq: dict[int, str]


def centre_events(server: Any, device_id: str) -> CentreEvents:
    """Read the centre's database directly (SQLite file, or PostgreSQL by URL)."""
    sql = ("SELECT seq, event_id, content_hash FROM events WHERE device_id = {p} "
           "ORDER BY seq")
    if server.database_url:
        import psycopg
        from sqlalchemy.engine import make_url
        url = make_url(server.database_url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            rows = conn.execute(sql.format(p="%s"), (device_id,)).fetchall()
    else:
        path = server.data_dir / "jisr-server.sqlite3"
        with closing(sqlite3.connect(path, timeout=30)) as conn:
            rows = conn.execute(sql.format(p="?"), (device_id,)).fetchall()
    seqs = [int(r[0]) for r in rows]
    return CentreEvents(len(rows), len({r[1] for r in rows}), seqs,
                        {int(r[0]): str(r[1]) for r in rows},
                        {int(r[0]): str(r[2]) for r in rows})


def device_info(server: Any, device_id: str) -> dict[str, Any]:
    """The centre's admin view of one device (``kiosk server devices --json``)."""
    for device in server.devices():
        if device.get("device_id", device.get("id")) == device_id:
            return dict(device)
    raise AssertionError(f"the centre does not know device {device_id}")


def assert_exactly_once(node: KioskNode, server: Any, device_id: str) -> CentreEvents:
    """Nothing lost, nothing twice, in order: the kiosk's outbox against the centre.

    Every outbox event is ``sent``; the centre holds exactly one row per event, the
    same event id at the same seq, seqs 1..N without a hole; its counters agree
    (events received == N, last seq == N); the kiosk database is intact.
    """
    outbox = node.outbox()
    counts = node.outbox_counts()
    assert counts == {"sent": len(outbox)}, f"kiosk outbox not all sent: {counts}"
    assert [seq for _, seq, _ in outbox] == list(range(1, len(outbox) + 1))
    centre = centre_events(server, device_id)
    assert centre.rows == centre.distinct_ids == len(outbox), (
        f"centre rows {centre.rows}, distinct ids {centre.distinct_ids}, "
        f"kiosk events {len(outbox)}")
    assert centre.seqs == list(range(1, len(outbox) + 1))
    assert centre.ids_by_seq == {seq: event_id for event_id, seq, _ in outbox}
    info = device_info(server, device_id)
    assert info["events_received"] == len(outbox), info
    assert info["last_seq"] == len(outbox), info
    assert node.integrity() == "ok"
    return centre


# -- processes ------------------------------------------------------------------------


def kill9(proc: subprocess.Popen[str]) -> None:
    """SIGKILL ``proc`` (if it still runs) and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def wait_for(condition: Any, timeout: float, what: str, interval: float = 0.05) -> None:
    """Poll ``condition()`` until true; AssertionError naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


@contextlib.contextmanager
def private_postgres(port: int) -> Iterator[str]:
    """A throwaway PostgreSQL cluster (trust auth, loopback only, in a new temporary
    directory), run as the ``postgres`` user when we are root; yields its
    ``postgresql+psycopg://`` URL.  Stopped and deleted at the end.

    For the benchmark when no PostgreSQL URL is given: no password is looked up.
    """
    import shutil
    import tempfile

    bindir = _pg_bindir()
    base = Path(tempfile.mkdtemp(prefix="jisr-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    pgdata = base / "data"

    def run(*cmd: str) -> None:
        done = subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(cmd[0]).name} failed:\n{done.stdout}{done.stderr}")

    try:
        run(str(bindir / "initdb"), "-D", str(pgdata), "-A", "trust", "-U", "jisr",
            "--no-sync")
        run(str(bindir / "pg_ctl"), "-D", str(pgdata), "-w", "-l", str(base / "log"),
            "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {base}", "start")
        try:
            run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "jisr",
                "jisr")
            yield f"postgresql+psycopg://jisr@127.0.0.1:{port}/jisr"
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(pgdata), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _pg_bindir() -> Path:
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*/bin") if (p / "initdb").exists()),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if not versions:
        raise RuntimeError("no PostgreSQL installed under /usr/lib/postgresql")
    return versions[-1]


def fresh_pg_database(base_url: str) -> str:
    """A new empty database on the PostgreSQL server of ``base_url``; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url
    name = f"jisr_f_{uuid.uuid4().hex[:16]}"
    admin = make_url(base_url).set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(base_url: str, url: str) -> None:
    """Drop the database of ``url`` (made by :func:`fresh_pg_database`)."""
    from sqlalchemy.engine import make_url
    name = make_url(url).database
    assert name is not None
    admin = make_url(base_url).set(drivername="postgresql").render_as_string(
        hide_password=False)
    drop_database(admin, name)


__all__: Sequence[str] = [
    "CLI_TIMEOUT", "REPO", "TEST_SYNC", "CentreEvents", "FixedOffsetClock", "KioskNode",
    "assert_exactly_once", "centre_events", "child_env", "device_info", "drop_pg_database",
    "fresh_pg_database", "kill9", "private_postgres", "request_created_payload", "wait_for",
]
