"""The kiosk's own figures of a day, read from its SQLite file for the daily report.

Tickets come from :meth:`kiosk.store.queue.QueueStore.queue_snapshot` (the rows the
queue rules moved); field cases and feedback are read straight from their tables
(``field_cases``, ``feedback``), taking only what the report counts: a case's type and
version, a rating, whether a comment exists, the complaint flag.  No personal text
leaves the database here.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from sqlalchemy import select

from kiosk.domain.report import DailyFigures, Feedback, FieldCase, daily_figures
from kiosk.store.models import FeedbackRow, FieldCaseRow
from kiosk.store.queue import QueueStore


def field_cases_of(store: QueueStore, day: date, site_code: str,
                   tz: tzinfo | None = None) -> list[FieldCase]:
    """Cases of ``site_code`` recorded on ``day`` (on the clock of ``tz``, else of
    each case's own time)."""
    with store._read("report_field_cases") as s:
        rows = s.execute(select(FieldCaseRow.id, FieldCaseRow.case_type,
                                FieldCaseRow.version, FieldCaseRow.created_at)
                         .where(FieldCaseRow.site_code == site_code)).all()
    cases = []
    for case_id, case_type, version, created in rows:
        local = created.astimezone(tz) if tz is not None and created.tzinfo else created
        if local.date() == day:
            cases.append(FieldCase(str(case_id), str(case_type), int(version or 1)))
    return cases


def feedback_of(store: QueueStore, day: date, site_code: str) -> list[Feedback]:
    """Ratings given at ``site_code`` on ``day``."""
    with store._read("report_feedback") as s:
        rows = s.execute(select(FeedbackRow.rating, FeedbackRow.comment,
                                FeedbackRow.complaint, FeedbackRow.service_id)
                         .where(FeedbackRow.site_code == site_code,
                                FeedbackRow.day == day)).all()
    return [Feedback(int(r), bool(c and c.strip()), bool(k), s) for r, c, k, s in rows]


def local_figures(store: QueueStore, day: date, site_code: str, now: datetime,
                  tz: tzinfo | None = None) -> DailyFigures:
    """The daily figures of this kiosk's database for ``day``."""
    snapshot = store.queue_snapshot(day, site_code, now)
    return daily_figures(day, snapshot.tickets, field_cases_of(store, day, site_code, tz),
                         feedback_of(store, day, site_code), site=site_code, tz=tz)
