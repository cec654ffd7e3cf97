"""FeedbackStore: one transaction, one feedback per ticket, comments purged."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import NOW, SITE, CommitFn, query

from kiosk.store import SqlStore
from kiosk.store.feedback import (
    FEEDBACK_GIVEN,
    MAX_COMMENT,
    FeedbackRefused,
    FeedbackStore,
    NewFeedback,
)
from kiosk.store.models import FeedbackRow

COMMENT = "L'agent Karim était très aimable"


def given(request_id: str, rating: int = 4, comment: str | None = COMMENT,
          complaint: bool = False) -> NewFeedback:
    return NewFeedback(request_id=request_id, ticket_number="C-001", service_id="cnie.renew",
                       site_code=SITE, day=NOW.date(), rating=rating, comment=comment,
                       complaint=complaint, lang="fr")


def feedback_events(data_dir: Path) -> list[tuple[str, str]]:
    return query(data_dir, "SELECT payload, status FROM outbox WHERE type = ?", FEEDBACK_GIVEN)


def test_the_row_and_its_event_are_written_together(store: SqlStore, commit: CommitFn,
                                                    data_dir: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    ticket = commit()
    feedback = FeedbackStore(store.engine)
    caplog.set_level(logging.DEBUG)
    feedback_id = feedback.record_feedback(given(ticket.request_id), NOW)
    rows = query(data_dir, "SELECT id, request_id, rating, comment, complaint, lang "
                           "FROM feedback")
    assert rows == [(feedback_id, ticket.request_id, 4, COMMENT, 0, "fr")]
    events = [item for item in store.pending_outbox() if item.type == FEEDBACK_GIVEN]
    assert len(events) == 1
    payload = events[0].payload
    assert payload["id"] == feedback_id and payload["rating"] == 4
    assert payload["comment"] == COMMENT and payload["complaint"] is False
    assert payload["device_id"] == store.device_id and payload["day"] == NOW.date().isoformat()
    assert set(payload) == {"v", "device_id", "id", "request_id", "ticket_number",
                            "service_id", "site_code", "day", "rating", "comment",
                            "complaint", "lang", "at"}
    assert feedback.has_feedback(ticket.request_id)
    assert "Karim" not in caplog.text  # the comment is never logged


def test_a_second_feedback_for_the_same_ticket_is_refused(store: SqlStore, commit: CommitFn,
                                                         data_dir: Path) -> None:
    ticket = commit()
    feedback = FeedbackStore(store.engine)
    feedback.record_feedback(given(ticket.request_id), NOW)
    before = store.outbox_count(None)
    with pytest.raises(FeedbackRefused):
        feedback.record_feedback(given(ticket.request_id, rating=1, complaint=True), NOW)
    assert len(query(data_dir, "SELECT id FROM feedback")) == 1
    assert store.outbox_count(None) == before


@pytest.mark.parametrize("rating", [0, 6, True])
def test_a_rating_outside_one_to_five_is_refused(store: SqlStore, commit: CommitFn,
                                                 data_dir: Path, rating: int) -> None:
    ticket = commit()
    with pytest.raises(FeedbackRefused):
        FeedbackStore(store.engine).record_feedback(given(ticket.request_id, rating), NOW)
    assert query(data_dir, "SELECT id FROM feedback") == []


def test_comments_are_trimmed_capped_and_optional(store: SqlStore, commit: CommitFn,
                                                 data_dir: Path) -> None:
    feedback = FeedbackStore(store.engine)
    with pytest.raises(FeedbackRefused):
        feedback.record_feedback(given(commit().request_id, comment="x" * (MAX_COMMENT + 1)),
                                 NOW)
    feedback.record_feedback(given(commit().request_id, comment="   "), NOW)
    feedback.record_feedback(given(commit().request_id, comment="  bien \n merci "), NOW)
    assert sorted(query(data_dir, "SELECT comment FROM feedback"),
                  key=str) == [("bien merci",), (None,)]


def test_comments_are_purged_after_the_retention_period(store: SqlStore, commit: CommitFn,
                                                        data_dir: Path) -> None:
    feedback = FeedbackStore(store.engine)
    old_sent = commit(now=NOW - timedelta(days=100))
    old_pending = commit(now=NOW - timedelta(days=95))
    recent = commit()
    feedback.record_feedback(given(old_sent.request_id), NOW - timedelta(days=100))
    feedback.record_feedback(given(old_pending.request_id), NOW - timedelta(days=95))
    feedback.record_feedback(given(recent.request_id), NOW)
    sent = [item.event_id for item in store.pending_outbox(1000)
            if item.type == FEEDBACK_GIVEN and item.payload["request_id"] == old_sent.request_id]
    store.apply_push_reply(sent, {}, NOW)
    store.purge_personal_data(NOW - timedelta(days=90))
    comments = dict(query(data_dir, "SELECT request_id, comment FROM feedback"))
    assert comments == {old_sent.request_id: None, old_pending.request_id: None,
                        recent.request_id: COMMENT}
    ratings = query(data_dir, "SELECT rating FROM feedback")
    assert ratings == [(4,), (4,), (4,)]  # the figures stay
    import json
    payloads = {json.loads(p)["request_id"]: (json.loads(p), status)
                for p, status in feedback_events(data_dir)}
    sent_payload, status = payloads[old_sent.request_id]
    assert status == "sent" and sent_payload["comment"] is None
    assert sent_payload["comment_purged"] is True
    pending_payload, status = payloads[old_pending.request_id]
    assert status == "pending" and pending_payload["comment"] == COMMENT  # never changed
    assert FeedbackRow.__tablename__ == "feedback"
