"""The protocol's requests (docs/PROTOCOL.md), over one keep-alive ``requests.Session``.

Every request has the connect and read timeouts of ``[sync]``.  Every failure becomes
a :class:`~kiosk.sync.errors.SyncError` with a stable code:

========================================  =============================================
what happened                             code
========================================  =============================================
certificate not trusted / not the pinned  ``tls``
no connection within the connect timeout  ``timeout`` (link down)
no answer within the read timeout         ``timeout``
refused, no route, DNS                    ``unreachable`` (link down)
connection dropped mid-exchange           ``unreachable``
429, or 503 with ``Retry-After``          ``busy`` (with ``retry_after``)
other 5xx                                 ``server_error``
401 ``revoked`` / any other 401           ``revoked`` / ``unauthenticated``
anything else the protocol does not say   ``bad_reply``
========================================  =============================================

Bodies are read with a size cap.  Nothing here logs a payload, a credential or a
reply body.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import requests
from requests import exceptions as rex

from kiosk.config import SyncConfig
from kiosk.errors import InputError
from kiosk.store import OutboxItem
from kiosk.sync import replies
from kiosk.sync.errors import (
    BadReply,
    BatchTooLarge,
    BundleInvalid,
    EnrolmentRefused,
    SyncError,
)
from kiosk.sync.transport import make_session

log = logging.getLogger(__name__)

API = "/api/v1"
#: Largest JSON reply read (a push reply for 1000 events is about 150 kB).
MAX_REPLY_BYTES = 8 * 1024 * 1024
#: A ``Retry-After`` longer than this is taken as this (a day).
MAX_RETRY_AFTER_S = 86_400.0
COSE_MEDIA_TYPE = "application/cose"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Download:
    """A bundle downloaded to a temporary file (the caller deletes it)."""

    path: Path
    version: int | None  # the X-Bundle-Version header, when sent


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def retry_after_seconds(value: str | None, now: datetime | None = None,
                        server_date: str | None = None) -> float | None:
    """``Retry-After`` as seconds (a number or an HTTP date); None if absent or bad.

    An HTTP date is measured against the reply's own ``Date`` header when there is
    one, so a kiosk clock days off does not turn "in 5 s" into a day (or into now).
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(int(value))
    except ValueError:
        when = _http_date(value)
        if when is None:
            return None
        reference = _http_date(server_date) or now or datetime.now(UTC)
        seconds = (when - reference).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def map_request_error(exc: rex.RequestException, url_host: str) -> SyncError:
    """The :class:`SyncError` for a failed request (no URL path, no body in the text)."""
    if isinstance(exc, rex.SSLError):
        return SyncError("tls", f"{url_host}: certificate not trusted or not the pinned one")
    if isinstance(exc, rex.ConnectTimeout):
        return SyncError("timeout", f"{url_host}: no connection in time", link_down=True)
    if isinstance(exc, rex.ReadTimeout):
        return SyncError("timeout", f"{url_host}: no answer in time")
    reason = repr(exc.args[0]) if exc.args else ""
    if "ConnectTimeoutError" in reason:
        return SyncError("timeout", f"{url_host}: no connection in time", link_down=True)
    if "NewConnectionError" in reason or "NameResolutionError" in reason:
        return SyncError("unreachable", f"{url_host}: cannot connect", link_down=True)
    if "ReadTimeoutError" in reason:
        return SyncError("timeout", f"{url_host}: no answer in time")
    if isinstance(exc, rex.ConnectionError | rex.ChunkedEncodingError
                  | rex.ContentDecodingError):
        return SyncError("unreachable", f"{url_host}: connection dropped")
    return SyncError("unreachable", f"{url_host}: {type(exc).__name__}")


