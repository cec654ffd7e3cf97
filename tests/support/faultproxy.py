"""A fault-injecting HTTP/1.1 proxy on loopback, for the sync fault tests.

It sits between the kiosk and a real server, both on ``127.0.0.1``, and does to
their traffic what a bad network does: refuse, hang, drop a reply after the server
committed, cut a download, flip a byte, flap.  It is HTTP-aware (it parses requests
and replies by ``Content-Length`` or chunked framing, with keep-alive), so a mode
applies to whole requests and "the server replied in full" is known exactly, not
guessed from a quiet wire.

Threads and blocking sockets, no asyncio: one accept thread, one thread per client
connection, one flapper thread while flapping.  Only the thread that owns a socket
closes it; other threads only ``shutdown()`` it (under the connection's lock) to wake
the owner, so :meth:`FaultProxy.stop` is fast and nothing leaks.

Modes (switch at any time with :meth:`FaultProxy.set_mode`; thread-safe):

* :class:`Pass`: forward everything.
* :class:`Down`: every new connection is accepted and reset at once; live connections
  are dropped when the mode is set.
* :class:`Hang`: read requests, never answer (until the client gives up).
* :class:`DropReply`: forward the request, let the server process it and reply in full,
  then close the client's connection without a byte of the reply ("the server
  committed, then the connection dropped").
* :class:`CutReplyAfter`: forward the reply's head and the first ``n`` bytes of its
  body, then close (a cut download).
* :class:`CorruptReply`: forward the reply with one body byte flipped (a tampered
  download of the right length).
* :class:`Respond`: answer a canned reply without asking the server (500, 429...).
* :class:`Flap`: alternate :class:`Pass` and :class:`Down` on a fixed period, dropping
  live connections at each fall.

Request-level modes take ``path`` (a path prefix: only matching requests are affected,
others pass), ``after`` (let that many matching requests pass first) and ``times``
(apply to that many matching requests, then go back to :class:`Pass`).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import select
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType

#: Longest request or reply head accepted (bytes).
MAX_HEAD = 64 * 1024
#: How long :meth:`FaultProxy.stop` waits for each thread.
JOIN_TIMEOUT_S = 2.0


# -- modes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Pass:
    """Forward everything."""


@dataclass(frozen=True)
class Down:
    """The server is unreachable; live connections are dropped.

    ``refuse`` (the default): the proxy stops listening, so a connection is refused
    (``ECONNREFUSED``) and a TCP probe of the port fails too.  ``refuse=False``: every
    connection is accepted and reset at once (a middlebox that resets).
    """

    refuse: bool = True


@dataclass(frozen=True)
class Hang:
    """Read requests, never answer."""

    times: int | None = None
    path: str | None = None
    after: int = 0


@dataclass(frozen=True)
class DropReply:
    """Forward the request, wait for the full reply, close without sending it."""

    times: int | None = None
    path: str | None = None
    after: int = 0


@dataclass(frozen=True)
class CutReplyAfter:
    """Forward the reply's head and its first ``n`` body bytes, then close."""

    n: int
    times: int | None = None
    path: str | None = None
    after: int = 0


@dataclass(frozen=True)
class CorruptReply:
    """Forward the reply with the body byte at ``offset`` (default: the middle) flipped."""

    offset: int | None = None
    times: int | None = None
    path: str | None = None
    after: int = 0


@dataclass(frozen=True)
class Respond:
    """Answer ``status`` with ``headers`` and ``body`` without asking the server.

    ``body`` ``None`` means the protocol's error body
    ``{"error": ..., "message": ...}`` (JSON).
    """

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    times: int | None = None
    path: str | None = None
    after: int = 0


@dataclass(frozen=True)
class Flap:
    """Alternate up (:class:`Pass`) and down (:class:`Down`): each ``period_s``, the first
    ``1 - down_fraction`` of it up, the rest down (``refuse`` as for :class:`Down`)."""

    period_s: float
    down_fraction: float
    refuse: bool = True

    def __post_init__(self) -> None:
        if self.period_s <= 0 or not 0 <= self.down_fraction <= 1:
            raise ValueError("Flap wants period_s > 0 and 0 <= down_fraction <= 1")


Mode = Pass | Down | Hang | DropReply | CutReplyAfter | CorruptReply | Respond | Flap

PASS = Pass()
DOWN = Down()

