"""Holding a QR code up to the camera: live picture, guide frame, a verdict in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from kiosk.devices.voice import spell_ticket_number
from kiosk.domain.payloads.sites import FORMAT_TEXT, FORMAT_URL
from kiosk.domain.scan import ScanResult, Verdict
from kiosk.domain.text import pick
from kiosk.domain.tickets import TicketStatus, normalise_ticket_number
from kiosk.feedback import FeedbackDesk
from kiosk.ui.navigator import Navigator
from kiosk.ui.scan_worker import ScanWorker
from kiosk.ui.screens.base import Screen, WrapButton, choices, sentences
from kiosk.ui.widgets.camera_view import CameraView
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import latin_layout_for
from kiosk.usecases import MAX_REPRINTS

#: Workers still inside a camera call at shutdown, kept alive until the process ends.
_STUCK: set[ScanWorker] = set()

#: Codes on documents (addresses, text) may go with the request for the agent to check.
ATTACHABLE = frozenset({FORMAT_URL, FORMAT_TEXT})
#: What a visitor typed that reads as a ticket number (not a scanned, signed ticket).
TYPED_NUMBER = "ticket-number"


class ScanScreen(Screen):
    """The camera picture on one side, what was read on the other."""

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav)
        self.prompt = self.add_prompt()
        row = QHBoxLayout()
        row.setSpacing(24)
        self.view = CameraView()
        row.addWidget(self.view, 3)
        side = QVBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("summary")
        self.status.setWordWrap(True)
        # Scanned text is shown as text, never as rich text: a QR holding HTML must not
        # be able to draw its own green "valid" message.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        side.addWidget(self.status, 1)
        self.use_prereg = WrapButton()
        self.use_prereg.setObjectName("usePrereg")
        self.use_prereg.setProperty("kind", "primary")
        self.use_prereg.clicked.connect(self._use_prereg)
        side.addWidget(self.use_prereg)
        self.attach = WrapButton()
        self.attach.setObjectName("attachScan")
        self.attach.setProperty("kind", "primary")
        self.attach.clicked.connect(self._attach)
        side.addWidget(self.attach)
        self.reprint = WrapButton()
        self.reprint.setObjectName("reprintTicket")
        self.reprint.setProperty("kind", "primary")
        self.reprint.clicked.connect(self._reprint)
        side.addWidget(self.reprint)
        self.cancel = WrapButton()
        self.cancel.setObjectName("cancelTicket")
        self.cancel.setProperty("kind", "secondary")
        self.cancel.clicked.connect(self._cancel)
        side.addWidget(self.cancel)
        self.give_feedback = WrapButton()
        self.give_feedback.setObjectName("giveFeedback")
        self.give_feedback.setProperty("kind", "primary")
        self.give_feedback.clicked.connect(self._give_feedback)
        side.addWidget(self.give_feedback)
        self.manual_button = WrapButton()
        self.manual_button.setObjectName("manualEntry")
        self.manual_button.setProperty("kind", "secondary")
        self.manual_button.clicked.connect(self._show_manual)
        side.addWidget(self.manual_button)
        row.addLayout(side, 2)
        self.content.addLayout(row, 1)
        self.manual = QLineEdit()
        self.manual.setObjectName("manualReference")
        self.manual.returnPressed.connect(self._manual_entered)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.manual)
        self.content.addWidget(self.manual)
        self.content.addWidget(self.keyboard)
        self.ticket_status: TicketStatus | None = None
        # a served ticket that may still rate its visit (today's or yesterday's)
        self.feedback_status: TicketStatus | None = None
        # set by the window: start the feedback screens for a served ticket
        self.on_feedback: Callable[[TicketStatus], None] | None = None
        self._cancel_armed = False
        self.worker: ScanWorker | None = None
        self._stopping: set[ScanWorker] = set()  # alive until their thread has ended
        self.result: ScanResult | None = None
        self.camera_missing = False
        self.reset()

    # -- life of the screen -----------------------------------------------------------
    def on_enter(self) -> None:
        """Start the camera loop."""
        self.reset()
        self._start_worker()
        self.retranslate()

    def hideEvent(self, event: object) -> None:
        """Leaving the screen stops the camera (without waiting for it)."""
        self._stop_worker()
        super().hideEvent(event)  # type: ignore[arg-type]

    def reset(self) -> None:
        """Forget what was scanned or typed."""
        self.result = None
        self.view.clear()
        self.view.show()
        self.manual.clear()
        self.manual.hide()
        self.keyboard.hide()
        self.manual_button.show()
        self.use_prereg.hide()
        self.camera_missing = False
        self.ticket_status = None
        self.feedback_status = None
        self._cancel_armed = False
        self.reprint.hide()
        self.cancel.hide()
        self.attach.hide()
        self.give_feedback.hide()

    def _start_worker(self) -> None:
        self._stop_worker()
        worker = self.nav.make_scan_worker()
        worker.frameReady.connect(self._frame)
        worker.resultReady.connect(self.show_result)
        worker.cameraLost.connect(self._camera_lost)
        worker.cameraBack.connect(self._camera_back)
        self.worker = worker
        worker.start()

    def _stop_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            self._stopping.add(worker)
            worker.finished.connect(self._worker_finished)
            worker.stop()

    def _worker_finished(self) -> None:
        worker = self.sender()
        if isinstance(worker, ScanWorker) and worker in self._stopping:
            self._stopping.discard(worker)
            worker.deleteLater()

    def shutdown(self) -> None:
        """The kiosk is closing: stop the camera and wait for its thread."""
        workers = [w for w in (self.worker, *self._stopping) if w is not None]
        self._stop_worker()
        for worker in workers:
            worker.stop()
            if not worker.wait(3000):  # a stuck camera call: never destroy it running
                _STUCK.add(worker)

    # -- what the worker reports --------------------------------------------------------
    def _current(self) -> bool:
        """True when the signal comes from the running worker, not a stopped one."""
        return self.sender() is self.worker

    def _frame(self, image: QImage) -> None:
        if self._current() and self.worker is not None:
            self.view.show_frame(image)
            self.worker.frame_shown()

    def _camera_lost(self) -> None:
        if not self._current():
            return
        self.camera_missing = True
        self.view.clear()
        self.view.hide()  # a black box is no use; its room goes to the words
        self._show_manual()
        self.retranslate()
        self.speechChanged.emit()

    def _camera_back(self) -> None:
        if not self._current():
            return
        self.camera_missing = False
        if self.keyboard.isHidden() or not self.manual.text():
            self._hide_manual()  # nothing typed yet: back to the picture
        self.retranslate()

    def show_result(self, result: object) -> None:
        """Say what was read, in plain words; offer what can be done with it."""
        assert isinstance(result, ScanResult)
        sender = self.sender()
        if isinstance(sender, ScanWorker) and sender is not self.worker:
            return  # a stopped worker's last result
        if result == self.result:
            return  # the same code again: keep what is on screen (and an armed cancel)
        self.result = result
        self.ticket_status = None
        self.feedback_status = None
        self._cancel_armed = False
        self.reprint.hide()
        self.cancel.hide()
        self.attach.hide()
        self.give_feedback.hide()
        self.use_prereg.setVisible(self._usable_prereg(result))
        self.attach.setVisible(result.format in ATTACHABLE)
        if self.use_prereg.isVisibleTo(self) or self.attach.isVisibleTo(self):
            self._hide_manual()
        if (result.format == "jisr-ticket" and result.verdict == Verdict.VALID
                and "request_id" in result.fields
                and str(result.fields.get("site", "")) == self.nav.config.site.code):
            request_id = str(result.fields["request_id"])
            self.nav.run_job(lambda: self.nav.kiosk.desk.ticket_status(request_id),
                             self._show_status, self._status_failed)
            kiosk = self.nav.kiosk
            self.nav.run_job(lambda: FeedbackDesk(kiosk.store, kiosk.desk).eligible(request_id),
                             lambda status: self._offer_feedback(result, status),
                             lambda kind, what: None)
        self.retranslate()
        self.speechChanged.emit()

    def _show_status(self, status: object, actions: bool = True) -> None:
        """Show where the ticket stands; Cancel and Reprint only for a scanned (signed)
        ticket: a typed number proves nothing about who holds the ticket."""
        self.ticket_status = status if isinstance(status, TicketStatus) else None
        waiting = self.ticket_status is not None and self.ticket_status.state == "waiting"
        self.reprint.setVisible(actions and waiting and self.ticket_status is not None
                                and self.ticket_status.reprints < MAX_REPRINTS)
        self.cancel.setVisible(actions and waiting)
        if self.reprint.isVisibleTo(self) or self.cancel.isVisibleTo(self):
            self._hide_manual()
        self.retranslate()
        self.speechChanged.emit()

    def _offer_feedback(self, result: ScanResult, status: object) -> None:
        """A served ticket (signed, scanned) with no feedback yet: offer to rate the visit."""
        if result is not self.result or not isinstance(status, TicketStatus):
            return
        self.feedback_status = status
        self.give_feedback.show()
        self._hide_manual()
        self.retranslate()
        self.speechChanged.emit()

    def _give_feedback(self) -> None:
        if self.feedback_status is not None and self.on_feedback is not None:
            self.on_feedback(self.feedback_status)

    def _status_failed(self, kind: str, what: str) -> None:
        self.ticket_status = None
        self.retranslate()
        self.speechChanged.emit()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts of this screen."""
        self.set_title(self.tr("Scan a code"))
        self.prompt.setText(self.tr("Hold the QR code inside the green frame, about 20 cm "
                                    "from the camera."))
        self.manual_button.setText(self.tr("Type the reference instead"))
        self.use_prereg.setText(self.tr("Continue with this request"))
        self.reprint.setText(self.tr("Print my ticket again"))
        self.attach.setText(self.tr("Add it to my request for the agent"))
        self.give_feedback.setText(self.tr("How was your visit? Give your opinion"))
        self.cancel.setText(self.tr("Tap again to cancel your ticket") if self._cancel_armed
                            else self.tr("Cancel my ticket"))
        if self.result is not None:  # what the visitor just scanned or typed comes first
            self.status.setText(self.describe(self.result))
        elif self.camera_missing:
            self.status.setText(self.tr("The camera is not available. You can type the "
                                        "reference written under the code instead."))
        else:
            self.status.setText(self.tr("Waiting for a code…"))

    def spoken_text(self) -> str:
        """The title, what to do, what was read (without the code's own text), and the
        buttons on show."""
        return sentences(super().spoken_text(), self.spoken_news())

    def spoken_news(self) -> str:
        """What was read, and what can be done with it.

        A code's own text (an address, whatever a QR holds) is shown, never read out:
        it may be anything, personal details included.
        """
        status = self.status.text()
        if self.result is not None and self.status.text() == self.describe(self.result):
            status = self.describe(self.result, spoken=True)
        buttons = (self.use_prereg, self.attach, self.reprint, self.cancel, self.give_feedback,
                   self.manual_button)
        return sentences(status, choices(button.text() for button in buttons
                                         if button.isVisibleTo(self)))

    def describe(self, result: ScanResult, spoken: bool = False) -> str:
        """The verdict as a sentence for the visitor (``spoken``: without the text the
        code holds)."""
        lang = self.nav.session.lang
        raw = "" if spoken else (result.text or "")
        texts = {
            Verdict.BAD_SIGNATURE: self.tr("This code has been changed or forged: it cannot "
                                           "be used. An agent at the counter can help."),
            Verdict.UNKNOWN_KEY: self.tr("This code was not made by a Jisr kiosk or centre "
                                         "we know. An agent at the counter can check it."),
            Verdict.EXPIRED: self.tr("This code has expired."),
            Verdict.NOT_YET_VALID: self.tr("This code is not valid yet."),
            Verdict.MALFORMED: self.tr("This code cannot be read. Hold it still inside the "
                                       "frame, or type the reference."),
        }
        if result.verdict in texts:
            return texts[result.verdict]
        if result.verdict == Verdict.KNOWN_SITE:
            return self.tr("Official address of %1: %2").replace(
                "%1", pick(result.label, lang)).replace("%2", raw).rstrip(": ")
        if result.verdict == Verdict.UNKNOWN_SITE:
            return self.tr("Unknown address, it will not be opened: %1").replace(
                "%1", raw).rstrip(": ")
        if result.format in ("jisr-ticket", TYPED_NUMBER):
            return self._ticket_text(result, spoken)
        if result.format == "jisr-prereg":
            service = self.nav.catalog.services.get(str(result.fields.get("service_id", "")))
            if not self._usable_prereg(result):
                return self.tr("This request is for a service not offered at this kiosk. "
                               "Please ask at the counter.")
            return self.tr("Your request made at home: %1. Check it, then continue.").replace(
                "%1", service.name(lang) if service else "?")
        return self.tr("Text read: %1").replace("%1", raw).rstrip(": ")

    def _ticket_text(self, result: ScanResult, spoken: bool = False) -> str:
        number = str(result.fields.get("number", "?"))
        if spoken:
            number = spell_ticket_number(number)
        if str(result.fields.get("site", "")) != self.nav.config.site.code:
            return self.tr("Ticket %1 is from another site: please ask at the counter."
                           ).replace("%1", number)
        if self.feedback_status is not None:
            return self.tr("Ticket %1 has been served. Thank you for your visit."
                           ).replace("%1", number)
        status = self.ticket_status
        if status is None:
            return self.tr("Ticket %1: looking up your place…").replace("%1", number)
        if status.state == "waiting":
            return self.tr("Ticket %1. People ahead of you: %2. "
                           "Estimated wait in minutes: %3.").replace(
                "%1", number).replace("%2", str(status.people_ahead)).replace(
                "%3", str(status.estimated_wait_minutes))
        if status.state == "called":
            return self.tr("Ticket %1 has been called: please go to the counter now."
                           ).replace("%1", number)
        return self.tr("Ticket %1 is no longer in the queue.").replace("%1", number)

    # -- actions ------------------------------------------------------------------------
    def _attach(self) -> None:
        result = self.result
        if result is None or result.format not in ATTACHABLE:
            return
        scan = {"format": result.format, "verdict": result.verdict.value,
                "text": (result.text or "")[:2000], "label": pick(result.label, "fr")}
        added = self.nav.session.attach_scan(scan)
        self.attach.hide()
        self.status.setText(self.tr("Added: the agent will see it with your request.")
                            if added else self.tr("This code is already with your request, "
                                                  "or five codes are there already."))
        self.speechChanged.emit()

    def _reprint(self) -> None:
        status = self.ticket_status
        if status is None:
            return
        self.reprint.setEnabled(False)

        def done(_issued: object) -> None:
            self.reprint.setEnabled(True)
            self.status.setText(self.tr("Your ticket has been printed again."))
            self.speechChanged.emit()

        def failed(kind: str, what: str) -> None:
            self.reprint.setEnabled(True)
            self.status.setText(self.tr("The ticket could not be printed. Please ask at "
                                        "the counter."))
            self.speechChanged.emit()

        request_id = status.request_id
        self.nav.run_job(lambda: self.nav.kiosk.desk.reprint(request_id), done, failed)

    def _cancel(self) -> None:
        status = self.ticket_status
        if status is None:
            return
        if not self._cancel_armed:  # a second, deliberate tap
            self._cancel_armed = True
            self.retranslate()
            return
        request_id = status.request_id

        def done(cancelled: object) -> None:
            self.reprint.hide()
            self.cancel.hide()
            self.status.setText(self.tr("Your ticket is cancelled. Thank you for telling us.")
                                if cancelled else self.tr("This ticket was no longer waiting."))
            self.speechChanged.emit()

        def failed(kind: str, what: str) -> None:
            self.status.setText(self.tr("The ticket could not be cancelled. Please ask at "
                                        "the counter."))
            self.speechChanged.emit()

        self.nav.run_job(lambda: self.nav.kiosk.desk.cancel(request_id), done, failed)
    def _show_manual(self) -> None:
        # Typing already: the "type the reference" button would only take the room
        # the keyboard needs (in German or Italian its words wrap onto two lines).
        # The picture steps aside too (codes held up are still read meanwhile): at
        # 1280x800 the keyboard, the field and the words need the whole height.
        self.manual_button.hide()
        self.view.hide()
        self.manual.show()
        self.keyboard.show()
        self.keyboard.set_layout(latin_layout_for(self.nav.session.lang))
        self.manual.setFocus()

    def _hide_manual(self) -> None:
        """What was read offers a next step: its buttons take the keyboard's room (the
        screen is too short for both).  "Type a reference" brings the keyboard back."""
        self.manual.hide()
        self.keyboard.hide()
        self.manual_button.show()
        self.view.setVisible(not self.camera_missing)

    def _manual_entered(self) -> None:
        text = self.manual.text().strip()
        if not text:
            return
        if normalise_ticket_number(text) is None:
            self.show_result(self.nav.parse_scanned(text.encode("utf-8")))
            return
        # A ticket number: today's ticket at this site, looked up off the UI thread.  It
        # is not a signed ticket, so it has a format of its own and no actions.
        self.show_result(ScanResult(TYPED_NUMBER, Verdict.TEXT, text=text, fields={
            "number": normalise_ticket_number(text), "site": self.nav.config.site.code}))
        self.nav.run_job(lambda: self.nav.kiosk.desk.ticket_status_by_number(text),
                         self._show_typed_status, self._status_failed)

    def _show_typed_status(self, status: object) -> None:
        if status is None:
            self.ticket_status = None
            self.status.setText(self.tr("No ticket with this number today. Check the "
                                        "number, or ask at the counter."))
            self.speechChanged.emit()
            return
        self._show_status(status, actions=False)

    def _usable_prereg(self, result: ScanResult | None) -> bool:
        """A valid pre-registration for a service this kiosk offers."""
        if result is None or result.format != "jisr-prereg" or result.verdict != Verdict.VALID:
            return False
        offered = {s.id for s in self.nav.catalog.in_context(self.nav.config.site.context)}
        return str(result.fields.get("service_id", "")) in offered

    def _use_prereg(self) -> None:
        result = self.result
        if not self._usable_prereg(result) or result is None:
            return
        session = self.nav.session
        session.choose_service(str(result.fields.get("service_id", "")))
        fields = result.fields.get("fields", {})
        if isinstance(fields, dict) and fields:
            session.fields = {str(k): str(v) for k, v in fields.items()}
        self.nav.advance("card")  # the journey's own rules: notice, details, priority...
