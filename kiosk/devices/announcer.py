"""The call board's announcements: a chime, then the call in Arabic, then in French.

Plain Python (no Qt).  The board hands each new call or recall to :meth:`Announcer.announce`,
which never waits: the call joins a queue, and the announcer's own thread works through
it one announcement at a time, each played to its end.  **One announcement never cuts
another off** (the kiosk's voice guidance does the opposite, on purpose: a visitor's touch
stops it; a hall full of people waiting must hear every call whole).

An announcement is three sounds, played one after the other by ``aplay`` (alsa-utils) on
the default output:

1. the chime (:func:`chime_wav`, a two-tone "ding-dong" made here with :mod:`wave`; written
   once as ``chime.wav`` into the sounds folder, where staff may put their own WAV);
2. the call in Arabic, by espeak-ng's Arabic voice: "الرقم C، 0، 1، 7، الشباك رقم 3".
   The ticket is said sign by sign (:func:`~kiosk.devices.voice.spell_ticket_number`), the
   digits in Arabic, the letters with their French names (SSML ``<voice xml:lang="fr">``):
   that is how the letter printed on the ticket is said in Morocco, while espeak-ng's
   Arabic voice alone would give English names ("jay" for J);
3. the call in French: "Numéro C, 0, 1, 7, guichet 3".

Both speeches are rendered to WAV files first (``espeak-ng -w``), so nothing waits
between the chime and the words, and so the very same bytes can be checked by tests.

The queue (:data:`MAX_PENDING`): a ticket already waiting to be announced is never queued
twice -- the waiting announcement takes the new counter and keeps its place (a recall
of a call not yet heard is heard once).  Past :data:`MAX_PENDING` calls waiting, the oldest
waiting one is dropped (the board still shows it).  :meth:`Announcer.announce` only takes
a lock for a moment; it never blocks the caller.

When there is nothing to hear, :class:`SilentAnnouncer` has the same interface and says
why in :attr:`problem` (the board shows a small "sound unavailable" note).  Without
espeak-ng but with aplay, the announcer still chimes.  A missing sound card is found out
at start (:meth:`Announcer` plays a tenth of a second of silence) and by every announcement
after that, so a loudspeaker plugged back in is used again.

Nothing spoken is logged (a ticket number is not personal, but the rule of
:mod:`kiosk.devices.voice` holds here too): the log says only that sound failed and why.
"""

from __future__ import annotations

import array
import collections
import io
import logging
import math
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

from kiosk.devices.voice import (
    DEFAULT_RATE_WPM,
    DEFAULT_VOLUME,
    VOICES,
    complaint,
    end_process,
    spell_ticket_number,
)

log = logging.getLogger(__name__)

#: Calls that may wait to be announced; past this, the oldest waiting one is dropped.
MAX_PENDING = 20
#: File name of the chime in the sounds folder.
CHIME_FILE = "chime.wav"
#: espeak-ng's sample rate; the chime is made at the same rate.
SAMPLE_RATE = 22050
#: How often a playing sound checks whether the announcer is closing, in seconds.
POLL_S = 0.05
#: A sound may play this much longer than its length before it is given up.
PLAY_MARGIN_S = 10.0
#: Longest espeak-ng may take to render one speech to a file.
RENDER_TIMEOUT_S = 20.0

#: The chime's two notes (start in seconds, frequency in Hz): E5 then C5, a "ding-dong".
CHIME_NOTES: tuple[tuple[float, float], ...] = ((0.0, 659.25), (0.42, 523.25))
CHIME_SECONDS = 1.5
#: The chime's loudness: its RMS over the whole sound, about espeak-ng's at amplitude 100
#: (2,600 of 32,767 for a call), a little above it so that heads turn.
CHIME_RMS = 3000.0


@dataclass(frozen=True)
class Call:
    """A ticket called to a counter: what an announcement says."""

    number: str
    counter: int


def arabic_words(call: Call) -> str:
    """The call in Arabic, as SSML for ``espeak-ng -m``: the number sign by sign, digits
    in Arabic and letters by their French names."""
    signs = []
    for sign in spell_ticket_number(call.number).split(", "):
        if sign.isdigit():
            signs.append(sign)
        else:
            signs.append(f'<voice xml:lang="fr">{escape(sign)}</voice>')
    return f"<speak>الرقم {'، '.join(signs)}، الشباك رقم {int(call.counter)}.</speak>"