_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
            404: "Not Found", 408: "Request Timeout", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout"}
_ERROR_CODES = {429: "busy", 503: "busy"}


# -- what happened ------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRecord:
    """One request the proxy saw: when (monotonic), what, and what it did with it."""

    at: float
    method: str
    path: str
    action: str            # "pass", "down", "hang", "drop_reply", "cut", "corrupt",
                           # "respond", "upstream_failed"
    status: int | None     # the reply's status, when one came (from upstream or canned)


@dataclass
class Stats:
    """Counters (a snapshot from :attr:`FaultProxy.stats`)."""

    connections: int = 0        # client connections accepted
    refused: int = 0            # connections reset because the proxy was down
    requests: int = 0           # complete requests read from clients
    forwarded: int = 0          # requests sent on to the server
    replies: int = 0            # replies passed to clients in full
    dropped_replies: int = 0    # full replies withheld (DropReply)
    cut_replies: int = 0        # replies cut short (CutReplyAfter)
    corrupted_replies: int = 0  # replies with a flipped byte (CorruptReply)
    canned: int = 0             # canned replies (Respond)
    hung: int = 0               # requests left unanswered (Hang)
    dropped_connections: int = 0  # live connections dropped (Down, Flap, stop)


# -- HTTP framing -------------------------------------------------------------------


class _Closed(Exception):
    """The peer closed (or the connection was dropped) before a whole message came."""


