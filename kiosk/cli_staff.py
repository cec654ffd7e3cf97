"""``kiosk staff ...`` (staff accounts) and ``kiosk staff-pin`` (the old kiosk PIN); no Qt.

Staff accounts (docs/STAFF.md)::

    kiosk staff add NAME --role supervisor               # the very first account
    kiosk staff add NAME --role agent --as BOSS          # then a supervisor says yes
    kiosk staff list [--json] --as BOSS
    kiosk staff disable NAME --as BOSS
    kiosk staff reset-pin NAME --as BOSS
    kiosk staff hash-pin                                 # a hash for the centre's file

PINs are asked for without echo (a new PIN twice).  For scripts, ``--pin-stdin`` reads
them from standard input instead, one per line: for ``add`` and ``reset-pin`` the new
PIN on the first line and, when a supervisor is needed, the supervisor's PIN on the
second; for ``list`` and ``disable`` the supervisor's PIN on the first line.

Once a supervisor account exists (and is not disabled), every ``kiosk staff`` command
but ``hash-pin`` needs one: ``--as NAME`` and that supervisor's PIN.  Wrong PINs count
towards the supervisor's lockout exactly as on the kiosk.  Before that, the only thing
allowed is creating the first supervisor (and listing an empty list).

The old single staff PIN of the sync panel::

    kiosk --data-dir /var/lib/jisr staff-pin             # asks twice, nothing echoed
    printf '2468\\n' | kiosk staff-pin --pin-stdin        # for install scripts

Only the argon2id hash is written, as ``[staff] pin_hash`` of the data directory's
``config.toml`` (or of ``--config``); the rest of the file stays as it was.  The kiosk
uses it only while no staff account exists.

Staff names are personal data: these commands print them to the operator who asked,
never to a log.
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import paths
from kiosk.accounts import PIN_MAX_DIGITS as ACCOUNT_PIN_MAX
from kiosk.accounts import PIN_MIN_DIGITS as ACCOUNT_PIN_MIN
from kiosk.accounts import ROLES, SUPERVISOR, Outcome, StaffAccount, hash_account_pin
from kiosk.accounts import pin_problem as account_pin_problem
from kiosk.errors import InputError
from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, hash_pin, pin_problem, set_pin_hash

if TYPE_CHECKING:
    from kiosk.store.staff import StaffStore


def add_commands(sub: Any) -> None:
    """Register ``staff`` and ``staff-pin`` on the ``kiosk`` parser's subparsers."""
    p = sub.add_parser(
        "staff-pin",
        help=f"set the staff PIN ({PIN_MIN_DIGITS}-{PIN_MAX_DIGITS} digits) that opens "
             "the sync panel while no staff account exists",
        description="Ask for the staff PIN twice (nothing is echoed) and store its argon2id "
                    "hash as [staff] pin_hash in config.toml. Restart the kiosk to use it. "
                    "Once staff accounts exist (kiosk staff add), they log in instead.")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the PIN from the first line of standard input (scripts)")
    p.set_defaults(handler=staff_pin)

    staff = sub.add_parser(
        "staff", help="staff accounts: add, list, disable, reset-pin (a supervisor's work)",
        description="Staff accounts (roles agent, supervisor, field) with argon2id PINs of "
                    f"{ACCOUNT_PIN_MIN} to {ACCOUNT_PIN_MAX} digits. Once a supervisor "
                    "exists, every command needs --as SUPERVISOR and that supervisor's "
                    "PIN; the very first account must be a supervisor. With --pin-stdin "
                    "the PINs are read one per line: the new PIN first (add, reset-pin), "
                    "then the supervisor's.")
    ssub = staff.add_subparsers(dest="staff_command", required=True)

    def common(cmd: argparse.ArgumentParser, supervisor: bool = True) -> None:
        if supervisor:
            cmd.add_argument("--as", dest="as_name", metavar="SUPERVISOR",
                             help="the supervisor who allows this (name or id); asked for "
                                  "their PIN")
        cmd.add_argument("--pin-stdin", action="store_true",
                         help="read the PINs from standard input, one per line (scripts)")

    c = ssub.add_parser("add", help="add an account (its PIN is asked for twice)")
    c.add_argument("name", help="the person's name as shown on the login screen")
    c.add_argument("--role", required=True, choices=ROLES)
    common(c)
    c.set_defaults(handler=staff_add)
    c = ssub.add_parser("list", help="every account, its role and state")
    c.add_argument("--json", action="store_true", help="one JSON object per line")
    common(c)
    c.set_defaults(handler=staff_list)
    c = ssub.add_parser("disable", help="disable an account (it can no longer log in)")
    c.add_argument("name", help="the account's name or id")
    common(c)
    c.set_defaults(handler=staff_disable)
    c = ssub.add_parser("reset-pin", help="give a local account a new PIN (lifts a lockout)")
    c.add_argument("name", help="the account's name or id")
    common(c)
    c.set_defaults(handler=staff_reset_pin)
    c = ssub.add_parser("hash-pin", help="print the argon2id hash of a PIN, for the centre's "
                                         "staff file (kiosk server publish-staff); no "
                                         "account changes")
    common(c, supervisor=False)
    c.set_defaults(handler=staff_hash_pin)