def french_words(call: Call) -> str:
    """The call in French, as SSML for ``espeak-ng -m``."""
    return (f"<speak>Numéro {escape(spell_ticket_number(call.number))}, "
            f"guichet {int(call.counter)}.</speak>")


def chime_wav(rate: int = SAMPLE_RATE) -> bytes:
    """The chime as a WAV file's bytes: two soft bell-like notes, 16-bit mono.

    Each note is a sine with two quieter overtones that fade faster, a 6 ms attack (no
    click) and an exponential decay; the second note starts while the first still rings.
    """
    count = int(CHIME_SECONDS * rate)
    mix = [0.0] * count
    for start, frequency in CHIME_NOTES:
        first = int(start * rate)
        for index in range(first, count):
            t = (index - first) / rate
            attack = min(1.0, t / 0.006)
            wave_ = (math.sin(2 * math.pi * frequency * t)
                     + 0.30 * math.exp(-t / 0.25) * math.sin(4 * math.pi * frequency * t)
                     + 0.10 * math.exp(-t / 0.12) * math.sin(6 * math.pi * frequency * t))
            mix[index] += attack * math.exp(-t / 0.40) * wave_
    fade = int(0.08 * rate)  # the tail to silence, so the end does not click either
    for index in range(count - fade, count):
        mix[index] *= (count - index) / fade
    rms = math.sqrt(sum(x * x for x in mix) / count)
    gain = CHIME_RMS / rms
    peak = max(abs(x) for x in mix) * gain
    if peak > 30000:  # never clip
        gain *= 30000 / peak
    samples = array.array("h", (round(x * gain) for x in mix))
    return _wav_bytes(samples, rate)


def silence_wav(seconds: float = 0.1, rate: int = SAMPLE_RATE) -> bytes:
    """A short silent WAV (to check the sound card without a sound)."""
    return _wav_bytes(array.array("h", bytes(2 * int(seconds * rate))), rate)


