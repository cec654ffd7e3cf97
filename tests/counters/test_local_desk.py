"""Counter actions on a hall whose queue is this PC's own SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.compose import Kiosk, build_kiosk
from kiosk.domain.request import NewRequest
from kiosk.errors import InputError, QueueActionRefused


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    return build_kiosk(tmp_path / "data")


def issue(kiosk: Kiosk, n: int, priority: str | None = None) -> list[str]:
    return [kiosk.desk.issue(NewRequest("birth_certificate", "fr", priority=priority)
                             ).ticket.number for _ in range(n)]


def outbox(kiosk: Kiosk) -> list[tuple[str, str]]:
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        return [(t, s) for t, s in db.execute(
            "SELECT type, json_extract(payload, '$.number') FROM outbox ORDER BY seq")]


def test_each_action_is_an_outbox_event_and_moves_the_ticket(kiosk: Kiosk) -> None:
    issue(kiosk, 2)
    issue(kiosk, 1, priority="elderly")
    desk = kiosk.queue_desk()
    called = desk.call_next(3, ["C"])
    assert called is not None and called.ticket.number == "C-003"  # priority first
    desk.serve("C-003", 3, "documents_missing", note="no photo")
    desk.call_next(3, ["C"])
    desk.transfer("C-001", "D", 3)
    snap = desk.snapshot()
    assert [(t.number, t.state, t.group) for t in snap.tickets] == [
        ("C-001", "waiting", "D"), ("C-002", "waiting", "C"), ("C-003", "served", "C")]
    assert snap.find("C-001").transferred_from == "C"  # type: ignore[union-attr]
    assert outbox(kiosk)[3:] == [("ticket.called", "C-003"), ("ticket.served", "C-003"),
                                 ("ticket.called", "C-001"), ("ticket.transferred", "C-001")]


def test_after_the_configured_recalls_the_ticket_becomes_a_no_show(kiosk: Kiosk) -> None:
    issue(kiosk, 1)
    desk = kiosk.queue_desk()
    desk.max_recalls = 1
    desk.call_next(1, ["C"])
    assert desk.recall("C-001", 1).ticket.recalls == 1
    done = desk.recall("C-001", 1)
    assert done.event == "ticket.no_show" and done.ticket.state == "no_show"
    with pytest.raises(QueueActionRefused, match="already no-show"):
        desk.recall("C-001", 1)


def test_refused_actions_change_nothing(kiosk: Kiosk) -> None:
    issue(kiosk, 1)
    desk = kiosk.queue_desk()
    before = outbox(kiosk)
    with pytest.raises(QueueActionRefused):
        desk.no_show("C-001", 1)  # never called
    with pytest.raises(InputError, match="no ticket C-099"):
        desk.serve("C-099", 1, "done")
    with pytest.raises(InputError, match="outcome"):
        desk.serve("C-001", 1, "finished")
    desk.call_next(1, ["C"])
    with pytest.raises(QueueActionRefused, match="counter 1"):
        desk.serve("C-001", 2, "done")
    assert outbox(kiosk) == [*before, ("ticket.called", "C-001")]


def test_two_counters_calling_at_once_never_get_the_same_ticket(tmp_path: Path) -> None:
    first = build_kiosk(tmp_path / "data")
    issue(first, 12)
    second = build_kiosk(tmp_path / "data")  # another process on the same file
    got: dict[int, list[str]] = {1: [], 2: []}
    start = threading.Barrier(2)

    def counter(number: int, kiosk: Kiosk) -> None:
        desk = kiosk.queue_desk()
        start.wait()
        for _ in range(6):
            done = desk.call_next(number, ["C"])
            assert done is not None
            got[number].append(done.ticket.number)

    threads = [threading.Thread(target=counter, args=(n, k))
               for n, k in ((1, first), (2, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got[1] + got[2]) == [f"C-{i:03d}" for i in range(1, 13)]
    assert {t.counter for t in first.queue_desk().snapshot().tickets} == {1, 2}


def test_agents_notes_are_purged_with_the_visitors_details(kiosk: Kiosk) -> None:
    issue(kiosk, 1)
    desk = kiosk.queue_desk()
    desk.call_next(1, ["C"])
    desk.serve("C-001", 1, "referred", note="Mme Amina El Idrissi, see consulate")
    [event_id] = [e.event_id for e in kiosk.store.pending_outbox() if e.type == "ticket.served"]
    later = kiosk.desk.clock.now() + timedelta(days=1)
    kiosk.store.purge_personal_data(later)
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        assert db.execute("SELECT note FROM tickets").fetchall() == [(None,)]
        [(pending_note,)] = db.execute(
            "SELECT json_extract(payload, '$.note') FROM outbox WHERE event_id = ?",
            (event_id,)).fetchall()
    assert pending_note == "Mme Amina El Idrissi, see consulate"  # not sent yet: kept
    kiosk.store.apply_push_reply([event_id], {}, later)
    kiosk.store.purge_personal_data(later)
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        raw = db.execute("SELECT payload FROM outbox WHERE event_id = ?",
                         (event_id,)).fetchone()[0]
    assert "Amina" not in raw and '"note_purged": true' in raw.replace('":true', '": true')


def test_call_next_refuses_a_stale_copy_of_the_queue(kiosk: Kiosk) -> None:
    import dataclasses

    from kiosk.errors import HallUnreachable
    issue(kiosk, 1)
    desk = kiosk.queue_desk()
    real = desk.source

    class Stale:
        """The last copy a cut-off console still shows (``fresh`` False)."""

        def snapshot(self, day: object) -> object:
            return dataclasses.replace(real.snapshot(day), fresh=False)  # type: ignore[arg-type]

        def details(self, request_id: str) -> object:
            return real.details(request_id)

    desk.source = Stale()  # type: ignore[assignment]
    before = outbox(kiosk)
    with pytest.raises(HallUnreachable):
        desk.call_next(1, ["C"])
    assert outbox(kiosk) == before
