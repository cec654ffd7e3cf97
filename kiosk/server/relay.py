"""The hall server's relay: every event its devices pushed, forwarded to the centre.

``kiosk server --upstream URL`` runs one :class:`RelayWorker` thread in the server's
main process (never in uvicorn's workers).  Round after round it:

1. finds the devices with events the centre has not confirmed (``devices.last_seq >
   devices.relayed_seq``: one small query, so an idle hall costs nothing);
2. reads, per device, the next events after ``relayed_seq`` (the primary key's range)
   and merges them in **arrival order** (``events.arrival``), at most ``batch_size``:
   the centre applies them in that order, so its copy of the hall's queue is the
   hall's (who called a ticket first is decided once, at the hall);
3. posts them to ``POST /api/v1/relay`` with the hall's own credential
   (``upstream.json``), each with its origin device id and exactly the fields the
   device sent (the payload is the stored canonical JSON text: same content hash);
4. moves each device's ``relayed_seq`` past the events the centre settled
   (``accepted`` or ``rejected``, replay or not; ``conflict`` too, logged: the centre
   has another event there and waiting will not change it).  At a ``gap`` or a
   ``refused`` device it stops for that device, records the error, and leaves that
   device aside for ``stuck_retry_s`` while the others go on.

Nothing changes before the centre's reply has been read and checked, and the cursor
moves in one transaction: killed at any point, the hall sends the same events again
and the centre answers ``replay``.  Failures back off exponentially with full jitter
(:mod:`kiosk.domain.backoff`, the formula the kiosks' sync uses) and respect
``Retry-After``.  The state (last attempt, success,
error, failures, events relayed) is the ``relay_state`` row, read by
``kiosk server relay-status`` from any process.

Never logged: payloads, the credential, reply bodies.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from kiosk.domain.backoff import backoff_delay
from kiosk.server.db import Database, DatabaseUnavailable
from kiosk.server.events import canonical_json
from kiosk.server.schema import devices, events, relay_state
from kiosk.server.service.common import utcnow
from kiosk.server.service.relay import RELAY_STATE_ID
from kiosk.server.upstream import Upstream, error_code
from kiosk.server.worker import UpstreamWorker

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

#: Statuses after which a device's cursor moves on.
SETTLED = frozenset({"accepted", "rejected", "conflict"})
STATUSES = SETTLED | {"gap", "refused"}
MAX_REPLY_BYTES = 16 * 1024 * 1024


class RelayFailure(Exception):
    """A round failed before the centre's reply could be used; ``code`` is stable."""

    def __init__(self, code: str, detail: str = "", retry_after: float | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.retry_after = retry_after


@dataclass(frozen=True)
class _Pending:
    device_id: str
    role: str
    seq: int
    event_id: str
    type: str
    created_at: str
    payload: str  # canonical JSON text, as stored
    arrival: int


@dataclass
class RelayRound:
    """What one round did."""

    sent: int = 0
    settled: int = 0
    stuck: list[str] = field(default_factory=list)


class RelayWorker(UpstreamWorker):
    """The relay thread (see the module's text)."""

    thread_name = "jisr-relay"
    label = "relay"

    def __init__(self, db: Database, upstream: Upstream, *, batch_size: int = 500,
                 poll_s: float = 2.0, backoff_base_s: float = 2.0,
                 backoff_cap_s: float = 300.0, stuck_retry_s: float = 60.0,
                 timeout: tuple[float, float] = (5.0, 60.0),
                 session: requests.Session | None = None) -> None:
        super().__init__(upstream, session)
        self.db = db
        self.batch_size = max(1, min(batch_size, 1000))
        self.poll_s = poll_s
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.stuck_retry_s = stuck_retry_s
        self._timeout = timeout
        self._stuck: dict[str, float] = {}
        self._failures = 0

    # -- the thread -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the daemon thread ``jisr-relay``."""
        self._record_start()
        self._start_thread()

    def _round(self) -> float:
        try:
            done = self.run_once()
        except RelayFailure as exc:
            wait = max(self._backoff(), exc.retry_after or 0.0)
            log.warning("relay to the centre failed (%s); next try in %.0f s", exc, wait)
            self._record_failure(str(exc))
            return wait
        except DatabaseUnavailable:
            return self._backoff()
        self._failures = 0
        return 0.0 if done.settled and not done.stuck else self.poll_s  # 0: may be more

    def _after_bug(self) -> float:
        return self._backoff()

    def _backoff(self) -> float:
        """Count one more failure in a row; how long to wait after it."""
        self._failures += 1
        return backoff_delay(self._failures, self.backoff_base_s, self.backoff_cap_s)

    # -- one round ------------------------------------------------------------------------

    def run_once(self) -> RelayRound:
        """Send the next batch and settle the reply; RelayFailure if it could not be."""
        now_mono = time.monotonic()
        self._stuck = {d: t for d, t in self._stuck.items() if t > now_mono}
        batch = self._pending()
        if not batch:
            return RelayRound()
        attempt = utcnow()
        results = self._post(batch)
        advance: dict[str, int] = {}
        blocked: dict[str, str] = {}
        note: str | None = None
        for item, result in zip(batch, results, strict=True):
            origin = item.device_id
            if origin in blocked:
                continue
            status = result["status"]
            if status in SETTLED:
                advance[origin] = item.seq
                if status == "conflict":
                    note = f"conflict: {origin} seq {item.seq}"
                    log.warning("the centre holds another event at %s seq %d (conflict): "
                                "kept here, moving on", origin, item.seq)
            else:
                blocked[origin] = status
                self._stuck[origin] = now_mono + self.stuck_retry_s
                note = f"{status}: {origin} seq {item.seq}"
                log.warning("the centre answered %s for %s at seq %d: its events wait here",
                            status, origin, item.seq)
        settled = sum(1 for item in batch if item.device_id in advance
                      and item.seq <= advance[item.device_id])
        self._settle(advance, settled, attempt, note)
        log.info("relayed %d events of %d devices to the centre (%d settled)", len(batch),
                 len({i.device_id for i in batch}), settled)
        return RelayRound(len(batch), settled, sorted(blocked))

    def _pending(self) -> list[_Pending]:
        """The next events to relay, in arrival order (each device's in seq order)."""
        with self.db.read() as conn:
            waiting = conn.execute(
                select(devices.c.id, devices.c.role, devices.c.relayed_seq)
                .where(devices.c.last_seq > devices.c.relayed_seq)).all()
            found: list[_Pending] = []
            for device in waiting:
                if device.id in self._stuck:
                    continue
                found.extend(_Pending(device.id, device.role, r.seq, r.event_id, r.type,
                                      r.created_at, r.payload, r.arrival or 0)
                             for r in conn.execute(
                    select(events.c.seq, events.c.event_id, events.c.type,
                           events.c.created_at, events.c.payload, events.c.arrival)
                    .where(events.c.device_id == device.id,
                           events.c.seq > device.relayed_seq)
                    .order_by(events.c.seq).limit(self.batch_size)))
        found.sort(key=lambda p: p.arrival)
        return found[:self.batch_size]

    def _post(self, batch: Sequence[_Pending]) -> list[dict[str, Any]]:
        from requests import exceptions as rex

        body = _body(batch)
        try:
            with self._http().post(
                    f"{self.upstream.url}/api/v1/relay", data=body, timeout=self._timeout,
                    stream=True, allow_redirects=False,
                    headers={"Authorization": f"Bearer {self.upstream.credential}",
                             "Content-Type": "application/json",
                             "Accept": "application/json"}) as reply:
                status = reply.status_code
                retry_after = reply.headers.get("Retry-After")
                content = _read(reply)
        except rex.SSLError:
            raise RelayFailure("tls", "certificate not trusted or not the pinned one"
                               ) from None
        except rex.Timeout:
            raise RelayFailure("timeout", "no answer in time") from None
        except rex.RequestException as exc:
            raise RelayFailure("unreachable", type(exc).__name__) from None
        if status == 200:
            return _check_reply(content, batch)
        word = error_code(content)
        label = f"HTTP {status}" + (f" {word}" if word else "")
        if status == 413 and self.batch_size > 1:
            self.batch_size = max(1, self.batch_size // 2)
            raise RelayFailure("too_large", f"{label}; batches of {self.batch_size} now",
                               retry_after=0.0)
        if status == 401:
            raise RelayFailure("revoked" if word == "revoked" else "unauthenticated", label)
        if status == 403:
            raise RelayFailure("forbidden", f"{label}: enrol this server with role hall")
        if status in (429, 503):
            after = retry_after.strip() if retry_after else ""
            seconds = float(after) if after.isdigit() else None
            raise RelayFailure("busy", label, retry_after=min(seconds, 86_400.0)
                               if seconds is not None else None)
        if status >= 500:
            raise RelayFailure("server_error", label)
        raise RelayFailure("bad_reply", label)

    # -- state ----------------------------------------------------------------------------

    def _record_start(self) -> None:
        with self.db.write() as conn:
            if _state_row(conn) is None:
                conn.execute(insert(relay_state).values(
                    id=RELAY_STATE_ID, upstream_url=self.upstream.url, failures=0, relayed=0))
            else:
                conn.execute(update(relay_state).where(relay_state.c.id == RELAY_STATE_ID)
                             .values(upstream_url=self.upstream.url))

    def _record_failure(self, error: str) -> None:
        try:
            with self.db.write() as conn:
                conn.execute(update(relay_state).where(relay_state.c.id == RELAY_STATE_ID)
                             .values(last_attempt_at=utcnow(), last_error=error[:300],
                                     failures=relay_state.c.failures + 1))
        except DatabaseUnavailable:
            pass

    def _settle(self, advance: dict[str, int], settled: int, attempt: datetime,
                note: str | None) -> None:
        with self.db.write() as conn:
            for device_id, seq in advance.items():
                conn.execute(update(devices).where(devices.c.id == device_id,
                                                   devices.c.relayed_seq < seq)
                             .values(relayed_seq=seq))
            conn.execute(update(relay_state).where(relay_state.c.id == RELAY_STATE_ID)
                         .values(last_attempt_at=attempt, last_success_at=utcnow(),
                                 last_error=note, failures=0,
                                 relayed=relay_state.c.relayed + settled))


def _state_row(conn: Connection) -> Any:
    return conn.execute(select(relay_state.c.id).where(relay_state.c.id == RELAY_STATE_ID)
                        ).first()


def _body(batch: Sequence[_Pending]) -> bytes:
    """The relay request, the payloads spliced in as stored (canonical JSON text)."""
    items = [
        f'{{"origin_device_id":{canonical_json(p.device_id)},'
        f'"origin_role":{canonical_json(p.role)},'
        f'"event":{{"event_id":{canonical_json(p.event_id)},"seq":{int(p.seq)},'
        f'"type":{canonical_json(p.type)},"created_at":{canonical_json(p.created_at)},'
        f'"payload":{p.payload}}}}}'
        for p in batch]
    return ('{"events":[' + ",".join(items) + "]}").encode("utf-8")


def _read(reply: Any) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in reply.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise RelayFailure("bad_reply", "reply too large")
        chunks.append(chunk)
    return b"".join(chunks)


def _check_reply(content: bytes, batch: Sequence[_Pending]) -> list[dict[str, Any]]:
    """The results, one per event sent, checked; RelayFailure('bad_reply') otherwise."""
    try:
        doc = json.loads(content)
        results = doc["results"]
        if not isinstance(results, list) or len(results) != len(batch):
            raise ValueError("count")
        for item, result in zip(batch, results, strict=True):
            if not isinstance(result, dict) or result.get("status") not in STATUSES \
                    or result.get("origin_device_id") != item.device_id \
                    or result.get("event_id") != item.event_id \
                    or result.get("seq") != item.seq or isinstance(result.get("seq"), bool):
                raise ValueError("result")
    except (ValueError, KeyError, TypeError):
        raise RelayFailure("bad_reply", "the relay reply is not in the protocol's form"
                           ) from None
    checked: list[dict[str, Any]] = results
    return checked