class CentreClient:
    """The device side of the sync protocol, for one centre and one credential."""

    def __init__(self, server_url: str, config: SyncConfig, credential: str | None = None,
                 session: requests.Session | None = None) -> None:
        """``server_url`` like ``https://centre.example``; ``credential`` once enrolled."""
        self.server_url = server_url.rstrip("/")
        self._config = config
        self._credential = credential
        self._session = session or make_session(config)
        self._timeout = (float(config.connect_timeout_s), float(config.read_timeout_s))
        self._host = self.server_url.split("://", 1)[-1].split("/", 1)[0]

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    # -- plumbing ---------------------------------------------------------------------

    @contextmanager
    def _exchange(self, method: str, path: str, *, body: bytes | None = None,
                  params: dict[str, Any] | None = None, auth: bool = True,
                  accept: str = "application/json") -> Iterator[requests.Response]:
        """One request, streamed; every transport failure is a :class:`SyncError`."""
        headers = {"Accept": accept}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if auth:
            if not self._credential:
                raise SyncError("unauthenticated", "no credential: run kiosk enrol")
            headers["Authorization"] = f"Bearer {self._credential}"
        try:
            response = self._session.request(
                method, f"{self.server_url}{API}{path}", data=body, params=params,
                headers=headers, timeout=self._timeout, stream=True, allow_redirects=False)
        except rex.RequestException as exc:
            raise map_request_error(exc, self._host) from None
        try:
            yield response
        except rex.RequestException as exc:
            raise map_request_error(exc, self._host) from None
        finally:
            response.close()

    @staticmethod
    def _read(response: requests.Response, limit: int | None = None) -> bytes:
        limit = MAX_REPLY_BYTES if limit is None else limit
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise BadReply(f"reply of {declared} bytes, more than {limit}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise BadReply(f"reply larger than {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _fail(self, response: requests.Response, expected: str) -> SyncError:
        """The :class:`SyncError` for an unexpected status (body read for its code only)."""
        status = response.status_code
        try:
            code = replies.error_code(self._read(response, 65_536))
        except SyncError:
            code = None
        label = f"HTTP {status}" + (f" {code}" if code else "")
        if status == 401:
            if code == "revoked":
                return SyncError("revoked", label)
            return SyncError("unauthenticated", label)
        if status in (429, 503):
            after = retry_after_seconds(response.headers.get("Retry-After"),
                                        server_date=response.headers.get("Date"))
            if after is not None or status == 429:
                return SyncError("busy", label, retry_after=after)
        if status >= 500:
            return SyncError("server_error", label)
        return BadReply(f"{label} where {expected} was expected")

    # -- the protocol -----------------------------------------------------------------

    def enrol(self, code: str, install_id: str, software_version: str,
              ticket_key_pem: str | None, role: str = "kiosk") -> replies.EnrolReply:
        """``POST /enrol`` with a one-time code; EnrolmentRefused if the centre says no.

        ``role`` is what the device is in its hall (kiosk, console, board): a hall
        server numbers its kiosks (the reply's ``station``).
        """
        body: dict[str, Any] = {"code": code, "install_id": install_id,
                                "software_version": software_version, "role": role}
        if ticket_key_pem:
            body["ticket_key_pem"] = ticket_key_pem
        data = json.dumps(body).encode("utf-8")
        with self._exchange("POST", "/enrol", body=data, auth=False) as response:
            if response.status_code == 201:
                return replies.parse_enrol_reply(self._read(response))
            if response.status_code in (403, 422):
                code_word = replies.error_code(self._read(response, 65_536))
                if response.status_code == 403:
                    raise EnrolmentRefused(
                        "the centre refused the enrolment code (unknown, used or expired)"
                        + (f" [{code_word}]" if code_word else ""))
                raise EnrolmentRefused("the centre refused the enrolment request as "
                                       "malformed" + (f" [{code_word}]" if code_word else ""))
            raise self._fail(response, "201")

    def push(self, events: Sequence[OutboxItem], backlog: int,
             software_version: str) -> replies.PushReply:
        """``POST /events`` with ``events`` (sorted by seq); the checked reply."""
        body = encode_push(events, backlog, software_version)
        with self._exchange("POST", "/events", body=body) as response:
            if response.status_code == 413:
                raise BatchTooLarge(f"{len(events)} events refused as too large (HTTP 413)")
            if response.status_code != 200:
                raise self._fail(response, "200")
            return replies.parse_push_reply(self._read(response),
                                            [(e.event_id, e.seq) for e in events])

    def send_field_bundle(self, data: bytes) -> dict[str, int]:
        """``POST /field-bundles`` with a field bundle as it was imported (still
        encrypted: only the centre opens it); how many of its events were accepted,
        replayed...  (the reply's ``statuses``)."""
        body = json.dumps({"bundle": base64.b64encode(data).decode("ascii")}).encode("ascii")
        with self._exchange("POST", "/field-bundles", body=body) as response:
            if response.status_code in (400, 403, 404, 409, 413, 422):
                raise BadReply(_refusal(response.status_code, self._read(response, 65_536)))
            if response.status_code != 200:
                raise self._fail(response, "200")
            try:
                reply = json.loads(self._read(response))
            except ValueError:
                raise BadReply("the field bundle reply is not JSON") from None
        statuses = reply.get("statuses") if isinstance(reply, dict) else None
        if not isinstance(statuses, dict) or not all(
                isinstance(k, str) and type(v) is int for k, v in statuses.items()):
            raise BadReply("the field bundle reply has no statuses")
        return statuses

    def fetch_bundle(self, have: int, folder: Path, max_bytes: int) -> Download | None:
        """``GET /bundle?have=N``: None when nothing is newer, else the download.

        The body is streamed into a temporary file in ``folder``; a download that is
        cut off, too large or not ``application/cose`` is deleted and refused
        (:class:`BundleInvalid`).
        """
        with self._exchange("GET", "/bundle", params={"have": have},
                            accept=f"{COSE_MEDIA_TYPE}, application/json") as response:
            if response.status_code == 204:
                return None
            if response.status_code != 200:
                raise self._fail(response, "200 or 204")
            media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if media != COSE_MEDIA_TYPE:
                raise BundleInvalid(f"served as {media or 'nothing'}, not {COSE_MEDIA_TYPE}")
            header = response.headers.get("X-Bundle-Version", "")
            version = int(header) if header.isdigit() and len(header) < 19 else None
            if header and version is None:
                raise BundleInvalid("X-Bundle-Version: not a version number")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise BundleInvalid(f"{declared} bytes, more than {max_bytes}")
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".download-", suffix=".cose", dir=folder)
            path = Path(name)
            size = 0
            try:
                with os.fdopen(fd, "wb") as out:
                    try:
                        for chunk in response.iter_content(_CHUNK):
                            size += len(chunk)
                            if size > max_bytes:
                                raise BundleInvalid(f"more than {max_bytes} bytes")
                            out.write(chunk)
                    except rex.RequestException as exc:
                        mapped = map_request_error(exc, self._host)
                        if mapped.code == "timeout":
                            raise mapped from None
                        raise BundleInvalid(f"download cut off after {size} bytes") from None
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            return Download(path, version)


def encode_push(events: Sequence[OutboxItem], backlog: int, software_version: str) -> bytes:
    """The body of a push: UTF-8 JSON (not ASCII-escaped: Arabic names stay small)."""
    return json.dumps({
        "software_version": software_version, "backlog": backlog,
        "events": [{"event_id": e.event_id, "seq": e.seq, "type": e.type,
                    "created_at": e.created_at.isoformat(), "payload": e.payload}
                   for e in events],
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _refusal(status: int, body: bytes) -> str:
    """``HTTP 403: <the centre's message>`` (the message holds ids, never personal
    data; cut to one short line)."""
    try:
        doc = json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        doc = None
    message = doc.get("message") if isinstance(doc, dict) else None
    if isinstance(message, str) and message.strip():
        return f"HTTP {status}: " + " ".join(message.split())[:300]
    return f"HTTP {status}"


def check_server_url(url: str) -> str:
    """``url`` without a trailing slash; InputError unless it is http(s)://host[...]."""
    import re
    if not re.fullmatch(r"https?://[^\s/]+(/[^\s]*)?", url):
        raise InputError(f"server address {url!r}: must start with http:// or https://")
    return url.rstrip("/")
