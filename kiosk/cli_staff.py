"""``kiosk staff-pin``: set the PIN staff type to open the kiosk's sync panel (no Qt).

    kiosk --data-dir /var/lib/jisr staff-pin             # asks twice, nothing echoed
    printf '2468\\n' | kiosk staff-pin --pin-stdin        # for install scripts

Only the argon2id hash is written, as ``[staff] pin_hash`` of the data directory's
``config.toml`` (or of ``--config``); the rest of the file stays as it was.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.errors import InputError
from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, hash_pin, pin_problem, set_pin_hash


def add_commands(sub: Any) -> None:
    """Register ``staff-pin`` on the ``kiosk`` parser's subparsers."""
    p = sub.add_parser(
        "staff-pin",
        help=f"set the staff PIN ({PIN_MIN_DIGITS}-{PIN_MAX_DIGITS} digits) that opens "
             "the sync panel",
        description="Ask for the staff PIN twice (nothing is echoed) and store its argon2id "
                    "hash as [staff] pin_hash in config.toml. Restart the kiosk to use it.")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the PIN from the first line of standard input (scripts)")
    p.set_defaults(handler=staff_pin)


def staff_pin(args: argparse.Namespace) -> int:
    """Ask for the PIN, hash it and write it; 0 on success (errors raise InputError)."""
    target = Path(args.config) if args.config else paths.config_path(
        paths.data_dir(args.data_dir))
    pin = _pin_from_stdin() if args.pin_stdin else _pin_from_terminal()
    set_pin_hash(target, hash_pin(pin))
    print(f"kiosk: staff PIN set in {target} (restart the kiosk to use it)")
    return 0


def _pin_from_stdin() -> str:
    line = sys.stdin.readline()
    if not line:
        raise InputError("--pin-stdin: nothing on standard input")
    return line.rstrip("\r\n")


def _pin_from_terminal() -> str:
    try:
        pin = getpass.getpass(f"New staff PIN ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits): ")
        problem = pin_problem(pin)
        if problem is not None:
            raise InputError(problem)
        again = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise InputError("no PIN given; nothing changed") from exc
    if again != pin:
        raise InputError("the two PINs differ; nothing changed")
    return pin
