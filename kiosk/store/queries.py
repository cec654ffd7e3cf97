"""Queue queries run inside the commit transaction: next number, people ahead, pace."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.store.models import OutboxEvent, TicketRow


def next_seq(s: Session, site_code: str, day: date, group: str) -> int:
    """The next ticket sequence number of ``group`` at ``site_code`` on ``day``.

    Safe only inside a ``BEGIN IMMEDIATE`` transaction (no other writer can
    allocate the same number meanwhile); UNIQUE(site_code, day, group, seq) backs it.
    """
    last = s.scalar(
        select(func.max(TicketRow.seq)).where(
            TicketRow.site_code == site_code, TicketRow.day == day, TicketRow.group == group,
        )
    )
    return int(last or 0) + 1


def people_ahead(s: Session, site_code: str, day: date, group: str,
                 priority: str | None) -> int:
    """Waiting tickets of the group that will be served before a new one.

    Priority tickets are served first: a priority ticket has only the waiting
    priority tickets ahead of it; an ordinary ticket has every waiting ticket.
    """
    query = select(func.count()).select_from(TicketRow).where(
        TicketRow.site_code == site_code, TicketRow.day == day,
        TicketRow.group == group, TicketRow.state == "waiting",
    )
    if priority is not None:
        query = query.where(TicketRow.priority.is_not(None))
    return int(s.scalar(query) or 0)


def not_at_hall(s: Session, site_code: str, day: date, group: str,
                priority: str | None, known: frozenset[str]) -> int:
    """Waiting tickets of ``group`` issued here that the hall's queue copy lacks.

    For a kiosk of a shared hall: tickets not yet pushed (or pushed after the copy was
    read) are ahead of a new one too.  A new priority ticket counts only priority ones.
    """
    rows = s.execute(select(TicketRow.request_id, TicketRow.priority).where(
        TicketRow.site_code == site_code, TicketRow.day == day, TicketRow.group == group,
        TicketRow.state == "waiting")).all()
    return sum(1 for request_id, prio in rows
               if request_id not in known and (priority is None or prio is not None))


def handling_minutes(s: Session, site_code: str, day: date, group: str) -> list[float]:
    """The day's observed handling times of ``group``: served_at - called_at, minutes."""
    pairs = s.execute(
        select(TicketRow.called_at, TicketRow.served_at).where(
            TicketRow.site_code == site_code, TicketRow.day == day,
            TicketRow.group == group, TicketRow.called_at.is_not(None),
            TicketRow.served_at.is_not(None),
        )
    ).all()
    minutes: list[float] = []
    for called, served in pairs:
        if called is None or served is None:
            continue
        if (called.tzinfo is None) != (served.tzinfo is None):
            continue  # cannot compare; the staff console writes both the same way
        spent = (served - called).total_seconds() / 60
        if spent >= 0:
            minutes.append(spent)
    return minutes


def reprints_of(s: Session, request_id: str) -> int:
    """How many times the ticket of ``request_id`` was printed again."""
    return int(s.scalar(select(func.count()).select_from(OutboxEvent).where(
        OutboxEvent.type == "ticket.reprinted",
        func.json_extract(OutboxEvent.payload, "$.request_id") == request_id)) or 0)


def people_ahead_of(s: Session, row: TicketRow) -> int:
    """Waiting tickets of ``row``'s group served before it, now.

    Priority tickets first, then the oldest: a priority ticket has the older waiting
    priority tickets ahead; an ordinary one every waiting priority ticket and the
    older ordinary ones.
    """
    base = select(func.count()).select_from(TicketRow).where(
        TicketRow.site_code == row.site_code, TicketRow.day == row.day,
        TicketRow.group == row.group, TicketRow.state == "waiting", TicketRow.id != row.id,
    )
    if row.priority is not None:
        query = base.where(TicketRow.priority.is_not(None), TicketRow.id < row.id)
    else:
        query = base.where((TicketRow.priority.is_not(None)) | (TicketRow.id < row.id))
    return int(s.scalar(query) or 0)
