"""The centre's daily figures, for one site or every site (``kiosk server report``).

Tickets come from the queue projection (``queue_tickets``: each ticket as the rules of
:mod:`kiosk.domain.queue` left it, the same rules the kiosk applies to its own rows).
Field cases and visitor feedback exist at the centre only as stored events, so they
are counted from ``events`` (accepted ones only):

- ``field_case.recorded`` / ``field_case.updated``: every save of a case; the case
  counts once, with the type of its highest ``version``, on the day it was recorded;
- ``feedback.given``: one rating.

The site of an event is the site of the device that sent it.  The payloads are read
leniently (the case or feedback either at the top level or under ``"case"`` /
``"feedback"``); an event the report cannot read is skipped and logged by device and
seq, never its payload (it holds personal data).
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk.domain.queue import QueueTicket
from kiosk.domain.report import (
    DailyFigures,
    Feedback,
    FieldCase,
    daily_figures,
    figure_rows,
)
from kiosk.server.db import Database
from kiosk.server.events import FEEDBACK_GIVEN, FIELD_CASE_RECORDED, FIELD_CASE_UPDATED
from kiosk.server.schema import devices, events, queue_tickets

log = logging.getLogger(__name__)

REPORT_EVENT_TYPES = (FIELD_CASE_RECORDED, FIELD_CASE_UPDATED, FEEDBACK_GIVEN)


def _tickets(db: Database, day: date, site: str | None) -> list[QueueTicket]:
    query = select(queue_tickets).where(queue_tickets.c.day == day)
    if site is not None:
        query = query.where(queue_tickets.c.site_code == site)
    with db.read() as conn:
        rows = conn.execute(query.order_by(queue_tickets.c.issued_at)).all()
    return [QueueTicket(
        request_id=r.request_id, number=r.number, site_code=r.site_code, day=r.day,
        service_id=r.service_id, group=r.group, priority=r.priority,
        issued_at=r.issued_at, state=r.state, counter=r.counter, called_at=r.called_at,
        recalls=r.recalls, served_at=r.served_at, outcome=r.outcome,
        transferred_from=r.transferred_from) for r in rows]


def _day_of(value: Any, tz: tzinfo | None) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    if tz is not None and at.tzinfo is not None:
        at = at.astimezone(tz)
    return at.date()


def _body(payload: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(payload, Mapping):
        raise ValueError("payload is not an object")
    inner = payload.get(key)
    return inner if isinstance(inner, Mapping) else payload


def _events(db: Database, site: str | None) -> list[Any]:
    query = (select(events.c.device_id, events.c.seq, events.c.type, events.c.payload)
             .join(devices, devices.c.id == events.c.device_id)
             .where(events.c.type.in_(REPORT_EVENT_TYPES), events.c.status == "accepted"))
    if site is not None:
        query = query.where(devices.c.site_code == site)
    with db.read() as conn:
        return list(conn.execute(query.order_by(events.c.device_id, events.c.seq)).all())


def centre_inputs(db: Database, day: date, site: str | None, tz: tzinfo | None = None
                  ) -> tuple[list[FieldCase], list[Feedback]]:
    """The field cases (every version) and feedback of ``day`` the centre holds."""
    versions: list[tuple[FieldCase, date | None]] = []
    feedback: list[Feedback] = []
    for row in _events(db, site):
        try:
            payload = json.loads(row.payload)
            if row.type == FEEDBACK_GIVEN:
                f = _body(payload, "feedback")
                when = _day_of(f.get("day"), None) or _day_of(f.get("created_at"), tz)
                if when == day:
                    comment = f.get("comment")
                    had_comment = ((isinstance(comment, str) and bool(comment.strip()))
                                   or f.get("comment_purged") is True)  # erased since
                    feedback.append(Feedback(
                        int(f["rating"]), had_comment,
                        bool(f.get("complaint")), f.get("service_id")))
            else:
                c = _body(payload, "case")
                versions.append((FieldCase(str(c["id"]), str(c["case_type"]),
                                           int(c.get("version") or 1)),
                                 _day_of(c.get("created_at"), tz)))
        except (KeyError, TypeError, ValueError):
            log.warning("event %s of %s (seq %d) left out of the report: its payload is "
                        "not one the report reads", row.type, row.device_id, row.seq)
    # a case belongs to the day it was recorded; its versions all say when that was
    cases = [case for case, when in versions if when == day]
    return cases, feedback


def centre_figures(db: Database, day: date, site: str | None = None,
                   tz: tzinfo | None = None) -> DailyFigures:
    """The daily figures of ``site`` (None: every site) as the centre knows them."""
    cases, feedback = centre_inputs(db, day, site, tz)
    return daily_figures(day, _tickets(db, day, site), cases, feedback, site=site, tz=tz)


#: The halls' time zone: the hours of the centre's report are Moroccan hours.
DEFAULT_TZ = "Africa/Casablanca"


def site_name(db: Database, site: str | None) -> str | None:
    """The site's name as set at the centre (``kiosk server set-site``), if any."""
    if site is None:
        return None
    from kiosk.server.schema import sites
    with db.read() as conn:
        name = conn.scalar(select(sites.c.name).where(sites.c.code == site))
    return None if name is None else f"{name} ({site})"


#: Lays a report out as PDF: ``(figures, path, names, site name) -> path``.  The centre
#: does not import the kiosk's devices (tests/test_layering.py); the ``kiosk`` command
#: line, which may, hands its renderer in (kiosk/cli_report.py).
PdfWriter = Callable[[DailyFigures, Path, Callable[[str], tuple[str, str]], "str | None"],
                     Path]


def write_csv(figures: DailyFigures, path: Path) -> Path:
    """One figure per row (section, key, value); UTF-8 with a BOM, for Excel."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["section", "key", "value"])
        writer.writerows(figure_rows(figures))
    return path


def write_centre_report(db: Database, day: date, site: str | None, out: Path,
                        tz: tzinfo | None = None,
                        pdf_writer: PdfWriter | None = None) -> DailyFigures:
    """Write the centre's report of ``day`` to ``out`` (.pdf or .csv); its figures.

    Service names come from the shipped catalog (a service it lacks shows its id).
    Raises ``RuntimeError`` for a PDF when no ``pdf_writer`` is given.
    """
    from kiosk.catalog_loader import load_catalog

    if tz is None:
        from zoneinfo import ZoneInfo
        tz = ZoneInfo(DEFAULT_TZ)
    figures = centre_figures(db, day, site, tz)
    if out.suffix.lower() == ".csv":
        write_csv(figures, out)
        return figures
    if pdf_writer is None:
        raise RuntimeError("no PDF renderer: run it as `kiosk server report` "
                           "(or ask for a .csv)")
    catalog = load_catalog()

    def names(service_id: str) -> tuple[str, str]:
        service = catalog.services.get(service_id)
        return (service_id, "") if service is None else (service.name("fr"), service.name("ar"))

    pdf_writer(figures, out, names, site_name(db, site))
    return figures