def _wav_bytes(samples: array.array[int], rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def ensure_chime(folder: Path) -> Path:
    """``folder/chime.wav``, made if it is not there (a WAV put there by staff is kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CHIME_FILE
    if not path.exists():
        partial = path.with_suffix(".tmp")
        partial.write_bytes(chime_wav())
        partial.replace(path)
    return path


def wav_seconds(path: Path) -> float | None:
    """How long a WAV file plays, or None when :mod:`wave` cannot read it."""
    try:
        with wave.open(str(path), "rb") as sound:
            return sound.getnframes() / float(sound.getframerate())
    except (OSError, EOFError, wave.Error):
        return None


class SoundFailed(Exception):
    """A sound could not be made or played (the message is for staff, without text)."""


class CallAnnouncer(Protocol):
    """What the call board needs of its announcements (real or silent)."""

    @property
    def available(self) -> bool:
        """False when nothing can be heard."""
        ...

    @property
    def problem(self) -> str | None:
        """Why calls are not (fully) heard, for staff; None while all is well."""
        ...

    def announce(self, call: Call) -> None:
        """Queue ``call``; returns at once."""
        ...

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every queued call was announced; False if ``timeout`` ran out."""
        ...

    def close(self, timeout: float = 5.0) -> None:
        """Stop: queued calls are dropped, the sound playing is ended, the thread joined."""
        ...


class Announcer:
    """Announces calls through espeak-ng and aplay on its own thread (a
    :class:`CallAnnouncer`).

    ``sounds_dir`` holds the chime; ``espeak`` is None for a chime-only announcer (no
    espeak-ng on this machine); ``player`` is the program that plays a WAV file given as
    its last argument.  ``check_output`` plays a tenth of a second of silence first, to
    find out at once whether there is a sound card.
    """

    def __init__(self, sounds_dir: Path, espeak: str | None = "espeak-ng",
                 player: str = "aplay", rate_wpm: int = DEFAULT_RATE_WPM,
                 volume: int = DEFAULT_VOLUME, max_pending: int = MAX_PENDING,
                 check_output: bool = True) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        self.espeak = espeak
        self.player = player
        self.rate_wpm = rate_wpm
        self.volume = max(0, min(200, int(volume)))
        self.max_pending = max_pending
        self._work = Path(tempfile.mkdtemp(prefix="jisr-board-"))
        self._chime = sounds_dir / CHIME_FILE  # made (once) by the thread, not the caller
        self._chime_ready = threading.Event()
        self._pending: collections.deque[Call] = collections.deque()
        self._lock = threading.Condition()
        self._busy = True  # making the chime and the start-up check count as playing
        self._closing = threading.Event()
        self._no_speech = None if espeak else "espeak-ng not installed: chime only"
        self._sound_problem: str | None = None
        self._speech_problem: str | None = None
        #: how many calls were dropped because the queue was full (for staff and tests)
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, args=(sounds_dir, check_output),
                                        name="call-announcer", daemon=True)
        self._thread.start()

    # --- the interface ------------------------------------------------------------------

    @property
    def chime(self) -> Path:
        """The chime's WAV file (waits the moment the thread takes to make it)."""
        self._chime_ready.wait(10)
        return self._chime

    @property
    def available(self) -> bool:
        """False once the sound output failed (until it works again)."""
        return self._sound_problem is None

    @property
    def problem(self) -> str | None:
        """No sound at all, or no speech (chime only), or None."""
        return self._sound_problem or self._no_speech or self._speech_problem

    def announce(self, call: Call) -> None:
        """Queue ``call`` behind the others (see the module's notes on duplicates)."""
        with self._lock:
            if self._closing.is_set():
                return
            for index, waiting in enumerate(self._pending):
                if waiting.number == call.number:
                    self._pending[index] = call  # heard once, at its place, with the news
                    return
            self._pending.append(call)
            while len(self._pending) > self.max_pending:
                self._pending.popleft()
                self.dropped += 1
                log.warning("announcements: queue full, the oldest waiting call dropped")
            self._lock.notify_all()

    def pending(self) -> int:
        """Calls waiting (not counting the one being announced)."""
        with self._lock:
            return len(self._pending)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing waits and nothing plays."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending or self._busy:
                left = deadline - time.monotonic()
                if left <= 0 or self._closing.is_set():
                    return False
                self._lock.wait(left)
            return True

    def close(self, timeout: float = 5.0) -> None:
        """Drop the queue, end the sound playing now, join the thread, remove temp files."""
        with self._lock:
            self._closing.set()
            self._pending.clear()
            self._lock.notify_all()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("announcements: the sound thread did not stop in %.1f s", timeout)
        else:
            shutil.rmtree(self._work, ignore_errors=True)

    # --- the thread ---------------------------------------------------------------------

    def _run(self, sounds_dir: Path, check_output: bool) -> None:
        try:
            self._chime = ensure_chime(sounds_dir)
        except OSError as exc:  # a read-only or full data directory: ours, from /tmp
            log.warning("announcements: cannot keep the chime in %s (%s)", sounds_dir,
                        exc.strerror)
            try:
                self._chime = ensure_chime(self._work)
            except OSError as again:  # no disk at all: the player will say it failed
                log.error("announcements: no chime anywhere (%s)", again.strerror)
        self._chime_ready.set()
        if check_output:
            self._check_output()
        with self._lock:
            self._busy = False
            self._lock.notify_all()
        while True:
            with self._lock:
                while not self._pending and not self._closing.is_set():
                    self._lock.wait()
                if self._closing.is_set():
                    return
                call = self._pending.popleft()
                self._busy = True
            try:
                self._announce(call)
            except Exception as exc:  # our bug: the thread must go on announcing
                log.error("announcements: unexpected %s", type(exc).__name__, exc_info=True)
            finally:
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()

    def _check_output(self) -> None:
        silence = self._work / "silence.wav"
        silence.write_bytes(silence_wav())
        try:
            self._play(silence)
        except SoundFailed as exc:
            self._sound_failed(str(exc))

    def _announce(self, call: Call) -> None:
        speeches = self._render(call)
        for sound in (self._chime, *speeches):
            if self._closing.is_set():
                return
            try:
                self._play(sound)
            except SoundFailed as exc:
                self._sound_failed(str(exc))
                return  # the rest would fail the same way
        if self._sound_problem is not None:
            log.warning("announcements: sound works again")
            self._sound_problem = None

    def _render(self, call: Call) -> list[Path]:
        """The Arabic and French speeches as WAV files ([] when they cannot be made)."""
        if self.espeak is None:
            return []
        out = []
        try:
            for lang, words in (("ar", arabic_words(call)), ("fr", french_words(call))):
                path = self._work / f"call-{lang}.wav"
                self._speak_to(path, lang, words)
                out.append(path)
        except SoundFailed as exc:
            if self._speech_problem is None:
                log.warning("announcements: no speech, chime only: %s", exc)
            self._speech_problem = f"speech unavailable: {exc}"
            return []
        self._speech_problem = None
        return out

    def _speak_to(self, path: Path, lang: str, ssml: str) -> None:
        assert self.espeak is not None
        command = [self.espeak, "-v", VOICES[lang], "-s", str(self.rate_wpm),
                   "-a", str(self.volume), "-b", "1", "-m", "-w", str(path), "--stdin"]
        try:
            run = subprocess.run(command, input=ssml.encode("utf-8"), capture_output=True,
                                 timeout=RENDER_TIMEOUT_S, check=False)
        except FileNotFoundError as exc:
            raise SoundFailed("espeak-ng is not installed") from exc
        except subprocess.TimeoutExpired as exc:
            raise SoundFailed(f"espeak-ng took more than {RENDER_TIMEOUT_S:g} s") from exc
        except OSError as exc:
            raise SoundFailed(f"cannot run espeak-ng: {exc.strerror}") from exc
        if run.returncode != 0 or wav_seconds(path) is None:
            raise SoundFailed(f"espeak-ng failed: {complaint(run.stderr)}")

    def _play(self, path: Path) -> None:
        """Play one WAV file to its end (or until closing).  Raises :class:`SoundFailed`."""
        limit = (wav_seconds(path) or 30.0) + PLAY_MARGIN_S
        try:
            process = subprocess.Popen([self.player, "-q", str(path)],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE)
        except FileNotFoundError as exc:
            raise SoundFailed(f"{self.player} is not installed (alsa-utils)") from exc
        except OSError as exc:
            raise SoundFailed(f"cannot run {self.player}: {exc.strerror}") from exc
        assert process.stderr is not None
        deadline = time.monotonic() + limit
        try:
            while process.poll() is None:
                if self._closing.wait(POLL_S):
                    return  # closing: the only time a sound is cut off
                if time.monotonic() > deadline:
                    raise SoundFailed(f"{self.player} did not finish in {limit:.0f} s")
            said = process.stderr.read()
        finally:
            end_process(process)  # stops one still playing; closes its standard error
        if process.returncode != 0:
            raise SoundFailed(f"{self.player} could not play: {complaint(said)}")

    def _sound_failed(self, reason: str) -> None:
        if self._sound_problem is None:
            log.warning("announcements: no sound: %s", reason)
        self._sound_problem = f"no sound: {reason}"


