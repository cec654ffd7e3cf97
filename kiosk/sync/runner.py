"""``SyncRunner``: the sync worker thread (a :class:`~kiosk.sync.status.SyncControl`).

One daemon thread loops:

1. no enrolment: state ``not_enrolled``, nothing is sent, events wait; look again
   every few seconds (``kiosk enrol`` may run in another process);
2. revoked: nothing is sent until a new enrolment (the queue is kept);
3. otherwise push batch after batch until nothing is pending, and pull a newer
   reference bundle every ``pull_interval_s`` (and at "sync now");
4. after a failure wait the backoff (or the centre's ``Retry-After``); while waiting
   after ``unreachable``/``timeout`` probe the centre's TCP port every
   ``probe_interval_s`` and try at once when it answers again;
5. when idle, look at the outbox every few seconds (a ``kiosk ticket`` in another
   process adds events too).

Every wait is on a :class:`threading.Event`: :meth:`SyncRunner.sync_now` and
:meth:`SyncRunner.stop` take effect at once (a request in flight finishes first, within
its timeouts; the thread is a daemon, so it never holds the process at exit).
Subscribers are called on the worker thread.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.config import SyncConfig
from kiosk.errors import InputError, StorageUnavailable
from kiosk.store import SqlStore
from kiosk.store.field import FieldStore
from kiosk.sync import report
from kiosk.sync.backoff import backoff_delay
from kiosk.sync.bundles import pull_once, read_active_version
from kiosk.sync.enrolment import Enrolment, enrolment_path, load_enrolment
from kiosk.sync.errors import BundleInvalid, NotEnrolled, SyncError
from kiosk.sync.probe import probe_port
from kiosk.sync.push import BatchOutcome, PushTotals, push_all
from kiosk.sync.status import (
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    REVOKED,
    DeadLetter,
    SyncStatus,
)

if TYPE_CHECKING:
    from kiosk.sync.client import CentreClient

log = logging.getLogger(__name__)

#: While idle and online, how often the outbox is looked at (seconds).
IDLE_POLL_S = 5.0
#: While not enrolled or revoked, how often the enrolment is looked at (seconds).
ENROLMENT_POLL_S = 5.0
#: Longest TCP probe of the centre's port (seconds).
PROBE_TIMEOUT_S = 2.0
#: Error codes after which the worker probes the centre's port while it waits.
PROBED_ERRORS = ("unreachable", "timeout")


def local_now() -> datetime:
    """The machine's local time, timezone-aware."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class SyncReport:
    """What one round (push everything, maybe pull) did."""

    push: PushTotals
    bundle_version: int | None = None        # a new bundle installed this round
    error: SyncError | None = None            # the round's failure, if any
    bundle_error: BundleInvalid | None = None  # the pull's refusal (pushes worked)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return self.error is None and self.bundle_error is None


@dataclass(frozen=True)
class _Wait:
    seconds: float
    probe: bool = False
    link_down: bool = False


