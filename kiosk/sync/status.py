"""What the sync worker tells staff: the shared vocabulary of the client and the UI.

Plain data only.  The staff status screen (``kiosk/ui``) and ``kiosk sync --status``
read a :class:`SyncStatus`; the worker (:class:`SyncControl`) makes them.  Nothing here
carries personal data: dead letters show an event's type and number, never its payload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.store.outbox import DeadEvent

#: ``SyncStatus.state`` values.
NOT_ENROLLED = "not_enrolled"   # no `kiosk enrol` yet: events wait locally
ONLINE = "online"               # the last exchange with the centre worked
OFFLINE = "offline"             # the centre cannot be reached (or answers errors)
REVOKED = "revoked"             # the centre revoked this device: call support
STATES = (NOT_ENROLLED, ONLINE, OFFLINE, REVOKED)

#: ``SyncStatus.last_error`` codes (stable; the UI words them in the staff's language).
ERROR_CODES = (
    "unreachable",    # connection refused, no route, DNS, dropped connection
    "timeout",        # no answer in time
    "server_error",   # 5xx
    "busy",           # 429 / 503 with Retry-After
    "revoked",        # 401 revoked
    "unauthenticated",  # 401 for any other reason (credential lost or wrong)
    "gap",            # the centre is missing events this device no longer has
    "bad_reply",      # the centre answered something that does not follow the protocol
    "tls",            # certificate not trusted, or not the pinned one
    "bundle_invalid", # a reference bundle was refused (bad signature, older, cut off)
)


#: An event the centre refused, kept until an agent retries or discards it (the store's
#: own record: type, seq, reason and times, never the payload).
DeadLetter = DeadEvent


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of the device's sync, for staff."""

    state: str
    server_url: str
    device_id: str | None
    pending: int
    dead: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    last_error_detail: str | None
    next_try_at: datetime | None
    bundle_version: int | None


class SyncControl(Protocol):
    """What the UI and the CLI may ask of the running sync worker (thread-safe)."""

    def start(self) -> None:
        """Start the worker thread (it never runs on the caller's thread)."""

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the worker to finish and wait up to ``timeout`` seconds."""

    def sync_now(self) -> None:
        """Try at once, whatever the backoff says (staff pressed "sync now")."""

    def status(self) -> SyncStatus:
        """The current snapshot (cheap: reads counters, never the network)."""

    def dead_letters(self) -> list[DeadLetter]:
        """The dead-letter list, oldest first."""

    def retry_dead(self, event_id: str) -> bool:
        """An agent asks to send a dead letter again; False if it is not dead."""

    def discard_dead(self, event_id: str) -> bool:
        """An agent discards a dead letter (kept as discarded, never deleted)."""

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> None:
        """Call ``callback`` (on the worker thread) whenever the status changes."""
