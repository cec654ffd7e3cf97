"""Reading the queue every few seconds, never on the UI thread.

:class:`QueuePoller` asks the :class:`~kiosk.domain.ports.QueueSource` for the day's
snapshot in a pool thread (:func:`kiosk.ui.workers.start_job`) every
:data:`POLL_MS` milliseconds, and reports on the UI thread by signals.  A read still
running when the next is due is not doubled: that tick is skipped.

A failed read says *what* was lost, by the error's class (the hall server's source
raises subclasses of :class:`~kiosk.errors.HallUnreachable`): :data:`HALL` for the hall
server, :data:`QUEUE` for anything else (this PC's database, or a bug, which the job
logs with its traceback).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from kiosk.domain.ports import Clock, QueueSource
from kiosk.domain.queue import QueueSnapshot
from kiosk.errors import EnvironmentFault, HallUnreachable
from kiosk.ui.workers import Job, start_job

log = logging.getLogger(__name__)

#: How often the board reads the queue.
POLL_MS = 2000
#: What a failed read lost: the hall server, or the queue itself (this PC's database).
HALL, QUEUE = "hall", "queue"


@dataclass(frozen=True)
class ReadFailed:
    """A read the world made fail (what was lost, and the error's class name)."""

    lost: str
    error: str


class QueuePoller(QObject):
    """Signals: ``snapshotRead(object)`` with a :class:`QueueSnapshot`, and
    ``readFailed(str, str)`` with what was lost (:data:`HALL` or :data:`QUEUE`) and the
    error's class name (``HallError``...)."""

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

        def read() -> QueueSnapshot | ReadFailed:
            try:
                return source.snapshot(day)
            except HallUnreachable as exc:
                return ReadFailed(HALL, type(exc).__name__)
            except EnvironmentFault as exc:
                return ReadFailed(QUEUE, type(exc).__name__)

        self._job = start_job(read, self._read, self._failed, pool=self._pool)

    def _read(self, result: Any) -> None:
        self._job = None
        if isinstance(result, ReadFailed):
            self.readFailed.emit(result.lost, result.error)
        else:
            self.snapshotRead.emit(result)

    def _failed(self, kind: str, name: str) -> None:  # our bug, logged by the job
        self._job = None
        self.readFailed.emit(QUEUE, name)
