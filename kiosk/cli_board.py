"""``kiosk board``: the call board, fullscreen on the hall's TV (Qt is loaded only here).

    kiosk board                       # fullscreen, on the screen the session is on
    kiosk board --windowed            # 1280x720 window (to try it on a desk)
    kiosk board --exit-after-start    # print how long the first frame took, exit

The queue is read where ``[queue] source`` says (this PC's database, or the hall
server); see docs/BOARD.md.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from kiosk import paths

_STARTED = time.perf_counter()  # the parser is built at start: close enough to it


def add_commands(sub: Any) -> None:
    """Register ``board`` on the ``kiosk`` parser's subparsers."""
    p = sub.add_parser(
        "board", help="the call board, fullscreen on a TV (calls in Arabic and French)",
        description="Show the hall's calls in large type with the last six calls and each "
                    "service's wait, and announce each call (chime, Arabic, French).")
    p.add_argument("--windowed", action="store_true", help="a window instead of fullscreen")
    p.add_argument("--exit-after-start", action="store_true",
                   help="show the first frame, print the milliseconds it took, exit")
    p.set_defaults(handler=board)


def board(args: argparse.Namespace) -> int:
    """Build the kiosk's parts, then show the board on its queue source."""
    from kiosk.compose import build_kiosk
    kiosk = build_kiosk(paths.data_dir(args.data_dir), paths.explicit_config(args.config))
    return open_board(kiosk, kiosk.queue_source(), fullscreen=not args.windowed,
                      exit_after_start=args.exit_after_start)


def open_board(kiosk: Any, source: Any, fullscreen: bool = True,
               exit_after_start: bool = False) -> int:
    """Show the board of a built :class:`~kiosk.compose.Kiosk` on a
    :class:`~kiosk.domain.ports.QueueSource` until it is closed."""
    from kiosk.ui.board.app import run_board
    return run_board(kiosk, source, fullscreen=fullscreen, exit_after_start=exit_after_start,
                     started=_STARTED)
