"""Staff accounts: roles, the PIN rule, argon2id hashes, the lockout rule, idle sessions.

Plain Python, no Qt and no database (the accounts live in
:class:`kiosk.store.staff.StaffStore`).  See ``docs/STAFF.md``.

* **Roles**: ``agent`` (a counter in a prefecture hall), ``supervisor`` (manages the
  accounts, and may do what an agent does), ``field`` (a summer transit-site team
  member).
* **PINs** are 6 to 12 digits; one digit repeated (``000000``), a plain run
  (``123456``, ``987654``) and a short block repeated (``121212``, ``123123``) are
  refused.  Only an argon2id hash is kept, made by the kiosk's own hasher
  (:mod:`kiosk.staff`: RFC 9106 low-memory parameters, about a tenth of a second and
  64 MiB per check -- run :func:`verify_account_pin` off the UI thread).
* **Lockout**: :data:`MAX_FAILURES` wrong PINs in a row lock the account for
  :data:`LOCKOUT_STEPS` ``[n]`` where ``n`` counts the lockouts in a row: 1 minute,
  then 5, 15, and 60 minutes for every lockout after that.  The right PIN ends the
  series.  While locked, PINs are not even checked.  The store keeps the counters in
  the database, so a restart does not lift a lockout.
* **Sessions** lock themselves after :data:`SESSION_IDLE_S` without activity
  (:class:`Session`, on a monotonic clock).

Staff names are personal data: they never appear in logs or in the ``repr`` of the
objects here (ids do).
"""

from __future__ import annotations

import enum
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.errors import InputError
from kiosk.staff import _HASHER  # one argon2id hasher (and its parameters) for every PIN

AGENT = "agent"
SUPERVISOR = "supervisor"
FIELD = "field"
#: Every role, in the order they are listed (the store's CHECK constraint has the same).
ROLES: tuple[str, ...] = (AGENT, SUPERVISOR, FIELD)
#: The roles that may open the kiosk's staff panel.
KIOSK_ROLES: tuple[str, ...] = (AGENT, SUPERVISOR)

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
#: Wrong PINs in a row that lock an account.
MAX_FAILURES = 5
#: How long each lockout in a row lasts; the last one repeats (the cap).
LOCKOUT_STEPS: tuple[timedelta, ...] = (
    timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60))
#: A session locks itself after this many seconds without activity.
SESSION_IDLE_S = 300.0