# -- kiosk staff-pin ----------------------------------------------------------------------


def staff_pin(args: argparse.Namespace) -> int:
    """Ask for the PIN, hash it and write it; 0 on success (errors raise InputError)."""
    target = Path(args.config) if args.config else paths.config_path(
        paths.data_dir(args.data_dir))
    pin = _pin_from_stdin() if args.pin_stdin else _new_pin_from_terminal(
        f"New staff PIN ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits): ", pin_problem)
    set_pin_hash(target, hash_pin(pin))
    print(f"kiosk: staff PIN set in {target} (restart the kiosk to use it)")
    return 0


# -- kiosk staff ... ------------------------------------------------------------------------


def staff_add(args: argparse.Namespace) -> int:
    """``kiosk staff add NAME --role ROLE``."""
    new_pin = _stdin_new_pin() if args.pin_stdin else None
    with _open(args) as store:
        if store.has_supervisor():
            _authorise(store, args)
        elif args.role != SUPERVISOR:
            raise InputError("there is no supervisor yet: the first account must be a "
                             "supervisor (it manages the others): use --role supervisor")
        if new_pin is None:
            new_pin = _new_account_pin()
        account = store.add(args.name, args.role, hash_account_pin(new_pin), _now())
    print(f"kiosk: staff account {account.id} added ({account.role})")
    return 0


def staff_list(args: argparse.Namespace) -> int:
    """``kiosk staff list [--json]``."""
    with _open(args) as store:
        accounts = store.accounts()
        if accounts:
            if not store.has_supervisor():
                raise _no_supervisor()
            _authorise(store, args)
            accounts = store.accounts()  # the check may have changed a lockout
    now = _now()
    if args.json:
        for account in accounts:
            print(json.dumps(_as_json(account, now), ensure_ascii=False))
        return 0
    if not accounts:
        print("kiosk: no staff accounts (the first one: kiosk staff add NAME --role "
              "supervisor)")
        return 0
    for account in accounts:
        print(f"{account.id:36}  {account.role:10}  {account.source:6}  "
              f"{_state(account, now):22}  {account.name}")
    return 0


def staff_disable(args: argparse.Namespace) -> int:
    """``kiosk staff disable NAME``."""
    with _open(args) as store:
        if not store.has_supervisor():
            raise _no_supervisor()
        _authorise(store, args)
        target = _target(store, args.name)
        account = store.disable(target.id, _now())
    print(f"kiosk: staff account {account.id} disabled")
    return 0


def staff_reset_pin(args: argparse.Namespace) -> int:
    """``kiosk staff reset-pin NAME``."""
    new_pin = _stdin_new_pin() if args.pin_stdin else None
    with _open(args) as store:
        if not store.has_supervisor():
            raise _no_supervisor()
        _authorise(store, args)
        target = _target(store, args.name)
        if target.source != "local":
            raise InputError("this account comes from the centre: its PIN is changed there")
        if target.disabled:
            raise InputError("this account is disabled")
        if new_pin is None:
            new_pin = _new_account_pin()
        account = store.set_pin_hash(target.id, hash_account_pin(new_pin))
    print(f"kiosk: staff account {account.id}: new PIN set (any lockout lifted)")
    return 0


def staff_hash_pin(args: argparse.Namespace) -> int:
    """``kiosk staff hash-pin``: print the argon2id hash of a new account PIN."""
    pin = _stdin_new_pin() if args.pin_stdin else _new_account_pin()
    print(hash_account_pin(pin))
    return 0


# -- helpers --------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now().astimezone()


def _open(args: argparse.Namespace) -> StaffStore:
    from kiosk.store.staff import open_staff_store  # only the database, never the kiosk
    return open_staff_store(paths.private_dir(paths.data_dir(args.data_dir)))


def _no_supervisor() -> InputError:
    return InputError("there is no supervisor account: create one first with "
                      "`kiosk staff add NAME --role supervisor`")


