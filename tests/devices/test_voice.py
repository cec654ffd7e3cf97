"""Voice guidance: espeak-ng for real (a WAV per language, playing, failing audio), the
speaker's interruption and time limit with a stand-in program, and the silent speaker.

The espeak-ng tests skip, saying so, when the program is not installed; set
``JISR_REQUIRE_ESPEAK=1`` (as CI may) to make that a failure instead.  Nothing here makes
a sound: playing goes to ALSA's "null" device (a private ``~/.asoundrc``), with the
desktop's sound server kept out of reach.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.devices import voice
from kiosk.devices.voice import (
    NO_VOICE,
    VOICES,
    VOLUME_STEPS,
    EspeakSpeaker,
    SilentSpeaker,
    Utterance,
    VoiceUnavailable,
    clean_text,
    make_speaker,
    spell_ticket_number,
)

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(
    ESPEAK is None and os.environ.get("JISR_REQUIRE_ESPEAK") != "1",
    reason="espeak-ng is not installed (apt-get install espeak-ng)")

#: "Your number is C, 0, 1, 7" and a few words, in each language with a voice.
SAMPLES = {
    "ar": "رقمك هو C، 0، 1، 7. انتظر دورك.",
    "fr": "Votre numéro est C, 0, 1, 7. Attendez votre tour.",
    "en": "Your number is C, 0, 1, 7. Please wait.",
    "es": "Su número es C, 0, 1, 7. Espere su turno.",
    "nl": "Uw nummer is C, 0, 1, 7. Wacht op uw beurt.",
    "de": "Ihre Nummer ist C, 0, 1, 7. Bitte warten Sie.",
    "it": "Il suo numero è C, 0, 1, 7. Attenda il suo turno.",
}


def fake_program(folder: Path, name: str, script: str) -> Path:
    """An executable shell script ``folder/name``."""
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def null_audio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """ALSA's default output is a sink that plays nothing; no sound server is found."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path}/no-sound-server")
    monkeypatch.delenv("PIPEWIRE_REMOTE", raising=False)
    yield home


# --- text as it is spoken ----------------------------------------------------------------


def test_ticket_numbers_are_spelled_sign_by_sign() -> None:
    assert spell_ticket_number("C-017") == "C, 0, 1, 7"
    assert spell_ticket_number("A-100") == "A, 1, 0, 0"
    assert spell_ticket_number("") == ""


def test_text_is_put_on_one_line() -> None:
    assert clean_text("  Émis à 10:02\nPersonnes\tavant vous : 3 ") == \
        "Émis à 10:02 Personnes avant vous : 3"


def test_every_interface_language_but_tamazight_has_a_voice() -> None:
    speaker = EspeakSpeaker(executable="espeak-ng")
    for lang in ("ar", "fr", "en", "es", "nl", "de", "it"):
        assert speaker.speaks(lang), lang
    assert not speaker.speaks("zgh")
    assert "zgh" in NO_VOICE and "zgh" not in VOICES


def test_the_command_line_carries_no_text_and_keeps_the_volume_in_range() -> None:
    speaker = EspeakSpeaker(executable="espeak-ng", rate_wpm=140)
    command = speaker.command("fr", volume=500)
    assert command[:3] == ["espeak-ng", "-v", "fr-fr"]
    assert command[command.index("-s") + 1] == "140"
    assert command[command.index("-a") + 1] == "200"
    assert "--stdin" in command and "--stdout" not in command
    assert "--stdout" in speaker.command("ar", to_stdout=True)
    with pytest.raises(ValueError, match="rate_wpm"):
        EspeakSpeaker(rate_wpm=20)


def test_volume_steps_start_at_the_default() -> None:
    assert VOLUME_STEPS[0] == voice.DEFAULT_VOLUME
    assert list(VOLUME_STEPS) == sorted(VOLUME_STEPS) and VOLUME_STEPS[-1] <= 200


# --- espeak-ng for real ------------------------------------------------------------------


@needs_espeak
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_espeak_renders_speech_in_each_language(lang: str) -> None:
    [sound] = EspeakSpeaker().render_wav([Utterance(SAMPLES[lang], lang)])
    with wave.open(io.BytesIO(sound)) as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
    assert seconds > 1.0, f"{lang}: only {seconds:.2f} s of sound"
    samples = memoryview(frames).cast("h")
    loud = sum(1 for sample in samples if abs(sample) > 1000)
    assert loud > len(samples) // 20, f"{lang}: nearly silent"


@needs_espeak
def test_a_language_without_a_voice_renders_nothing() -> None:
    speaker = EspeakSpeaker()
    assert speaker.render_wav([Utterance("ⵜⴰⵎⴰⵣⵉⵖⵜ", "zgh")]) == []
    assert len(speaker.render_wav([Utterance("ⵜⴰⵎⴰⵣⵉⵖⵜ", "zgh"),
                                   Utterance("Bonjour", "fr")])) == 1


