"""FeedbackDesk: only a ticket served here today or yesterday, once."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.compose import Kiosk, build_kiosk, ensure_demo_config
from kiosk.domain.request import NewRequest
from kiosk.feedback import FeedbackDesk, FeedbackRefused


class MovableClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    ensure_demo_config(tmp_path)
    built = build_kiosk(tmp_path)
    built.desk.clock = MovableClock(datetime.now().astimezone())
    return built


def issue(kiosk: Kiosk, serve: bool = True) -> str:
    ticket = kiosk.desk.issue(NewRequest("information", "ar")).ticket
    if serve:
        desk = kiosk.queue_desk()
        desk.call_next(1, [ticket.number.split("-")[0]])
        desk.serve(ticket.number, 1, "done")
    return ticket.request_id


def test_only_a_served_ticket_may_rate_its_visit(kiosk: Kiosk) -> None:
    feedback = FeedbackDesk(kiosk.store, kiosk.desk)
    waiting = issue(kiosk, serve=False)
    assert feedback.eligible(waiting) is None
    with pytest.raises(FeedbackRefused):
        feedback.give(waiting, 5, None, False, "ar")
    assert feedback.eligible("no-such-ticket") is None


def test_today_or_yesterday_then_never_again(kiosk: Kiosk) -> None:
    feedback = FeedbackDesk(kiosk.store, kiosk.desk)
    served = issue(kiosk)
    clock = kiosk.desk.clock
    assert isinstance(clock, MovableClock)
    start = clock.at
    clock.at = start + timedelta(days=1)
    assert feedback.eligible(served) is not None
    clock.at = start + timedelta(days=2)
    assert feedback.eligible(served) is None
    clock.at = start
    feedback.give(served, 3, "", False, "ar")
    assert feedback.eligible(served) is None
    with pytest.raises(FeedbackRefused):
        feedback.give(served, 3, "", False, "ar")
