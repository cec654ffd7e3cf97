"""A kiosk clock days off changes neither deduplication nor order.

``created_at`` is the device's clock, kept for people; the centre must never order,
deduplicate or refuse by it (docs/PROTOCOL.md).  Tickets are issued through the real
TicketDesk with its clock days behind, days ahead, a year ahead, back again -- so
``created_at`` goes backwards and forwards along the seq -- and the first push's reply
is lost, so the retry is judged by id and content alone.  The sync process itself also
runs with its clock off (``faketime``, when installed).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.faults.conftest import BOTH, Enrolled
from tests.faults.sync_env import assert_exactly_once
from tests.support.faultproxy import DropReply, Respond

EVENTS_PATH = "/api/v1/events"
OFFSETS = [timedelta(days=-5), timedelta(days=7), timedelta(0), timedelta(days=-30),
           timedelta(days=365), timedelta(days=-1, hours=-3)]
FAKETIME = shutil.which("faketime")


def _centre_created_at(enrolled: Enrolled) -> list[str]:
    centre = enrolled.centre
    sql = "SELECT created_at FROM events WHERE device_id = {p} ORDER BY seq"
    if centre.database_url:
        import psycopg
        from sqlalchemy.engine import make_url
        url = make_url(centre.database_url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            rows = conn.execute(sql.format(p="%s"), (enrolled.device_id,)).fetchall()
    else:
        with closing(sqlite3.connect(centre.data_dir / "jisr-server.sqlite3")) as conn:
            rows = conn.execute(sql.format(p="?"), (enrolled.device_id,)).fetchall()
    return [str(r[0]) for r in rows]


def _issue_with_skewed_clock(enrolled: Enrolled) -> list[str]:
    node = enrolled.node
    for offset in OFFSETS:
        node.set_clock_offset(offset)
        node.issue(1)
    stamps = [str(r[0]) for r in node.query("SELECT created_at FROM outbox ORDER BY seq")]
    moments = [datetime.fromisoformat(s) for s in stamps]
    assert moments != sorted(moments), "the clock skew should scramble created_at"
    return stamps


@pytest.mark.parametrize("backend", BOTH, indirect=True)
def test_skewed_created_at_neither_dedups_nor_orders(enrolled: Enrolled) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    stamps = _issue_with_skewed_clock(enrolled)
    proxy.set_mode(DropReply(path=EVENTS_PATH, times=1))  # committed; reply lost
    assert node.sync_once(check=False).returncode == 3
    done = node.run("sync", "--once", "--json")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["sent"], report["replays"], report["dead"]) == (len(OFFSETS),
                                                                 len(OFFSETS), 0)
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)  # by seq, not time
    assert _centre_created_at(enrolled) == stamps  # kept as the device said, for people


@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed (apt install faketime)")
@pytest.mark.parametrize("sync_clock", ["-9d", "+40d"])
def test_sync_process_with_its_clock_off(enrolled: Enrolled, sync_clock: str) -> None:
    """``kiosk sync`` itself thinks it is days before or after: nothing changes."""
    assert FAKETIME is not None
    node, proxy = enrolled.node, enrolled.proxy
    stamps = _issue_with_skewed_clock(enrolled)
    wrong = [FAKETIME, "-f", sync_clock]
    proxy.set_mode(DropReply(path=EVENTS_PATH, times=1))
    assert node.run("sync", "--once", check=False, prefix=wrong).returncode == 3
    node.set_clock_offset(timedelta(days=-2))
    node.issue(2)  # queued between the lost reply and the retry
    done = node.run("sync", "--once", "--json", prefix=wrong)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["sent"], report["replays"]) == (len(OFFSETS) + 2, len(OFFSETS))
    centre = assert_exactly_once(node, enrolled.centre, enrolled.device_id)
    assert centre.seqs == list(range(1, len(OFFSETS) + 3))
    assert _centre_created_at(enrolled)[:len(OFFSETS)] == stamps


@pytest.mark.skipif(FAKETIME is None, reason="faketime is not installed (apt install faketime)")
def test_retry_after_as_a_date_with_the_kiosk_clock_days_behind(enrolled: Enrolled) -> None:
    """A ``Retry-After`` HTTP date (as proxies and load balancers send) means "5 s from
    now" by the centre's clock; a kiosk three days behind must not read "3 days"."""
    assert FAKETIME is not None
    node, proxy = enrolled.node, enrolled.proxy
    node.issue(1)
    now = datetime.now(UTC)
    headers = (("Retry-After", format_datetime(now + timedelta(seconds=5), usegmt=True)),
               ("Date", format_datetime(now, usegmt=True)))
    proxy.set_mode(Respond(503, headers, path=EVENTS_PATH, times=1))
    done = node.run("sync", "--once", "--json", check=False, prefix=[FAKETIME, "-f", "-3d"])
    assert json.loads(done.stdout.strip().splitlines()[-1])["error"] == "busy"
    shown = node.status()
    wait = (datetime.fromisoformat(shown["next_try_at"])
            - datetime.fromisoformat(shown["last_attempt_at"])).total_seconds()
    assert wait <= 60, f"next try {wait / 3600:.1f} h later, for a Retry-After of 5 s"
