"""Staff accounts in the kiosk database: lockouts that survive a restart, growing delays,
disabled accounts, and the centre's accounts replacing their earlier versions."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from store_helpers import NOW

import kiosk.store.staff as staff_module
from kiosk.accounts import MAX_FAILURES, BundleAccount, Outcome, hash_account_pin
from kiosk.paths import database_path
from kiosk.store import open_store
from kiosk.store.staff import StaffRefused, StaffStore, open_staff_store

#: Real argon2id, but cheap (8 MiB, one pass), so the many checks here stay quick.
FAST = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)
PIN = "135792"
HASH = FAST.hash(PIN)
OTHER_PIN = "246813"
OTHER_HASH = FAST.hash(OTHER_PIN)
NAME = "Amina El Idrissi"


@pytest.fixture
def staff(data_dir: Path) -> Iterator[StaffStore]:
    with open_staff_store(data_dir) as opened:
        yield opened


def row(data_dir: Path, account_id: str) -> tuple[int, int, str | None, str | None]:
    """(failures, lockouts, locked_until, disabled_at) as the file holds them."""
    with sqlite3.connect(database_path(data_dir)) as db:
        found = db.execute("SELECT failures, lockouts, locked_until, disabled_at FROM staff "
                           "WHERE id = ?", (account_id,)).fetchone()
    assert found is not None
    return found  # type: ignore[no-any-return]


def wrong_until_locked(staff: StaffStore, account_id: str, now: object = NOW) -> None:
    for _ in range(MAX_FAILURES):
        check = staff.check_pin(account_id, "975318", now)  # type: ignore[arg-type]
        assert check.outcome is Outcome.WRONG


def test_accounts_are_added_listed_and_found_by_name_in_any_case(staff: StaffStore) -> None:
    boss = staff.add("Youssef", "supervisor", HASH, NOW)
    agent = staff.add(NAME, "agent", OTHER_HASH, NOW)
    assert [a.id for a in staff.accounts()] == [agent.id, boss.id]  # by name
    assert [a.id for a in staff.accounts(roles=("supervisor",))] == [boss.id]
    found = staff.find("amina el idrissi")
    assert found is not None and found.id == agent.id and found.name == NAME
    assert staff.find(agent.id) == found and staff.get(agent.id) == found
    assert staff.find("Nobody") is None and staff.get("nope") is None
    assert agent.source == "local" and agent.created_at == NOW
    with pytest.raises(StaffRefused, match="name already exists"):
        staff.add("AMINA EL IDRISSI", "agent", HASH, NOW)
    with pytest.raises(StaffRefused, match="a role is one of"):
        staff.add("Karim", "boss", HASH, NOW)
    with pytest.raises(StaffRefused, match="argon2id"):
        staff.add("Karim", "agent", "135792", NOW)
    assert len(staff.accounts()) == 2
    assert staff.has_supervisor()


def test_the_right_pin_logs_in_and_a_wrong_one_counts(staff: StaffStore,
                                                      data_dir: Path) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    wrong = staff.check_pin(NAME, "975318", NOW)
    assert wrong.outcome is Outcome.WRONG and wrong.tries_left == MAX_FAILURES - 1
    assert row(data_dir, agent.id)[0] == 1
    right = staff.check_pin("amina el idrissi", PIN, NOW)
    assert right.ok and right.account is not None and right.account.id == agent.id
    assert row(data_dir, agent.id) == (0, 0, None, None)  # the right PIN clears the count
    assert staff.check_pin("Nobody", PIN, NOW).outcome is Outcome.UNKNOWN


def test_a_lockout_survives_reopening_the_database(data_dir: Path) -> None:
    with open_staff_store(data_dir) as staff:
        agent = staff.add(NAME, "agent", HASH, NOW)
        wrong_until_locked(staff, agent.id)
    failures, lockouts, locked_until, _ = row(data_dir, agent.id)
    assert (failures, lockouts) == (0, 1) and locked_until is not None
    # a restart: a fresh engine on the same file
    with open_staff_store(data_dir) as staff:
        later = NOW + timedelta(seconds=59)
        check = staff.check_pin(agent.id, PIN, later)  # even the right PIN is not checked
        assert check.outcome is Outcome.LOCKED
        assert check.locked_for == timedelta(seconds=1) and check.tries_left == 0
        account = staff.get(agent.id)
        assert account is not None and account.locked_for(later) == timedelta(seconds=1)
        assert staff.check_pin(agent.id, PIN, NOW + timedelta(minutes=1)).ok
    assert row(data_dir, agent.id) == (0, 0, None, None)


def test_each_lockout_in_a_row_is_longer(staff: StaffStore, data_dir: Path) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    now = NOW
    for series, minutes in enumerate((1, 5, 15, 60, 60), start=1):
        wrong_until_locked(staff, agent.id, now)
        last = staff.check_pin(agent.id, "975318", now)
        assert last.outcome is Outcome.LOCKED
        assert last.locked_for == timedelta(minutes=minutes)
        assert row(data_dir, agent.id)[1] == series
        now += timedelta(minutes=minutes)
    # the right PIN ends the series: the next lockout is a minute again
    assert staff.check_pin(agent.id, PIN, now).ok
    wrong_until_locked(staff, agent.id, now)
    assert staff.check_pin(agent.id, PIN, now).locked_for == timedelta(minutes=1)


def test_the_fifth_wrong_pin_says_the_account_is_now_locked(staff: StaffStore) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    for tries_left in range(MAX_FAILURES - 1, 0, -1):
        assert staff.check_pin(agent.id, "975318", NOW).tries_left == tries_left
    fifth = staff.check_pin(agent.id, "975318", NOW)
    assert fifth.outcome is Outcome.WRONG and fifth.tries_left == 0
    assert fifth.locked_for == timedelta(minutes=1)


def test_a_disabled_account_is_refused_even_with_its_pin(staff: StaffStore,
                                                         data_dir: Path) -> None:
    staff.add("Youssef", "supervisor", OTHER_HASH, NOW)
    agent = staff.add(NAME, "agent", HASH, NOW)
    disabled = staff.disable(agent.id, NOW)
    assert disabled.disabled and disabled.disabled_at == NOW
    check = staff.check_pin(agent.id, PIN, NOW)
    assert check.outcome is Outcome.DISABLED and not check.ok
    assert row(data_dir, agent.id)[0] == 0  # not even counted
    assert [a.id for a in staff.accounts(enabled_only=True)] != [agent.id]
    with pytest.raises(StaffRefused, match="disabled"):
        staff.set_pin_hash(agent.id, OTHER_HASH)


def test_the_last_supervisor_cannot_be_disabled(staff: StaffStore) -> None:
    boss = staff.add("Youssef", "supervisor", HASH, NOW)
    with pytest.raises(StaffRefused, match="last supervisor"):
        staff.disable(boss.id, NOW)
    other = staff.add("Salma", "supervisor", HASH, NOW)
    staff.disable(boss.id, NOW)
    with pytest.raises(StaffRefused, match="last supervisor"):
        staff.disable(other.id, NOW)
    assert staff.has_supervisor()


def test_a_new_pin_lifts_the_lockout(staff: StaffStore, data_dir: Path) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    wrong_until_locked(staff, agent.id)
    staff.set_pin_hash(agent.id, OTHER_HASH)
    assert row(data_dir, agent.id)[:3] == (0, 0, None)
    assert staff.check_pin(agent.id, OTHER_PIN, NOW).ok
    assert staff.check_pin(agent.id, PIN, NOW).outcome is Outcome.WRONG


def test_concurrent_wrong_pins_are_all_counted(staff: StaffStore, data_dir: Path) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    threads = [threading.Thread(target=staff.check_pin, args=(agent.id, "975318", NOW))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert row(data_dir, agent.id)[0] == 4


def test_the_pin_is_checked_outside_any_write_transaction(
        staff: StaffStore, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ticket commit in another process must not wait for argon2."""
    agent = staff.add(NAME, "agent", HASH, NOW)
    written = threading.Event()

    def slow_verify(pin_hash: str, pin: str) -> bool:
        def write() -> None:
            with open_store(data_dir) as other:  # another engine, as another process
                other.record_sync_attempt(NOW)
            written.set()
        writer = threading.Thread(target=write)
        writer.start()
        writer.join(5)
        return pin == PIN

    monkeypatch.setattr(staff_module, "verify_account_pin", slow_verify)
    assert staff.check_pin(agent.id, PIN, NOW).ok
    assert written.is_set()


