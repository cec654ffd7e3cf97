"""After being served: "How was your visit?" -- a rating, an optional comment, the
national complaints portal's QR, and thanks.

The visitor reaches these screens by scanning their served ticket.  What they give is
kept in a :class:`FeedbackDraft` that every wipe (Start over, walking away) empties.
The comment is never read aloud; the rating's words are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from kiosk.domain.tickets import TicketStatus
from kiosk.feedback import COMPLAINTS_PORTAL, MAX_COMMENT, FeedbackDesk
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, WrapButton, choices, sentences
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import first_layout_for
from kiosk.ui.widgets.qr import QrWidget

RATINGS = (1, 2, 3, 4, 5)


def rating_words(rating: int) -> str:
    """A rating's word ("" for none)."""
    translate = QCoreApplication.translate  # lupdate reads an alias named tr() as self.tr()
    return {1: translate("Feedback", "Very bad"), 2: translate("Feedback", "Bad"),
            3: translate("Feedback", "Average"), 4: translate("Feedback", "Good"),
            5: translate("Feedback", "Very good")}.get(rating, "")


def not_saved_text() -> str:
    """Why nothing was recorded, in the visitor's words."""
    return QCoreApplication.translate("Feedback", "Your opinion could not be saved. It may "
                                      "have been given already for this ticket.")


@dataclass
class FeedbackDraft:
    """This visit's feedback, until it is sent or the visit is wiped."""

    status: TicketStatus | None = None
    rating: int | None = None
    comment: str = ""
    complaint: bool = False
    # bumped by every wipe: a send that finishes after its visitor left is not shown
    visit: int = 0

    def start(self, status: TicketStatus) -> None:
        """A served ticket was scanned: feedback for it begins."""
        self.clear()
        self.status = status

    def clear(self) -> None:
        """Forget everything (the rating and the comment)."""
        self.status = None
        self.rating = None
        self.comment = ""
        self.complaint = False
        self.visit += 1


class FeedbackFlow:
    """What the feedback screens share: the draft and sending it off the UI thread."""

    def __init__(self, nav: Navigator) -> None:
        self.nav = nav
        self.draft = FeedbackDraft()
        self.sending = False

    def send(self, failed: Callable[[str], None]) -> None:
        """Record the draft in a worker; then the thanks screen (or ``failed(kind)``)."""
        draft = self.draft
        if self.sending or draft.status is None or draft.rating is None:
            return
        request_id, rating = draft.status.request_id, draft.rating
        comment, complaint = draft.comment, draft.complaint
        lang, visit, kiosk = self.nav.session.lang, draft.visit, self.nav.kiosk
        self.sending = True

        def work() -> str:
            return FeedbackDesk(kiosk.store, kiosk.desk).give(
                request_id, rating, comment, complaint, lang)

        def done(_id: object) -> None:
            self.sending = False
            if visit == self.draft.visit:
                self.nav.show_screen("feedback_thanks")

        def refused(kind: str, what: str) -> None:
            self.sending = False
            if visit == self.draft.visit:
                failed(kind)

        self.nav.run_job(work, done, refused)


class RatingScreen(Screen):
    """Five large choices, each with stars, its number and its word."""

    def __init__(self, nav: Navigator, flow: FeedbackFlow) -> None:
        super().__init__(nav)
        self.flow = flow
        self.prompt = self.add_prompt()
        self.content.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.buttons: dict[int, WrapButton] = {}
        for rating in RATINGS:
            button = WrapButton()
            button.setObjectName(f"rate{rating}")
            button.setProperty("kind", "secondary")
            button.setMinimumHeight(200)
            button.clicked.connect(lambda _=False, r=rating: self._rate(r))
            row.addWidget(button, 1)
            self.buttons[rating] = button
        self.content.addLayout(row)
        self.content.addStretch(1)

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("How was your visit?"))
        self.prompt.setText(self.tr("Touch a number: 1 is very bad, 5 is very good. Then you "
                                    "can add a comment, or make a complaint."))
        for rating, button in self.buttons.items():
            button.setText(f"{'★' * rating}\n{rating}\n{rating_words(rating)}")
            button.setAccessibleName(f"{rating} {rating_words(rating)}")

    def spoken_text(self) -> str:
        """The question, how to answer, and the five choices (number and word)."""
        return sentences(super().spoken_text(),
                         choices(f"{r}, {rating_words(r)}" for r in RATINGS))

    def _rate(self, rating: int) -> None:
        if self.flow.draft.status is None:
            return
        self.flow.draft.rating = rating
        self.nav.show_screen("feedback_comment")


