"""``FeedbackStore``: visitors' ratings after being served (table ``feedback``).

One feedback per ticket.  :meth:`FeedbackStore.record_feedback` writes the row and its
``feedback.given`` outbox event in one ``BEGIN IMMEDIATE`` transaction, on the same
engine as :class:`~kiosk.store.repository.SqlStore`.  A comment is free text that may
hold personal data: it is never logged, and :func:`purge_comments` (called by
``SqlStore.purge_personal_data``) empties it after the retention period, on the row and
in settled outbox payloads (a pending payload is never changed).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.domain.retention import erase_comment
from kiosk.errors import InputError
from kiosk.store.models import Device, FeedbackRow, OutboxEvent
from kiosk.store.payloads import PAYLOAD_VERSION
from kiosk.store.session import StoreBase

log = logging.getLogger(__name__)

FEEDBACK_GIVEN = "feedback.given"
#: Longest comment kept (characters); the kiosk's field stops there too.
MAX_COMMENT = 500


class FeedbackRefused(InputError):
    """Feedback the rules refuse (a second one for a ticket, a bad rating); nothing written."""


@dataclass(frozen=True)
class NewFeedback:
    """What a visitor gave about one served ticket."""

    request_id: str
    ticket_number: str
    service_id: str
    site_code: str
    day: date
    rating: int
    comment: str | None
    complaint: bool
    lang: str


def clean_comment(comment: str | None) -> str | None:
    """The comment as kept: trimmed, None when empty; FeedbackRefused when too long."""
    text = " ".join((comment or "").split()) if comment else ""
    if len(text) > MAX_COMMENT:
        raise FeedbackRefused(f"a comment has at most {MAX_COMMENT} characters")
    return text or None


class FeedbackStore(StoreBase):
    """Visitors' feedback.  Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        """Wrap ``engine`` (typically ``SqlStore.engine``, so both share one pool)."""
        super().__init__(engine)

    def has_feedback(self, request_id: str) -> bool:
        """True once feedback was given for the ticket of ``request_id``."""
        with self._read("has_feedback") as s:
            return s.scalar(select(func.count()).select_from(FeedbackRow).where(
                FeedbackRow.request_id == request_id)) != 0

    def record_feedback(self, given: NewFeedback, now: datetime) -> str:
        """Commit the feedback and its ``feedback.given`` event; returns its id.

        FeedbackRefused (nothing written) for a rating outside 1-5, a comment that is
        too long, or a ticket that already has feedback (checked inside the
        transaction, so two kiosks on one file cannot both record one).
        """
        if isinstance(given.rating, bool) or not isinstance(given.rating, int) \
                or not 1 <= given.rating <= 5:
            raise FeedbackRefused("a rating is a whole number from 1 to 5")
        comment = clean_comment(given.comment)
        feedback_id = str(uuid.uuid4())
        with self._write("record_feedback") as s:
            if s.scalar(select(func.count()).select_from(FeedbackRow).where(
                    FeedbackRow.request_id == given.request_id)):
                raise FeedbackRefused("this ticket already has feedback")
            s.add(FeedbackRow(
                id=feedback_id, request_id=given.request_id,
                ticket_number=given.ticket_number, service_id=given.service_id,
                site_code=given.site_code, day=given.day, rating=given.rating,
                comment=comment, complaint=int(given.complaint), lang=given.lang,
                created_at=now))
            device = s.get_one(Device, 1)
            self._add_event(s, device, FEEDBACK_GIVEN, {
                "v": PAYLOAD_VERSION, "device_id": device.device_id, "id": feedback_id,
                "request_id": given.request_id, "ticket_number": given.ticket_number,
                "service_id": given.service_id, "site_code": given.site_code,
                "day": given.day.isoformat(), "rating": given.rating, "comment": comment,
                "complaint": bool(given.complaint), "lang": given.lang,
                "at": now.isoformat(),
            }, now)
        # never the comment: it is the visitor's own words
        log.info("feedback %d for ticket %s%s", given.rating, given.ticket_number,
                 " (complaints portal shown)" if given.complaint else "")
        return feedback_id


def purge_comments(s: Session, cutoff: datetime) -> int:
    """Empty feedback comments older than ``cutoff``, in ``s``'s transaction.

    On the rows, and in settled ``feedback.given`` outbox payloads (a pending one is
    never changed, as for ``request.created``).  Returns how many were emptied.
    """
    count = 0
    for row in s.scalars(select(FeedbackRow).where(FeedbackRow.comment.is_not(None))):
        if row.created_at < cutoff:
            row.comment = None
            count += 1
    given = s.scalars(select(OutboxEvent).where(
        OutboxEvent.type == FEEDBACK_GIVEN, OutboxEvent.status != "pending",
        func.json_extract(OutboxEvent.payload, "$.comment").is_not(None))).all()
    for event in given:
        if event.created_at < cutoff:
            event.payload = erase_comment(event.payload) or event.payload
            count += 1
    return count
