"""Feedback after being served: scan the served ticket, rate, comment, complain, thanks."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.compose import Kiosk
from kiosk.domain.request import NewRequest
from kiosk.domain.tickets import Ticket
from kiosk.feedback import COMPLAINTS_PORTAL, FeedbackDesk
from kiosk.store.feedback import FEEDBACK_GIVEN
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.feedback import CommentScreen, ComplaintScreen, RatingScreen
from kiosk.ui.screens.scan import ScanScreen
from tests.ui.kiosk_helpers import click, demo_kiosk, make_window

COMMENT = "Tres bon accueil merci"


def served_ticket(kiosk: Kiosk) -> Ticket:
    """A ticket issued, called to counter 1 and served there."""
    ticket = kiosk.desk.issue(NewRequest("information", "fr")).ticket
    desk = kiosk.queue_desk()
    called = desk.call_next(1, [ticket.number.split("-")[0]])
    assert called is not None and called.ticket.number == ticket.number
    desk.serve(ticket.number, 1, "done")
    return ticket


def scan_ticket(window: MainWindow, qtbot: QtBot, ticket: Ticket) -> ScanScreen:
    """Open the scan screen in French and hold the ticket's QR up to it."""
    click(qtbot, window.screens["welcome"])
    click(qtbot, window.screens["language"].buttons["fr"])  # type: ignore[attr-defined]
    click(qtbot, window.screens["categories"].tiles["scan"])  # type: ignore[attr-defined]
    scan = window.screens["scan"]
    assert isinstance(scan, ScanScreen)
    scan.show_result(window.parse_scanned(ticket.qr_payload.encode()))
    return scan


def feedback_rows(kiosk: Kiosk) -> list[tuple[object, ...]]:
    with kiosk.store.engine.connect() as c:
        return list(c.exec_driver_sql(
            "SELECT request_id, rating, comment, complaint, lang FROM feedback").all())


def feedback_events(kiosk: Kiosk) -> list[dict[str, object]]:
    with kiosk.store.engine.connect() as c:
        return [json.loads(p) for (p,) in c.exec_driver_sql(
            "SELECT payload FROM outbox WHERE type = ?", (FEEDBACK_GIVEN,)).all()]


