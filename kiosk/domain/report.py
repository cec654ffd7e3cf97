"""A day's figures for supervisors: tickets, waits, counters, field cases, feedback.

Plain Python.  One pure function, :func:`daily_figures`, turns what a place knows of a
day into :class:`DailyFigures`; the kiosk (its own SQLite file) and the centre (its
queue projection and stored events, for one site or all) both call it, so the two
reports of the same day agree by construction.

Definitions (docs/REPORTS.md):

- *waiting time*: issue to (first, or after a transfer the last) call; a ticket
  served without being called counts its serve time as its call, as the queue rules
  do.  Only tickets that were called or served have one.
- *handling time*: call to serve, for served tickets.
- *median* is :func:`statistics.median`; *p90* is the nearest-rank 90th percentile
  (the smallest value at least 90 % of the values are at or below), so it is always
  a time that really happened.
- *hour* is the hour the ticket was issued, on the clock of ``tz`` (the hall's time
  zone); without ``tz`` each time's own zone.

Visitor comments: only their **number** is reported, never their text.  A comment is
free text typed by a visitor in a public hall; it can hold a name, a phone number or a
CIN, and a daily report is printed, mailed and left on desks, where the retention
rules of personal data (docs/STORAGE.md) no longer reach it.  Supervisors who need the
words read them where access is controlled and the purge applies.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from kiosk.domain import queue
from kiosk.domain.queue import QueueTicket

#: Waiting-time classes of the distribution chart, in minutes: [low, high).
WAIT_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 5), (5, 10), (10, 20), (20, 30), (30, 60), (60, None))
#: Field case types (as kiosk.store.models.FIELD_CASE_TYPES), in report order.
FIELD_CASE_TYPES: tuple[str, ...] = (
    "medical", "administrative", "customs", "social", "legal", "transport")


@dataclass(frozen=True)
class FieldCase:
    """A field team's assistance case, as the report needs it (no personal data)."""

    case_id: str
    case_type: str
    version: int = 1


@dataclass(frozen=True)
class Feedback:
    """A visitor's rating (1-5): whether they wrote a comment, whether it is a complaint."""

    rating: int
    has_comment: bool = False
    complaint: bool = False
    service_id: str | None = None


@dataclass(frozen=True)
class Durations:
    """Minutes of a set of tickets: how many, median, p90, longest (None when empty)."""

    count: int
    median: float | None
    p90: float | None
    max: float | None

    @classmethod
    def of(cls, minutes: Sequence[float]) -> Durations:
        """The summary of ``minutes``."""
        if not minutes:
            return cls(0, None, None, None)
        ordered = sorted(minutes)
        return cls(len(ordered), float(statistics.median(ordered)),
                   percentile(ordered, 90), ordered[-1])


@dataclass(frozen=True)
class CounterFigures:
    """One counter's day: tickets served, no-shows, median handling time."""

    counter: int
    served: int
    no_shows: int
    handling_median: float | None


@dataclass(frozen=True)
class FeedbackFigures:
    """Ratings of the day: count, average, how many of each, comments, complaints."""

    count: int
    average: float | None
    distribution: dict[int, int]
    comments: int
    complaints: int


@dataclass(frozen=True)
class DailyFigures:
    """Everything the daily report shows, for one site or (``site`` None) every site."""

    day: date
    site: str | None
    tickets: int
    per_service: dict[str, int]
    per_hour: dict[int, int]
    states: dict[str, int]
    outcomes: dict[str, int]
    waiting: Durations
    wait_distribution: dict[str, int]
    handling: Durations
    counters: list[CounterFigures]
    priority: int
    transferred: int
    field_cases: dict[str, int]
    feedback: FeedbackFigures
    sites: list[str] = field(default_factory=list)

    @property
    def no_shows(self) -> int:
        """Tickets called whose visitor never came."""
        return self.states.get(queue.NO_SHOW, 0)

    @property
    def priority_share(self) -> float | None:
        """Share of priority tickets (0-1), None on a day without tickets."""
        return self.priority / self.tickets if self.tickets else None


