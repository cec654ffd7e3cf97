"""Staff PINs: argon2id hashes, the pause after wrong PINs, and `kiosk staff-pin`."""

from __future__ import annotations

import io
import stat
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import EXIT_INPUT, main
from kiosk.config import load_config
from kiosk.errors import ConfigError, InputError
from kiosk.staff import (
    LOCKOUT_S,
    MAX_FAILURES,
    PinAttempts,
    hash_pin,
    pin_problem,
    set_pin_hash,
    verify_pin,
)

PIN = "2468"


@pytest.fixture(scope="module")
def pin_hash() -> str:
    """One real hash for the module (hashing is slow on purpose)."""
    return hash_pin(PIN)


# ----- hashing ----------------------------------------------------------------------
def test_a_pin_is_kept_as_a_salted_argon2id_hash(pin_hash: str) -> None:
    assert pin_hash.startswith("$argon2id$") and PIN not in pin_hash
    assert verify_pin(pin_hash, PIN)
    assert not verify_pin(pin_hash, "2469") and not verify_pin(pin_hash, "")
    assert hash_pin(PIN) != pin_hash  # salted


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "24 68", "٢٤٦٨", "0000",
                                 "1234", "98765", "4444444"])
def test_pins_that_are_too_short_long_not_digits_or_obvious_are_refused(pin: str) -> None:
    assert pin_problem(pin) is not None
    with pytest.raises(InputError):
        hash_pin(pin)


@pytest.mark.parametrize("pin", ["2468", "90210", "13572468", "1357"])
def test_four_to_eight_digits_are_fine(pin: str) -> None:
    assert pin_problem(pin) is None


def test_a_damaged_hash_is_a_config_error_not_a_wrong_pin() -> None:
    with pytest.raises(ConfigError, match=r"staff\.pin_hash"):
        verify_pin("$argon2id$v=19$m=65536,t=3,p=4$garbage", PIN)
    with pytest.raises(ConfigError, match=r"staff\.pin_hash"):
        verify_pin("$2b$12$bcrypt-is-not-accepted", PIN)


# ----- attempts ---------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_pins_pause_the_pad_for_a_minute() -> None:
    clock = FakeClock()
    attempts = PinAttempts(clock=clock)
    assert (MAX_FAILURES, LOCKOUT_S) == (5, 60.0)
    for left in (5, 4, 3, 2, 1):
        assert not attempts.locked and attempts.tries_left == left
        attempts.failed()
    assert attempts.locked and attempts.tries_left == 0
    assert attempts.locked_for() == pytest.approx(60.0)
    attempts.failed()  # while paused: does not lengthen the pause
    clock.now += 59.5
    assert attempts.locked and attempts.locked_for() == pytest.approx(0.5)
    clock.now += 0.5
    assert not attempts.locked and attempts.tries_left == 5  # a fresh set of tries


def test_the_right_pin_forgets_the_wrong_ones() -> None:
    attempts = PinAttempts(clock=FakeClock())
    for _ in range(4):
        attempts.failed()
    attempts.succeeded()
    assert attempts.tries_left == 5


# ----- writing config.toml ----------------------------------------------------------
CONFIG = """\
# Tangier hall kiosk: keep this comment
[site]
name = "Préfecture de Tanger"   # and this one
code = "TNG01"

[staff]
# the PIN is set by kiosk staff-pin
pin_hash = ""

[printer]
kind = "pdf"
"""


