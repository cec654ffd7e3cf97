"""Staff accounts, the plain-Python rules: PINs, hashes, the lockout, idle sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.accounts import (
    LOCKOUT_STEPS,
    MAX_FAILURES,
    ROLES,
    BadPinHash,
    BundleAccount,
    Lockout,
    Session,
    StaffAccount,
    check_bundle_accounts,
    hash_account_pin,
    lockout_delay,
    name_key,
    name_problem,
    pin_hash_problem,
    pin_problem,
    verify_account_pin,
)
from kiosk.errors import InputError

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
PIN = "135792"
HASH = hash_account_pin(PIN)


def account(**changes: object) -> StaffAccount:
    values: dict[str, object] = {"id": "a1", "name": "Amina El Idrissi", "role": "agent",
                                 "source": "local", "created_at": T0}
    values.update(changes)
    return StaffAccount(**values)  # type: ignore[arg-type]


# -- PINs and hashes ----------------------------------------------------------------------

@pytest.mark.parametrize("pin", ["135792", "2468013", "907153", "000111222", "112358132134"])
def test_good_pins_are_accepted(pin: str) -> None:
    assert pin_problem(pin) is None


@pytest.mark.parametrize(("pin", "why"), [
    ("13579", "6 to 12 digits"),            # too short
    ("1357913579135", "6 to 12 digits"),    # too long
    ("13579a", "6 to 12 digits"),
    ("١٣٥٧٩٢", "6 to 12 digits"),           # Arabic-Indic digits are not 0-9
    (" 135792", "6 to 12 digits"),
    ("000000", "too easy"),
    ("123456", "too easy"),
    ("987654", "too easy"),
    ("121212", "too easy"),
    ("123123", "too easy"),
    ("907907907907", "too easy"),
])
def test_weak_or_malformed_pins_are_refused(pin: str, why: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and why in problem


def test_a_hash_is_argon2id_salted_and_checks_only_its_pin() -> None:
    assert HASH.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert hash_account_pin(PIN) != HASH  # salted
    assert verify_account_pin(HASH, PIN)
    assert not verify_account_pin(HASH, "135793")
    with pytest.raises(InputError, match="too easy"):
        hash_account_pin("111111")


@pytest.mark.parametrize("bad", [
    "",
    "plain-text-pin",
    "$argon2i$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
    "$argon2id$v=19$m=65536,t=3,p=4$!!$!!",
    # a memory cost of 4 GiB would stall the kiosk on every check
    "$argon2id$v=19$m=4194304,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
    "$argon2id$v=19$m=65536,t=300,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
    "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",  # too cheap
])
def test_unusable_hashes_are_refused_and_never_checked(bad: str) -> None:
    assert pin_hash_problem(bad) is not None
    with pytest.raises(BadPinHash):
        verify_account_pin(bad, PIN)


def test_a_well_formed_hash_of_another_pin_is_a_wrong_pin_not_an_error() -> None:
    assert pin_hash_problem(HASH) is None
    assert not verify_account_pin(hash_account_pin("246813"), PIN)


# -- names, roles, the centre's accounts --------------------------------------------------

def test_names() -> None:
    assert name_problem("Amina El Idrissi") is None
    assert name_problem("أمينة الإدريسي") is None
    assert name_problem("ⴰⵎⵉⵏⴰ") is None
    for bad in ("", "   ", " Amina", "Amina ", "A" * 101, "Ami\nna"):
        assert name_problem(bad) is not None
    assert name_key("AMINA") == name_key("amina")
    assert ROLES == ("agent", "supervisor", "field")


def test_bundle_accounts_are_checked_as_a_whole_without_naming_anyone() -> None:
    good = [BundleAccount("c-1", "Amina", "agent", HASH),
            BundleAccount("c-2", "Youssef", "supervisor", HASH)]
    assert check_bundle_accounts(good) is None
    for accounts, where in (
            ([*good, BundleAccount("c-1", "Other", "agent", HASH)], "[2].id"),
            ([*good, BundleAccount("c-3", "AMINA", "agent", HASH)], "[2].name"),
            ([BundleAccount("c-1", "Amina", "boss", HASH)], "[0].role"),
            ([BundleAccount("c 1", "Amina", "agent", HASH)], "[0].id"),
            ([BundleAccount("c-1", "Amina", "agent", "1234")], "[0].pin_hash")):
        problem = check_bundle_accounts(accounts)
        assert problem is not None and problem.startswith(where)
        assert "Amina" not in problem and "AMINA" not in problem


def test_names_and_hashes_stay_out_of_repr() -> None:
    shown = repr(account()) + repr(BundleAccount("c-1", "Amina El Idrissi", "agent", HASH))
    assert "Amina" not in shown and "argon2" not in shown
    assert "a1" in shown and "c-1" in shown


# -- the lockout --------------------------------------------------------------------------

def test_the_delay_grows_with_each_lockout_in_a_row_up_to_an_hour() -> None:
    assert [lockout_delay(n) for n in range(0, 7)] == [
        timedelta(0), timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
        timedelta(minutes=60), timedelta(minutes=60), timedelta(minutes=60)]
    assert LOCKOUT_STEPS[-1] == timedelta(hours=1)


def test_five_wrong_pins_lock_then_each_series_locks_longer() -> None:
    state = Lockout()
    now = T0
    for series, delay in enumerate((1, 5, 15, 60, 60), start=1):
        for wrong in range(MAX_FAILURES):
            assert state.locked_for(now) == timedelta(0)
            assert state.tries_left(now) == MAX_FAILURES - wrong
            state = state.failed(now)
        assert state.lockouts == series and state.failures == 0
        assert state.locked_for(now) == timedelta(minutes=delay)
        assert state.tries_left(now) == 0
        # while locked, nothing more is counted
        assert state.failed(now + timedelta(seconds=30)) == state
        now += timedelta(minutes=delay)
        assert state.locked_for(now) == timedelta(0)
    assert Lockout.cleared() == Lockout()


def test_a_clock_set_back_does_not_lock_for_longer_than_the_delay() -> None:
    state = Lockout(0, 1, T0 + timedelta(days=30))  # locked while the clock was far ahead
    assert state.locked_for(T0) == timedelta(minutes=1)


# -- sessions -----------------------------------------------------------------------------

def test_a_session_locks_after_the_idle_time_and_stays_locked() -> None:
    session = Session(account(), idle_s=300, now=1000.0)
    assert not session.locked(1299.0)
    assert session.remaining(1100.0) == 200.0
    assert session.touch(1200.0)
    assert not session.locked(1499.0)  # touched at 1200
    assert session.idle_for(1450.0) == 250.0
    assert session.locked(1500.0)
    assert not session.touch(1501.0)  # activity after the lock does not unlock it
    assert session.locked(1501.0) and session.remaining(1501.0) == 0.0
    assert "Amina" not in repr(session)


def test_a_session_can_be_locked_at_once_and_defaults_to_five_minutes() -> None:
    session = Session(account(), now=0.0)
    assert session.idle_s == 300.0
    session.lock()
    assert session.locked(1.0)
    with pytest.raises(ValueError):
        Session(account(), idle_s=0)