def test_a_served_ticket_rates_its_visit_with_a_comment(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    ticket = served_ticket(kiosk)
    window = make_window(qtbot, kiosk)
    scan = scan_ticket(window, qtbot, ticket)
    qtbot.waitUntil(lambda: scan.give_feedback.isVisibleTo(scan), timeout=5000)
    assert "servi" in scan.status.text()
    assert not scan.cancel.isVisibleTo(scan) and not scan.reprint.isVisibleTo(scan)
    click(qtbot, scan.give_feedback)
    assert window.current == "feedback"
    rating = window.screens["feedback"]
    assert isinstance(rating, RatingScreen)
    # numbers and words, not colour alone; and all five are said aloud
    assert "4" in rating.buttons[4].text() and "Bien" in rating.buttons[4].text()
    spoken = rating.spoken_text()
    assert "Comment s’est passée votre visite" in spoken
    assert "1, Très mauvais" in spoken and "5, Très bien" in spoken
    click(qtbot, rating.buttons[4])
    comment = window.screens["feedback_comment"]
    assert isinstance(comment, CommentScreen) and window.current == "feedback_comment"
    assert "90" in comment.privacy.text()  # kept N days, said on the screen
    for ch in COMMENT:  # tapped on the on-screen keyboard, shift off after each capital
        if ch == " ":
            click(qtbot, comment.keyboard.special_key("space"))
            continue
        if ch.isupper():
            click(qtbot, comment.keyboard.special_key("shift"))
        key = comment.keyboard.key_button(ch.lower())
        assert key is not None, ch
        click(qtbot, key)
    assert comment.comment.text() == COMMENT
    assert COMMENT not in comment.spoken_text()  # typed text is never read out
    click(qtbot, comment.send)
    qtbot.waitUntil(lambda: window.current == "feedback_thanks", timeout=5000)
    assert feedback_rows(kiosk) == [(ticket.request_id, 4, COMMENT, 0, "fr")]
    events = feedback_events(kiosk)
    assert len(events) == 1 and events[0]["rating"] == 4 and events[0]["comment"] == COMMENT
    click(qtbot, window.screens["feedback_thanks"].done)  # type: ignore[attr-defined]
    assert window.current == "welcome"

    # the same ticket again: no second feedback offered, and none accepted
    scan = scan_ticket(window, qtbot, ticket)
    qtbot.waitUntil(lambda: scan.ticket_status is not None or "plus" in scan.status.text(),
                    timeout=5000)
    qtbot.wait(200)
    assert not scan.give_feedback.isVisibleTo(scan)
    assert FeedbackDesk(kiosk.store, kiosk.desk).eligible(ticket.request_id) is None
    served = kiosk.store.ticket_status(ticket.request_id, 1)
    assert served is not None
    window.start_feedback(served)  # as if the offer had been on screen before
    click(qtbot, rating.buttons[1])
    click(qtbot, comment.send)
    qtbot.waitUntil(lambda: comment.error.isVisibleTo(comment), timeout=5000)
    assert window.current == "feedback_comment"
    assert len(feedback_rows(kiosk)) == 1 and len(feedback_events(kiosk)) == 1


def test_the_complaint_choice_shows_the_portal_qr(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    ticket = served_ticket(kiosk)
    window = make_window(qtbot, kiosk)
    scan = scan_ticket(window, qtbot, ticket)
    qtbot.waitUntil(lambda: scan.give_feedback.isVisibleTo(scan), timeout=5000)
    click(qtbot, scan.give_feedback)
    click(qtbot, window.screens["feedback"].buttons[2])  # type: ignore[attr-defined]
    click(qtbot, window.screens["feedback_comment"].complain)  # type: ignore[attr-defined]
    complaint = window.screens["feedback_complaint"]
    assert isinstance(complaint, ComplaintScreen) and window.current == "feedback_complaint"
    assert complaint.qr.payload() == COMPLAINTS_PORTAL == "https://www.chikaya.ma"
    assert complaint.qr.modules() > 0 and complaint.qr.isVisibleTo(complaint)
    assert "ne traite pas" in complaint.prompt.text()
    click(qtbot, complaint.send)
    qtbot.waitUntil(lambda: window.current == "feedback_thanks", timeout=5000)
    assert feedback_rows(kiosk) == [(ticket.request_id, 2, None, 1, "fr")]
    assert feedback_events(kiosk)[0]["complaint"] is True


def test_walking_away_wipes_the_comment(tmp_path: Path, qtbot: QtBot) -> None:
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0, idle_timeout_s=1, idle_grace_s=1)
    ticket = served_ticket(kiosk)
    window = make_window(qtbot, kiosk)
    scan = scan_ticket(window, qtbot, ticket)
    qtbot.waitUntil(lambda: scan.give_feedback.isVisibleTo(scan), timeout=5000)
    click(qtbot, scan.give_feedback)
    click(qtbot, window.screens["feedback"].buttons[3])  # type: ignore[attr-defined]
    comment = window.screens["feedback_comment"]
    assert isinstance(comment, CommentScreen)
    comment.comment.setText("mon numéro 0612345678")
    assert window.feedback.draft.comment
    qtbot.waitUntil(lambda: window.current == "welcome", timeout=8000)
    assert comment.comment.text() == ""
    draft = window.feedback.draft
    assert draft.comment == "" and draft.rating is None and draft.status is None
    assert feedback_rows(kiosk) == []
    assert not scan.give_feedback.isVisibleTo(scan)


def test_voice_reads_the_question_and_the_five_choices_never_the_comment(
        tmp_path: Path, qtbot: QtBot) -> None:
    from tests.ui.test_accessibility import RecordingSpeaker
    speaker = RecordingSpeaker()
    kiosk = demo_kiosk(tmp_path / "data", tap_guard_ms=0)
    kiosk.speaker = speaker
    ticket = served_ticket(kiosk)
    window = make_window(qtbot, kiosk)
    scan = scan_ticket(window, qtbot, ticket)
    window.accessibility.toggle_voice()
    qtbot.waitUntil(lambda: scan.give_feedback.isVisibleTo(scan), timeout=5000)
    qtbot.waitUntil(lambda: "avis" in speaker.last(), timeout=3000)  # the offer is said
    click(qtbot, scan.give_feedback)
    qtbot.waitUntil(lambda: "Très bien" in speaker.last(), timeout=3000)
    said = speaker.last()
    assert "visite" in said and "1, Très mauvais" in said and "4, Bien" in said
    comment = window.screens["feedback_comment"]
    assert isinstance(comment, CommentScreen)
    click(qtbot, window.screens["feedback"].buttons[5])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "facultatif" in speaker.last(), timeout=3000)
    comment.comment.setText("Ahmed Benali 0612345678")
    click(qtbot, comment.complain)
    qtbot.waitUntil(lambda: "chikaya.ma" in speaker.last(), timeout=3000)
    assert not any("Benali" in text for text in speaker.texts())
