"""The queue's rules: what counters may do, in which order tickets are called."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from kiosk.domain import queue
from kiosk.domain.queue import QueueSnapshot, QueueTicket, apply_event, counter_event, pick_next
from kiosk.domain.tickets import format_number, normalise_ticket_number
from kiosk.errors import QueueActionRefused

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def ticket(number: str, minute: int, group: str = "C", priority: str | None = None,
           **kw: object) -> QueueTicket:
    return QueueTicket(request_id=f"r-{number}", number=number, site_code="TNG01",
                       day=date(2026, 11, 24), service_id="cnie", group=group,
                       priority=priority, issued_at=T0 + timedelta(minutes=minute),
                       **kw)  # type: ignore[arg-type]


def event(type_: str, t: QueueTicket, counter: int, minute: int, **extra: object) -> dict:
    return counter_event(type_, t, T0 + timedelta(minutes=minute), counter, "s1", **extra)


def test_priority_first_then_the_oldest_within_the_counters_groups() -> None:
    tickets = [ticket("C-001", 1), ticket("C-002", 2), ticket("C-003", 3, priority="elderly"),
               ticket("V-001", 0, group="V")]
    assert pick_next(tickets, ["C"]).number == "C-003"  # type: ignore[union-attr]
    assert pick_next(tickets[:2], ["C"]).number == "C-001"  # type: ignore[union-attr]
    assert pick_next(tickets, ["V"]).number == "V-001"  # type: ignore[union-attr]
    assert pick_next(tickets, ["D"]) is None


def test_the_first_call_wins_a_later_call_of_another_counter_changes_nothing() -> None:
    t = ticket("C-001", 1)
    first = apply_event(t, queue.TICKET_CALLED, event(queue.TICKET_CALLED, t, 2, 5))
    second = apply_event(first, queue.TICKET_CALLED, event(queue.TICKET_CALLED, t, 3, 5))
    assert second == first and first.counter == 2 and first.state == "called"
    with pytest.raises(QueueActionRefused, match="counter 2"):
        queue.check_action(first, queue.TICKET_CALLED, 3)


def test_only_the_calling_counter_recalls_and_final_states_never_move() -> None:
    t = apply_event(ticket("C-001", 1), queue.TICKET_CALLED,
                    event(queue.TICKET_CALLED, ticket("C-001", 1), 2, 5))
    assert apply_event(t, queue.TICKET_RECALLED, event(queue.TICKET_RECALLED, t, 3, 6)) == t
    again = apply_event(t, queue.TICKET_RECALLED, event(queue.TICKET_RECALLED, t, 2, 6))
    assert again.recalls == 1 and again.called_at == T0 + timedelta(minutes=6)
    served = apply_event(again, queue.TICKET_SERVED,
                         event(queue.TICKET_SERVED, t, 2, 9, outcome="referred"))
    assert served.state == "served" and served.outcome == "referred"
    for type_ in (queue.TICKET_CALLED, queue.TICKET_TRANSFERRED, queue.TICKET_NO_SHOW):
        assert apply_event(served, type_, event(type_, t, 2, 10, to_group="D")) == served


def test_a_transfer_keeps_the_place_earned_by_the_time_of_issue() -> None:
    old = ticket("C-001", 1)
    called = apply_event(old, queue.TICKET_CALLED, event(queue.TICKET_CALLED, old, 2, 30))
    moved = apply_event(called, queue.TICKET_TRANSFERRED,
                        event(queue.TICKET_TRANSFERRED, old, 2, 31, from_group="C",
                              to_group="D"))
    assert (moved.state, moved.group, moved.transferred_from) == ("waiting", "D", "C")
    newer = ticket("D-001", 20, group="D")
    assert pick_next([newer, moved], ["D"]) == moved


def test_the_board_views_recent_calls_and_groups() -> None:
    rows = []
    for i in range(8):
        t = ticket(f"C-{i + 1:03d}", i)
        rows.append(apply_event(t, queue.TICKET_CALLED,
                                event(queue.TICKET_CALLED, t, 1 + i % 3, 10 + i)))
    rows.append(ticket("C-009", 9))
    snap = QueueSnapshot("TNG01", date(2026, 11, 24), tuple(rows), as_of=T0)
    assert [t.number for t in snap.recent_calls()] == [
        "C-008", "C-007", "C-006", "C-005", "C-004", "C-003"]
    [group] = snap.groups()
    assert (group.now_serving, group.waiting) == ("C-008", 1)
    assert group.estimated_wait_minutes >= 1
    assert snap.at_counter(2) is not None and snap.at_counter(2).number == "C-008"  # type: ignore[union-attr]


def test_kiosks_of_one_hall_number_tickets_apart() -> None:
    assert format_number("C", 17) == "C-017"
    assert format_number("C", 17, 2) == "C2-017"
    assert normalise_ticket_number("c2-17") == "C2-017"
    assert normalise_ticket_number("C2 017") == "C2-017"
    assert normalise_ticket_number("c217") == "C-217"