def test_a_pin_changed_during_the_check_is_checked_again(
        staff: StaffStore, monkeypatch: pytest.MonkeyPatch) -> None:
    agent = staff.add(NAME, "agent", HASH, NOW)
    real = staff_module.verify_account_pin
    calls: list[str] = []

    def verify(pin_hash: str, pin: str) -> bool:
        calls.append(pin_hash)
        if len(calls) == 1:  # a supervisor sets a new PIN while the old one is checked
            StaffStore(staff.engine).set_pin_hash(agent.id, OTHER_HASH)
        return real(pin_hash, pin)

    monkeypatch.setattr(staff_module, "verify_account_pin", verify)
    check = staff.check_pin(agent.id, PIN, NOW)
    assert calls == [HASH, OTHER_HASH]
    assert check.outcome is Outcome.WRONG  # the old PIN no longer opens it


def test_logs_carry_ids_never_names(staff: StaffStore,
                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    agent = staff.add(NAME, "agent", HASH, NOW)
    wrong_until_locked(staff, agent.id)
    staff.install_from_bundle([BundleAccount("c-1", "Salma Berrada", "agent", HASH)], NOW)
    text = caplog.text
    assert agent.id in text and "locked" in text
    assert "Amina" not in text and "Salma" not in text and "argon2" not in text


# -- the centre's accounts ------------------------------------------------------------------

def test_bundle_accounts_arrive_and_local_ones_stay(staff: StaffStore) -> None:
    local = staff.add("Youssef", "supervisor", HASH, NOW)
    report = staff.install_from_bundle([
        BundleAccount("c-1", NAME, "agent", HASH),
        BundleAccount("c-2", "Salma Berrada", "field", OTHER_HASH)], NOW)
    assert (report.added, report.updated, report.removed) == (2, 0, 0)
    by_id = {a.id: a for a in staff.accounts()}
    assert set(by_id) == {local.id, "c-1", "c-2"}
    assert by_id["c-1"].source == "bundle" and by_id["c-2"].role == "field"
    assert staff.check_pin("Salma Berrada", OTHER_PIN, NOW).ok
    # the same list again changes nothing
    again = staff.install_from_bundle([
        BundleAccount("c-1", NAME, "agent", HASH),
        BundleAccount("c-2", "Salma Berrada", "field", OTHER_HASH)], NOW)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)


