"""``HallQueue``: the queue of a hall with several devices, read from its hall server.

A :class:`kiosk.domain.ports.QueueSource` over HTTP (docs/PROTOCOL.md, "The hall's
queue"), with the device's own enrolment: the credential and server of
``<data_dir>/sync/enrolment.json`` and the same TLS trust as the sync client
(:func:`kiosk.sync.transport.make_session`: CA bundle or pinned certificate).

A console must know quickly that it is cut off, so every request has short timeouts
(at most 2 s to connect, 5 s for the answer, less if ``[sync]`` says less).  Every
failure is a :class:`HallUnreachable` with a stable ``code``:

==========================================  ==================================
what happened                               code
==========================================  ==================================
refused, no route, DNS, dropped connection  ``unreachable``
no connection / no answer in time           ``timeout``
429, 503                                    ``busy``
other 5xx                                   ``server_error``
certificate not trusted / not the pinned    ``tls``
an answer off the protocol                  ``bad_reply``
401 ``revoked``                             ``revoked`` (:class:`HallRefused`)
any other 401                               ``unauthenticated`` (:class:`HallRefused`)
no enrolment on this device                 ``not_enrolled`` (:class:`HallRefused`)
==========================================  ==================================

:class:`HallRefused` is a ``HallUnreachable`` too (callers that only keep their last
snapshot need not tell them apart), but it will not mend by waiting: staff must
enrol the device again.  The enrolment is read again whenever its file changes, so a
``kiosk enrol`` in another process is picked up without a restart.

Nothing here logs a reply body or a credential: request details are personal data.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import SyncConfig
from kiosk.domain.queue import (
    CALLED,
    CANCELLED,
    NO_SHOW,
    SERVED,
    WAITING,
    QueueSnapshot,
    QueueTicket,
    RequestDetails,
)
from kiosk.errors import HallUnreachable, InputError
from kiosk.sync.enrolment import Enrolment, enrolment_path, load_enrolment
from kiosk.sync.errors import SyncError
from kiosk.sync.replies import error_code, parse_json

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

API = "/api/v1"
#: Longest wait for a connection, and for an answer (seconds): cut off is said fast.
CONNECT_TIMEOUT_S = 2.0
READ_TIMEOUT_S = 5.0
#: Largest reply read (a day of 2,000 tickets is about 1 MB).
MAX_REPLY_BYTES = 16 * 1024 * 1024
_STATES = (WAITING, CALLED, SERVED, NO_SHOW, CANCELLED)


class HallError(HallUnreachable):
    """The hall server's queue cannot be read now; ``code`` says why (see the module)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"hall server {code}" + (f": {detail}" if detail else ""))
        self.code = code
        self.detail = detail


class HallRefused(HallError):
    """The hall server refuses this device (revoked, unknown credential) or the device
    was never enrolled: waiting will not help, staff must enrol it (again)."""