def percentile(ordered: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of sorted, non-empty ``ordered``."""
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return float(ordered[rank - 1])


def minutes_between(start: datetime | None, end: datetime | None) -> float | None:
    """Minutes from ``start`` to ``end``; None when one is missing, of mixed zone
    awareness, or the end comes first (a clock set back)."""
    if start is None or end is None or (start.tzinfo is None) != (end.tzinfo is None):
        return None
    spent = (end - start).total_seconds() / 60
    return spent if spent >= 0 else None


def bucket_label(low: int, high: int | None) -> str:
    """``"5-10"`` or ``"60+"`` (minutes)."""
    return f"{low}+" if high is None else f"{low}-{high}"


def _hour(at: datetime, tz: tzinfo | None) -> int:
    if tz is not None and at.tzinfo is not None:
        at = at.astimezone(tz)
    return at.hour


def latest_cases(cases: Iterable[FieldCase]) -> list[FieldCase]:
    """Each case once, at its highest version (a case edited three times is one case,
    of the type it has now)."""
    latest: dict[str, FieldCase] = {}
    for case in cases:
        known = latest.get(case.case_id)
        if known is None or case.version >= known.version:
            latest[case.case_id] = case
    return list(latest.values())


def daily_figures(day: date, tickets: Iterable[QueueTicket],
                  field_cases: Iterable[FieldCase] = (),
                  feedback: Iterable[Feedback] = (), site: str | None = None,
                  tz: tzinfo | None = None) -> DailyFigures:
    """The figures of ``day`` from its tickets (as the queue rules left them), its field
    cases (every version seen; the latest counts) and its feedback."""
    rows = [t for t in tickets if t.day == day]
    per_service = Counter(t.service_id for t in rows)
    per_hour = Counter(_hour(t.issued_at, tz) for t in rows)
    states = Counter(t.state for t in rows)
    outcomes = Counter(t.outcome for t in rows if t.state == queue.SERVED and t.outcome)
    waits = [w for t in rows if (w := minutes_between(t.issued_at, t.called_at)) is not None]
    handled: dict[int, list[float]] = {}
    served: Counter[int] = Counter()
    no_shows: Counter[int] = Counter()
    for t in rows:
        if t.counter is None:
            continue
        if t.state == queue.SERVED:
            served[t.counter] += 1
            spent = minutes_between(t.called_at, t.served_at)
            if spent is not None:
                handled.setdefault(t.counter, []).append(spent)
        elif t.state == queue.NO_SHOW:
            no_shows[t.counter] += 1
    counters = [CounterFigures(c, served[c], no_shows[c],
                               Durations.of(handled.get(c, [])).median)
                for c in sorted(set(served) | set(no_shows))]
    distribution = {bucket_label(lo, hi): sum(1 for w in waits
                                              if w >= lo and (hi is None or w < hi))
                    for lo, hi in WAIT_BUCKETS}
    cases = Counter(c.case_type for c in latest_cases(field_cases))
    ratings = [f for f in feedback if 1 <= f.rating <= 5]
    return DailyFigures(
        day=day, site=site, tickets=len(rows),
        per_service=dict(sorted(per_service.items(), key=lambda kv: (-kv[1], kv[0]))),
        per_hour=dict(sorted(per_hour.items())),
        states={s: states.get(s, 0) for s in (queue.SERVED, queue.NO_SHOW, queue.CANCELLED,
                                               queue.CALLED, queue.WAITING)},
        outcomes={o: outcomes.get(o, 0) for o in queue.OUTCOMES},
        waiting=Durations.of(waits), wait_distribution=distribution,
        handling=Durations.of([m for ms in handled.values() for m in ms]),
        counters=counters,
        priority=sum(1 for t in rows if t.priority),
        transferred=sum(1 for t in rows if t.transferred_from),
        field_cases={k: cases.get(k, 0) for k in _ordered_types(cases)},
        feedback=FeedbackFigures(
            count=len(ratings),
            average=(sum(f.rating for f in ratings) / len(ratings)) if ratings else None,
            distribution={r: sum(1 for f in ratings if f.rating == r) for r in range(1, 6)},
            comments=sum(1 for f in ratings if f.has_comment),
            complaints=sum(1 for f in ratings if f.complaint)),
        sites=sorted({t.site_code for t in rows}))


def _ordered_types(found: Mapping[str, int]) -> list[str]:
    return [*FIELD_CASE_TYPES, *sorted(set(found) - set(FIELD_CASE_TYPES))]


def figure_rows(fig: DailyFigures) -> list[tuple[str, str, str]]:
    """The figures as (section, key, value) rows: the CSV, one figure per row.

    Minutes are given with one decimal; an absent figure (no ticket waited) is empty.
    """
    def num(value: float | None) -> str:
        return "" if value is None else f"{value:.1f}"

    rows: list[tuple[str, str, str]] = [
        ("report", "day", fig.day.isoformat()), ("report", "site", fig.site or "all"),
        ("tickets", "total", str(fig.tickets)),
        ("tickets", "priority", str(fig.priority)),
        ("tickets", "transferred", str(fig.transferred)),
    ]
    rows += [("state", k, str(v)) for k, v in fig.states.items()]
    rows += [("outcome", k, str(v)) for k, v in fig.outcomes.items()]
    rows += [("service", k, str(v)) for k, v in fig.per_service.items()]
    rows += [("hour", f"{h:02d}", str(v)) for h, v in fig.per_hour.items()]
    for name, d in (("waiting_minutes", fig.waiting), ("handling_minutes", fig.handling)):
        rows += [(name, "count", str(d.count)), (name, "median", num(d.median)),
                 (name, "p90", num(d.p90)), (name, "max", num(d.max))]
    rows += [("wait_distribution", k, str(v)) for k, v in fig.wait_distribution.items()]
    for c in fig.counters:
        rows += [(f"counter {c.counter}", "served", str(c.served)),
                 (f"counter {c.counter}", "no_shows", str(c.no_shows)),
                 (f"counter {c.counter}", "handling_median", num(c.handling_median))]
    rows += [("field_cases", k, str(v)) for k, v in fig.field_cases.items()]
    fb = fig.feedback
    rows += [("feedback", "count", str(fb.count)), ("feedback", "average", num(fb.average)),
             ("feedback", "comments", str(fb.comments)),
             ("feedback", "complaints", str(fb.complaints))]
    rows += [("feedback_rating", str(r), str(n)) for r, n in fb.distribution.items()]
    if fig.sites:
        rows.append(("report", "sites", " ".join(fig.sites)))
    return rows
