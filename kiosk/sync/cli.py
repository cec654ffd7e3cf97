"""``kiosk enrol`` and ``kiosk sync`` (filled in by the sync client)."""

from __future__ import annotations

from typing import Any


def add_commands(sub: Any) -> None:
    """Add the sync commands to the ``kiosk`` parser."""
    del sub