class _Reader:
    """Buffered reads of HTTP messages from a blocking socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = bytearray()

    def _fill(self) -> bool:
        try:
            chunk = self.sock.recv(256 * 1024)
        except OSError:
            return False
        if not chunk:
            return False
        self.buf += chunk
        return True

    def at_eof_before_data(self) -> bool:
        """Wait for the first byte of the next message; True if the peer closed first."""
        return not self.buf and not self._fill()

    def until(self, marker: bytes, limit: int) -> bytes:
        """Bytes up to and including ``marker``."""
        start = 0
        while True:
            at = self.buf.find(marker, start)
            if at >= 0:
                end = at + len(marker)
                out = bytes(self.buf[:end])
                del self.buf[:end]
                return out
            if len(self.buf) > limit:
                raise _Closed("head too long")
            start = max(0, len(self.buf) - len(marker) + 1)
            if not self._fill():
                raise _Closed("closed mid-message")

    def exactly(self, n: int) -> bytes:
        """Exactly ``n`` bytes."""
        while len(self.buf) < n:
            if not self._fill():
                raise _Closed("closed mid-body")
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def to_eof(self) -> bytes:
        """Everything until the peer closes."""
        while self._fill():
            pass
        out = bytes(self.buf)
        self.buf.clear()
        return out

    def chunked(self) -> bytes:
        """A chunked body, raw (sizes, data, last chunk and trailers included)."""
        parts: list[bytes] = []
        while True:
            line = self.until(b"\r\n", MAX_HEAD)
            parts.append(line)
            size = int(line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while True:  # trailers, up to the empty line
                    trailer = self.until(b"\r\n", MAX_HEAD)
                    parts.append(trailer)
                    if trailer == b"\r\n":
                        return b"".join(parts)
            parts.append(self.exactly(size + 2))


@dataclass
class _Message:
    """One HTTP message: its head (start line + headers, raw) and its raw body."""

    head: bytes
    start: list[str]
    headers: dict[str, str]
    body: bytes = b""
    ends_connection: bool = False

    @property
    def raw(self) -> bytes:
        return self.head + self.body


def _parse_head(head: bytes) -> tuple[list[str], dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    start = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            name = name.strip().lower()
            value = value.strip()
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return start, headers


def _wants_close(headers: dict[str, str], version: str) -> bool:
    tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    return "close" in tokens or (version == "HTTP/1.0" and "keep-alive" not in tokens)


def _read_request(reader: _Reader) -> _Message:
    head = reader.until(b"\r\n\r\n", MAX_HEAD)
    start, headers = _parse_head(head)
    if len(start) != 3 or not start[2].startswith("HTTP/1."):
        raise _Closed("not an HTTP/1.x request")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = reader.chunked()
    else:
        body = reader.exactly(int(headers.get("content-length", "0") or 0))
    return _Message(head, start, headers, body, _wants_close(headers, start[2]))


def _read_reply(reader: _Reader, method: str) -> _Message:
    while True:
        head = reader.until(b"\r\n\r\n", MAX_HEAD)
        start, headers = _parse_head(head)
        status = int(start[1]) if len(start) > 1 and start[1].isdigit() else 0
        if not 100 <= status < 200 or status == 101:
            break  # an interim 1xx reply is skipped (clients here never ask for one)
    ends = _wants_close(headers, start[0])
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        body = b""
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        body = reader.chunked()
    elif "content-length" in headers:
        body = reader.exactly(int(headers["content-length"]))
    else:
        body, ends = reader.to_eof(), True
    return _Message(head, start, headers, body, ends)


def _canned(mode: Respond) -> bytes:
    body = mode.body
    names = {name.lower() for name, _ in mode.headers}
    extra = list(mode.headers)
    if body is None:
        body = json.dumps({"error": _ERROR_CODES.get(mode.status, "server_error"),
                           "message": f"injected by FaultProxy ({mode.status})"}).encode()
        if "content-type" not in names:
            extra.append(("Content-Type", "application/json"))
    lines = [f"HTTP/1.1 {mode.status} {_REASONS.get(mode.status, 'Injected')}",
             *(f"{name}: {value}" for name, value in extra),
             f"Content-Length: {len(body)}", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def _is_loopback(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return bool(infos) and all(
        ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]).is_loopback for info in infos)


# -- the proxy ----------------------------------------------------------------------


class _Conn:
    """One client connection and its upstream connection; owned by one thread."""

    def __init__(self, client: socket.socket) -> None:
        self.client: socket.socket | None = client
        self.upstream: socket.socket | None = None
        self.lock = threading.Lock()
        self.dropped = False

    def drop(self, reset: bool = False) -> None:
        """Wake the owner and cut both sides (from any thread)."""
        with self.lock:
            self.dropped = True
            for sock in (self.client, self.upstream):
                if sock is None:
                    continue
                with contextlib.suppress(OSError):
                    if reset and sock is self.client:
                        _set_reset(sock)
                    sock.shutdown(socket.SHUT_RDWR)

    def set_upstream(self, sock: socket.socket | None) -> None:
        with self.lock:
            old, self.upstream = self.upstream, sock
            if old is not None:
                old.close()
            if sock is not None and self.dropped:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self, reset: bool = False) -> None:
        """Close both sockets (owner thread only)."""
        with self.lock:
            for sock in (self.client, self.upstream):
                if sock is None:
                    continue
                if reset and sock is self.client:
                    with contextlib.suppress(OSError):
                        _set_reset(sock)
                sock.close()
            self.client = self.upstream = None


def _closed_by_peer(sock: socket.socket | None) -> bool:
    """True when an idle connection was closed (or broken) by the other side."""
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)  # an idle connection readable: closed, or out of step


def _set_reset(sock: socket.socket) -> None:
    """Make ``close()`` send a TCP RST (SO_LINGER 0) instead of a FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class FaultProxy:
    """A fault-injecting HTTP proxy from ``127.0.0.1:port`` to a loopback upstream."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1",
                 *, port: int = 0, connect_timeout_s: float = 5.0) -> None:
        """Proxy to ``upstream_host:upstream_port``, which must be a loopback address.

        ``port`` 0 (the default) picks a free port; read it from :attr:`port` after
        :meth:`start`.  The port stays the same while the proxy is down (it listens
        again on the same port when it comes back up).
        """
        if not _is_loopback(upstream_host):
            raise ValueError(f"FaultProxy only proxies to loopback, not {upstream_host!r}")
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.connect_timeout_s = connect_timeout_s
        self._port = port
        self._started = False
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._lock = threading.Lock()
        self._mode: Mode = PASS
        self._remaining: int | None = None
        self._skip = 0
        self._flap_started = 0.0
        self._flap_stop: threading.Event | None = None
        self._flapper: threading.Thread | None = None
        self._accepter: threading.Thread | None = None
        self._listening: tuple[str, int] | None = None
        self._conns: dict[_Conn, threading.Thread] = {}
        self._stats = Stats()
        self._log: deque[RequestRecord] = deque(maxlen=100_000)
        self._on_forwarded: Callable[[str, str], None] | None = None
        self._stopping = False

    # -- lifecycle ----------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the proxy listens on (``127.0.0.1``)."""
        if not self._started:
            raise RuntimeError("FaultProxy not started")
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def listening_on(self) -> tuple[str, int] | None:
        """The address the proxy listens on right now (None while refusing)."""
        with self._lock:
            return self._listening

    def start(self) -> FaultProxy:
        """Listen and start accepting; returns ``self``."""
        if self._started:
            raise RuntimeError("FaultProxy already started")
        listener = self._bind()  # here, so that a bind error reaches the caller
        self._port = int(listener.getsockname()[1])
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_w.setblocking(False)
        self._stopping = False
        self._started = True
        self._accepter = threading.Thread(target=self._accept_loop, args=(listener,),
                                          name="faultproxy-accept", daemon=True)
        self._accepter.start()
        return self

    def stop(self) -> None:
        """Stop listening, drop every connection, join every thread (fast)."""
        if not self._started:
            return
        with self._lock:
            self._stopping = True
        self._stop_flapper()
        self._poke()
        if self._accepter is not None:
            self._accepter.join(JOIN_TIMEOUT_S)
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            conn.drop()
        with self._lock:
            threads = list(self._conns.values())
        for thread in threads:
            thread.join(JOIN_TIMEOUT_S)
        assert self._wake_r is not None and self._wake_w is not None
        self._wake_w.close()
        self._wake_r.close()
        self._wake_r = self._wake_w = None
        self._accepter = None
        self._started = False

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- modes --------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        """The mode in force (for :class:`Flap`, the flap itself, not its phase)."""
        with self._lock:
            return self._mode

    def set_mode(self, mode: Mode) -> None:
        """Switch to ``mode`` at once (thread-safe).

        :class:`Down` drops every live connection (and, refusing, stops listening);
        :class:`Flap` starts its clock now, up first.
        """
        self._stop_flapper()
        with self._lock:
            self._mode = mode
            self._remaining = getattr(mode, "times", None)
            self._skip = getattr(mode, "after", 0)
            conns = list(self._conns)
            if isinstance(mode, Flap):
                self._flap_started = time.monotonic()
                self._flap_stop = threading.Event()
                self._flapper = threading.Thread(target=self._flap_loop,
                                                 args=(mode, self._flap_stop),
                                                 name="faultproxy-flap", daemon=True)
                self._flapper.start()
        if isinstance(mode, Down):
            self._drop(conns)
        self._poke()
        if isinstance(mode, Down) and mode.refuse:
            self._wait_listening(False)
        elif not isinstance(mode, Down | Flap):
            self._wait_listening(True)

    def pass_through(self) -> None:
        """Shorthand for ``set_mode(Pass())``."""
        self.set_mode(PASS)

    def down(self, refuse: bool = True) -> None:
        """Shorthand for ``set_mode(Down(refuse))``."""
        self.set_mode(Down(refuse))

    def on_forwarded(self, callback: Callable[[str, str], None] | None) -> None:
        """Call ``callback(method, path)`` (on a proxy thread) each time a request has
        been sent on to the server, before its reply is read."""
        with self._lock:
            self._on_forwarded = callback

    # -- what happened ------------------------------------------------------------

    @property
    def stats(self) -> Stats:
        """A snapshot of the counters."""
        with self._lock:
            return Stats(**vars(self._stats))

    @property
    def connections(self) -> int:
        """Client connections accepted so far."""
        return self.stats.connections

    @property
    def requests(self) -> int:
        """Complete requests read from clients so far."""
        return self.stats.requests

    def records(self, path: str | None = None) -> list[RequestRecord]:
        """The requests seen (oldest first), optionally only those under ``path``."""
        with self._lock:
            return [r for r in self._log if path is None or r.path.startswith(path)]

    def reset_counters(self) -> None:
        """Zero the counters and forget the request records."""
        with self._lock:
            self._stats = Stats()
            self._log.clear()

    # -- internals: state ---------------------------------------------------------

    def _count(self, name: str, by: int = 1) -> None:
        with self._lock:
            setattr(self._stats, name, getattr(self._stats, name) + by)

    def _record(self, method: str, path: str, action: str, status: int | None) -> None:
        with self._lock:
            self._log.append(RequestRecord(time.monotonic(), method, path, action, status))

    def _down_now(self) -> Down | None:
        """The :class:`Down` in force right now (a flap's down phase too), or None."""
        with self._lock:
            mode = self._mode
            if isinstance(mode, Down):
                return mode
            if isinstance(mode, Flap) and self._flap_down(mode, time.monotonic()):
                return Down(mode.refuse)
            return None

    def _flap_down(self, mode: Flap, now: float) -> bool:
        phase = (now - self._flap_started) % mode.period_s
        return phase >= mode.period_s * (1 - mode.down_fraction)

    def _claim(self, path: str) -> Mode:
        """The mode that applies to one request at ``path`` (counts ``after`` and
        ``times`` down)."""
        with self._lock:
            mode = self._mode
            if isinstance(mode, Flap):
                return Down(mode.refuse) if self._flap_down(mode, time.monotonic()) else PASS
            if isinstance(mode, Pass | Down):
                return mode
            if mode.path is not None and not path.startswith(mode.path):
                return PASS
            if self._skip > 0:
                self._skip -= 1
                return PASS
            if self._remaining is not None:
                self._remaining -= 1
                if self._remaining <= 0:
                    self._mode, self._remaining = PASS, None
            return mode

    def _drop(self, conns: list[_Conn]) -> None:
        for conn in conns:
            conn.drop(reset=True)
        with self._lock:
            self._stats.dropped_connections += len(conns)

    # -- internals: threads -------------------------------------------------------

    def _poke(self) -> None:
        """Wake the accept thread to look at the mode again."""
        if self._wake_w is not None:
            with contextlib.suppress(OSError):
                self._wake_w.send(b"!")

    def _wait_listening(self, wanted: bool) -> None:
        """Wait (briefly) until the accept thread listens, or has stopped listening."""
        deadline = time.monotonic() + JOIN_TIMEOUT_S
        while self._started and (self.listening_on is not None) != wanted \
                and time.monotonic() < deadline:
            time.sleep(0.001)

    def _stop_flapper(self) -> None:
        with self._lock:
            stop, thread = self._flap_stop, self._flapper
            self._flap_stop = self._flapper = None
        if stop is not None:
            stop.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(JOIN_TIMEOUT_S)

    def _flap_loop(self, mode: Flap, stop: threading.Event) -> None:
        period, up = mode.period_s, mode.period_s * (1 - mode.down_fraction)
        while not stop.is_set():
            phase = (time.monotonic() - self._flap_started) % period
            if phase < up:  # up now: sleep until the fall, then drop everything
                if stop.wait(up - phase):
                    return
                with self._lock:
                    conns = list(self._conns)
                self._drop(conns)
            elif stop.wait(period - phase):  # down now: sleep until the rise
                return
            self._poke()

    def _bind(self) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self._port))
            listener.listen(128)
        except OSError:
            listener.close()
            raise
        return listener

    def _accept_loop(self, first: socket.socket) -> None:
        """Accept connections; stop listening while down (refusing), listen again after."""
        assert self._wake_r is not None
        wake = self._wake_r
        listener: socket.socket | None = first
        try:
            while True:
                down = self._down_now()
                if down is not None and down.refuse and listener is not None:
                    listener.close()  # connections waiting in the backlog are reset
                    listener = None
                elif (down is None or not down.refuse) and listener is None:
                    try:
                        listener = self._bind()
                    except OSError:  # the port is briefly busy: try again soon
                        time.sleep(0.01)
                        continue
                with self._lock:
                    self._listening = (None if listener is None
                                       else ("127.0.0.1", self._port))
                watched = [wake] if listener is None else [wake, listener]
                ready, _, _ = select.select(watched, [], [])
                if wake in ready:
                    with contextlib.suppress(OSError):
                        wake.recv(4096)
                    with self._lock:
                        if self._stopping:
                            return
                    continue
                assert listener is not None
                try:
                    client, _addr = listener.accept()
                except OSError:
                    continue
                self._accepted(client)
        finally:
            if listener is not None:
                listener.close()
            with self._lock:
                self._listening = None

    def _accepted(self, client: socket.socket) -> None:
        self._count("connections")
        if self._down_now() is not None:  # down, resetting (or refusing, just now)
            self._count("refused")
            with contextlib.suppress(OSError):
                _set_reset(client)
            client.close()
            return
        conn = _Conn(client)
        thread = threading.Thread(target=self._serve, args=(conn,),
                                  name="faultproxy-conn", daemon=True)
        with self._lock:
            if self._stopping:
                client.close()
                return
            self._conns[conn] = thread
        thread.start()

    def _serve(self, conn: _Conn) -> None:
        reset = False
        try:
            reset = self._serve_requests(conn)
        except Exception:  # a proxy bug must not kill the test run's other connections
            reset = True
        finally:
            conn.close(reset=reset)
            with self._lock:
                self._conns.pop(conn, None)

    def _serve_requests(self, conn: _Conn) -> bool:
        """Serve one client connection; returns True to close it with a reset."""
        assert conn.client is not None
        client = conn.client
        reader = _Reader(client)
        up_reader: _Reader | None = None
        while True:
            if reader.at_eof_before_data():
                return False
            try:
                request = _read_request(reader)
            except (_Closed, ValueError):
                return False
            method, path = request.start[0], request.start[1]
            self._count("requests")
            mode = self._claim(path)
            if isinstance(mode, Down) or conn.dropped:  # went down since the accept
                self._record(method, path, "down", None)
                return True
            if isinstance(mode, Hang):
                self._count("hung")
                self._record(method, path, "hang", None)
                reader.to_eof()  # never answer; wait for the client to give up
                return False
            if isinstance(mode, Respond):
                self._count("canned")
                self._record(method, path, "respond", mode.status)
                try:
                    client.sendall(_canned(mode))
                except OSError:
                    return False
                if request.ends_connection:
                    return False
                continue
            # Everything else goes to the server, on a fresh connection if the server
            # closed the idle one meanwhile (its keep-alive timeout): that is not a fault.
            if up_reader is not None and _closed_by_peer(conn.upstream):
                conn.set_upstream(None)
                up_reader = None
            if up_reader is None:
                upstream = self._connect_upstream()
                if upstream is None:
                    self._record(method, path, "upstream_failed", None)
                    return True
                conn.set_upstream(upstream)
                up_reader = _Reader(upstream)
            assert conn.upstream is not None
            try:
                conn.upstream.sendall(request.raw)
            except OSError:
                self._record(method, path, "upstream_failed", None)
                return True
            self._count("forwarded")
            with self._lock:
                hook = self._on_forwarded
            if hook is not None:
                hook(method, path)
            try:
                reply = _read_reply(up_reader, method)
            except (_Closed, ValueError):
                self._record(method, path, "upstream_failed", None)
                return True  # the server died or the link was dropped mid-reply
            status = int(reply.start[1]) if reply.start[1:2] and reply.start[1].isdigit() \
                else None
            if reply.ends_connection:
                conn.set_upstream(None)
                up_reader = None
            if isinstance(mode, DropReply):
                self._count("dropped_replies")
                self._record(method, path, "drop_reply", status)
                return True
            if isinstance(mode, CutReplyAfter):
                self._count("cut_replies")
                self._record(method, path, "cut", status)
                with contextlib.suppress(OSError):
                    client.sendall(reply.head + reply.body[:mode.n])
                return False
            payload = reply.raw
            if isinstance(mode, CorruptReply) and reply.body:
                at = len(reply.body) // 2 if mode.offset is None else mode.offset
                at = min(max(at, 0), len(reply.body) - 1)
                body = bytearray(reply.body)
                body[at] ^= 0x01
                payload = reply.head + bytes(body)
                self._count("corrupted_replies")
                self._record(method, path, "corrupt", status)
            else:
                self._record(method, path, "pass", status)
            if conn.dropped:
                return True
            # Counted before it is sent: a client that has read the reply may look at
            # the stats at once, before this thread runs again.
            self._count("replies")
            try:
                client.sendall(payload)
            except OSError:
                self._count("replies", -1)
                return False
            if reply.ends_connection or request.ends_connection:
                return False

    def _connect_upstream(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.upstream_host, self.upstream_port),
                                            timeout=self.connect_timeout_s)
        except OSError:
            return None
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock


@contextlib.contextmanager
def fault_proxy(upstream_port: int) -> Iterator[FaultProxy]:
    """``with fault_proxy(port) as proxy:`` a started proxy, stopped on exit."""
    proxy = FaultProxy(upstream_port).start()
    try:
        yield proxy
    finally:
        proxy.stop()


__all__ = [
    "DOWN", "PASS", "CorruptReply", "CutReplyAfter", "Down", "DropReply", "FaultProxy",
    "Flap", "Hang", "Mode", "Pass", "RequestRecord", "Respond", "Stats", "fault_proxy",
]