class SilentAnnouncer:
    """Nothing can be heard on this machine (a :class:`CallAnnouncer`): says why, once."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self._told = False
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Never."""
        return False

    @property
    def problem(self) -> str | None:
        """Why there is no sound."""
        return self.reason

    def announce(self, call: Call) -> None:
        """Announce nothing; the first time, log why."""
        with self._lock:
            told, self._told = self._told, True
        if not told:
            log.warning("calls are not announced: %s", self.reason)

    def wait_idle(self, timeout: float) -> bool:
        """Nothing ever waits."""
        return True

    def close(self, timeout: float = 5.0) -> None:
        """Nothing to stop."""


def make_announcer(sounds_dir: Path, espeak: str = "espeak-ng", player: str = "aplay",
                   check_output: bool = True) -> CallAnnouncer:
    """The announcer this machine can have: chime and speech, chime only (no espeak-ng),
    or silent (no player).  Starts its thread; the caller closes it."""
    if shutil.which(player) is None:
        log.warning("%s not found: calls are not announced (install alsa-utils)", player)
        return SilentAnnouncer(f"{player} not installed (alsa-utils)")
    found_espeak = espeak if shutil.which(espeak) is not None else None
    if found_espeak is None:
        log.warning("%s not found: calls are announced by the chime only", espeak)
    return Announcer(sounds_dir, espeak=found_espeak, player=player,
                     check_output=check_output)
