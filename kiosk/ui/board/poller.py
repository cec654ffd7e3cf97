"""Reading the queue every few seconds, never on the UI thread.

:class:`QueuePoller` asks the :class:`~kiosk.domain.ports.QueueSource` for the day's
snapshot in a pool thread (:func:`kiosk.ui.workers.start_job`) every
:data:`POLL_MS` milliseconds, and reports on the UI thread by signals.  A read still
running when the next is due is not doubled: that tick is skipped.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from kiosk.domain.ports import Clock, QueueSource
from kiosk.domain.queue import QueueSnapshot
from kiosk.ui.workers import Job, start_job

log = logging.getLogger(__name__)

#: How often the board reads the queue.
POLL_MS = 2000


class QueuePoller(QObject):
    """Signals: ``snapshotRead(object)`` with a :class:`QueueSnapshot`, and
    ``readFailed(str, str)`` with the kind ("environment", "input", "bug") and the
    error's type name (``HallUnreachable``...)."""

    snapshotRead = Signal(object)
    readFailed = Signal(str, str)

    def __init__(self, source: QueueSource, clock: Clock, interval_ms: int = POLL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._clock = clock
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Read now, then every interval."""
        self._timer.start()
        self.poll()

    def stop(self, wait_ms: int = 3000) -> None:
        """No more reads; wait up to ``wait_ms`` for the one running."""
        self._timer.stop()
        self._pool.waitForDone(wait_ms)

    @property
    def reading(self) -> bool:
        """True while a read runs."""
        return self._job is not None

    def poll(self) -> None:
        """Start a read unless one is running."""
        if self._job is not None:
            return
        day = self._clock.now().date()
        source = self._source

        def read() -> QueueSnapshot:
            return source.snapshot(day)

        self._job = start_job(read, self._read, self._failed, pool=self._pool)

    def _read(self, snapshot: Any) -> None:
        self._job = None
        self.snapshotRead.emit(snapshot)

    def _failed(self, kind: str, name: str) -> None:
        self._job = None
        self.readFailed.emit(kind, name)
