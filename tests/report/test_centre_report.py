"""The centre's daily report equals the kiosk's for the same day (SQLite, PostgreSQL)."""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import subprocess
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from kiosk.cli import main
from kiosk.cli_report import add_commands as add_report_commands
from kiosk.compose import build_kiosk
from kiosk.domain.report import figure_rows
from kiosk.server.cli import add_commands as add_server_commands
from kiosk.server.db import Database
from kiosk.server.schema import events
from kiosk.server.service.report import centre_figures
from kiosk.server.settings import ServerSettings
from kiosk.store.report_queries import local_figures
from tests.report.helpers import DAY, HALL_TZ, add_field_and_feedback, build_day
from tests.server.common import batch
from tests.server.conftest import Enrolled, TestClient


def push_outbox(client: TestClient, device: Enrolled, kiosk_db: Path) -> int:
    with sqlite3.connect(kiosk_db) as conn:
        rows = conn.execute("SELECT event_id, seq, type, payload, created_at FROM outbox "
                            "ORDER BY seq").fetchall()
    evs = [{"event_id": e, "seq": s, "type": t, "payload": json.loads(p), "created_at": c}
           for e, s, t, p, c in rows]
    reply = client.post("/api/v1/events", json=batch(evs), headers=device.headers)
    assert reply.status_code == 200, reply.text
    assert {r["status"] for r in reply.json()["results"]} == {"accepted"}
    return len(evs)


def store_event(db: Database, device: Enrolled, seq: int, type_: str,
                payload: dict[str, Any]) -> None:
    """An accepted event as the push endpoint stores it (field and feedback event types
    are not accepted by the push endpoint yet: written as it will write them)."""
    with db.write() as conn:
        arrival = conn.scalar(select(func.coalesce(func.max(events.c.arrival), 0))) + 1
        conn.execute(insert(events).values(
            device_id=device.device_id, seq=seq, event_id=str(uuid.uuid4()), type=type_,
            created_at="2026-11-24T12:00:00+01:00", received_at=datetime.now(UTC),
            content_hash="0" * 64, status="accepted", reason=None,
            payload=json.dumps(payload), arrival=arrival))


def test_the_centre_has_the_kiosks_figures(tmp_path: Path, client: TestClient, db: Database,
                                           enrol: Callable[..., Enrolled],
                                           settings: ServerSettings,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    kiosk = build_kiosk(tmp_path / "kiosk")
    clock = build_day(kiosk)
    add_field_and_feedback(kiosk)
    site = kiosk.config.site.code
    device = enrol(site=site)
    seq = push_outbox(client, device, kiosk.data_dir / "jisr.sqlite3")
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as conn:
        cases = conn.execute("SELECT id, case_type, version, created_at FROM field_cases"
                             ).fetchall()
        ratings = conn.execute("SELECT id, rating, comment, complaint, service_id, day "
                               "FROM feedback").fetchall()
    for case_id, case_type, version, created in cases:
        for v in range(1, version + 1):  # every save was an event; only the last counts
            seq += 1
            store_event(db, device, seq,
                        "field_case.recorded" if v == 1 else "field_case.updated",
                        {"v": 1, "case": {"id": case_id, "case_type": "social" if v < version
                                          else case_type, "version": v,
                                          "created_at": created, "person_name": "X"}})
    for fid, rating, comment, complaint, service_id, day in ratings:
        seq += 1
        store_event(db, device, seq, "feedback.given",
                    {"v": 1, "feedback": {"id": fid, "rating": rating, "comment": comment,
                                          "complaint": bool(complaint),
                                          "service_id": service_id, "day": day}})
    other = enrol(site="RBA01")  # another site's day: in "all sites" only
    store_event(db, other, 1, "feedback.given", {"rating": 4, "day": DAY.isoformat()})

    mine = local_figures(kiosk.store, DAY, site, clock.now(), tz=HALL_TZ)
    centre = centre_figures(db, DAY, site, tz=HALL_TZ)
    assert centre == mine
    everyone = centre_figures(db, DAY, None, tz=HALL_TZ)
    assert everyone.tickets == mine.tickets and everyone.site is None
    assert everyone.feedback.count == mine.feedback.count + 1

    # kiosk server report: the same figures, from the command line, registered as
    # kiosk/cli.py does (the server's commands, then kiosk report's)
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    add_server_commands(sub)
    add_report_commands(sub)
    for out in ("centre.pdf", "centre.csv"):
        args = parser.parse_args([
            "server", "report", "--data-dir", str(settings.data_dir), "--database-url",
            settings.database_url, "--date", DAY.isoformat(), "--site", site,
            "--out", str(tmp_path / out)])
        assert args.handler(args) == 0
    assert "10 tickets, 6 served, 2 no-shows (DEMO)" in capsys.readouterr().out
    with (tmp_path / "centre.csv").open(encoding="utf-8-sig", newline="") as f:
        assert [tuple(r) for r in csv.reader(f)][1:] == figure_rows(mine)
    text = subprocess.run(["pdftotext", str(tmp_path / "centre.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Rapport journalier" in text and "Extrait ou copie" in text
    # without kiosk report's renderer the centre still writes CSV
    assert main(["server", "report", "--data-dir", str(settings.data_dir), "--database-url",
                 settings.database_url, "--date", DAY.isoformat(),
                 "--out", str(tmp_path / "all.csv")]) == 0