class HallQueue:
    """The hall server's queue for this device's site (a ``QueueSource``)."""

    def __init__(self, data_dir: Path, config: SyncConfig | None = None,
                 session: requests.Session | None = None) -> None:
        """``data_dir``: the device's data directory (its enrolment); ``config``: its
        ``[sync]`` settings (TLS trust; timeouts are capped at 2 s and 5 s)."""
        self._data_dir = data_dir
        self._config = config or SyncConfig()
        self._timeout = (min(float(self._config.connect_timeout_s), CONNECT_TIMEOUT_S),
                         min(float(self._config.read_timeout_s), READ_TIMEOUT_S))
        self._session = session
        self._lock = threading.Lock()
        self._enrolment: Enrolment | None = None
        self._stamp: tuple[int, int] | None = None

    def close(self) -> None:
        """Close the pooled connections."""
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None

    # -- QueueSource ----------------------------------------------------------------------

    def snapshot(self, day: date) -> QueueSnapshot:
        """The whole queue of the site's ``day`` now; HallUnreachable when cut off."""
        doc = self._get("/queue", {"day": day.isoformat()})
        if doc is None:
            raise HallError("bad_reply", "404 for the queue")
        try:
            if not isinstance(doc, dict) or not isinstance(doc.get("tickets"), list):
                raise ValueError("not a queue")
            site = _text(doc["site_code"])
            shown_day = date.fromisoformat(_text(doc["day"]))
            as_of = _when(doc["as_of"])
            tickets = tuple(_ticket(item) for item in doc["tickets"])
        except (KeyError, TypeError, ValueError, AttributeError):
            raise HallError("bad_reply", "the queue is not in the protocol's form") from None
        if shown_day != day:
            raise HallError("bad_reply", "the queue of another day")
        return QueueSnapshot(site_code=site, day=day, tickets=tickets, as_of=as_of)

    def details(self, request_id: str) -> RequestDetails | None:
        """What the visitor of ``request_id`` entered and scanned; None if the hall
        server does not know it.  Personal data: never logged."""
        from urllib.parse import quote
        doc = self._get(f"/queue/requests/{quote(request_id, safe='')}", None)
        if doc is None:
            return None
        try:
            if not isinstance(doc, dict):
                raise ValueError("not an object")
            fields = doc["fields"]
            scans = doc["scans"]
            ready = doc["documents_ready"]
            if not isinstance(fields, dict) or not isinstance(scans, list) \
                    or not isinstance(ready, list) \
                    or not all(isinstance(s, dict) for s in scans):
                raise ValueError("wrong types")
            return RequestDetails(
                request_id=_text(doc["request_id"]), service_id=_text(doc["service_id"]),
                lang=str(doc["lang"]),
                fields={_text(k): str(v) for k, v in fields.items()},
                scans=tuple(dict(s) for s in scans),
                documents_ready=tuple(_text(d) for d in ready),
                priority=_maybe_text(doc.get("priority")),
                created_at=_when(doc["created_at"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise HallError("bad_reply", "request details not in the protocol's form"
                            ) from None

    # -- plumbing -------------------------------------------------------------------------

    def _current_enrolment(self) -> Enrolment:
        path = enrolment_path(self._data_dir)
        try:
            info = os.stat(path)
            stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
        except OSError:
            stamp = None
        if stamp is None:
            self._enrolment, self._stamp = None, None
            raise HallRefused("not_enrolled", "run kiosk enrol --server HALL_SERVER --code "
                              "CODE --role console")
        if stamp != self._stamp or self._enrolment is None:
            try:
                self._enrolment = load_enrolment(self._data_dir)
            except InputError as exc:
                raise HallRefused("not_enrolled", str(exc)) from None
            self._stamp = stamp
            if self._session is not None:  # another server, perhaps: fresh connections
                self._session.close()
                self._session = None
        if self._enrolment is None:
            raise HallRefused("not_enrolled", "run kiosk enrol")
        return self._enrolment

    def _get(self, path: str, params: Mapping[str, str] | None) -> Any:
        """GET ``path``: the JSON reply, None for 404; HallError for anything else."""
        from requests import exceptions as rex

        from kiosk.sync.client import map_request_error
        from kiosk.sync.transport import make_session

        with self._lock:
            enrolment = self._current_enrolment()
            if self._session is None:
                self._session = make_session(self._config)
            session = self._session
            url = f"{enrolment.server_url}{API}{path}"
            host = enrolment.server_url.split("://", 1)[-1].split("/", 1)[0]
            try:
                with session.get(url, params=params, timeout=self._timeout, stream=True,
                                 allow_redirects=False,
                                 headers={"Authorization": f"Bearer {enrolment.credential}",
                                          "Accept": "application/json"}) as response:
                    status = response.status_code
                    body = _read(response)
            except rex.RequestException as exc:
                raise _from_sync(map_request_error(exc, host)) from None
        if status == 200:
            try:
                return parse_json(body, "queue reply")
            except SyncError:
                raise HallError("bad_reply", "not JSON") from None
        code = error_code(body)
        if status == 404 and code == "not_found" and params is None:
            return None
        if status == 401:
            word = "revoked" if code == "revoked" else "unauthenticated"
            raise HallRefused(word, f"HTTP 401 {code or ''}".strip())
        if status in (429, 503):
            raise HallError("busy", f"HTTP {status}")
        if status >= 500:
            raise HallError("server_error", f"HTTP {status}")
        raise HallError("bad_reply", f"HTTP {status}" + (f" {code}" if code else ""))


def _read(response: Any) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_REPLY_BYTES:
        raise HallError("bad_reply", f"reply of {declared} bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise HallError("bad_reply", f"reply larger than {MAX_REPLY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _from_sync(error: SyncError) -> HallError:
    code = error.code if error.code in ("unreachable", "timeout", "tls") else "unreachable"
    return HallError(code, error.detail)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("not a non-empty string")
    return value


def _maybe_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _maybe_int(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("not a whole number")
    return value


def _when(value: Any) -> datetime:
    """An aware time from the protocol's ISO 8601 (UTC), in this PC's time zone."""
    when = datetime.fromisoformat(_text(value))
    if when.tzinfo is None:
        raise ValueError("a time without a time zone")
    return when.astimezone()


def _maybe_when(value: Any) -> datetime | None:
    return None if value is None else _when(value)


def _ticket(item: Any) -> QueueTicket:
    if not isinstance(item, dict):
        raise ValueError("not an object")
    state = item["state"]
    if state not in _STATES:
        raise ValueError("unknown state")
    recalls = _maybe_int(item["recalls"])
    return QueueTicket(
        request_id=_text(item["request_id"]), number=_text(item["number"]),
        site_code=_text(item["site_code"]), day=date.fromisoformat(_text(item["day"])),
        service_id=_text(item["service_id"]), group=_text(item["group"]),
        priority=_maybe_text(item.get("priority")), issued_at=_when(item["issued_at"]),
        state=state, counter=_maybe_int(item.get("counter")),
        called_at=_maybe_when(item.get("called_at")), recalls=recalls or 0,
        served_at=_maybe_when(item.get("served_at")),
        outcome=_maybe_text(item.get("outcome")),
        transferred_from=_maybe_text(item.get("transferred_from")))
