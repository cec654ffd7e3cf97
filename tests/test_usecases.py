"""Issuing a ticket: once committed, the visitor always gets it, whatever fails after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from kiosk.compose import Kiosk, build_kiosk
from kiosk.domain.request import NewRequest


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    return build_kiosk(tmp_path / "data")


def db_rows(kiosk: Kiosk, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        return db.execute(sql).fetchall()


def test_a_printed_ticket_is_recorded_as_saved(kiosk: Kiosk) -> None:
    issued = kiosk.desk.issue(NewRequest("information", "fr"))
    assert issued.printed and issued.pdf.exists()
    assert db_rows(kiosk, "SELECT number, print_status FROM tickets") == [("R-001", "saved")]


def test_when_the_pdf_cannot_be_written_the_ticket_still_stands(kiosk: Kiosk) -> None:
    kiosk.desk.tickets_dir = kiosk.data_dir / "tickets-is-a-file"
    kiosk.desk.tickets_dir.write_text("not a folder")
    issued = kiosk.desk.issue(NewRequest("information", "ar"))
    assert not issued.printed and issued.ticket.number == "R-001"
    [(status, error)] = db_rows(kiosk, "SELECT print_status, print_error FROM tickets")
    assert status == "failed" and error
    assert [t for (t,) in db_rows(kiosk, "SELECT type FROM outbox ORDER BY seq")] == [
        "request.created", "ticket.print_failed"]


def test_a_disk_that_fails_right_after_the_commit_does_not_hide_the_ticket(
        kiosk: Kiosk, caplog: pytest.LogCaptureFixture) -> None:
    committed = {"yes": False}

    @event.listens_for(kiosk.store.engine, "commit")
    def _after_commit(conn: object) -> None:
        committed["yes"] = True

    @event.listens_for(kiosk.store.engine, "checkout")
    def _read_only_after(dbapi_connection: object, record: object, proxy: object) -> None:
        state = "ON" if committed["yes"] else "OFF"
        dbapi_connection.execute(f"PRAGMA query_only={state}")  # type: ignore[attr-defined]

    issued = kiosk.desk.issue(NewRequest("information", "fr"))
    assert issued.ticket.number == "R-001" and issued.pdf.exists()
    assert db_rows(kiosk, "SELECT number, print_status FROM tickets") == [("R-001", "pending")]
    assert "print outcome not recorded (StorageUnavailable)" in caplog.text


def test_the_data_directory_is_private_to_the_kiosk_user(kiosk: Kiosk) -> None:
    assert kiosk.data_dir.stat().st_mode & 0o077 == 0


def test_purge_removes_old_ticket_pdfs_and_keeps_recent_ones(kiosk: Kiosk) -> None:
    import os
    old = kiosk.desk.issue(NewRequest("information", "fr")).pdf
    new = kiosk.desk.issue(NewRequest("information", "fr")).pdf
    long_ago = kiosk.desk.clock.now().timestamp() - 91 * 86400
    os.utime(old, (long_ago, long_ago))
    kiosk.desk.purge_expired()
    assert not old.exists() and new.exists()


def test_a_scanned_ticket_shows_its_place_now_and_can_be_cancelled(kiosk: Kiosk) -> None:
    first = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    second = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    urgent = kiosk.desk.issue(NewRequest("information", "fr", priority="disability")).ticket
    status = kiosk.desk.ticket_status(second.request_id)
    assert status is not None and (status.number, status.people_ahead) == ("R-002", 2)
    assert kiosk.desk.ticket_status(urgent.request_id).people_ahead == 0  # type: ignore[union-attr]
    assert kiosk.desk.cancel(first.request_id) is True
    assert kiosk.desk.cancel(first.request_id) is False  # once only
    assert kiosk.desk.ticket_status(second.request_id).people_ahead == 1  # type: ignore[union-attr]
    cancelled = kiosk.desk.ticket_status(first.request_id)
    assert cancelled is not None and cancelled.state == "cancelled"
    assert ("ticket.cancelled",) in db_rows(kiosk, "SELECT type FROM outbox")
    assert kiosk.desk.ticket_status("no-such-request") is None


def test_a_reprint_carries_the_same_number_and_the_wait_as_it_is_now(kiosk: Kiosk) -> None:
    from pypdf import PdfReader
    kiosk.desk.issue(NewRequest("information", "fr"))
    mine = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    assert mine.people_ahead == 1
    kiosk.desk.cancel(db_rows(kiosk, "SELECT request_id FROM tickets ORDER BY id")[0][0])
    again = kiosk.desk.reprint(mine.request_id)
    assert again is not None and again.ticket.number == "R-002"
    assert again.ticket.people_ahead == 0
    assert "R-002" in PdfReader(str(again.pdf)).pages[0].extract_text()
    assert kiosk.parse(again.ticket.qr_payload.encode()).verdict.value == "valid"


def test_a_typed_ticket_number_finds_todays_ticket(kiosk: Kiosk) -> None:
    kiosk.desk.issue(NewRequest("information", "fr"))
    kiosk.desk.issue(NewRequest("information", "fr"))
    status = kiosk.desk.ticket_status_by_number("r 2")
    assert status is not None and (status.number, status.people_ahead) == ("R-002", 1)
    assert kiosk.desk.ticket_status_by_number("R-009") is None
    assert kiosk.desk.ticket_status_by_number("not a number") is None


def test_a_ticket_is_printed_again_twice_at_most(kiosk: Kiosk) -> None:
    mine = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    assert kiosk.desk.reprint(mine.request_id) is not None
    assert kiosk.desk.reprint(mine.request_id) is not None
    assert kiosk.desk.reprint(mine.request_id) is None  # then: the counter
    assert db_rows(kiosk, "SELECT count(*) FROM outbox WHERE type = 'ticket.reprinted'"
                   ) == [(2,)]


def test_yesterdays_ticket_cannot_be_cancelled_or_reprinted(kiosk: Kiosk) -> None:
    from datetime import timedelta

    from kiosk.compose import SystemClock

    class Yesterday(SystemClock):
        def now(self):  # type: ignore[no-untyped-def]
            return super().now() - timedelta(days=1)

    today_clock = kiosk.desk.clock
    kiosk.desk.clock = Yesterday()
    old = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    kiosk.desk.clock = today_clock
    assert kiosk.desk.ticket_status(old.request_id) is None
    assert kiosk.desk.cancel(old.request_id) is False
    assert kiosk.desk.reprint(old.request_id) is None


def test_a_trusted_key_signs_only_what_it_is_trusted_for(kiosk: Kiosk, tmp_path: Path) -> None:
    from datetime import datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.domain.payloads import sign_prereg, sign_ticket
    from kiosk.keys import import_public_key, public_key_pem, trust_list
    centre, other_site = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    for key, label in ((centre, "centre"), (other_site, "TNG02")):
        pem = tmp_path / f"{label}.pem"
        pem.write_text(public_key_pem(key.public_key()))
        import_public_key(kiosk.data_dir, pem, label)
    kiosk.trust = trust_list(kiosk.data_dir)
    now = datetime.now().astimezone()
    prereg = {"full_name": "Amina", "cnie": "AB123456"}
    assert kiosk.parse(sign_prereg("cnie", "fr", prereg, key=centre, created=now).encode()
                       ).verdict.value == "valid"
    assert kiosk.parse(sign_prereg("cnie", "fr", prereg, key=other_site, created=now).encode()
                       ).verdict.value == "unknown_key"
    ticket = sign_ticket("TNG01", now.date(), "C-001", "r1", "cnie", key=centre,
                         issued_at=now)
    assert kiosk.parse(ticket.encode()).verdict.value == "unknown_key"