def test_a_new_bundle_replaces_the_old_one_but_keeps_lockouts_and_disabling(
        staff: StaffStore, data_dir: Path) -> None:
    staff.add("Youssef", "supervisor", HASH, NOW)
    staff.install_from_bundle([BundleAccount("c-1", NAME, "agent", HASH),
                               BundleAccount("c-2", "Salma Berrada", "agent", HASH),
                               BundleAccount("c-3", "Karim", "agent", HASH)], NOW)
    wrong_until_locked(staff, "c-1")
    staff.disable("c-3", NOW)
    report = staff.install_from_bundle([
        BundleAccount("c-1", "Amina Idrissi", "supervisor", OTHER_HASH),  # renamed, promoted
        BundleAccount("c-3", "Karim", "agent", HASH),
        BundleAccount("c-4", "Nadia", "agent", HASH)], NOW)
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert staff.get("c-2") is None  # gone from the centre's list: gone here
    one = staff.get("c-1")
    assert one is not None and one.name == "Amina Idrissi" and one.role == "supervisor"
    assert row(data_dir, "c-1")[1] == 1 and one.locked_for(NOW) > timedelta(0)
    three = staff.get("c-3")
    assert three is not None and three.disabled  # a local decision the centre does not undo
    assert staff.check_pin("c-1", OTHER_PIN, NOW + timedelta(minutes=1)).ok


def test_accounts_may_swap_names_in_one_bundle(staff: StaffStore) -> None:
    staff.install_from_bundle([BundleAccount("c-1", "Amina", "agent", HASH),
                               BundleAccount("c-2", "Salma", "agent", OTHER_HASH)], NOW)
    staff.install_from_bundle([BundleAccount("c-1", "Salma", "agent", HASH),
                               BundleAccount("c-2", "Amina", "agent", OTHER_HASH)], NOW)
    amina = staff.find("Amina")
    assert amina is not None and amina.id == "c-2"


def test_the_centres_account_replaces_a_local_one_of_the_same_name(staff: StaffStore) -> None:
    staff.add("Youssef", "supervisor", HASH, NOW)
    local = staff.add(NAME, "agent", HASH, NOW)
    report = staff.install_from_bundle([BundleAccount("c-1", NAME.upper(), "agent",
                                                      OTHER_HASH)], NOW)
    assert report.replaced_local == (local.id,)
    assert staff.get(local.id) is None
    assert staff.check_pin(NAME, OTHER_PIN, NOW).ok


def test_an_empty_list_removes_the_centres_accounts_only(staff: StaffStore) -> None:
    local = staff.add("Youssef", "supervisor", HASH, NOW)
    staff.install_from_bundle([BundleAccount("c-1", NAME, "agent", HASH)], NOW)
    staff.install_from_bundle([], NOW)
    assert [a.id for a in staff.accounts()] == [local.id]


def test_the_centres_accounts_have_their_pin_from_the_centre(staff: StaffStore) -> None:
    staff.install_from_bundle([BundleAccount("c-1", NAME, "agent", HASH)], NOW)
    with pytest.raises(StaffRefused, match="centre"):
        staff.set_pin_hash("c-1", OTHER_HASH)


def test_a_bad_list_changes_nothing(staff: StaffStore) -> None:
    staff.install_from_bundle([BundleAccount("c-1", NAME, "agent", HASH)], NOW)
    for bad in ([BundleAccount("c-1", NAME, "agent", HASH),
                 BundleAccount("c-2", NAME, "agent", HASH)],
                [BundleAccount("c-9", "Karim", "agent", "not a hash")]):
        with pytest.raises(StaffRefused):
            staff.install_from_bundle(bad, NOW)
    assert [a.id for a in staff.accounts()] == ["c-1"]


def test_the_kiosk_hash_is_what_the_store_accepts(staff: StaffStore) -> None:
    account = staff.add(NAME, "agent", hash_account_pin(PIN), NOW)
    assert staff.check_pin(account.id, PIN, NOW).ok
