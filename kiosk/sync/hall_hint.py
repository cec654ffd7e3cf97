"""The hall's queue as a kiosk of a shared hall last saw it, for the numbers it prints.

A kiosk of a hall with several kiosks only has its own tickets, and in its database
they stay "waiting" (the counters' events happen on other PCs).  To print an honest
"people ahead" and wait, it keeps the last copy of the hall's queue, read in the
background every ``interval_s`` (:class:`HallHint` thread).  Issuing a ticket never
waits for the network: it uses whatever copy there is (tickets issued here since that
copy are counted from the local database), and the kiosk's own count when it has
never reached the hall server.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime

from kiosk.domain.ports import QueueSource
from kiosk.domain.queue import HallView, QueueSnapshot, hall_view
from kiosk.errors import EnvironmentFault

log = logging.getLogger(__name__)

#: Seconds between two reads of the hall's queue.
INTERVAL_S = 15.0


class HallHint:
    """The last snapshot of the hall's queue, refreshed by a daemon thread."""

    def __init__(self, source: QueueSource, now: Callable[[], datetime],
                 interval_s: float = INTERVAL_S) -> None:
        """Read ``source`` every ``interval_s`` once :meth:`start` is called."""
        self.source = source
        self._now = now
        self.interval_s = interval_s
        self._snapshot: QueueSnapshot | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def refresh(self) -> bool:
        """Read the hall's queue now (on the caller's thread); False if it failed."""
        try:
            snapshot = self.source.snapshot(self._now().date())
        except EnvironmentFault as err:
            log.info("hall queue not read: %s", type(err).__name__)
            return False
        with self._lock:
            self._snapshot = snapshot
        return True

    def view(self, group: str, priority: str | None, day: date) -> HallView | None:
        """The hall's count for a new ticket of ``group`` on ``day``; None if unknown."""
        with self._lock:
            snapshot = self._snapshot
        if snapshot is None or snapshot.day != day:
            return None
        return hall_view(snapshot, group, priority)

    def start(self) -> None:
        """Read now and then every ``interval_s`` on a daemon thread."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="hall-hint", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread (it finishes its current read first)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self.refresh()
            self._stop.wait(self.interval_s)
