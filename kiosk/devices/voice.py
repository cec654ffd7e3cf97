"""Voice guidance: the screen read aloud, offline, in the visitor's language.

* :class:`EspeakSpeaker` -- the offline synthesiser ``espeak-ng``, run as a separate
  process for each piece of text.  It plays through espeak-ng's own audio output
  (pcaudiolib: PulseAudio/PipeWire when running, else ALSA), i.e. the system's
  *default* output: a headset in the jack is heard where the sound system (or the
  codec's auto-mute) switches to it.  The text goes in on standard input, never on the
  command line, and is never logged: it is what the screen says, but that may include
  a service or a ticket number, and the rule is that nothing a visitor did is logged.
* :class:`SilentSpeaker` -- for machines without espeak-ng or without audio.  Same
  interface; it says once in the log why the kiosk is silent, and the interface tells
  the visitor that voice guidance is not available.

:meth:`Speaker.say` *blocks* until the text has been spoken or stopped: the UI calls it
from a worker thread (``kiosk/ui/voice.py``), never from the UI thread.  Stopping is by a
:class:`threading.Event` per request, so a new screen interrupts the previous one
within :data:`POLL_S` seconds, with no race between two requests.

Languages: espeak-ng has Arabic, French, English, Spanish, Dutch, German and Italian
voices (:data:`VOICES`).  It has **no Tamazight voice**, and reading a Tifinagh screen
with another language's voice would be noise (it spells out character names), so
Amazigh (``zgh``) has no voice: the interface says so on screen and, aloud, in Arabic
and French (docs/ACCESSIBILITY.md).
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.errors import EnvironmentFault

log = logging.getLogger(__name__)

#: espeak-ng voice for each interface language (``espeak-ng --voices`` names).
VOICES: Mapping[str, str] = {
    "ar": "ar",
    "fr": "fr-fr",
    "en": "en-gb",
    "es": "es",
    "nl": "nl",
    "de": "de",
    "it": "it",
}
#: Interface languages with no voice at all (no synthesiser voice exists for them).
NO_VOICE: frozenset[str] = frozenset({"zgh"})
#: Words per minute: a little slower than espeak-ng's 175, for a noisy hall and for
#: visitors listening in their second language.
DEFAULT_RATE_WPM = 150
#: espeak-ng amplitude (0-200); 100 is its default.
DEFAULT_VOLUME = 100
#: The steps of the visitor's volume button, quietest first (each visit starts at the
#: first: EN 301 549 5.1.3.13, volume reset after each use).
VOLUME_STEPS: tuple[int, ...] = (DEFAULT_VOLUME, 150, 200)
#: How often a playing utterance checks whether it was stopped, in seconds.
POLL_S = 0.05
#: Longest a single piece of text may take, in seconds: a base plus per character
#: (150 words a minute is about 12 characters a second).
TIMEOUT_BASE_S = 20.0
TIMEOUT_PER_CHAR_S = 0.15

_SPACE = re.compile(r"\s+")


class VoiceUnavailable(EnvironmentFault):
    """The synthesiser or the audio output failed; the message is short, for staff,
    and never contains the text that was to be spoken."""


@dataclass(frozen=True)
class Utterance:
    """A piece of text and the language to speak it in (an interface language code)."""

    text: str
    lang: str


class Speaker(Protocol):
    """What the interface needs of a voice."""

    @property
    def available(self) -> bool:
        """False when nothing can ever be heard (no synthesiser, no audio)."""
        ...

    def speaks(self, lang: str) -> bool:
        """True when there is a voice for interface language ``lang``."""
        ...

    def say(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
            stop: threading.Event | None = None) -> bool:
        """Speak ``parts`` in order, blocking; True when all were spoken.

        Returns False as soon as ``stop`` is set (the current piece is cut off).  Parts
        in a language without a voice are skipped.  Raises :class:`VoiceUnavailable`
        when the synthesiser or the audio output fails.
        """
        ...


def clean_text(text: str) -> str:
    """``text`` on one line: no tabs or newlines (a pause is a full stop or comma), and no
    soft hyphens (the catalog's break points in long German words)."""
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


def spell_ticket_number(number: str) -> str:
    """A ticket number as a synthesiser should say it: one sign at a time.

    ``"C-017"`` gives ``"C, 0, 1, 7"``, so it is never read as "seventeen" or as a
    word, and the commas give a short pause between the signs.
    """
    signs = [char for char in number if char.isalnum()]
    return ", ".join(signs)


def complaint(stderr: bytes) -> str:
    """The last meaningful line a program (espeak-ng, aplay, the audio library)
    complained with, short."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    return lines[-1][:160] if lines else "no message"


class EspeakSpeaker:
    """Speaks through ``espeak-ng`` (implements :class:`Speaker`)."""

    def __init__(self, executable: str = "espeak-ng", rate_wpm: int = DEFAULT_RATE_WPM,
                 voices: Mapping[str, str] = VOICES) -> None:
        """``executable`` is a name on PATH or a path; ``rate_wpm`` words per minute
        (80-450); ``voices`` maps interface languages to espeak-ng voices."""
        if not 80 <= rate_wpm <= 450:
            raise ValueError(f"rate_wpm must be within 80..450, not {rate_wpm}")
        self.executable = executable
        self.rate_wpm = rate_wpm
        self.voices = dict(voices)
        self._found = shutil.which(executable) is not None

    @property
    def available(self) -> bool:
        """True when the espeak-ng program is there (audio is found out by playing)."""
        return self._found

    def speaks(self, lang: str) -> bool:
        """True for the languages espeak-ng has a voice for."""
        return lang in self.voices and lang not in NO_VOICE

    def command(self, lang: str, volume: int = DEFAULT_VOLUME,
                to_stdout: bool = False) -> list[str]:
        """The espeak-ng command line for ``lang`` (text on standard input)."""
        voice = self.voices[lang]
        amplitude = max(0, min(200, int(volume)))
        command = [self.executable, "-v", voice, "-s", str(self.rate_wpm),
                   "-a", str(amplitude), "-b", "1", "--stdin"]
        if to_stdout:
            command.append("--stdout")
        return command

    def say(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
            stop: threading.Event | None = None) -> bool:
        """Speak ``parts`` one after the other on the default audio output."""
        stop = stop or threading.Event()
        for part in parts:
            text = clean_text(part.text)
            if not text or not self.speaks(part.lang):
                continue
            if stop.is_set() or not self._play(text, part.lang, volume, stop):
                return False
        return not stop.is_set()

    def render_wav(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
                   timeout_s: float = 60.0) -> list[bytes]:
        """Each speakable part as a WAV file's bytes (no audio device needed).

        For checks and tests: ``--stdout`` makes espeak-ng write the sound instead of
        playing it.  Raises :class:`VoiceUnavailable` when espeak-ng fails.
        """
        sounds = []
        for part in parts:
            text = clean_text(part.text)
            if not text or not self.speaks(part.lang):
                continue
            try:
                run = subprocess.run(self.command(part.lang, volume, to_stdout=True),
                                     input=text.encode("utf-8"), capture_output=True,
                                     timeout=timeout_s, check=False)
            except FileNotFoundError as exc:
                raise VoiceUnavailable("espeak-ng is not installed") from exc
            except subprocess.TimeoutExpired as exc:
                raise VoiceUnavailable(f"espeak-ng did not finish within {timeout_s:g} s"
                                       ) from exc
            except OSError as exc:
                raise VoiceUnavailable(f"cannot run espeak-ng: {exc.strerror}") from exc
            if run.returncode != 0 or not run.stdout.startswith(b"RIFF"):
                raise VoiceUnavailable(f"espeak-ng failed: {complaint(run.stderr)}")
            sounds.append(run.stdout)
        return sounds

    def _play(self, text: str, lang: str, volume: int, stop: threading.Event) -> bool:
        """Play one piece; False when stopped.  Raises :class:`VoiceUnavailable`."""
        try:
            process = subprocess.Popen(self.command(lang, volume), stdin=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        except FileNotFoundError as exc:
            raise VoiceUnavailable("espeak-ng is not installed") from exc
        except OSError as exc:
            raise VoiceUnavailable(f"cannot run espeak-ng: {exc.strerror}") from exc
        assert process.stdin is not None and process.stderr is not None
        try:
            process.stdin.write(text.encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:
            pass  # it ended already: its exit status and complaint say why
        deadline = time.monotonic() + TIMEOUT_BASE_S + TIMEOUT_PER_CHAR_S * len(text)
        while process.poll() is None:
            if stop.wait(POLL_S):
                end_process(process)
                return False
            if time.monotonic() > deadline:
                end_process(process)
                raise VoiceUnavailable("espeak-ng did not finish speaking in time")
        said = process.stderr.read()
        process.stderr.close()
        # espeak-ng exits 0 even when the audio output could not be opened; it then
        # says so on standard error, where it is otherwise silent.
        if process.returncode != 0 or said.strip():
            raise VoiceUnavailable(f"espeak-ng could not play: {complaint(said)}")
        return True


def end_process(process: subprocess.Popen[bytes]) -> None:
    """Stop a player (espeak-ng, aplay) at once, reap it, close its standard error."""
    process.terminate()
    try:
        process.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=1.0)
    if process.stderr is not None:
        process.stderr.close()


class SilentSpeaker:
    """No voice on this machine (implements :class:`Speaker`): says so once in the log."""

    def __init__(self, reason: str = "no speech synthesiser") -> None:
        self.reason = reason
        self._told = False
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Never: the interface shows that voice guidance is not available."""
        return False

    def speaks(self, lang: str) -> bool:
        """No language."""
        return False

    def say(self, parts: Sequence[Utterance], volume: int = DEFAULT_VOLUME,
            stop: threading.Event | None = None) -> bool:
        """Speak nothing; log once that voice guidance was asked for and why it is off."""
        with self._lock:
            told, self._told = self._told, True
        if not told:
            log.warning("voice guidance asked for but unavailable: %s", self.reason)
        return False


def make_speaker(executable: str = "espeak-ng", rate_wpm: int = DEFAULT_RATE_WPM) -> Speaker:
    """espeak-ng when it is installed, else a :class:`SilentSpeaker` (logged once).

    Cheap (a PATH look-up, no process): it runs while the kiosk starts.
    """
    speaker = EspeakSpeaker(executable, rate_wpm)
    if speaker.available:
        return speaker
    log.warning("%s not found: voice guidance unavailable (install the espeak-ng package)",
                executable)
    return SilentSpeaker(f"{executable} not installed")
