"""The fault proxy does what each mode says, against a tiny real HTTP server on loopback.

The fault tests trust the proxy to inject exactly one fault; these tests check that
trust: each mode's effect is seen from the client *and* from the server (did the
request reach it? did it reply?), with keep-alive, and the proxy stops fast without
leaking a thread or a socket (``filterwarnings = error`` turns a leaked socket's
ResourceWarning into a failure).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from tests.support.faultproxy import (
    CorruptReply,
    CutReplyAfter,
    Down,
    DropReply,
    FaultProxy,
    Flap,
    Hang,
    Mode,
    Pass,
    Respond,
)

BIG = bytes(range(256)) * 400  # 102,400 bytes


class _Handler(BaseHTTPRequestHandler):
    """``GET /hello``, ``GET /big``, ``GET /chunked``, ``POST /echo``, ``POST /slow?S``."""

    protocol_version = "HTTP/1.1"  # keep-alive
    timeout = 10
    server: TinyServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def _reply(self, body: bytes, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.replied(self.path)

    def do_GET(self) -> None:
        self.server.saw(self.path)
        if self.path == "/big":
            self._reply(BIG)
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            self.server.replied(self.path)
        else:
            self._reply(b"hello")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.saw(self.path)
        if self.path.startswith("/slow"):  # /slow?SECONDS (default 0.3)
            time.sleep(float(self.path.partition("?")[2] or 0.3))
        self._reply(body)


class TinyServer(ThreadingHTTPServer):
    """A threading HTTP/1.1 server that counts what it saw and what it answered."""

    daemon_threads = False  # server_close() joins the handler threads
    block_on_close = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.seen: list[str] = []
        self.answered: list[str] = []

    def saw(self, path: str) -> None:
        with self.lock:
            self.seen.append(path)

    def replied(self, path: str) -> None:
        with self.lock:
            self.answered.append(path)

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@pytest.fixture
def server() -> Iterator[TinyServer]:
    srv = TinyServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


@pytest.fixture
def proxy(server: TinyServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.port) as fp:
        yield fp


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def _raw_get(port: int, path: str, timeout: float = 5.0) -> bytes:
    """Everything that comes back for ``GET path`` on a fresh connection, to EOF."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        parts = []
        try:
            while chunk := sock.recv(65536):
                parts.append(chunk)
        except ConnectionResetError:
            pass  # a dropped connection is reset: what came before it counts
        return b"".join(parts)


def _wait_for(condition: Any, timeout: float = 2.0) -> None:
    """Poll ``condition()`` until true (the server thread notes its reply after sending)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def _proxy_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("faultproxy")]


# -- set-up --------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["8.8.8.8", "192.168.1.1", "10.0.0.1", "no-such-host.invalid"])
def test_refuses_a_non_loopback_upstream(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy(80, host)


def test_accepts_loopback_names() -> None:
    FaultProxy(80, "localhost")
    FaultProxy(80, "127.0.0.2")


def test_listens_on_loopback_only(proxy: FaultProxy) -> None:
    assert proxy.url == f"http://127.0.0.1:{proxy.port}"
    assert proxy.listening_on == ("127.0.0.1", proxy.port)


# -- PASS ----------------------------------------------------------------------------


def test_pass_forwards_with_keep_alive(proxy: FaultProxy, server: TinyServer,
                                       session: requests.Session) -> None:
    assert session.get(f"{proxy.url}/hello", timeout=5).content == b"hello"
    assert session.post(f"{proxy.url}/echo", data=b"x" * 300_000, timeout=5).content \
        == b"x" * 300_000
    assert session.get(f"{proxy.url}/big", timeout=5).content == BIG
    assert session.get(f"{proxy.url}/chunked", timeout=5).content == b"hello chunked world"
    stats = proxy.stats
    assert stats.connections == 1  # one keep-alive connection for all four
    assert stats.requests == stats.forwarded == stats.replies == 4
    assert server.answered == ["/hello", "/echo", "/big", "/chunked"]
    assert [r.action for r in proxy.records()] == ["pass"] * 4


def test_server_closing_an_idle_connection_is_not_a_fault(server: TinyServer,
                                                          session: requests.Session) -> None:
    """The server's keep-alive timeout closes the proxy's idle upstream connection; the
    client's next request on its own (still open) connection must still pass."""
    server.RequestHandlerClass.timeout = 0.2  # type: ignore[attr-defined]
    try:
        with FaultProxy(server.port) as fp:
            assert session.get(f"{fp.url}/hello", timeout=5).ok
            time.sleep(0.5)  # the server hangs up its side meanwhile
            assert session.get(f"{fp.url}/hello", timeout=5).ok
            assert fp.stats.connections == 1
            assert [r.action for r in fp.records()] == ["pass", "pass"]
    finally:
        server.RequestHandlerClass.timeout = 10  # type: ignore[attr-defined]


