"""A day built through the real use cases, with a clock the test moves."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from kiosk.compose import Kiosk
from kiosk.domain.request import NewRequest

HALL_TZ = timezone(timedelta(hours=1))
DAY = date(2026, 11, 24)


@dataclass
class Clock:
    """A clock the test sets."""

    at: datetime

    def now(self) -> datetime:
        return self.at

    def set(self, hour: int, minute: int) -> None:
        self.at = datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=HALL_TZ)


#: (hour, minute, service, priority) of each ticket issued, in order.
ISSUES: list[tuple[int, int, str, str | None]] = [
    (8, 31, "birth_certificate", None), (8, 40, "birth_certificate", None),
    (8, 52, "passport", "elderly"), (9, 5, "birth_certificate", None),
    (9, 12, "cnie", None), (9, 20, "birth_certificate", None),
    (9, 44, "birth_certificate", "disability"), (10, 2, "cnie", None),
    (10, 15, "birth_certificate", None), (11, 30, "birth_certificate", None),
]


def build_day(kiosk: Kiosk) -> Clock:
    """Issue the tickets of :data:`ISSUES`, then move them at counters 1 and 2."""
    clock = Clock(datetime(DAY.year, DAY.month, DAY.day, 8, 0, tzinfo=HALL_TZ))
    kiosk.desk.clock = clock  # type: ignore[assignment]
    services = set(kiosk.catalog.services)
    desk = kiosk.queue_desk()
    groups = sorted({kiosk.catalog.service(s).group for _, _, s, _ in ISSUES})
    steps: list[tuple[int, int, str, int, Any]] = [
        (9, 0, "call", 1, None), (9, 0, "call", 2, None),
        (9, 7, "serve", 1, "done"), (9, 9, "call", 1, None),
        (9, 13, "serve", 2, "documents_missing"), (9, 15, "call", 2, None),
        (9, 21, "no_show", 1, None), (9, 22, "call", 1, None),
        (9, 30, "serve", 2, "referred"), (9, 40, "serve", 1, "done"),
        (9, 50, "call", 2, None), (10, 1, "serve", 2, "done"),
        (10, 5, "call", 1, None), (10, 20, "transfer", 1, None),
        (10, 25, "call", 1, None), (10, 40, "serve", 1, "refused"),
        (10, 45, "call", 2, None), (10, 50, "no_show", 2, None),
    ]
    current: dict[int, str] = {}
    timeline: list[tuple[int, int, str, int, Any]] = [
        (h, m, "issue", 0, (service, priority)) for h, m, service, priority in ISSUES]
    timeline += steps
    timeline.sort(key=lambda step: (step[0], step[1], step[2] != "issue"))
    for hour, minute, action, counter, outcome in timeline:
        clock.set(hour, minute)
        if action == "issue":
            service, priority = outcome
            assert service in services, service
            kiosk.desk.issue(NewRequest(service, "fr", priority=priority))
        elif action == "call":
            done = desk.call_next(counter, groups)
            assert done is not None
            current[counter] = done.ticket.number
        elif action == "serve":
            desk.serve(current[counter], counter, outcome)
        elif action == "no_show":
            desk.no_show(current[counter], counter)
        else:
            other = next(g for g in groups if g != desk.snapshot(DAY).find(
                current[counter]).group) if len(groups) > 1 else groups[0]  # type: ignore[union-attr]
            desk.transfer(current[counter], other, counter)
    return clock


def add_field_and_feedback(kiosk: Kiosk) -> None:
    """Field cases (one edited) and ratings, straight into their tables."""
    site = kiosk.config.site.code
    at = datetime(DAY.year, DAY.month, DAY.day, 12, 0, tzinfo=HALL_TZ).isoformat()
    other_day = datetime(DAY.year, DAY.month, DAY.day - 1, 12, 0, tzinfo=HALL_TZ).isoformat()
    with sqlite3.connect(kiosk.data_dir / "jisr.sqlite3") as db:
        for case_id, case_type, version, when in (
                ("c1", "medical", 1, at), ("c2", "administrative", 3, at),
                ("c3", "medical", 1, at), ("c4", "customs", 1, at),
                ("c5", "legal", 1, other_day)):
            db.execute("INSERT INTO field_cases (id, site_code, case_type, person_name, "
                       "what_happened, version, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (case_id, site, case_type, "Karim Alaoui", "malaise au port",
                        version, when, when))
        for rating, comment, complaint in ((5, "merci", 0), (4, None, 0), (2, "trop long", 1),
                                           (5, "", 0), (1, "personne au guichet 2", 1)):
            db.execute("INSERT INTO feedback (id, site_code, day, rating, comment, "
                       "complaint, lang, created_at, service_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'fr', ?, 'birth_certificate')",
                       (str(uuid.uuid4()), site, DAY.isoformat(), rating, comment,
                        complaint, at))
