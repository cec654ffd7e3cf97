"""The call board's announcer: the words, the chime, and the queue played for real.

Speech is the real espeak-ng (rendered to files, no sound card needed); what stands in
is the *player*: an ``aplay`` script put first on PATH that logs when each sound starts
and ends and keeps a copy of it, because this machine has no sound card.  It may wait
for a "gate" file before it ends, so a test can hold a sound "playing" while it queues
more calls.  One test plays through the real ``aplay`` into ALSA's null device.

The espeak-ng tests skip, saying so, when it is not installed (``JISR_REQUIRE_ESPEAK=1``
makes that a failure).
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import shutil
import stat
import subprocess
import threading
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.devices import announcer as announcer_module
from kiosk.devices.announcer import (
    CHIME_FILE,
    CHIME_NOTES,
    MAX_PENDING,
    Announcer,
    Call,
    SilentAnnouncer,
    arabic_words,
    chime_wav,
    ensure_chime,
    french_words,
    make_announcer,
)

ESPEAK = shutil.which("espeak-ng")
APLAY = shutil.which("aplay")
needs_espeak = pytest.mark.skipif(
    ESPEAK is None and os.environ.get("JISR_REQUIRE_ESPEAK") != "1",
    reason="espeak-ng is not installed (apt-get install espeak-ng)")

#: The stand-in player: logs start and end, keeps a numbered copy of what it played,
#: waits for the gate file when there is one to wait for, fails when told to.
PLAYER = """\
for last; do :; done
log={folder}/log
cap={folder}/played
mkdir -p "$cap"
n=$(ls "$cap" | wc -l)
name=$(printf '%03d-%s' "$n" "$(basename "$last")")
echo "start $name $(date +%s.%N)" >> "$log"
cp "$last" "$cap/$name"
if [ -e {folder}/fail ]; then
    echo "aplay: main:831: audio open error: No such file or directory" >&2
    echo "end $name $(date +%s.%N)" >> "$log"
    exit 1
fi
while [ -e {folder}/hold ] && [ ! -e {folder}/gate ]; do sleep 0.02; done
sleep 0.05
echo "end $name $(date +%s.%N)" >> "$log"
"""


def fake_program(folder: Path, name: str, script: str) -> Path:
    """An executable shell script ``folder/name``."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@dataclass
class Player:
    """The stand-in ``aplay`` and what it saw."""

    folder: Path

    def events(self) -> list[tuple[str, str, float]]:
        log = self.folder / "log"
        if not log.exists():
            return []
        rows = [line.split() for line in log.read_text().splitlines()]
        return [(kind, name, float(at)) for kind, name, at in rows]

    def played(self) -> list[str]:
        """What was played, in order, by kind (silence, chime, call-ar, call-fr)."""
        return [name.split("-", 1)[1].removesuffix(".wav")
                for kind, name, _at in self.events() if kind == "start"]

    def copy(self, index: int) -> bytes:
        return sorted((self.folder / "played").iterdir())[index].read_bytes()

    def hold(self) -> None:
        """From now on a sound plays until :meth:`release`."""
        (self.folder / "hold").touch()

    def release(self) -> None:
        (self.folder / "gate").touch()

    def wait_started(self, count: int, timeout: float = 30.0) -> None:
        """Wait (for the thread) until ``count`` sounds have started."""
        done = threading.Event()
        for _ in range(int(timeout / 0.02)):
            if len(self.played()) >= count:
                return
            done.wait(0.02)
        raise AssertionError(f"only {self.played()} started")


@pytest.fixture
def player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Player]:
    """The stand-in ``aplay``, first on PATH."""
    folder = tmp_path / "player"
    folder.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_program(bin_dir, "aplay", PLAYER.format(folder=folder))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    yield Player(folder)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[list[Announcer]]:
    """Announcers a test makes, closed after it."""
    announcers: list[Announcer] = []
    yield announcers
    for one in announcers:
        one.close()


def new_announcer(made: list[Announcer], tmp_path: Path, **options: object) -> Announcer:
    options.setdefault("espeak", "espeak-ng")
    one = Announcer(tmp_path / "sounds", **options)  # type: ignore[arg-type]
    made.append(one)
    return one


def frames_of(sound: bytes) -> tuple[memoryview, int]:
    with wave.open(io.BytesIO(sound)) as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        return memoryview(wav.readframes(wav.getnframes())).cast("h"), wav.getframerate()


def dominant_hz(samples: memoryview, rate: int) -> float:
    """Frequency of a clean tone, from its rising zero crossings."""
    rising = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    return rising * rate / len(samples)


def render(ssml: str, voice: str) -> bytes:
    """The samples espeak-ng makes of ``ssml`` on its own, as the announcer asks for it."""
    run = subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-a", "100", "-b", "1", "-m",
                          "--stdout", "--stdin"], input=ssml.encode(), capture_output=True,
                         check=True, timeout=30)
    return frames_of(run.stdout)[0].tobytes()


def samples(sound: bytes) -> bytes:
    """The samples of a WAV file's bytes."""
    return frames_of(sound)[0].tobytes()


# --- the words and the chime ---------------------------------------------------------------


