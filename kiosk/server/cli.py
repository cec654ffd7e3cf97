"""``kiosk server`` and its admin subcommands (filled in by the server)."""

from __future__ import annotations

from typing import Any


def add_commands(sub: Any) -> None:
    """Add ``kiosk server`` to the ``kiosk`` parser."""
    del sub
