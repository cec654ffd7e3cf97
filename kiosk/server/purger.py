"""The retention purge's thread in a server's main process.

Runs :func:`kiosk.server.service.purge.purge_personal_data` a minute after the server
starts and then once a day, with the cutoff ``retention_days`` before now.  A database
that cannot be reached is tried again in an hour.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from kiosk.server.db import Database, DatabaseUnavailable
from kiosk.server.service.purge import PurgeCounts, purge_personal_data
from kiosk.server.worker import Loop

log = logging.getLogger(__name__)

DAY_S = 24 * 3600.0
#: the bounds of --retention-days (the kiosk's retention_days has the same)
MIN_DAYS, MAX_DAYS = 1, 3650


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RetentionPurger(Loop):
    """The purge thread ``jisr-purge``."""

    thread_name = "jisr-purge"
    label = "retention purge"

    def __init__(self, db: Database, retention_days: int, *, relaying: bool,
                 first_after_s: float = 60.0, every_s: float = DAY_S,
                 retry_s: float = 3600.0,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__()
        self.db = db
        self.retention_days = retention_days
        self.relaying = relaying
        self.first_after_s = first_after_s
        self.every_s = every_s
        self.retry_s = retry_s
        self._clock = clock
        self.last: PurgeCounts | None = None  # the last round's result

    def start(self) -> None:
        """Start the daemon thread."""
        self._start_thread()

    def _loop(self) -> None:
        if not self._stop.wait(self.first_after_s):
            super()._loop()

    def purge_once(self) -> PurgeCounts:
        """One purge now."""
        now = self._clock()
        self.last = purge_personal_data(
            self.db, now - timedelta(days=self.retention_days), relaying=self.relaying,
            now=now)
        return self.last

    def _round(self) -> float:
        try:
            self.purge_once()
        except DatabaseUnavailable:
            return self.retry_s
        return self.every_s

    def _after_bug(self) -> float:
        return self.retry_s