class SyncRunner:
    """The sync worker: pushes the outbox and pulls bundles on its own daemon thread.

    Build it once (``kiosk.compose`` does), :meth:`start` it, :meth:`stop` it at exit.
    Every public method is thread-safe; :meth:`status` is cheap (a few small queries,
    never the network).
    """

    def __init__(self, data_dir: Path, store: SqlStore, config: SyncConfig, *,
                 software_version: str = __version__,
                 clock: Callable[[], datetime] = local_now,
                 rand: Callable[[], float] = random.random,
                 idle_poll_s: float = IDLE_POLL_S) -> None:
        """``idle_poll_s``: while idle, how often the outbox is looked at."""
        self.data_dir = data_dir
        self.store = store
        self.config = config
        self.software_version = software_version
        self._clock = clock
        self._rand = rand
        self._idle_poll_s = idle_poll_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._force = False
        self._poke = False      # a status change to announce, without trying early
        self._thread: threading.Thread | None = None
        self._subscribers: list[Callable[[SyncStatus], None]] = []
        self._last_notified: SyncStatus | None = None
        self._last_status: SyncStatus | None = None
        self._enrolment: Enrolment | None = None
        self._enrolment_stamp: tuple[int, int, int] | None = None
        self._client: CentreClient | None = None
        self._client_key: tuple[str, str] | None = None
        self._failures = 0
        self._next_pull = 0.0   # monotonic time of the next pull (0: at once)

    # -- SyncControl --------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker thread (nothing if it runs already)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="jisr-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the worker to finish and wait up to ``timeout`` seconds for it."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("sync worker still finishing a request; it ends on its own")
                return
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client, self._client_key = None, None

    @property
    def running(self) -> bool:
        """True while the worker thread is alive."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def sync_now(self) -> None:
        """Try at once, whatever the backoff says (and pull too)."""
        with self._lock:
            self._force = True
        self._wake.set()

    def status(self) -> SyncStatus:
        """The current snapshot (reads the database and files, never the network).

        When the database cannot be read, the last snapshot (or an empty one).
        """
        try:
            enrolment = self._current_enrolment()
            status = report.read_status(self.data_dir, self.store, self.config, enrolment)
        except StorageUnavailable:
            return self._last_status or _blank_status()
        self._last_status = status
        return status

    def dead_letters(self) -> list[DeadLetter]:
        """The dead-letter list, oldest first (type and number, never the payload)."""
        return report.dead_letters(self.store)

    def retry_dead(self, event_id: str) -> bool:
        """Queue a dead letter again (and sync now); False if it is not dead."""
        changed = self.store.retry_dead(event_id)
        if changed:
            self.sync_now()
        return changed

    def discard_dead(self, event_id: str) -> bool:
        """Discard a dead letter (kept as discarded, never deleted)."""
        changed = self.store.discard_dead(event_id, self._clock())
        if changed:
            self._announce()
        return changed

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> None:
        """Call ``callback(status)`` on the worker thread whenever the status changes."""
        with self._lock:
            self._subscribers.append(callback)
        self._announce()

    def _announce(self) -> None:
        """Have the worker tell the subscribers (on its thread), without trying early."""
        with self._lock:
            self._poke = True
        self._wake.set()

    # -- one round, on the caller's thread (``kiosk sync --once``) ----------------------

    def run_once(self, pull: bool = True,
                 on_batch: Callable[[BatchOutcome], None] | None = None) -> SyncReport:
        """Push everything pending, then pull once; on the caller's thread.

        Raises :class:`~kiosk.sync.errors.NotEnrolled`.  A revoked device sends
        nothing: the report's error is ``revoked``.  Failures are recorded (and
        returned in the report) as the worker records them.
        """
        enrolment = self._current_enrolment()
        if enrolment is None:
            self._set_state(NOT_ENROLLED)
            raise NotEnrolled("this device is not enrolled: run kiosk enrol")
        if self.store.sync_state().state == REVOKED:
            return SyncReport(PushTotals(), error=SyncError(
                "revoked", "the centre revoked this device: enrol it again"))
        report, _wait = self._exchange(enrolment, pull, on_batch)
        return report

    # -- the worker ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._failures = self.store.sync_state().attempts
        except StorageUnavailable:
            self._failures = 0
        self._notify()
        while not self._stop.is_set():
            try:
                wait = self._cycle()
            except StorageUnavailable:    # logged by the store; try again later
                self._failures += 1
                wait = _Wait(self._backoff())
            except Exception as exc:  # our bug: log it, never die
                _log_bug(exc)
                self._failures += 1
                wait = _Wait(self._backoff())
            self._notify()
            self._wait(wait)
        log.info("sync worker stopped")

    def _cycle(self) -> _Wait:
        enrolment = self._current_enrolment()
        if enrolment is None:
            self._set_state(NOT_ENROLLED)
            return _Wait(ENROLMENT_POLL_S)
        if self.store.sync_state().state == REVOKED:
            return _Wait(ENROLMENT_POLL_S)
        with self._lock:
            forced, self._force = self._force, False
        pull = forced or self._failures > 0 or time.monotonic() >= self._next_pull
        if not pull and not self.store.has_pending():
            return _Wait(min(self._idle_poll_s, max(0.0, self._next_pull - time.monotonic())))
        _report, wait = self._exchange(enrolment, pull, None)
        if wait is not None:
            return wait
        return _Wait(min(self._idle_poll_s, max(0.0, self._next_pull - time.monotonic())))

    def _exchange(self, enrolment: Enrolment, pull: bool,
                  on_batch: Callable[[BatchOutcome], None] | None
                  ) -> tuple[SyncReport, _Wait | None]:
        """Push everything, then pull if asked; record how it went.

        Returns the report, and how long to wait when the round failed (None when it
        worked).  Never raises :class:`SyncError`; StorageUnavailable goes through.
        """
        totals = PushTotals()

        def batch_done(outcome: BatchOutcome) -> None:
            if totals.batches == 1 and outcome.gap is None:
                # The centre answers: say so now, not only after a long backlog.
                self._failures = 0
                self.store.record_sync_success(self._clock())
            if on_batch is not None:
                on_batch(outcome)
            self._notify()

        version: int | None = None
        bundle_error: BundleInvalid | None = None
        try:
            client = self._client_for(enrolment)
            self.store.record_sync_attempt(self._clock())
            push_all(self.store, client, self.config.batch_size, self._clock,
                     self.software_version, should_stop=self._stop.is_set,
                     on_batch=batch_done, totals=totals)
            if pull and not self._stop.is_set():
                self._next_pull = time.monotonic() + self.config.pull_interval_s
                try:
                    version = pull_once(self.data_dir, client, enrolment)
                except BundleInvalid as err:
                    bundle_error = err
        except SyncError as err:
            _log_totals(totals)
            return SyncReport(totals, error=err), self._failed(err)
        now = self._clock()
        self._failures = 0
        self.store.record_sync_success(now)
        if pull:
            self.store.record_bundle(read_active_version(self.data_dir), now)
        if bundle_error is not None:
            log.warning("reference bundle refused: %s", bundle_error.detail)
            self.store.record_sync_error(
                bundle_error.code, bundle_error.detail, now, state=ONLINE,
                next_try_at=now + timedelta(seconds=self.config.pull_interval_s))
        if pull and not self._stop.is_set():  # with each pull: a refused one is not hammered
            self._forward_imports()
        _log_totals(totals)
        self._notify()
        return SyncReport(totals, version, None, bundle_error), None

    def _forward_imports(self) -> None:
        """Field bundles imported here while the centre could not be reached go now
        that it answers (retried with each pull until the centre confirms, unless the
        centre refused one for good: that one waits for a person, `kiosk import
        --forward`).  Never fails the round: a problem here is logged and tried again
        next time."""
        from kiosk.sync.field import forward_pending  # requests: only once online
        try:
            field = FieldStore(self.store.engine)
            if not field.has_unforwarded():
                return
            for result in forward_pending(self.data_dir, field, self.config,
                                          should_stop=self._stop.is_set, refused=False):
                log.info("field bundle %s: %s", result.bundle_id,
                         "forwarded" if result.ok else "not forwarded")
        except Exception as exc:  # the push and pull worked; say so all the same
            log.warning("field bundles not forwarded this round: %s", type(exc).__name__)

    def _failed(self, err: SyncError) -> _Wait:
        """Record a failure; how long to wait before the next try."""
        now = self._clock()
        self._failures += 1
        if err.code == "revoked":
            log.error("the centre revoked this device: sync stops until it is enrolled "
                      "again (the queue is kept)")
            self.store.record_sync_error(err.code, err.detail, now, state=REVOKED,
                                         next_try_at=None)
            self._notify()
            return _Wait(ENROLMENT_POLL_S)
        delay = (err.retry_after if err.retry_after is not None else self._backoff())
        log.warning("sync failed (%s: %s); next try in %.0f s", err.code, err.detail, delay)
        self.store.record_sync_error(err.code, err.detail, now, state=OFFLINE,
                                     next_try_at=now + timedelta(seconds=delay))
        self._notify()
        return _Wait(delay, probe=err.code in PROBED_ERRORS, link_down=err.link_down)

    def _backoff(self) -> float:
        return backoff_delay(self._failures, self.config.backoff_base_s,
                             self.config.backoff_cap_s, self._rand)

    def _wait(self, wait: _Wait) -> None:
        """Sleep up to ``wait.seconds``, woken by sync_now/stop, or by the centre's port
        answering again after it did not (when probing)."""
        deadline = time.monotonic() + wait.seconds
        was_up = not wait.link_down
        url = report.server_url(self.config, self._enrolment)
        probe_timeout = min(float(self.config.connect_timeout_s), PROBE_TIMEOUT_S)
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            step = min(remaining, self.config.probe_interval_s) if wait.probe else remaining
            if self._wake.wait(step):
                self._wake.clear()
                with self._lock:
                    poke, self._poke = self._poke, False
                    forced = self._force
                if poke:
                    self._notify()
                if poke and not forced and not self._stop.is_set():
                    continue        # only news to announce: keep waiting
                return
            if wait.probe and url and deadline - time.monotonic() > 0:
                up = probe_port(url, probe_timeout)
                if up and not was_up:
                    log.info("the centre answers again: trying now")
                    return
                was_up = up

    # -- helpers ------------------------------------------------------------------------

    def _current_enrolment(self) -> Enrolment | None:
        """The enrolment, re-read when its file changed (``kiosk enrol`` elsewhere)."""
        path = enrolment_path(self.data_dir)
        try:
            info = path.stat()
            stamp: tuple[int, int, int] | None = (info.st_mtime_ns, info.st_size, info.st_ino)
        except OSError:
            stamp = None
        with self._lock:
            if stamp == self._enrolment_stamp:
                return self._enrolment
        try:
            enrolment = load_enrolment(self.data_dir) if stamp is not None else None
        except InputError as err:
            log.error("enrolment unusable: %s", err)
            enrolment = None
        with self._lock:
            self._enrolment, self._enrolment_stamp = enrolment, stamp
        return enrolment

    def _client_for(self, enrolment: Enrolment) -> CentreClient:
        from kiosk.sync.client import CentreClient  # requests: only when talking

        url = report.server_url(self.config, enrolment)
        key = (url, enrolment.credential)
        with self._lock:
            if self._client is None or self._client_key != key:
                if self._client is not None:
                    self._client.close()
                self._client = CentreClient(url, self.config, enrolment.credential)
                self._client_key = key
            return self._client

    def _set_state(self, state: str) -> None:
        try:
            if self.store.sync_state().state != state:
                self.store.set_sync_state(state, self._clock())
        except StorageUnavailable:
            pass

    def _notify(self) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        if not subscribers:
            return
        status = self.status()
        if status == self._last_notified:
            return
        self._last_notified = status
        for callback in subscribers:
            try:
                callback(status)
            except Exception as exc:  # the subscriber's bug: the worker goes on
                _log_bug(exc)


def _log_totals(totals: PushTotals) -> None:
    if totals.events:
        log.info("pushed %d events in %d batches (%d sent, %d dead letters)",
                 totals.events, totals.batches, totals.sent, totals.dead)


def _blank_status() -> SyncStatus:
    return SyncStatus(state=OFFLINE, server_url="", device_id=None, pending=0, dead=0,
                      last_success_at=None, last_attempt_at=None, last_error=None,
                      last_error_detail=None, next_try_at=None, bundle_version=None)


def _log_bug(exc: BaseException) -> None:
    """Log a bug by type and place only (messages can carry personal data)."""
    frames = "".join(traceback.format_list(traceback.extract_tb(exc.__traceback__)))
    log.error("sync worker: unexpected %s at\n%s", type(exc).__name__, frames)
