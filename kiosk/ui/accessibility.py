"""The visit's accessibility choices: voice guidance, large text, high contrast.

One :class:`Accessibility` per window.  It binds the bar of every visitor screen
(:mod:`kiosk.ui.widgets.a11y_bar`), keeps the choices of the *current visit* only
(:meth:`Accessibility.reset` on every wipe puts the defaults back), restyles the
application (:func:`kiosk.ui.theme.restyle`) and asks the voice
(:class:`~kiosk.ui.voice.VoiceBridge`) to read each screen as it is shown.

What is read comes from the screen itself (:meth:`Screen.speech`): its title, what to do
and its choices, in the visitor's language.  Never what the visitor typed, and nothing
is logged of it.  Speech stops at any touch or key (EN 301 549 5.1.3.5), can be heard
again (Repeat, 5.1.3.4), louder (Volume, reset each visit: 5.1.3.13), and holds the
idle countdown back while it plays: a visitor who is listening has not walked away.

Amazigh: there is no Tamazight voice (:mod:`kiosk.devices.voice`).  A visitor who reads
ⵜⴰⵎⴰⵣⵉⵖⵜ and has voice on sees a note on every screen, and hears once, in Arabic and
French, that there is no voice in Tamazight and that choosing Arabic or French gives
one (docs/ACCESSIBILITY.md).

The defaults and the speech rate are constants for now; they become the
``[accessibility]`` section of the configuration (``voice``, ``rate_wpm``...) later.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.devices.voice import VOLUME_STEPS, Speaker, Utterance
from kiosk.domain.session import VisitorSession
from kiosk.domain.text import CHOOSE_LANGUAGE, NATIVE_NAMES
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.screens.base import Screen, sentences
from kiosk.ui.theme import palette, set_look, style_sheet
from kiosk.ui.voice import VoiceBridge
from kiosk.ui.widgets.dialogs import MoreTimeOverlay

log = logging.getLogger(__name__)

#: Each visit starts with these (the [accessibility] config keys to come).
VOICE_DEFAULT = False
LARGE_TEXT_DEFAULT = False
HIGH_CONTRAST_DEFAULT = False

#: How a language with no voice of its own is named aloud: (voice language, name).
SPOKEN_NAMES: Mapping[str, tuple[str, str]] = {"zgh": ("ar", "تامازيغت")}
#: Said once, in the languages that have a voice, to a visitor who chose a language
#: without one (Tamazight) while voice guidance is on.  To be reviewed by native
#: speakers, like the welcome screen's words.
NO_VOICE_NOTICE: Mapping[str, str] = {
    "ar": "لا يوجد إرشاد صوتي بالأمازيغية بعد. للاستماع إلى الشاشات، ارجع واختر العربية "
          "أو الفرنسية.",
    "fr": "Le guidage vocal n'existe pas encore en tamazight. Pour écouter les écrans, "
          "revenez en arrière et choisissez l'arabe ou le français.",
    "en": "Voice guidance is not available in Tamazight yet. To hear the screens, go "
          "back and choose Arabic or French.",
}
#: At most this many languages say the notice above (Arabic and French first).
NO_VOICE_NOTICE_LANGS = 2

_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


@dataclass
class AccessibilityState:
    """What the visitor chose for this visit."""

    voice: bool = VOICE_DEFAULT
    large_text: bool = LARGE_TEXT_DEFAULT
    high_contrast: bool = HIGH_CONTRAST_DEFAULT
    #: index into :data:`~kiosk.devices.voice.VOLUME_STEPS`
    volume_step: int = 0

    def is_default(self) -> bool:
        """True when nothing differs from how every visit starts."""
        return self == AccessibilityState()


class Host(Protocol):
    """The window, as the accessibility controller sees it."""

    screens: dict[str, Screen]
    session: VisitorSession
    config: Config
    idle: IdleWatcher
    overlay: MoreTimeOverlay

    @property
    def current(self) -> str:
        """Name of the screen on show."""
        ...


class Accessibility(QObject):
    """The visit's choices, every screen's bar, the theme and the voice.

    Signal: ``changed()`` after any choice changed (tests, and anything that shows
    the state).
    """

    changed = Signal()

    def __init__(self, host: Host, speaker: Speaker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.state = AccessibilityState()
        self.voice = VoiceBridge(speaker, self)
        self.voice.unavailable.connect(self._voice_failed)
        self.voice.speakingChanged.connect(self._speaking_changed)
        self._failed = False  # the audio failed during this visit
        self._reading = False  # what is being said is a whole screen (not just news)
        self._told_no_voice = ""  # the language the no-voice notice was said for
        #: the look each widget was given (by id), when it is not the plain one
        self._looks: dict[int, tuple[bool, bool]] = {}
        for screen in host.screens.values():
            self._bind(screen)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._refresh_bars()

    # -- what the window asks -------------------------------------------------------
    @property
    def speaking(self) -> bool:
        """True while the voice is reading (the visitor is listening, not gone)."""
        return self.voice.speaking

    @property
    def is_default(self) -> bool:
        """True when this visit's choices are still the defaults."""
        return self.state.is_default()

    @property
    def voice_usable(self) -> bool:
        """False when there is no voice on this kiosk, or its audio failed this visit."""
        return self.voice.speaker.available and not self._failed

    def screen_shown(self, name: str) -> None:
        """A screen was entered: update the bars, and read it when voice is on."""
        screen = self.host.screens[name]
        if screen.a11y_bar is None:  # staff screens: the visit is over
            self.reset()
            self._style(screen)
            return
        self._style(screen)
        self._refresh_bars()
        if self.state.voice:
            self.read_screen()

    def reset(self) -> None:
        """The visit is wiped: stop speaking and put every default back."""
        self.voice.forget()
        self._failed = False
        self._told_no_voice = ""
        if not self.state.is_default():
            self.state = AccessibilityState()
            self._apply_look()
            self.changed.emit()
        self._refresh_bars()

    def shutdown(self) -> None:
        """The window is closing: stop the voice's thread, give the look back."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.voice.shutdown()
        set_look()  # the theme's colours back to the plain ones for whoever comes next

    # -- the visitor's buttons ------------------------------------------------------
    def toggle_voice(self) -> None:
        """Voice guidance on or off; on, the screen is read at once."""
        if not self.voice_usable:
            self.state.voice = False
            self._refresh_bars(note=self.tr("Voice guidance is not available on this "
                                             "kiosk."))
            return
        self.state.voice = not self.state.voice
        self._after_change()
        if self.state.voice:
            self.read_screen(intro=True)
        else:
            self.voice.stop()

    def toggle_large_text(self) -> None:
        """Large text on or off."""
        self.state.large_text = not self.state.large_text
        self._apply_look()
        self._after_change()

    def toggle_high_contrast(self) -> None:
        """High contrast on or off."""
        self.state.high_contrast = not self.state.high_contrast
        self._apply_look()
        self._after_change()

    def louder(self) -> None:
        """The next volume step (after the loudest, the quietest), heard at once."""
        self.state.volume_step = (self.state.volume_step + 1) % len(VOLUME_STEPS)
        self._after_change()
        self.read_screen()

    def read_screen(self, intro: bool = False) -> None:
        """Read what is on show now: the "need more time?" question, else the screen."""
        if not self.state.voice or not self.voice_usable:
            return
        parts = self._overlay_speech() if self.host.overlay.isVisible() \
            else self._screen_speech(self.host.current)
        lang = self.host.session.lang
        if intro and self.host.current != "welcome":
            parts.insert(0, Utterance(self.tr("Voice guidance on."), lang))
        spoken_langs = {part.lang for part in parts if self.voice.speaker.speaks(part.lang)}
        if not spoken_langs and self._told_no_voice != lang:
            parts = self._no_voice_notice()
            self._told_no_voice = lang
        self._reading = self.voice.speak(parts, VOLUME_STEPS[self.state.volume_step]) > 0

    # -- Qt -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch or key stops the voice; the "more time?" overlay is read out.

        Installed on the application, like the idle watcher: it sees every event and
        never swallows one.
        """
        kind = event.type()
        if kind in _INPUT and self.voice.speaking:
            self.voice.stop()
        elif watched is self.host.overlay and kind == QEvent.Type.Show and self.state.voice:
            self.read_screen()
        return False

    # -- internals ------------------------------------------------------------------
    def _bind(self, screen: Screen) -> None:
        bar = screen.a11y_bar
        if bar is None:
            return
        bar.voiceToggled.connect(self.toggle_voice)
        bar.largeTextToggled.connect(self.toggle_large_text)
        bar.contrastToggled.connect(self.toggle_high_contrast)
        bar.repeatRequested.connect(self.read_screen)
        bar.volumeRequested.connect(self.louder)
        screen.speechChanged.connect(lambda: self._news(screen))

    def _news(self, screen: Screen) -> None:
        """The shown screen has something new to say (a verdict, an error)."""
        if not self.state.voice or not self.voice_usable:
            return
        if self.host.screens.get(self.host.current) is not screen:
            return
        if self._reading and self.voice.speaking:  # still reading it: start again, new
            self.read_screen()                     # words included
            return
        self.voice.speak([Utterance(screen.spoken_news(), self.host.session.lang)],
                         VOLUME_STEPS[self.state.volume_step])

    def _screen_speech(self, name: str) -> list[Utterance]:
        if name == "language":
            return self._language_speech()
        return list(self.host.screens[name].speech())

    def _language_speech(self) -> list[Utterance]:
        """Each offered language in turn, in its own voice: "Choose your language:
        English"; a language without a voice is named in another's."""
        parts = []
        for lang in self.host.config.kiosk.languages:
            if lang in SPOKEN_NAMES:
                voice_lang, name = SPOKEN_NAMES[lang]
                parts.append(Utterance(name, voice_lang))
            else:
                parts.append(Utterance(sentences(CHOOSE_LANGUAGE.get(lang, ""),
                                                 NATIVE_NAMES.get(lang, lang)), lang))
        return parts

    def _overlay_speech(self) -> list[Utterance]:
        overlay = self.host.overlay
        lang = self.host.session.lang
        return [Utterance(sentences(overlay.question.text(), overlay.countdown.text(),
                                    overlay.button.text()), lang)]

    def _no_voice_notice(self) -> list[Utterance]:
        offered = [lang for lang in NO_VOICE_NOTICE if self.voice.speaker.speaks(lang)
                   and lang in self.host.config.kiosk.languages]
        return [Utterance(NO_VOICE_NOTICE[lang], lang)
                for lang in offered[:NO_VOICE_NOTICE_LANGS]]

    def _note(self) -> str:
        """The sentence the bars show above their buttons, if any."""
        if not self.voice_usable:
            return self.tr("Voice guidance is not available on this kiosk.") \
                if self.state.voice or self._failed else ""
        if self.state.voice and not self.voice.speaker.speaks(self.host.session.lang) \
                and self.host.current != "welcome":
            return self.tr("No voice in this language yet. To hear the screens, choose "
                           "another language.")
        return ""

    def _refresh_bars(self, note: str | None = None) -> None:
        text = self._note() if note is None else note
        usable = self.voice_usable
        speaks = self.voice.speaker.speaks(self.host.session.lang) or \
            self.host.current in ("welcome", "language")
        for screen in self.host.screens.values():
            if screen.a11y_bar is not None:
                screen.a11y_bar.set_state(
                    voice=self.state.voice, large_text=self.state.large_text,
                    high_contrast=self.state.high_contrast,
                    volume_step=self.state.volume_step, volume_steps=len(VOLUME_STEPS),
                    voice_usable=usable, speaks=speaks, note=text)

    def _after_change(self) -> None:
        self._refresh_bars()
        # A choice made on the welcome screen starts the visit: it is wiped after the
        # idle time and the "need more time?" countdown, as on any other screen.
        if self.host.current == "welcome" and not self.state.is_default():
            self.host.idle.set_seconds(self.host.config.kiosk.idle_timeout_s)
            self.host.idle.arm()
        self.changed.emit()

    def _look(self) -> tuple[bool, bool]:
        return self.state.high_contrast, self.state.large_text

    def _apply_look(self) -> None:
        """The new look, on what is on show now; other screens get it when shown.

        Restyling the whole application costs a few hundred milliseconds (the
        keyboards have many keys); one screen, a fraction of that.
        """
        set_look(*self._look())
        self._style(self.host.screens[self.host.current])
        self._style(self.host.overlay)

    def _style(self, widget: QWidget) -> None:
        """Give ``widget`` (a screen, the overlay) the visit's look, if it has another."""
        look = self._look()
        if self._looks.get(id(widget), (False, False)) == look:
            return
        plain = look == (False, False)
        # A widget's own style sheet overrides the application's, rule by rule: the
        # whole sheet for this look, or none for the everyday one.
        widget.setStyleSheet("" if plain else style_sheet(*look))
        widget.setPalette(palette(look[0]))
        if plain:
            self._looks.pop(id(widget), None)
        else:
            self._looks[id(widget)] = look
        if isinstance(widget, Screen):
            widget.set_large_text(look[1])
            if widget.a11y_bar is not None:  # icons drawn in the theme's colours
                widget.a11y_bar.repaint_icons()
            if widget.header is not None:
                widget.header.repaint_icons()

    def _voice_failed(self, reason: str) -> None:
        self._failed = True
        self.state.voice = False
        self._refresh_bars()
        self.changed.emit()

    def _speaking_changed(self, speaking: bool) -> None:
        if not speaking:
            self._reading = False
        # The idle time counts from the end of what was read, not from its start.
        if not speaking and self.host.idle.armed:
            self.host.idle.arm()

