"""The sync worker, seen from the UI thread: its status as a Qt signal.

The worker (a :class:`~kiosk.sync.status.SyncControl`) calls its subscribers on its
own thread.  A widget must never be touched there, so the subscribed callback only
emits a signal of a small relay object, connected *queued* to the bridge: the status
arrives on the UI thread, where :attr:`SyncBridge.statusChanged` is emitted.  A light
timer also asks for :meth:`~kiosk.sync.status.SyncControl.status` while someone is
looking, so "next try in 40 s" and the counts stay fresh even when the worker is quiet.
``status()`` reads the database and files, so it runs in a pool job
(:mod:`kiosk.ui.workers`), one at a time; its answer arrives on the UI thread like the
worker's own reports.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.sync.status import SyncControl, SyncStatus
from kiosk.ui.workers import run_owned

log = logging.getLogger(__name__)

# how often the status is read while the staff panel is open
POLL_MS = 2000

class _Relay(QObject):
    """Carries a status from the worker thread to the UI thread (owned by the callback,
    never deleted before it, so emitting from the worker is always safe)."""

    arrived = Signal(object)


class SyncBridge(QObject):
    """Re-emits the worker's status changes on the UI thread.

    Signal ``statusChanged(SyncStatus)``: emitted on the UI thread for each new status
    (from the worker's callback or from :meth:`refresh`), only when it differs from the
    last one.  :meth:`latest` is the last one, for whoever needs a status now.
    """

    statusChanged = Signal(object)

    def __init__(self, control: SyncControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self._latest: SyncStatus | None = None
        self._reading = False  # a status() job is on its way
        self._read_again = False  # refresh() was asked meanwhile: read once more after it
        relay = _Relay()  # no parent: it lives as long as the worker keeps the callback
        relay.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        control.subscribe(_relay_callback(relay))
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)

    def latest(self) -> SyncStatus | None:
        """The last status seen (None before the first)."""
        return self._latest

    def refresh(self) -> None:
        """Read the worker's status off the UI thread; :attr:`statusChanged` tells when it
        changed.  At most one read at a time: asked meanwhile, one more read follows it."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True

        def done(status: Any) -> None:
            self._read_over()
            self._deliver(status)

        def failed(kind: str, what: str) -> None:
            # the worker's bug or its store: keep the last status
            log.warning("sync status could not be read (%s): %s", kind, what)
            self._read_over()

        # a read that ends after the bridge is gone reports to nobody
        run_owned(self, self.control.status, done, failed)

    def _read_over(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def start_polling(self, ms: int = POLL_MS) -> None:
        """Refresh now, then every ``ms`` milliseconds (while the panel is shown)."""
        self._timer.setInterval(ms)
        self._timer.start()
        self.refresh()

    def stop_polling(self) -> None:
        """Stop the timer (the worker's own callbacks still arrive)."""
        self._timer.stop()

    @property
    def polling(self) -> bool:
        """True while the timer runs."""
        return self._timer.isActive()

    def _deliver(self, status: object) -> None:
        if not isinstance(status, SyncStatus) or status == self._latest:
            return
        self._latest = status
        self.statusChanged.emit(status)


def _relay_callback(relay: _Relay) -> Callable[[SyncStatus], None]:
    """What the worker calls, on its thread: hand the status to the relay, nothing else."""

    def callback(status: SyncStatus) -> None:
        # RuntimeError: the application is shutting down, nobody is listening any more
        with contextlib.suppress(RuntimeError):
            relay.arrived.emit(status)

    return callback