def _minutes(left: timedelta) -> str:
    minutes = max(1, math.ceil(left.total_seconds() / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _authorise(store: StaffStore, args: argparse.Namespace) -> None:
    """A supervisor's name (``--as``) and PIN, or InputError (nothing changes)."""
    if not args.as_name:
        raise InputError("this needs a supervisor: add --as NAME (a supervisor's name or "
                         "id); their PIN is then asked for")
    supervisor = store.find(args.as_name)
    if supervisor is None or supervisor.role != SUPERVISOR:
        raise InputError("--as: no supervisor account has this name or id")
    if supervisor.disabled:
        raise InputError("--as: this supervisor account is disabled")
    left = supervisor.locked_for(_now())
    if left:
        raise InputError(f"--as: this supervisor account is locked for {_minutes(left)} "
                         "after too many wrong PINs")
    if args.pin_stdin:
        pin = _stdin_pin("the supervisor's PIN")
    else:
        try:
            pin = _ask("Supervisor's PIN: ")
        except (EOFError, KeyboardInterrupt) as exc:
            raise InputError("no PIN given; nothing changed") from exc
    check = store.check_pin(supervisor.id, pin, _now())
    if check.ok:
        return
    if check.outcome is Outcome.WRONG and check.locked_for:
        raise InputError(f"--as: wrong PIN; the account is now locked for "
                         f"{_minutes(check.locked_for)}; nothing changed")
    if check.outcome is Outcome.WRONG:
        tries = "1 try" if check.tries_left == 1 else f"{check.tries_left} tries"
        raise InputError(f"--as: wrong PIN ({tries} left before the account locks); "
                         "nothing changed")
    if check.outcome is Outcome.LOCKED:
        raise InputError(f"--as: this supervisor account is locked for "
                         f"{_minutes(check.locked_for)}; nothing changed")
    raise InputError("--as: this supervisor account cannot be used; nothing changed")


def _target(store: StaffStore, name_or_id: str) -> StaffAccount:
    account = store.find(name_or_id)
    if account is None:
        raise InputError("no staff account has this name or id")
    return account


def _state(account: StaffAccount, now: datetime) -> str:
    if account.disabled:
        return "disabled"
    left = account.locked_for(now)
    if left:
        return f"locked ({_minutes(left)})"
    return "active"


def _as_json(account: StaffAccount, now: datetime) -> dict[str, Any]:
    left = account.locked_for(now)
    return {
        "id": account.id, "name": account.name, "role": account.role,
        "source": account.source, "created_at": account.created_at.isoformat(),
        "disabled_at": account.disabled_at.isoformat() if account.disabled_at else None,
        "locked_for_s": math.ceil(left.total_seconds()) if left else 0,
        "failures": account.lockout.failures,
    }


def _stdin_pin(what: str) -> str:
    """The next line of standard input (PINs come one per line, in the documented order)."""
    line = sys.stdin.readline()
    if not line:
        raise InputError(f"--pin-stdin: {what} is missing from standard input "
                         "(one PIN per line: the new PIN first, then the supervisor's)")
    return line.rstrip("\r\n")


def _stdin_new_pin() -> str:
    """A new account PIN from standard input, checked before anything else happens."""
    pin = _stdin_pin("the new PIN")
    problem = account_pin_problem(pin)
    if problem is not None:
        raise InputError(f"--pin-stdin: {problem}; nothing changed")
    return pin


def _pin_from_stdin() -> str:
    line = sys.stdin.readline()
    if not line:
        raise InputError("--pin-stdin: nothing on standard input")
    return line.rstrip("\r\n")


def _ask(prompt: str) -> str:
    """A PIN typed on the terminal, without echo; InputError when there is no terminal
    (getpass would then read it with echo, or warn and read nothing)."""
    if not sys.stdin.isatty():
        raise InputError("no terminal to type the PIN on: give it on standard input with "
                         "--pin-stdin; nothing changed")
    return getpass.getpass(prompt)


def _new_account_pin() -> str:
    return _new_pin_from_terminal(
        f"New PIN ({ACCOUNT_PIN_MIN} to {ACCOUNT_PIN_MAX} digits): ", account_pin_problem)


def _new_pin_from_terminal(prompt: str, problem_of: Callable[[str], str | None]) -> str:
    try:
        pin = _ask(prompt)
        problem = problem_of(pin)
        if problem is not None:
            raise InputError(problem)
        again = _ask("The same PIN again: ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise InputError("no PIN given; nothing changed") from exc
    if again != pin:
        raise InputError("the two PINs differ; nothing changed")
    return pin