NAME_MAX = 100
#: Longest account id (local ids are UUIDs; the centre's may be shorter).
ID_MAX = 36
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,35}")
_PIN = re.compile(rf"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
#: The argon2 costs accepted in a hash (from the centre's bundle too): a huge memory or
#: time cost would make every check of that account stall the kiosk, a tiny one would
#: make a stolen hash quick to try.  Our own hashes use m=64 MiB, t=3, p=4.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 256 * 1024
MAX_TIME_COST = 10
MAX_PARALLELISM = 8
PIN_HASH_MAX = 200
_ARGON2ID = re.compile(r"\$argon2id\$v=19\$m=([0-9]{1,9}),t=([0-9]{1,4}),p=([0-9]{1,4})"
                       r"\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}")


class BadPinHash(InputError):
    """A stored PIN hash that is not a usable argon2id hash (set the PIN again)."""


# -- rules on input ---------------------------------------------------------------------


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff account's PIN, in English; None when it can.

    6 to 12 digits 0-9.  Refused as the first ones anyone tries: one digit repeated,
    a plain run up or down, and a block of 2 or 3 digits repeated (``121212``).
    """
    if not _PIN.fullmatch(pin):
        return f"a staff PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits (0-9)"
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if steps in ({0}, {1}, {-1}):
        return "this PIN is too easy to guess (one digit repeated, or a plain run)"
    for size in (2, 3):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return "this PIN is too easy to guess (a short block repeated)"
    return None


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a staff account's name; None when it can.

    1 to 100 printable characters, not only spaces, no leading or trailing space.
    """
    if not name or not name.strip():
        return "a staff name cannot be empty"
    if len(name) > NAME_MAX:
        return f"a staff name is at most {NAME_MAX} characters"
    if name != name.strip():
        return "a staff name cannot start or end with a space"
    if not name.isprintable():
        return "a staff name cannot hold control characters"
    return None


def name_key(name: str) -> str:
    """How two names are compared: ``Amina`` and ``amina`` are the same person."""
    return unicodedata.normalize("NFKC", name).casefold()


def role_problem(role: str) -> str | None:
    """Why ``role`` is not a role; None when it is."""
    if role not in ROLES:
        return f"a role is one of {', '.join(ROLES)}"
    return None


def id_problem(account_id: str) -> str | None:
    """Why ``account_id`` cannot be an account id; None when it can."""
    if not _ID.fullmatch(account_id):
        return (f"an account id is 1 to {ID_MAX} letters, digits, '-' or '_' "
                "(starting with a letter or digit)")
    return None


def pin_hash_problem(pin_hash: str) -> str | None:
    """Why ``pin_hash`` is not an acceptable argon2id hash; None when it is.

    Besides the format, its costs are bounded (memory, time, lanes), so that a hash
    received from outside cannot make a PIN check take minutes or gigabytes.
    """
    if len(pin_hash) > PIN_HASH_MAX or not pin_hash.startswith("$argon2id$"):
        return "not an argon2id hash"
    match = _ARGON2ID.fullmatch(pin_hash)
    if match is None:
        return "not a valid argon2id hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash)"
    memory, rounds, lanes = (int(g) for g in match.groups())
    if not (MIN_MEMORY_KIB <= memory <= MAX_MEMORY_KIB and 1 <= rounds <= MAX_TIME_COST
            and 1 <= lanes <= MAX_PARALLELISM):
        return (f"an argon2id hash with costs out of bounds (m {MIN_MEMORY_KIB} to "
                f"{MAX_MEMORY_KIB} KiB, t 1 to {MAX_TIME_COST}, p 1 to {MAX_PARALLELISM})")
    return None


# -- hashing ----------------------------------------------------------------------------


def hash_account_pin(pin: str) -> str:
    """The argon2id hash of ``pin`` (salted; slow on purpose).  InputError if ``pin``
    breaks the rule (:func:`pin_problem`)."""
    problem = pin_problem(pin)
    if problem is not None:
        raise InputError(problem)
    return _HASHER.hash(pin)


def verify_account_pin(pin_hash: str, pin: str) -> bool:
    """True when ``pin`` matches ``pin_hash``.  Slow on purpose: never on the UI thread.

    Raises :class:`BadPinHash` when the hash itself is not usable (set the PIN again).
    """
    problem = pin_hash_problem(pin_hash)
    if problem is not None:
        raise BadPinHash(f"the stored PIN hash is {problem}: set the PIN again")
    try:
        return _HASHER.verify(pin_hash, pin)
    except VerifyMismatchError:
        return False
    except (InvalidHashError, VerificationError) as exc:
        raise BadPinHash("the stored PIN hash cannot be read: set the PIN again") from exc


# -- the lockout rule -------------------------------------------------------------------


def lockout_delay(lockouts: int) -> timedelta:
    """How long the ``lockouts``-th lockout in a row lasts (1 -> 1 min ... 4+ -> 60 min);
    zero for ``lockouts`` <= 0."""
    if lockouts <= 0:
        return timedelta(0)
    return LOCKOUT_STEPS[min(lockouts, len(LOCKOUT_STEPS)) - 1]


@dataclass(frozen=True)
class Lockout:
    """An account's wrong PINs: since the last right one (or the last lockout), the
    lockouts in a row, and the end of the current one."""

    failures: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None

    def locked_for(self, now: datetime) -> timedelta:
        """How long the account stays locked from ``now`` (zero when it is not).

        Never longer than the delay of this lockout, so a clock set back (the kiosk's
        clock was far ahead, then corrected) does not lock an account for days.
        """
        if self.locked_until is None:
            return timedelta(0)
        left = self.locked_until - now
        if left <= timedelta(0):
            return timedelta(0)
        return min(left, lockout_delay(self.lockouts))

    def tries_left(self, now: datetime) -> int:
        """Wrong PINs still allowed before the next lockout (0 while locked)."""
        if self.locked_for(now) > timedelta(0):
            return 0
        return max(0, MAX_FAILURES - self.failures)

    def failed(self, now: datetime) -> Lockout:
        """After a wrong PIN at ``now``: counted, and a lockout at the last allowed one.

        Ignored (the same state) while locked: nothing is checked then.
        """
        if self.locked_for(now) > timedelta(0):
            return self
        failures = self.failures + 1
        if failures < MAX_FAILURES:
            return Lockout(failures, self.lockouts, self.locked_until)
        lockouts = self.lockouts + 1
        return Lockout(0, lockouts, now + lockout_delay(lockouts))

    @staticmethod
    def cleared() -> Lockout:
        """After the right PIN (or a PIN set by a supervisor): a fresh start."""
        return Lockout()


# -- accounts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffAccount:
    """A staff account as the rest of the program sees it: never its PIN hash.

    ``name`` is personal data: it is left out of ``repr`` (log ``id``).
    """

    id: str
    name: str = field(repr=False)
    role: str
    source: str  # "local" (kiosk staff add) or "bundle" (the centre)
    created_at: datetime
    disabled_at: datetime | None = None
    lockout: Lockout = field(default_factory=Lockout)

    @property
    def disabled(self) -> bool:
        """True once a supervisor disabled it: it can no longer log in."""
        return self.disabled_at is not None

    def locked_for(self, now: datetime) -> timedelta:
        """How long it stays locked from ``now`` (zero when not locked)."""
        return self.lockout.locked_for(now)

    def may_act_as(self, roles: Iterable[str]) -> bool:
        """True when this account has one of ``roles`` and is not disabled."""
        return not self.disabled and self.role in tuple(roles)


@dataclass(frozen=True)
class BundleAccount:
    """An account as the centre sends it in the reference bundle."""

    id: str
    name: str = field(repr=False)
    role: str
    pin_hash: str = field(repr=False)

    def problem(self) -> str | None:
        """Why this account cannot be installed (naming the field); None if it can."""
        for what, problem in (("id", id_problem(self.id)), ("name", name_problem(self.name)),
                              ("role", role_problem(self.role)),
                              ("pin_hash", pin_hash_problem(self.pin_hash))):
            if problem is not None:
                return f"{what}: {problem}"
        return None


def check_bundle_accounts(accounts: Iterable[BundleAccount]) -> str | None:
    """Why this list of accounts cannot be installed as a whole; None when it can.

    Each account must be valid; ids and names (compared as :func:`name_key`) unique.
    """
    ids: set[str] = set()
    names: set[str] = set()
    for index, account in enumerate(accounts):
        problem = account.problem()
        if problem is not None:
            return f"[{index}].{problem}"
        if account.id in ids:
            return f"[{index}].id: the same id twice"
        key = name_key(account.name)
        if key in names:
            return f"[{index}].name: the same name twice"
        ids.add(account.id)
        names.add(key)
    return None


class Outcome(enum.Enum):
    """What a PIN check said."""

    OK = "ok"
    WRONG = "wrong"          # counted; may have locked the account (see PinCheck.locked_for)
    LOCKED = "locked"        # locked before this try: the PIN was not checked
    DISABLED = "disabled"    # the account was disabled: the PIN was not checked
    UNKNOWN = "unknown"      # no such account


@dataclass(frozen=True)
class PinCheck:
    """The answer of :meth:`kiosk.store.staff.StaffStore.check_pin`."""

    outcome: Outcome
    account: StaffAccount | None = None
    #: wrong PINs still allowed before the account locks (0 when locked)
    tries_left: int = 0
    #: how long the account is locked (after this try)
    locked_for: timedelta = timedelta(0)

    @property
    def ok(self) -> bool:
        """True for the right PIN of an account that may log in."""
        return self.outcome is Outcome.OK


# -- sessions ---------------------------------------------------------------------------


class Session:
    """A staff member's session: it locks itself after ``idle_s`` without activity.

    Times are seconds of a monotonic clock (``time.monotonic``; a fake one in tests),
    so changing the wall clock neither locks nor unlocks it.  Once locked it stays
    locked: the PIN must be typed again (the UI then starts a new session).  Not
    thread-safe: the UI uses it from its own thread.
    """

    def __init__(self, account: StaffAccount, *, idle_s: float = SESSION_IDLE_S,
                 now: float | None = None) -> None:
        if idle_s <= 0:
            raise ValueError("idle_s must be positive")
        self.account = account
        self.idle_s = idle_s
        self._last = time.monotonic() if now is None else now
        self._locked = False

    def __repr__(self) -> str:
        return f"Session(account={self.account.id!r}, locked={self._locked})"

    @property
    def last_activity(self) -> float:
        """When the staff member last did something (monotonic seconds)."""
        return self._last

    def touch(self, now: float | None = None) -> bool:
        """Activity at ``now``: the idle time starts again.  False (and nothing changes)
        when the session is already locked."""
        now = time.monotonic() if now is None else now
        if self.locked(now):
            return False
        self._last = max(self._last, now)
        return True

    def idle_for(self, now: float | None = None) -> float:
        """Seconds since the last activity."""
        now = time.monotonic() if now is None else now
        return max(0.0, now - self._last)

    def remaining(self, now: float | None = None) -> float:
        """Seconds before the session locks itself (0.0 once locked)."""
        if self.locked(now):
            return 0.0
        return max(0.0, self.idle_s - self.idle_for(now))

    def locked(self, now: float | None = None) -> bool:
        """True after ``idle_s`` without activity, or after :meth:`lock`."""
        if not self._locked and self.idle_for(now) >= self.idle_s:
            self._locked = True
        return self._locked

    def lock(self) -> None:
        """Lock now (the staff member pressed "lock", or walked away)."""
        self._locked = True
