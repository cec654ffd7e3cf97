"""Visitors' feedback after being served: who may give it, and giving it.

Plain Python (no Qt): the kiosk UI calls :class:`FeedbackDesk` from a worker thread.
A ticket may be rated once, by whoever holds it (its signed QR), when it was served
at this site today or yesterday.  The national complaints portal is shown to visitors
who want to complain: the kiosk records only that it was shown.
"""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.tickets import TicketStatus
from kiosk.store.feedback import (
    MAX_COMMENT,
    FeedbackRefused,
    FeedbackStore,
    NewFeedback,
)
from kiosk.store.repository import SqlStore
from kiosk.usecases import TicketDesk

#: The official national complaints portal (shown as a QR code).
COMPLAINTS_PORTAL = "https://www.chikaya.ma"
#: Feedback is taken for tickets served today or this many days before.
FEEDBACK_DAYS = 1

__all__ = ["COMPLAINTS_PORTAL", "MAX_COMMENT", "FeedbackDesk", "FeedbackRefused"]


class FeedbackDesk:
    """May this ticket give feedback, and record it."""

    def __init__(self, store: SqlStore, desk: TicketDesk) -> None:
        self.store = store
        self.desk = desk  # its config and clock are the kiosk's, as they change
        self.feedback = FeedbackStore(store.engine)

    def eligible(self, request_id: str) -> TicketStatus | None:
        """The ticket's status when it may give feedback now, else None.

        It must be this site's, served today or yesterday, with no feedback yet.
        """
        status = self.store.ticket_status(request_id, self.desk.config.site.counters)
        today = self.desk.clock.now().date()
        if status is None or status.state != "served" or status.day is None \
                or status.site_code != self.desk.config.site.code \
                or not today - timedelta(days=FEEDBACK_DAYS) <= status.day <= today:
            return None
        if self.feedback.has_feedback(request_id):
            return None
        return status

    def give(self, request_id: str, rating: int, comment: str | None, complaint: bool,
             lang: str) -> str:
        """Record the feedback (one transaction); returns its id.

        FeedbackRefused (nothing written) when the ticket may not give feedback (any
        more), or the rating or comment is refused.
        """
        status = self.eligible(request_id)
        if status is None or status.day is None:
            raise FeedbackRefused("this ticket cannot give feedback")
        return self.feedback.record_feedback(NewFeedback(
            request_id=request_id, ticket_number=status.number,
            service_id=status.service_id, site_code=status.site_code, day=status.day,
            rating=rating, comment=comment, complaint=complaint, lang=lang),
            self.desk.clock.now())
