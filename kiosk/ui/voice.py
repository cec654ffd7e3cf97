"""The voice seen from the UI thread: requests go to a worker thread, news comes back
by queued signals.

A :class:`~kiosk.devices.voice.Speaker` blocks while it speaks, so it only ever runs on
the speech thread (:class:`SpeechWorker`, a daemon thread: a kiosk closing while a
sentence plays is never held up by it).  Each request carries its own stop flag: a new
request (the next screen) or :meth:`VoiceBridge.stop` sets the previous one's, which
cuts the playing text off at once.  Only the newest request waits; older ones are
dropped unheard.  As in ``sync_bridge.py``, the thread only emits signals of a small
relay object, connected *queued*, so the news arrives on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.devices.voice import DEFAULT_VOLUME, Speaker, Utterance, VoiceUnavailable

log = logging.getLogger(__name__)


@dataclass
class SpeechRequest:
    """Something to say: its number, the pieces, the volume, and its own stop flag."""

    number: int
    parts: tuple[Utterance, ...]
    volume: int = DEFAULT_VOLUME
    stop: threading.Event = field(default_factory=threading.Event)


class _Relay(QObject):
    """Carries the speech thread's news to the UI thread (never deleted before the
    thread's loop, which holds it, so emitting from there is always safe)."""

    ended = Signal(int, bool)   # request number, fully spoken
    failed = Signal(int, str)   # request number, a short reason for staff


class SpeechWorker:
    """Runs the speaker's blocking ``say`` for one request after another, on its own
    (daemon) thread, until :meth:`close`."""

    def __init__(self, speaker: Speaker, relay: _Relay) -> None:
        self._speaker = speaker
        self._relay = relay
        self._ready = threading.Condition()
        self._waiting: SpeechRequest | None = None
        self._current: SpeechRequest | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def submit(self, request: SpeechRequest) -> None:
        """Speak ``request`` next, stopping whatever is being spoken or waits."""
        with self._ready:
            self._stop_locked()
            self._waiting = request
            self._ready.notify()

    def stop_all(self) -> None:
        """Stop what is being spoken and forget what waits."""
        with self._ready:
            self._stop_locked()
            self._waiting = None

    def close(self, timeout_s: float = 3.0) -> bool:
        """Stop speaking and end the thread; True when it ended within ``timeout_s``."""
        with self._ready:
            self._closing = True
            self._stop_locked()
            self._waiting = None
            self._ready.notify()
        if self._thread.is_alive():
            self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _stop_locked(self) -> None:
        for old in (self._waiting, self._current):
            if old is not None:
                old.stop.set()

    def _run(self) -> None:
        while True:
            with self._ready:
                while self._waiting is None and not self._closing:
                    self._ready.wait()
                if self._closing:
                    return
                request, self._waiting = self._waiting, None
                assert request is not None
                self._current = request
            spoken = False
            failure = ""
            try:
                spoken = self._speaker.say(request.parts, request.volume, request.stop)
            except VoiceUnavailable as exc:
                failure = str(exc)
            except Exception as exc:  # our bug: never let it end the thread
                log.error("speech failed: %s", type(exc).__name__)
                failure = type(exc).__name__
            with self._ready:
                self._current = None
            # RuntimeError: the application is shutting down, nobody listens any more
            with contextlib.suppress(RuntimeError):
                if failure:
                    self._relay.failed.emit(request.number, failure)
                self._relay.ended.emit(request.number, spoken)


class VoiceBridge(QObject):
    """Asks for speech without ever waiting for it.

    Signals: ``speakingChanged(bool)``; ``unavailable(str)`` when the synthesiser or
    the audio failed (a short reason for staff, free of what was being said).
    """

    speakingChanged = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, speaker: Speaker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._number = 0
        self._speaking = False
        relay = _Relay()  # no parent: it lives as long as the worker holds it
        relay.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        self._worker = SpeechWorker(speaker, relay)
        self._worker.start()
        #: every request made, newest last (numbers and languages only, for tests)
        self.requests: list[SpeechRequest] = []

    @property
    def speaking(self) -> bool:
        """True from the moment speech is asked for until it ends or is stopped."""
        return self._speaking

    def speak(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME) -> int:
        """Speak ``parts`` now, cutting off anything being said; the request's number
        (0: nothing to say, e.g. no voice for the language: then it only stops)."""
        kept = tuple(part for part in parts
                     if part.text.strip() and self.speaker.speaks(part.lang))
        if not kept:
            self.stop()
            return 0
        self._number += 1
        request = SpeechRequest(self._number, kept, volume)
        self.requests = [*self.requests[-19:], request]
        self._set_speaking(True)
        self._worker.submit(request)
        return self._number

    def stop(self) -> None:
        """Stop speaking (a touch, another screen, voice turned off)."""
        self._number += 1  # whatever is still reported belongs to an older request
        self._worker.stop_all()
        self._set_speaking(False)

    def forget(self) -> None:
        """Stop, and forget the requests made (the visit is wiped)."""
        self.stop()
        self.requests = []

    def shutdown(self, timeout_s: float = 3.0) -> None:
        """End the speech thread (the window is closing)."""
        if not self._worker.close(timeout_s):
            log.error("the speech thread did not end within %g s", timeout_s)

    def _ended(self, number: int, spoken: bool) -> None:
        if number == self._number:
            self._set_speaking(False)

    def _failed(self, number: int, reason: str) -> None:
        log.warning("voice guidance unavailable: %s", reason)
        if number == self._number:
            self._set_speaking(False)
        self.unavailable.emit(reason)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speakingChanged.emit(speaking)
