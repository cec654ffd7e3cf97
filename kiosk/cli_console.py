"""``kiosk console``: the staff console of a counter (docs/CONSOLE.md).

::

    kiosk console                      # full screen, in the kiosk's first staff language
    kiosk console --windowed --lang ar # a 1366x768 window, in Arabic

The console reads the queue of ``[queue] source`` (this PC's database, or the hall
server), starts with ``[queue] counter`` and ``[queue] groups`` and locks itself after
``[queue] lock_after_s`` without input.  Qt is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from kiosk import paths

_STARTED = time.perf_counter()


def add_commands(sub: Any) -> None:
    """Register ``console`` on the ``kiosk`` parser's subparsers."""
    p = sub.add_parser(
        "console", help="the staff console of a counter: call, serve, transfer",
        description="The counter's console: an agent logs in, sets the counter number and "
                    "the service groups it serves, then calls, recalls, serves (with an "
                    "outcome and a note), marks no-shows and transfers tickets. Every "
                    "action is a local event with its outbox entry. Locks itself after "
                    "[queue] lock_after_s without input.")
    p.add_argument("--windowed", action="store_true",
                   help="a 1366x768 window instead of full screen")
    p.add_argument("--lang", choices=("ar", "fr", "en"),
                   help="the console's language at start (staff may switch it)")
    p.add_argument("--exit-after-start", action="store_true",
                   help="show the first frame, print the milliseconds it took, exit")
    p.set_defaults(handler=console)


def console(args: argparse.Namespace) -> int:
    """Build the kiosk and run the console until it is closed."""
    from kiosk.compose import build_kiosk
    kiosk = build_kiosk(paths.data_dir(args.data_dir), paths.explicit_config(args.config))
    from kiosk.ui.console.app import run_console
    return run_console(kiosk, fullscreen=not args.windowed,
                       exit_after_start=args.exit_after_start, lang=args.lang,
                       started=_STARTED)