@needs_espeak
def test_louder_is_louder() -> None:
    speaker = EspeakSpeaker()
    quiet, loud = (speaker.render_wav([Utterance(SAMPLES["fr"], "fr")], volume=volume)[0]
                   for volume in (VOLUME_STEPS[0], VOLUME_STEPS[-1]))

    def peak(sound: bytes) -> int:
        with wave.open(io.BytesIO(sound)) as wav:
            return max(abs(s) for s in memoryview(wav.readframes(wav.getnframes())).cast("h"))

    assert peak(loud) > peak(quiet) * 1.3


@needs_espeak
def test_espeak_plays_on_the_default_output(null_audio: Path) -> None:
    speaker = EspeakSpeaker()
    assert speaker.say([Utterance("Bonjour", "fr"), Utterance("مرحبا", "ar")]) is True


@needs_espeak
def test_no_audio_output_is_an_environment_fault_without_the_text(
        null_audio: Path, caplog: pytest.LogCaptureFixture) -> None:
    (null_audio / ".asoundrc").write_text("pcm.!default { type hw card 99 }\n")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(VoiceUnavailable, match="could not play") as failure:
        EspeakSpeaker().say([Utterance("Amina El Idrissi, C-017", "fr")])
    assert "Amina" not in str(failure.value)
    assert "Amina" not in caplog.text


# --- interruption, time limit, failures (a stand-in program) -----------------------------


def test_text_goes_in_on_standard_input_not_the_command_line(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "espeak-ng",
                           f'echo "$@" > {tmp_path}/argv\ncat > {tmp_path}/stdin')
    speaker = EspeakSpeaker(executable=str(program))
    assert speaker.say([Utterance("Votre numéro :\nC, 0, 1, 7", "fr")]) is True
    assert "numéro" not in (tmp_path / "argv").read_text()
    assert "-v fr-fr" in (tmp_path / "argv").read_text()
    assert (tmp_path / "stdin").read_text() == "Votre numéro : C, 0, 1, 7"


def test_stopping_cuts_the_playing_text_off_at_once(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "espeak-ng", f"cat > /dev/null\necho $$ > {tmp_path}/pid\n"
                                                  "exec sleep 30")
    speaker = EspeakSpeaker(executable=str(program))
    stop = threading.Event()
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(
        speaker.say([Utterance("un", "fr"), Utterance("deux", "fr")], stop=stop)))
    thread.start()
    deadline = time.monotonic() + 5
    while not (tmp_path / "pid").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    started = time.monotonic()
    stop.set()
    thread.join(5)
    assert result == [False]
    assert time.monotonic() - started < 1.5
    pid = int((tmp_path / "pid").read_text())
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(
        f"/proc/{pid}/status").read_text().lower()


def test_a_stop_before_speaking_says_nothing(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "espeak-ng", f"cat > /dev/null\ntouch {tmp_path}/ran")
    stop = threading.Event()
    stop.set()
    assert EspeakSpeaker(executable=str(program)).say([Utterance("x", "fr")], stop=stop) is False
    assert not (tmp_path / "ran").exists()


def test_a_hung_synthesiser_is_given_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_program(tmp_path, "espeak-ng", "cat > /dev/null\nexec sleep 30")
    monkeypatch.setattr(voice, "TIMEOUT_BASE_S", 0.3)
    monkeypatch.setattr(voice, "TIMEOUT_PER_CHAR_S", 0.0)
    started = time.monotonic()
    with pytest.raises(VoiceUnavailable, match="in time"):
        EspeakSpeaker(executable=str(program)).say([Utterance("x", "fr")])
    assert time.monotonic() - started < 3


def test_a_failing_synthesiser_is_reported_briefly(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "espeak-ng",
                           "cat > /dev/null\necho 'ALSA lib pcm.c: Unknown PCM default' >&2\n"
                           "echo 'error: No such file or directory' >&2")
    with pytest.raises(VoiceUnavailable, match="No such file or directory"):
        EspeakSpeaker(executable=str(program)).say([Utterance("secret text", "fr")])
    missing = EspeakSpeaker(executable=str(tmp_path / "nowhere"))
    assert not missing.available
    with pytest.raises(VoiceUnavailable, match="not installed"):
        missing.say([Utterance("x", "fr")])


def test_without_espeak_the_kiosk_is_silent_and_says_so_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    speaker = make_speaker(executable=str(tmp_path / "no-espeak-ng"))
    assert isinstance(speaker, SilentSpeaker)
    assert not speaker.available and not speaker.speaks("fr")
    assert "voice guidance unavailable" in caplog.text
    caplog.clear()
    for _ in range(3):
        assert speaker.say([Utterance("Amina", "fr")]) is False
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1 and "Amina" not in messages[0]


@needs_espeak
def test_make_speaker_finds_espeak() -> None:
    speaker = make_speaker()
    assert isinstance(speaker, EspeakSpeaker) and speaker.available
