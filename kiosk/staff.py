"""Staff access on the kiosk itself: the PIN's argon2id hash and a limit on wrong tries.

Plain Python, no Qt.  The kiosk keeps only an argon2id hash of the staff PIN, in
``[staff] pin_hash`` of ``config.toml`` (written by ``kiosk staff-pin``).  Checking a
PIN is deliberately slow (about a tenth of a second and 64 MiB): the interface runs
:func:`verify_pin` off its thread.  :class:`PinAttempts` counts wrong PINs in memory
and pauses the pad for a minute after five of them.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
import tomllib
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.config import parse_config
from kiosk.errors import ConfigError, InputError

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
#: wrong PINs in a row before the pad pauses
MAX_FAILURES = 5
#: how long the pad pauses, in seconds
LOCKOUT_S = 60.0

_PIN = re.compile(rf"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
# argon2id with the library's defaults (RFC 9106 "low memory": t=3, m=64 MiB, p=4).
_HASHER = PasswordHasher(type=Type.ID)
_SECTION = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_PIN_KEY = re.compile(r"^\s*pin_hash\s*=")


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN, in English for the command line; None if fine.

    A PIN is 4 to 8 digits 0-9; one digit repeated (``0000``) and a plain run
    (``1234``, ``8765``) are refused, as they are the first ones anyone tries.
    """
    if not _PIN.fullmatch(pin):
        return f"a staff PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits (0-9)"
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if steps in ({0}, {1}, {-1}):
        return "this PIN is too easy to guess (one digit repeated, or a plain run)"
    return None


def hash_pin(pin: str) -> str:
    """The argon2id hash of ``pin`` (salted: two calls give two different hashes).

    Raises :class:`InputError` when ``pin`` is not an acceptable PIN (:func:`pin_problem`).
    """
    problem = pin_problem(pin)
    if problem is not None:
        raise InputError(problem)
    return _HASHER.hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    """True when ``pin`` matches ``pin_hash``.  Slow on purpose: not on the UI thread.

    Raises :class:`ConfigError` (key ``staff.pin_hash``) when the hash itself is
    damaged, so staff are told to set the PIN again rather than "wrong PIN" forever.
    """
    if not pin_hash.startswith("$argon2id$"):
        raise ConfigError("config", "staff.pin_hash", "is not an argon2id hash")
    try:
        return _HASHER.verify(pin_hash, pin)
    except VerifyMismatchError:
        return False
    except (InvalidHashError, VerificationError) as exc:  # cannot be decoded at all
        raise ConfigError("config", "staff.pin_hash", "is not a valid argon2 hash") from exc


class PinAttempts:
    """Wrong PINs in a row, in memory; a pause of ``lockout_s`` after ``max_failures``.

    Not thread-safe: the interface uses it from its own thread only.  ``clock`` is a
    monotonic clock in seconds (a fake one in tests).
    """

    def __init__(self, max_failures: int = MAX_FAILURES, lockout_s: float = LOCKOUT_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = max_failures
        self.lockout_s = lockout_s
        self._clock = clock
        self._failures = 0
        self._locked_until: float | None = None

    def locked_for(self) -> float:
        """Seconds left of the pause (0.0 when PINs may be tried)."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock()
        if left <= 0:  # the pause is over: a fresh set of tries
            self._locked_until = None
            self._failures = 0
            return 0.0
        return left

    @property
    def locked(self) -> bool:
        """True during the pause."""
        return self.locked_for() > 0

    @property
    def tries_left(self) -> int:
        """Wrong PINs still allowed before the pause (0 during it)."""
        if self.locked:
            return 0
        return self.max_failures - self._failures

    def failed(self) -> None:
        """A wrong PIN: count it, and start the pause at the last allowed one."""
        if self.locked:
            return
        self._failures += 1
        if self._failures >= self.max_failures:
            self._locked_until = self._clock() + self.lockout_s

    def succeeded(self) -> None:
        """The right PIN: forget the wrong ones."""
        self._failures = 0
        self._locked_until = None


def set_pin_hash(config_file: Path, pin_hash: str) -> None:
    """Write ``pin_hash`` as ``[staff] pin_hash`` in ``config_file``, keeping the rest.

    Every other line (comments, order, other sections) stays as it was.  The new file
    is checked with the kiosk's own config parser before it replaces the old one
    (atomically, with the old file's permissions; 0600 for a new file).  Raises
    :class:`ConfigError` when the file is not valid TOML to begin with, or keeps its
    staff settings in a form this cannot edit (a dotted key or an inline table).
    """
    if not pin_hash.startswith("$argon2id$") or any(c in pin_hash for c in "\"\\\n"):
        raise InputError("not an argon2id hash")
    name = str(config_file)
    try:
        old = config_file.read_bytes().decode("utf-8") if config_file.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(name, "(file)", f"cannot be read: {exc}") from exc
    new = _with_pin_hash(old, pin_hash)
    try:
        config = parse_config(tomllib.loads(new), name)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(name, "(file)", f"not valid TOML: {exc}") from exc
    if config.staff.pin_hash != pin_hash:
        raise ConfigError(name, "staff.pin_hash",
                          "is set in a form this command cannot edit: set it by hand")
    _replace(config_file, new)


def _with_pin_hash(text: str, pin_hash: str) -> str:
    """``text`` with ``pin_hash = "..."`` in its [staff] table (added if missing)."""
    entry = f'pin_hash = "{pin_hash}"'
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    section: str | None = None
    header_at: int | None = None
    for index, line in enumerate(lines):
        match = _SECTION.match(line)
        if match:
            section = match.group(1)
            if section == "staff":
                header_at = index
            continue
        if section == "staff" and _PIN_KEY.match(line):
            ending = line[len(line.rstrip("\r\n")):] or newline
            lines[index] = entry + ending
            return "".join(lines)
    if header_at is not None:
        lines.insert(header_at + 1, entry + newline)
        if not lines[header_at].endswith("\n"):
            lines[header_at] += newline
        return "".join(lines)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += newline
    gap = newline if lines and lines[-1].strip() else ""
    return "".join(lines) + f"{gap}[staff]{newline}{entry}{newline}"


def _replace(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, with the old file's mode (0600 if new)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    fd, scratch = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(scratch, mode)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
