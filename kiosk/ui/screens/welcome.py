"""The welcome screen: "touch to start" in several languages in turn."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel

from kiosk.devices.voice import Utterance
from kiosk.domain.text import is_rtl
from kiosk.ui.bidi import own_direction
from kiosk.ui.navigator import Navigator
from kiosk.ui.screens.base import Screen, sentences
from kiosk.ui.staff_gesture import CornerGesture

# Shown in every language at once, so these are not UI translations.  The Tamazight
# lines are drafts by a non-native speaker, to be reviewed (docs/TRANSLATING.md).
TOUCH_TO_START = {
    "ar": "المس الشاشة للبدء",
    "zgh": "ⵏⴰⵍ ⴰⴳⴷⵉⵍ ⴰⴷ ⵜⴱⴷⵓⴷ",
    "fr": "Touchez l'écran pour commencer",
    "en": "Touch the screen to start",
    "es": "Toque la pantalla para empezar",
    "nl": "Raak het scherm aan om te beginnen",
    "de": "Berühren Sie den Bildschirm, um zu beginnen",
    "it": "Tocca lo schermo per iniziare",
}
WELCOME = {"ar": "مرحبا", "zgh": "ⴰⵏⵙⵓⴼ", "fr": "Bienvenue", "en": "Welcome", "es": "Bienvenido",
           "nl": "Welkom", "de": "Willkommen", "it": "Benvenuto"}
ROTATE_MS = 2500


class WelcomeScreen(Screen):
    """Invites the visitor to touch; any touch goes to the language choice.

    Except in the hidden staff corner (:mod:`kiosk.ui.staff_gesture`): there a long
    press or five quick taps open the staff PIN pad, and any other touch still starts
    the visit once it is clear it was not the staff gesture.
    """

    def __init__(self, nav: Navigator) -> None:
        super().__init__(nav, with_header=False)
        self.setObjectName("welcome")
        self._langs = [lang for lang in nav.config.kiosk.languages if lang in TOUCH_TO_START]
        self._index = 0
        self.site = QLabel(nav.config.site.name)
        self.site.setObjectName("siteName")
        self.greeting = QLabel()
        self.greeting.setObjectName("welcomeTitle")
        self.invite = QLabel()
        self.invite.setObjectName("welcomeInvite")
        # Lines break between languages, never inside one phrase (no-break spaces), and
        # each phrase keeps its own direction (first-strong isolates), so an Arabic
        # phrase is not split over two lines nor reordered with its Latin neighbours.
        self.all_langs = QLabel("  ·  ".join(
            own_direction(TOUCH_TO_START[lang].replace(" ", "\u00a0"))
            for lang in self._langs))
        self.all_langs.setObjectName("welcomeAll")
        self.all_langs.setWordWrap(True)
        for label in (self.site, self.greeting, self.invite, self.all_langs):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.content.addStretch(2)
        self.content.addWidget(self.site)
        self.content.addStretch(1)
        self.content.addWidget(self.greeting)
        self.content.addWidget(self.invite)
        self.content.addStretch(2)
        self.content.addWidget(self.all_langs)
        self._timer = QTimer(self)
        self._timer.setInterval(ROTATE_MS)
        self._timer.timeout.connect(self._rotate)
        self.gesture = CornerGesture(self)
        self.gesture.triggered.connect(nav.open_staff)
        self.gesture.passed.connect(self._start_visit)
        self._show_current()

    def on_enter(self) -> None:
        """Start rotating the invitation."""
        self._index = 0
        self._show_current()
        self._timer.start()

    def hideEvent(self, event: object) -> None:
        """Stop rotating while hidden; forget a half-made staff gesture."""
        self._timer.stop()
        self.gesture.cancel()
        super().hideEvent(event)  # type: ignore[arg-type]

    def speech(self) -> list[Utterance]:
        """"Welcome, touch the screen to start" in every language offered, each in its
        own voice (languages without a voice are left out by the voice itself)."""
        return [Utterance(sentences(WELCOME.get(lang, ""), TOUCH_TO_START[lang]), lang)
                for lang in self._langs]

    def _rotate(self) -> None:
        self._index = (self._index + 1) % max(len(self._langs), 1)
        self._show_current()

    def _show_current(self) -> None:
        lang = self._langs[self._index] if self._langs else "en"
        self.greeting.setText(WELCOME.get(lang, WELCOME["en"]))
        self.invite.setText(TOUCH_TO_START[lang])
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) \
            else Qt.LayoutDirection.LeftToRight
        self.invite.setLayoutDirection(direction)

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        """Any touch starts the visit (in the staff corner, once it is not the gesture)."""
        if event is not None and self.gesture.press(
                event.position().toPoint(), self.size(), self.layoutDirection()):
            return
        self._start_visit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A finger sliding out of the staff corner is an ordinary touch."""
        self.gesture.move(event.position().toPoint(), self.size(), self.layoutDirection())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """The end of a tap or of a long press."""
        self.gesture.release()

    def _start_visit(self) -> None:
        self.nav.show_screen("language")