class CommentScreen(Screen):
    """The optional comment (on-screen keyboard), the privacy sentence, Send, and the
    way to the complaints portal."""

    def __init__(self, nav: Navigator, flow: FeedbackFlow) -> None:
        super().__init__(nav)
        self.flow = flow
        self.chosen = QLabel()
        self.chosen.setObjectName("screenPrompt")
        self.chosen.setWordWrap(True)
        self.content.addWidget(self.chosen)
        self.privacy = QLabel()
        self.privacy.setObjectName("fieldLabel")
        self.privacy.setWordWrap(True)
        self.content.addWidget(self.privacy)
        self.comment = QLineEdit()
        self.comment.setObjectName("feedbackComment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.textChanged.connect(self._typed)
        self.content.addWidget(self.comment)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.content.addWidget(self.error)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.complain = WrapButton()
        self.complain.setObjectName("makeComplaint")
        self.complain.setProperty("kind", "secondary")
        self.complain.clicked.connect(lambda: self.nav.show_screen("feedback_complaint"))
        row.addWidget(self.complain, 1)
        self.send = WrapButton()
        self.send.setObjectName("sendFeedback")
        self.send.setProperty("kind", "primary")
        self.send.clicked.connect(self._send)
        row.addWidget(self.send, 1)
        self.content.addLayout(row)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.comment)
        self.keyboard.enterPressed.connect(self._send)
        self.content.addWidget(self.keyboard)

    def on_enter(self) -> None:
        """Show the rating chosen and what was typed so far (this visit only)."""
        self.error.hide()
        self.comment.setText(self.flow.draft.comment)
        self.keyboard.set_layout(first_layout_for(self.nav.session.lang))
        self.comment.setFocus()
        self.retranslate()

    def reset(self) -> None:
        """The visit is wiped: the comment and the whole draft go."""
        self.flow.draft.clear()
        self.comment.clear()
        self.error.hide()

    def _typed(self, text: str) -> None:
        self.flow.draft.comment = text

    def retranslate(self) -> None:
        """Texts of this screen."""
        rating = self.flow.draft.rating or 0
        words = rating_words(rating)
        self.set_title(self.tr("Your comment"))
        self.chosen.setText(self.tr("Your rating: %1 out of 5 (%2). You may add a comment."
                                    ).replace("%1", str(rating)).replace("%2", words))
        self.privacy.setText(self.tr(
            "The comment is optional. It is kept %n day(s), then deleted, and never shown "
            "to other visitors.", "", self.nav.config.kiosk.retention_days))
        self.comment.setPlaceholderText(self.tr("Your comment (optional)"))
        self.complain.setText(self.tr("I want to make a complaint"))
        self.send.setText(self.tr("Send"))
        if self.error.isVisibleTo(self):
            self.error.setText(not_saved_text())

    def spoken_text(self) -> str:
        """The rating, the privacy sentence and the buttons; never what is typed."""
        return sentences(self.header.title_label.text() if self.header else "",
                         self.chosen.text(), self.privacy.text(),
                         choices((self.send.text(), self.complain.text())))

    def spoken_news(self) -> str:
        """What went wrong."""
        return self.error.text()

    def _send(self) -> None:
        self.error.hide()
        self.flow.send(self.failed)

    def failed(self, kind: str) -> None:
        """The feedback was not recorded: say so here."""
        self.error.show()
        self.retranslate()
        self.speechChanged.emit()


class ComplaintScreen(Screen):
    """The national complaints portal's QR code; the kiosk does not take complaints."""

    def __init__(self, nav: Navigator, flow: FeedbackFlow) -> None:
        super().__init__(nav)
        self.flow = flow
        self.prompt = self.add_prompt()
        row = QHBoxLayout()
        row.setSpacing(32)
        self.qr = QrWidget(COMPLAINTS_PORTAL)
        self.qr.setObjectName("complaintsQr")
        self.qr.setMinimumSize(300, 300)
        row.addStretch(1)
        row.addWidget(self.qr, 2)
        self.address = QLabel("www.chikaya.ma")
        self.address.setObjectName("summary")
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.address, 2)
        row.addStretch(1)
        self.content.addLayout(row, 1)
        self.send = self.add_primary_button("sendWithComplaint", self._send)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.content.addWidget(self.error)

    def on_enter(self) -> None:
        """The portal was shown: the feedback says so."""
        self.flow.draft.complaint = True
        self.error.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Make a complaint"))
        self.prompt.setText(self.tr(
            "This kiosk does not handle complaints. Scan this code with your phone to make "
            "your complaint on %1, the national complaints portal.").replace(
            "%1", "chikaya.ma"))
        self.send.setText(self.tr("Send my rating"))
        self.error.setText(not_saved_text())

    def spoken_text(self) -> str:
        """The title, the sentence and the button."""
        return sentences(super().spoken_text(), self.send.text())

    def spoken_news(self) -> str:
        """What went wrong."""
        return self.error.text()

    def _send(self) -> None:
        self.error.hide()
        self.flow.send(self.failed)

    def failed(self, kind: str) -> None:
        """The feedback was not recorded: say so here."""
        self.error.show()
        self.speechChanged.emit()


class FeedbackThanksScreen(Screen):
    """Thanks; Finish starts over."""

    def __init__(self, nav: Navigator, flow: FeedbackFlow) -> None:
        super().__init__(nav)
        self.flow = flow
        self.message = QLabel()
        self.message.setObjectName("counterMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content.addStretch(1)
        self.content.addWidget(self.message)
        self.content.addStretch(1)
        self.done = self.add_primary_button("finish", nav.home)
        if self.header is not None:
            self.header.set_back_visible(False)

    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Thank you"))
        self.message.setText(self.tr("Thank you for your opinion: it helps us serve "
                                     "visitors better."))
        self.done.setText(self.tr("Finish"))

    def spoken_text(self) -> str:
        """The title, the message and the button."""
        return sentences(super().spoken_text(), self.message.text(), self.done.text())