def test_chunked_request_body_is_forwarded(proxy: FaultProxy,
                                           session: requests.Session) -> None:
    def parts() -> Iterator[bytes]:
        yield b"abc"
        yield b"def"
    # http.server does not read chunked bodies; the proxy must still frame the request
    # and pass the reply, so ask for a GET with a chunked body and check the reply.
    reply = session.request("GET", f"{proxy.url}/hello", data=parts(), timeout=5)
    assert reply.content == b"hello"


# -- DOWN ----------------------------------------------------------------------------


def test_down_refuses_and_drops_live_connections(proxy: FaultProxy, server: TinyServer,
                                                 session: requests.Session) -> None:
    assert session.get(f"{proxy.url}/hello", timeout=5).ok
    proxy.set_mode(Down())
    started = time.monotonic()
    with pytest.raises(requests.ConnectionError):
        session.get(f"{proxy.url}/hello", timeout=5)  # the live connection was dropped
    with pytest.raises(ConnectionRefusedError):  # nothing listens: a TCP probe fails too
        socket.create_connection(("127.0.0.1", proxy.port), timeout=2).close()
    assert time.monotonic() - started < 1.0
    assert server.seen == ["/hello"]
    assert proxy.stats.dropped_connections == 1
    assert proxy.listening_on is None
    proxy.set_mode(Pass())  # listens again, on the same port
    assert session.get(f"{proxy.url}/hello", timeout=5).content == b"hello"


def test_down_resetting_accepts_then_resets(proxy: FaultProxy, server: TinyServer) -> None:
    proxy.set_mode(Down(refuse=False))
    # accepted (then reset, maybe before connect() returns): never refused
    with contextlib.suppress(ConnectionResetError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=2).close()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{proxy.url}/hello", timeout=5)
    assert proxy.stats.refused >= 1
    assert server.seen == []


# -- HANG ----------------------------------------------------------------------------


def test_hang_reads_and_never_answers(proxy: FaultProxy, server: TinyServer) -> None:
    proxy.set_mode(Hang())
    started = time.monotonic()
    with pytest.raises(requests.ReadTimeout):
        requests.post(f"{proxy.url}/echo", data=b"abc", timeout=(2, 0.4))
    assert 0.35 < time.monotonic() - started < 2.0
    assert server.seen == []
    assert proxy.stats.hung == 1