def test_the_hash_replaces_the_empty_one_and_nothing_else_changes(tmp_path: Path,
                                                                  pin_hash: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    path.chmod(0o640)
    set_pin_hash(path, pin_hash)
    text = path.read_text(encoding="utf-8")
    assert text == CONFIG.replace('pin_hash = ""', f'pin_hash = "{pin_hash}"')
    assert load_config(path).staff.pin_hash == pin_hash
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    set_pin_hash(path, "$argon2id$second")  # a second time: the line is replaced again
    assert path.read_text(encoding="utf-8").count("pin_hash =") == 1


def test_a_staff_table_without_the_key_gets_it(tmp_path: Path, pin_hash: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[staff]  # staff access\n[site]\ncode = "TNG01"', encoding="utf-8")
    set_pin_hash(path, pin_hash)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "staff": {"pin_hash": pin_hash}, "site": {"code": "TNG01"}}


def test_a_file_without_staff_gets_the_table_at_the_end(tmp_path: Path, pin_hash: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[site]\r\ncode = "TNG01"\r\n')
    set_pin_hash(path, pin_hash)
    assert path.read_bytes() == (b'[site]\r\ncode = "TNG01"\r\n\r\n[staff]\r\n'
                                 + f'pin_hash = "{pin_hash}"\r\n'.encode())


def test_no_file_yet_makes_a_private_one(tmp_path: Path, pin_hash: str) -> None:
    path = tmp_path / "new" / "config.toml"
    set_pin_hash(path, pin_hash)
    assert load_config(path).staff.pin_hash == pin_hash
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("text", [
    'staff.pin_hash = ""\n',                 # a dotted key: a [staff] table would clash
    'staff = { pin_hash = "" }\n',           # an inline table
    '[site\ncode = "X"\n',                   # not TOML at all
    '[printer]\nkind = "laser"\n',           # TOML, but not a valid kiosk config
])
def test_a_file_it_cannot_edit_safely_is_left_alone(tmp_path: Path, pin_hash: str,
                                                    text: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        set_pin_hash(path, pin_hash)
    assert path.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no scratch file left


# ----- kiosk staff-pin --------------------------------------------------------------
def test_staff_pin_from_stdin_for_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    assert main(["--data-dir", str(tmp_path), "staff-pin", "--pin-stdin"]) == 0
    stored = load_config(tmp_path / "config.toml").staff.pin_hash
    assert verify_pin(stored, "97531")
    out = capsys.readouterr()
    assert "97531" not in out.out + out.err and "restart the kiosk" in out.out


def test_staff_pin_asks_twice_without_echo(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["2468", "2468"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)  # typed on a terminal
    config = tmp_path / "other.toml"
    assert main(["--config", str(config), "staff-pin"]) == 0  # --config is honoured
    assert len(prompts) == 2 and verify_pin(load_config(config).staff.pin_hash, "2468")


@pytest.mark.parametrize(("answers", "message"), [
    (["2468", "2486"], "differ"),
    (["12", "12"], "4 to 8 digits"),
    (["1111", "1111"], "too easy"),
])
def test_staff_pin_refuses_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str],
                                               answers: list[str], message: str) -> None:
    given = iter(answers)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(given))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)  # typed on a terminal
    assert main(["--data-dir", str(tmp_path), "staff-pin"]) == EXIT_INPUT
    assert message in capsys.readouterr().err
    assert not (tmp_path / "config.toml").exists()


def test_without_a_terminal_the_pin_is_not_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """From a script with no terminal, getpass would echo or read nothing: say what to
    do instead."""
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n2468\n"))
    assert main(["--data-dir", str(tmp_path), "staff-pin"]) == EXIT_INPUT
    assert "--pin-stdin" in capsys.readouterr().err
    assert not (tmp_path / "config.toml").exists()


def test_staff_pin_with_empty_stdin_is_refused(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--data-dir", str(tmp_path), "staff-pin", "--pin-stdin"]) == EXIT_INPUT


def test_the_demo_kiosk_opens_the_staff_panel_with_the_pin_the_readme_gives(tmp_path) -> None:
    """`kiosk demo` writes a config whose staff PIN is 2468, and only 2468."""
    from kiosk.compose import ensure_demo_config
    from kiosk.config import load_config
    from kiosk.staff import verify_pin
    pin_hash = load_config(ensure_demo_config(tmp_path / "demo")).staff.pin_hash
    assert verify_pin(pin_hash, "2468")
    assert not verify_pin(pin_hash, "2469")
