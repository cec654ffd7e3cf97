"""Work off the UI thread: a job runs in the thread pool and reports by signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from shiboken6 import isValid

from kiosk.errors import EnvironmentFault, InputError

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """What a job reports.  Connected slots run on the UI thread."""

    succeeded = Signal(object)
    #: kind ("environment", "input" or "bug") and a message without personal data
    failed = Signal(str, str)


class Job(QRunnable):
    """Runs ``work()`` in a pool thread; never touches a widget."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Called by the pool thread."""
        try:
            result = self._work()
        except EnvironmentFault as exc:
            log.warning("job failed (environment): %s", type(exc).__name__)
            self.signals.failed.emit("environment", type(exc).__name__)
        except InputError as exc:
            log.warning("job refused input: %s", type(exc).__name__)
            self.signals.failed.emit("input", type(exc).__name__)
        except BaseException as exc:  # our bug: log the type and place, never the message
            where = "".join(traceback.format_tb(exc.__traceback__))
            log.error("job crashed: %s\n%s", type(exc).__name__, where)
            self.signals.failed.emit("bug", type(exc).__name__)
        else:
            self.signals.succeeded.emit(result)


def start_job(work: Callable[[], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[str, str], None],
              pool: QThreadPool | None = None) -> Job:
    """Run ``work`` off the UI thread; call back on the UI thread when it ends."""
    job = Job(work)
    job.setAutoDelete(False)
    # Queued: the callbacks run on the UI thread (where the signals object was made),
    # whatever kind of callable they are.
    job.signals.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


#: every job started by :func:`run_owned` and not finished yet: kept alive here, not by
#: its owner, so a window closed mid-job never frees a job still running
_in_flight: set[Job] = set()


def run_owned(owner: QObject, work: Callable[[], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[str, str], None]) -> Job:
    """:func:`start_job` for a widget: the callbacks run only while ``owner`` exists
    (a job ending after its window is gone reports to nobody)."""
    holder: list[Job] = []

    def done(result: Any) -> None:
        _in_flight.difference_update(holder)
        if isValid(owner):
            on_success(result)

    def failed(kind: str, what: str) -> None:
        _in_flight.difference_update(holder)
        if isValid(owner):
            on_failure(kind, what)

    job = start_job(work, done, failed)
    holder.append(job)
    _in_flight.add(job)
    return job