def test_hang_only_matching_path(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.set_mode(Hang(path="/echo"))
    assert session.get(f"{proxy.url}/hello", timeout=5).ok
    with pytest.raises(requests.ReadTimeout):
        session.post(f"{proxy.url}/echo", data=b"a", timeout=(2, 0.3))


# -- DROP_REPLY ----------------------------------------------------------------------


def test_drop_reply_after_the_server_answered(proxy: FaultProxy, server: TinyServer,
                                              session: requests.Session) -> None:
    assert session.get(f"{proxy.url}/hello", timeout=5).ok  # a live keep-alive connection
    proxy.set_mode(DropReply(times=1))
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/slow", data=b"payload", timeout=5)
    # The server got the request and replied in full before the client's side closed.
    assert server.seen == ["/hello", "/slow"]
    _wait_for(lambda: server.answered == ["/hello", "/slow"])
    assert proxy.stats.dropped_replies == 1
    assert isinstance(proxy.mode, Pass)  # times=1: back to PASS
    assert session.post(f"{proxy.url}/echo", data=b"again", timeout=5).content == b"again"
    assert [r.action for r in proxy.records()] == ["pass", "drop_reply", "pass"]
    assert proxy.records()[1].status == 200


def test_drop_reply_after_some_passed(proxy: FaultProxy, server: TinyServer,
                                      session: requests.Session) -> None:
    proxy.set_mode(DropReply(path="/echo", after=2, times=1))
    assert session.get(f"{proxy.url}/hello", timeout=5).ok  # not /echo: not counted
    for _ in range(2):
        assert session.post(f"{proxy.url}/echo", data=b"a", timeout=5).ok
    with pytest.raises(requests.ConnectionError):
        session.post(f"{proxy.url}/echo", data=b"b", timeout=5)
    assert session.post(f"{proxy.url}/echo", data=b"c", timeout=5).ok
    assert [r.action for r in proxy.records("/echo")] == ["pass", "pass", "drop_reply", "pass"]


def test_drop_reply_of_a_chunked_reply(proxy: FaultProxy, server: TinyServer) -> None:
    proxy.set_mode(DropReply(path="/chunked"))
    assert _raw_get(proxy.port, "/chunked") == b""
    _wait_for(lambda: server.answered == ["/chunked"])
    assert _raw_get(proxy.port, "/hello").endswith(b"hello")  # other paths pass


# -- CUT_REPLY_AFTER -----------------------------------------------------------------


def test_cut_reply_after_n_body_bytes(proxy: FaultProxy, server: TinyServer) -> None:
    proxy.set_mode(CutReplyAfter(1000))
    got = _raw_get(proxy.port, "/big")
    head, _, body = got.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.") and b"Content-Length: 102400" in head
    assert body == BIG[:1000]
    with pytest.raises(requests.exceptions.ChunkedEncodingError):  # requests sees it cut
        requests.get(f"{proxy.url}/big", timeout=5)
    assert proxy.stats.cut_replies == 2


def test_cut_reply_times(proxy: FaultProxy) -> None:
    proxy.set_mode(CutReplyAfter(10, times=1))
    assert len(_raw_get(proxy.port, "/big").partition(b"\r\n\r\n")[2]) == 10
    assert _raw_get(proxy.port, "/big").endswith(BIG)


# -- CORRUPT -------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [None, 0, 5000])
def test_corrupt_reply_flips_one_byte(proxy: FaultProxy, offset: int | None) -> None:
    proxy.set_mode(CorruptReply(offset=offset))
    body = requests.get(f"{proxy.url}/big", timeout=5).content
    assert len(body) == len(BIG)
    diffs = [i for i, (a, b) in enumerate(zip(body, BIG, strict=True)) if a != b]
    assert diffs == [len(BIG) // 2 if offset is None else offset]


# -- RESPOND -------------------------------------------------------------------------


def test_respond_429_with_retry_after(proxy: FaultProxy, server: TinyServer,
                                      session: requests.Session) -> None:
    proxy.set_mode(Respond(429, (("Retry-After", "7"),), times=2))
    for _ in range(2):
        reply = session.post(f"{proxy.url}/echo", data=b"x", timeout=5)
        assert reply.status_code == 429
        assert reply.headers["Retry-After"] == "7"
        assert reply.json()["error"] == "busy"
    assert server.seen == []
    assert session.post(f"{proxy.url}/echo", data=b"x", timeout=5).status_code == 200
    assert proxy.stats.connections == 1  # canned replies keep the connection alive


def test_respond_500_custom_body(proxy: FaultProxy) -> None:
    proxy.set_mode(Respond(500, body=b"oops"))
    reply = requests.get(f"{proxy.url}/hello", timeout=5)
    assert (reply.status_code, reply.content) == (500, b"oops")
    proxy.set_mode(Respond(503))
    assert json.loads(requests.get(f"{proxy.url}/hello", timeout=5).content)["error"] == "busy"


# -- FLAP ----------------------------------------------------------------------------


def test_flap_alternates_and_drops_live_connections(proxy: FaultProxy,
                                                    server: TinyServer) -> None:
    proxy.set_mode(Flap(period_s=0.4, down_fraction=0.5))
    outcomes: list[bool] = []
    deadline = time.monotonic() + 1.6
    with requests.Session() as session:
        while time.monotonic() < deadline:
            try:
                outcomes.append(session.get(f"{proxy.url}/hello", timeout=2).ok)
            except requests.ConnectionError:
                outcomes.append(False)
            time.sleep(0.02)
    flips = sum(1 for a, b in itertools.pairwise(outcomes) if a != b)
    assert True in outcomes and False in outcomes
    assert flips >= 3  # up, down, up, down... over four periods
    assert proxy.stats.dropped_connections >= 1  # the keep-alive connection was cut
    assert isinstance(proxy.mode, Flap)


def test_flap_cuts_a_request_in_flight(proxy: FaultProxy, server: TinyServer) -> None:
    proxy.set_mode(Flap(period_s=2.0, down_fraction=0.5))  # up 0-1 s, down from 1 s
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/slow?1.5", data=b"x", timeout=5)  # 1.5 s at the server
    assert server.seen == ["/slow?1.5"]  # it reached the server; the reply never came back


def test_flap_to_pass_stops_flapping(proxy: FaultProxy) -> None:
    proxy.set_mode(Flap(period_s=0.2, down_fraction=0.9))
    proxy.set_mode(Pass())
    assert not [t for t in _proxy_threads() if t.name == "faultproxy-flap"]
    for _ in range(10):
        assert requests.get(f"{proxy.url}/hello", timeout=5).ok
        time.sleep(0.03)


# -- hooks, counters, robustness ----------------------------------------------------


def test_on_forwarded_hook(proxy: FaultProxy, session: requests.Session) -> None:
    seen: list[tuple[str, str]] = []
    proxy.on_forwarded(lambda method, path: seen.append((method, path)))
    session.post(f"{proxy.url}/echo", data=b"x", timeout=5)
    proxy.set_mode(Respond(500))
    session.get(f"{proxy.url}/hello", timeout=5)  # canned: never forwarded
    assert seen == [("POST", "/echo")]


def test_upstream_gone_drops_the_client(server: TinyServer) -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        dead_port = spare.getsockname()[1]
    with FaultProxy(dead_port) as fp, pytest.raises(requests.ConnectionError):
        requests.get(f"{fp.url}/hello", timeout=5)


def test_switching_modes_under_load_is_safe(proxy: FaultProxy) -> None:
    errors: list[BaseException] = []
    done = threading.Event()

    def client() -> None:
        with requests.Session() as s:
            while not done.is_set():
                try:
                    s.post(f"{proxy.url}/echo", data=b"y" * 2000, timeout=(1, 0.3))
                except requests.RequestException:
                    pass
                except BaseException as exc:  # anything else is a proxy bug
                    errors.append(exc)

    clients = [threading.Thread(target=client) for _ in range(4)]
    for t in clients:
        t.start()
    modes: list[Mode] = [Pass(), Down(), DropReply(), Respond(500), CutReplyAfter(5), Hang(),
                         CorruptReply(), Flap(0.05, 0.5), Down(refuse=False),
                         Flap(0.03, 0.5, refuse=False)]
    for i in range(40):
        proxy.set_mode(modes[i % len(modes)])
        time.sleep(0.02)
    proxy.set_mode(Pass())
    done.set()
    for t in clients:
        t.join(5)
    assert errors == []
    assert requests.post(f"{proxy.url}/echo", data=b"ok", timeout=5).content == b"ok"


def test_stop_is_fast_and_leaves_nothing(server: TinyServer) -> None:
    fp = FaultProxy(server.port).start()
    fp.set_mode(Hang(path="/hang"))
    with socket.create_connection(("127.0.0.1", fp.port)) as hung, requests.Session() as s:
        hung.sendall(b"GET /hang HTTP/1.1\r\nHost: x\r\n\r\n")
        _wait_for(lambda: fp.stats.hung == 1)
        fp.set_mode(Flap(10, 0.1))
        s.get(f"{fp.url}/hello", timeout=5)  # an idle keep-alive connection stays open
        assert len(_proxy_threads()) == 4  # accept, flap, two connections
        started = time.monotonic()
        fp.stop()
        assert time.monotonic() - started < 0.5
        assert hung.recv(10) == b""  # the hung client was let go
    assert not _proxy_threads()
    fp.stop()  # twice is fine
