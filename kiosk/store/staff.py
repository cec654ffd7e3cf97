"""``StaffStore``: staff accounts in the kiosk's SQLite file (table ``staff``).

The rules (roles, PINs, the lockout) are :mod:`kiosk.accounts`'; this module keeps
the accounts and their lockout counters, so a restart lifts no lockout.  One write is
one ``BEGIN IMMEDIATE`` transaction on the same engine as
:class:`~kiosk.store.repository.SqlStore` (the kiosk and a ``kiosk staff`` command in
another process see the same accounts); storage faults surface as
:class:`~kiosk.errors.StorageUnavailable`.

:meth:`StaffStore.check_pin` runs argon2id (about a tenth of a second and 64 MiB):
callers run it off the UI thread.  Names are personal data: logs carry account ids.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.accounts import (
    SUPERVISOR,
    BundleAccount,
    Lockout,
    Outcome,
    PinCheck,
    StaffAccount,
    check_bundle_accounts,
    name_key,
    name_problem,
    pin_hash_problem,
    role_problem,
    verify_account_pin,
)
from kiosk.errors import InputError, StorageUnavailable
from kiosk.store.models import StaffRow
from kiosk.store.session import StoreBase, open_engine

log = logging.getLogger(__name__)

LOCAL = "local"
BUNDLE = "bundle"
#: Most accounts a bundle may install (a site has tens of staff, not thousands).
MAX_BUNDLE_ACCOUNTS = 1000
#: How many times check_pin starts over when the account changed during the check.
_CHECK_ROUNDS = 3


class StaffRefused(InputError):
    """A change to the staff accounts that the rules refuse; nothing changed."""


@dataclass(frozen=True)
class BundleInstall:
    """What :meth:`StaffStore.install_from_bundle` did (counts and ids, no names)."""

    added: int
    updated: int
    removed: int
    #: ids of local accounts replaced by the centre's account of the same name
    replaced_local: tuple[str, ...] = ()


def _account(row: StaffRow) -> StaffAccount:
    return StaffAccount(
        id=row.id, name=row.name, role=row.role, source=row.source,
        created_at=row.created_at, disabled_at=row.disabled_at,
        lockout=Lockout(row.failures, row.lockouts, row.locked_until))


def _set_lockout(row: StaffRow, lockout: Lockout) -> None:
    row.failures = lockout.failures
    row.lockouts = lockout.lockouts
    row.locked_until = lockout.locked_until


def _find(s: Session, name_or_id: str) -> StaffRow | None:
    """The row whose id is ``name_or_id``, else whose name is (as :func:`name_key`)."""
    row = s.get(StaffRow, name_or_id)
    if row is not None:
        return row
    key = name_key(name_or_id)
    for candidate in s.scalars(select(StaffRow)):
        if name_key(candidate.name) == key:
            return candidate
    return None


def _enabled_supervisors(s: Session) -> list[StaffRow]:
    return list(s.scalars(select(StaffRow).where(StaffRow.role == SUPERVISOR,
                                                 StaffRow.disabled_at.is_(None))))


class StaffStore(StoreBase):
    """Staff accounts and their lockouts.  Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        """Wrap ``engine`` (made by :func:`kiosk.store.db.make_engine`, migrated) --
        typically ``SqlStore.engine``, so both share one pool."""
        super().__init__(engine)

    # -- plumbing -----------------------------------------------------------------

    def close(self) -> None:
        """Close every pooled connection (the engine's: shared with a SqlStore on it)."""
        self.engine.dispose()

    def __enter__(self) -> StaffStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------

    def accounts(self, roles: Iterable[str] | None = None, *,
                 enabled_only: bool = False) -> list[StaffAccount]:
        """The accounts (of ``roles`` when given), sorted by name; no PIN hashes."""
        query = select(StaffRow)
        if roles is not None:
            query = query.where(StaffRow.role.in_(tuple(roles)))
        if enabled_only:
            query = query.where(StaffRow.disabled_at.is_(None))
        with self._read("staff_accounts") as s:
            found = [_account(row) for row in s.scalars(query)]
        return sorted(found, key=lambda a: (name_key(a.name), a.id))

    def get(self, account_id: str) -> StaffAccount | None:
        """The account with this id, or None."""
        with self._read("staff_get") as s:
            row = s.get(StaffRow, account_id)
            return _account(row) if row is not None else None

    def find(self, name_or_id: str) -> StaffAccount | None:
        """The account with this id, else with this name (``Amina`` = ``amina``); None."""
        with self._read("staff_find") as s:
            row = _find(s, name_or_id)
            return _account(row) if row is not None else None

    def has_supervisor(self) -> bool:
        """True when at least one supervisor account is not disabled."""
        with self._read("staff_has_supervisor") as s:
            return bool(_enabled_supervisors(s))

    # -- changes --------------------------------------------------------------------

    def add(self, name: str, role: str, pin_hash: str, now: datetime, *,
            account_id: str | None = None) -> StaffAccount:
        """Create a local account; StaffRefused if the name is taken (any case) or a
        value breaks the rules.  ``pin_hash`` comes from
        :func:`kiosk.accounts.hash_account_pin`."""
        for problem in (name_problem(name), role_problem(role), pin_hash_problem(pin_hash)):
            if problem is not None:
                raise StaffRefused(problem)
        new_id = account_id or str(uuid.uuid4())
        key = name_key(name)
        with self._write("staff_add") as s:
            if s.get(StaffRow, new_id) is not None:
                raise StaffRefused("an account with this id already exists")
            if any(name_key(other) == key for other in s.scalars(select(StaffRow.name))):
                raise StaffRefused("an account with this name already exists")
            row = StaffRow(id=new_id, name=name, role=role, pin_hash=pin_hash, source=LOCAL,
                           created_at=now, disabled_at=None, failures=0, lockouts=0,
                           locked_until=None)
            s.add(row)
            s.flush()
            account = _account(row)
        log.info("staff account %s added (%s)", new_id, role)
        return account

    def disable(self, account_id: str, now: datetime) -> StaffAccount:
        """Disable an account (it can no longer log in; kept for the record).

        StaffRefused for an unknown id and for the last supervisor not disabled (nobody
        could manage the accounts after it).  Disabling a disabled account changes
        nothing.  A disabled account from the centre stays disabled when a new bundle
        arrives.
        """
        with self._write("staff_disable") as s:
            row = s.get(StaffRow, account_id)
            if row is None:
                raise StaffRefused("no such staff account")
            if row.disabled_at is None:
                if row.role == SUPERVISOR and len(_enabled_supervisors(s)) == 1:
                    raise StaffRefused("this is the last supervisor: add another supervisor "
                                       "before disabling it")
                row.disabled_at = now
                log.info("staff account %s disabled", account_id)
            return _account(row)

    def set_pin_hash(self, account_id: str, pin_hash: str) -> StaffAccount:
        """A new PIN (hash) for a local account; its lockout is lifted.

        StaffRefused for an unknown id, a disabled account, and an account from the
        centre (its PIN comes with the bundle: the next one would undo the change).
        """
        problem = pin_hash_problem(pin_hash)
        if problem is not None:
            raise StaffRefused(problem)
        with self._write("staff_set_pin") as s:
            row = s.get(StaffRow, account_id)
            if row is None:
                raise StaffRefused("no such staff account")
            if row.source != LOCAL:
                raise StaffRefused("this account comes from the centre: its PIN is changed "
                                   "there")
            if row.disabled_at is not None:
                raise StaffRefused("this account is disabled")
            row.pin_hash = pin_hash
            _set_lockout(row, Lockout.cleared())
            account = _account(row)
        log.info("staff account %s: new PIN set", account_id)
        return account

    # -- the PIN --------------------------------------------------------------------

    def check_pin(self, name_or_id: str, pin: str, now: datetime) -> PinCheck:
        """Check ``pin`` for the account named (or with the id) ``name_or_id``.

        Slow (argon2id): never call it on the UI thread.  A disabled, unknown or locked
        account is refused without checking the PIN.  Otherwise the PIN is checked
        outside any transaction (a ticket commit never waits for argon2), then its
        outcome is recorded in ONE write transaction against the row as it is then: a
        wrong PIN counts (the last allowed one locks the account for the next delay of
        :data:`kiosk.accounts.LOCKOUT_STEPS`), the right one clears the count.  If the
        account was locked, disabled or given a new PIN meanwhile (another process),
        that wins.  Raises :class:`kiosk.accounts.BadPinHash` for an unusable stored
        hash and StorageUnavailable when the outcome cannot be recorded (then the
        answer is not OK either).
        """
        with self._read("staff_check_pin") as s:
            row = _find(s, name_or_id)
            if row is None:
                return PinCheck(Outcome.UNKNOWN)
            account_id = row.id
        for _round in range(_CHECK_ROUNDS):
            with self._read("staff_check_pin") as s:
                row = s.get(StaffRow, account_id)
                if row is None:
                    return PinCheck(Outcome.UNKNOWN)
                refused = self._refusal(row, now)
                if refused is not None:
                    return refused
                checked_hash = row.pin_hash
            right = verify_account_pin(checked_hash, pin)
            with self._write("staff_record_pin") as s:
                row = s.get(StaffRow, account_id)
                if row is None:
                    return PinCheck(Outcome.UNKNOWN)
                refused = self._refusal(row, now)
                if refused is not None:
                    return refused
                if row.pin_hash != checked_hash:
                    continue  # a new PIN was set meanwhile: check against that one
                before = Lockout(row.failures, row.lockouts, row.locked_until)
                after = Lockout.cleared() if right else before.failed(now)
                _set_lockout(row, after)
                account = _account(row)
            if right:
                log.info("staff account %s: right PIN", account_id)
                return PinCheck(Outcome.OK, account, after.tries_left(now))
            locked_for = after.locked_for(now)
            if locked_for:
                log.warning("staff account %s locked for %d s after %d lockouts in a row",
                            account_id, locked_for.total_seconds(), after.lockouts)
            else:
                log.info("staff account %s: wrong PIN", account_id)
            return PinCheck(Outcome.WRONG, account, after.tries_left(now), locked_for)
        raise StorageUnavailable("check_pin: the account kept changing during the check")

    @staticmethod
    def _refusal(row: StaffRow, now: datetime) -> PinCheck | None:
        """The answer without checking the PIN (disabled, locked); None to check it."""
        account = _account(row)
        if account.disabled:
            return PinCheck(Outcome.DISABLED, account)
        locked_for = account.locked_for(now)
        if locked_for:
            return PinCheck(Outcome.LOCKED, account, 0, locked_for)
        return None

    # -- the centre's accounts ----------------------------------------------------------

    def install_from_bundle(self, accounts: Sequence[BundleAccount],
                            now: datetime) -> BundleInstall:
        """Make the centre's accounts exactly ``accounts``, in ONE transaction.

        Accounts from an earlier bundle that ``accounts`` no longer has are removed.
        For an id already here, the name, role and PIN hash are the bundle's, and its
        lockout counters and a local "disabled" stay (a supervisor's decision here is
        not undone by the next bundle).  Local accounts stay, except one with the name
        of a centre account: the centre's replaces it (its id is in the report).
        Installing the same list twice changes nothing.  StaffRefused (nothing changed)
        when the list breaks a rule (:func:`kiosk.accounts.check_bundle_accounts`).
        """
        if len(accounts) > MAX_BUNDLE_ACCOUNTS:
            raise StaffRefused(f"staff: more than {MAX_BUNDLE_ACCOUNTS} accounts")
        problem = check_bundle_accounts(accounts)
        if problem is not None:
            raise StaffRefused(f"staff{problem}")
        wanted = {a.id: a for a in accounts}
        keys = {name_key(a.name): a.id for a in accounts}
        added = updated = removed = 0
        replaced: list[str] = []
        with self._write("staff_install_bundle") as s:
            rows = {row.id: row for row in s.scalars(select(StaffRow))}
            doomed = []
            for row in rows.values():
                if row.id in wanted:
                    continue
                if row.source == BUNDLE:
                    doomed.append(row.id)
                    removed += 1
                elif keys.get(name_key(row.name)) is not None:
                    doomed.append(row.id)
                    replaced.append(row.id)
            if doomed:
                s.execute(delete(StaffRow).where(StaffRow.id.in_(doomed)))
            # Names may move between ids (two accounts swap names): give every kept
            # account a placeholder name first, so the UNIQUE constraint never trips.
            kept = [rows[i] for i in wanted if i in rows]
            before = {row.id: (row.name, row.role, row.pin_hash, row.source) for row in kept}
            for row in kept:
                row.name = f"\x00{row.id}"
            s.flush()
            for account_id, account in wanted.items():
                existing = rows.get(account_id)
                if existing is None:
                    s.add(StaffRow(id=account_id, name=account.name, role=account.role,
                                   pin_hash=account.pin_hash, source=BUNDLE, created_at=now,
                                   disabled_at=None, failures=0, lockouts=0,
                                   locked_until=None))
                    added += 1
                    continue
                if before[account_id] != (account.name, account.role, account.pin_hash,
                                          BUNDLE):
                    updated += 1
                existing.name = account.name
                existing.role = account.role
                existing.pin_hash = account.pin_hash
                existing.source = BUNDLE
            s.flush()
        if replaced:
            log.warning("staff accounts %s replaced by the centre's of the same name",
                        ", ".join(replaced))
        log.info("staff accounts from the centre: %d added, %d changed, %d removed",
                 added, updated, removed)
        return BundleInstall(added, updated, removed, tuple(replaced))


def open_staff_store(data_dir: Path) -> StaffStore:
    """A :class:`StaffStore` on the kiosk database in ``data_dir`` (created or migrated
    as needed, as :func:`kiosk.store.open_store` does).  StorageUnavailable when the
    folder or file cannot be created or written."""
    return StaffStore(open_engine(data_dir, "open_staff_store"))