def test_the_call_is_said_sign_by_sign_in_arabic_then_french() -> None:
    call = Call("C-017", 3)
    arabic = arabic_words(call)
    assert arabic == ('<speak>الرقم <voice xml:lang="fr">C</voice>، 0، 1، 7، '
                      "الشباك رقم 3.</speak>")
    assert french_words(call) == "<speak>Numéro C, 0, 1, 7, guichet 3.</speak>"
    # a station digit (C2-017) is a digit, said in Arabic; only letters go to French
    assert '<voice xml:lang="fr">C</voice>، 2، 0' in arabic_words(Call("C2-017", 12))
    assert "رقم 12." in arabic_words(Call("C2-017", 12))


def test_the_chime_is_two_clean_notes() -> None:
    samples, rate = frames_of(chime_wav())
    assert rate == announcer_module.SAMPLE_RATE  # espeak-ng's: one rate for every sound
    assert len(samples) / rate == pytest.approx(1.5)
    assert samples[0] == 0 and abs(samples[-1]) < 50  # no click at either end
    assert 8000 < max(abs(s) for s in samples) < 30000  # loud enough, never clipped
    (_start1, note1), (start2, note2) = CHIME_NOTES
    first = samples[int(0.05 * rate):int((start2 - 0.02) * rate)]
    second = samples[int((start2 + 0.5) * rate):int(1.4 * rate)]  # the first has faded
    assert dominant_hz(first, rate) == pytest.approx(note1, rel=0.03)
    assert dominant_hz(second, rate) == pytest.approx(note2, rel=0.05)


def test_the_chime_is_made_once_and_a_staff_chime_is_kept(tmp_path: Path) -> None:
    path = ensure_chime(tmp_path / "sounds")
    assert path.name == CHIME_FILE and path.read_bytes() == chime_wav()
    path.write_bytes(b"our own")
    assert ensure_chime(tmp_path / "sounds").read_bytes() == b"our own"


def test_a_data_directory_that_cannot_be_written_still_has_a_chime(
        tmp_path: Path, player: Player) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    announcer = Announcer(blocked / "sounds", espeak=None, check_output=False)
    try:
        assert announcer.chime.read_bytes() == chime_wav()
        announcer.announce(Call("C-017", 3))
        assert announcer.wait_idle(30) and player.played() == ["chime"]
    finally:
        announcer.close()


# --- the queue, played --------------------------------------------------------------------


@needs_espeak
def test_each_call_is_chime_arabic_french_one_after_the_other(
        tmp_path: Path, player: Player, made: list[Announcer]) -> None:
    announcer = new_announcer(made, tmp_path)
    calls = [Call("C-017", 3), Call("V-002", 1), Call("J-105", 12)]
    for call in calls:
        announcer.announce(call)
    assert announcer.wait_idle(60)
    assert announcer.problem is None and announcer.available
    assert player.played() == ["silence"] + ["chime", "call-ar", "call-fr"] * 3
    events = player.events()
    # never two sounds at once: every start follows the end of the one before
    assert [kind for kind, _name, _at in events] == ["start", "end"] * 10
    for (_k1, _n1, ended), (_k2, _n2, started) in zip(events[1::2], events[2::2], strict=False):
        assert started >= ended
    # the bytes played are the chime and what espeak-ng says of each call's words, in order
    for index, call in enumerate(calls):
        base = 1 + 3 * index
        assert player.copy(base) == chime_wav()
        for offset, (voice, words) in enumerate((("ar", arabic_words(call)),
                                                 ("fr-fr", french_words(call))), start=1):
            played, rate = frames_of(player.copy(base + offset))
            assert played.tobytes() == render(words, voice)
            assert len(played) / rate > 1.5, "a call is more than a word"


@needs_espeak
def test_announcing_never_waits_and_a_full_queue_keeps_the_newest(
        tmp_path: Path, player: Player, made: list[Announcer]) -> None:
    player.hold()
    announcer = new_announcer(made, tmp_path, check_output=False)
    announcer.announce(Call("A-000", 1))
    player.wait_started(1)  # A-000's chime is playing, and stays so
    more = [Call(f"A-{n:03d}", 2) for n in range(1, 31)]

    def call_them() -> None:
        for call in more:
            announcer.announce(call)

    caller = threading.Thread(target=call_them)
    caller.start()
    caller.join(10)
    assert not caller.is_alive(), "announce() waited for the sound"
    assert announcer.pending() == MAX_PENDING and announcer.dropped == 30 - MAX_PENDING
    player.release()
    assert announcer.wait_idle(120)
    heard = [spoken for spoken in player.played() if spoken == "call-fr"]
    assert len(heard) == 1 + MAX_PENDING
    # the ones heard: A-000, then the newest twenty in the order they were called
    french = [samples(player.copy(i)) for i, kind in enumerate(player.played())
              if kind == "call-fr"]
    expected = [Call("A-000", 1), *more[-MAX_PENDING:]]
    assert french[1] == render(french_words(expected[1]), "fr-fr")
    assert french[-1] == render(french_words(expected[-1]), "fr-fr")


@needs_espeak
def test_a_ticket_waiting_to_be_heard_is_heard_once_with_the_news(
        tmp_path: Path, player: Player, made: list[Announcer]) -> None:
    player.hold()
    announcer = new_announcer(made, tmp_path, check_output=False)
    announcer.announce(Call("R-001", 1))
    player.wait_started(1)
    announcer.announce(Call("C-017", 3))
    announcer.announce(Call("V-002", 2))
    announcer.announce(Call("C-017", 4))  # recalled, or moved, before it was heard
    assert announcer.pending() == 2
    player.release()
    assert announcer.wait_idle(60)
    french = [samples(player.copy(i)) for i, kind in enumerate(player.played())
              if kind == "call-fr"]
    assert french == [render(french_words(c), "fr-fr")
                      for c in (Call("R-001", 1), Call("C-017", 4), Call("V-002", 2))]


def test_close_ends_the_sound_playing_and_stops(
        tmp_path: Path, player: Player, made: list[Announcer]) -> None:
    player.hold()
    announcer = Announcer(tmp_path / "sounds", espeak=None, check_output=False)
    announcer.announce(Call("C-017", 3))
    announcer.announce(Call("C-018", 3))
    player.wait_started(1)
    announcer.close(timeout=5)
    assert not announcer._thread.is_alive()
    assert player.played() == ["chime"]
    announcer.announce(Call("C-019", 3))  # after close: ignored, no error
    assert announcer.pending() == 0


# --- when there is nothing (or only a chime) to hear ------------------------------------


def test_no_sound_card_is_found_at_start_and_sound_coming_back_is_used(
        tmp_path: Path, player: Player, made: list[Announcer],
        caplog: pytest.LogCaptureFixture) -> None:
    (player.folder / "fail").touch()
    announcer = new_announcer(made, tmp_path, espeak=None)
    assert announcer.wait_idle(30)
    player.wait_started(1)
    assert not announcer.available
    assert announcer.problem is not None and "audio open error" in announcer.problem
    announcer.announce(Call("C-017", 3))
    assert announcer.wait_idle(30) and not announcer.available
    (player.folder / "fail").unlink()  # a loudspeaker plugged back in
    announcer.announce(Call("C-018", 3))
    assert announcer.wait_idle(30)
    assert announcer.available
    assert player.played()[-1] == "chime"
    assert "C-01" not in caplog.text


def test_without_espeak_the_board_still_chimes(
        tmp_path: Path, player: Player, monkeypatch: pytest.MonkeyPatch,
        made: list[Announcer]) -> None:
    announcer = make_announcer(tmp_path / "sounds", espeak=str(tmp_path / "no-espeak-ng"))
    assert isinstance(announcer, Announcer)
    made.append(announcer)
    announcer.announce(Call("C-017", 3))
    assert announcer.wait_idle(30)
    assert player.played() == ["silence", "chime"]
    assert announcer.available and announcer.problem is not None
    assert "chime only" in announcer.problem


def test_a_failing_synthesiser_leaves_the_chime(
        tmp_path: Path, player: Player, made: list[Announcer]) -> None:
    espeak = fake_program(tmp_path, "espeak-ng", "cat > /dev/null\necho 'no voice ar' >&2\nexit 1")
    announcer = Announcer(tmp_path / "sounds", espeak=str(espeak), check_output=False)
    made.append(announcer)
    announcer.announce(Call("C-017", 3))
    assert announcer.wait_idle(30)
    assert player.played() == ["chime"]
    assert announcer.problem == "speech unavailable: espeak-ng failed: no voice ar"


def test_without_a_player_the_announcer_is_silent_and_says_why(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    announcer = make_announcer(tmp_path / "sounds", player=str(tmp_path / "no-aplay"))
    assert isinstance(announcer, SilentAnnouncer)
    assert not announcer.available and "alsa-utils" in (announcer.problem or "")
    caplog.clear()
    for number in ("C-017", "C-018"):
        announcer.announce(Call(number, 3))
    assert announcer.wait_idle(0)
    announcer.close()
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1 and "C-01" not in messages[0]


# --- the real player ------------------------------------------------------------------------


@pytest.fixture
def alsa_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home whose ALSA default output is the null device; no sound server reachable."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type null }\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-sound-server")
    monkeypatch.delenv("PIPEWIRE_REMOTE", raising=False)
    return home


@needs_espeak
@pytest.mark.skipif(APLAY is None, reason="aplay is not installed (apt-get install alsa-utils)")
def test_the_real_aplay_plays_a_call_and_says_when_it_cannot(
        tmp_path: Path, alsa_home: Path, made: list[Announcer]) -> None:
    announcer = make_announcer(tmp_path / "sounds")
    assert isinstance(announcer, Announcer)
    made.append(announcer)
    announcer.announce(Call("C-017", 3))
    assert announcer.wait_idle(60)
    assert announcer.available and announcer.problem is None
    (alsa_home / ".asoundrc").write_text("pcm.!default { type hw card 99 }\n")
    announcer.announce(Call("C-018", 3))
    assert announcer.wait_idle(60)
    assert not announcer.available
    assert announcer.problem is not None and announcer.problem.startswith("no sound: aplay")
