"""The HTTP client: every failure mapped to its stable code; TLS by CA or by pin."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import FakeCentre, Seen, accept_all, json_answer, self_signed_cert

from kiosk.config import SyncConfig
from kiosk.store import OutboxItem
from kiosk.sync.client import CentreClient, encode_push, retry_after_seconds
from kiosk.sync.errors import BadReply, SyncError
from kiosk.sync.probe import probe_port

EVENTS = [OutboxItem(f"e{i}", i, "request.created",
                     {"v": 1, "request": {"fields": {"full_name": "فاطمة"}}},
                     datetime(2026, 11, 24, 9, 12, 3, tzinfo=UTC)) for i in (1, 2)]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def push(url: str, config: SyncConfig, credential: str = "dev-1.c2Vj") -> Any:
    client = CentreClient(url, config, credential)
    try:
        return client.push(EVENTS, 2, "0.2.0")
    finally:
        client.close()


def test_a_push_carries_the_events_backlog_and_credential(fake_centre: FakeCentre,
                                                          fast: SyncConfig) -> None:
    fake_centre.routes[("POST", "/api/v1/events")] = accept_all
    reply = push(fake_centre.url, fast)
    assert [r.status for r in reply.results] == ["accepted", "accepted"]
    seen = fake_centre.seen[-1]
    assert seen.headers["Authorization"] == "Bearer dev-1.c2Vj"
    assert seen.headers["Content-Type"] == "application/json"
    doc = seen.json()
    assert doc["backlog"] == 2 and doc["software_version"] == "0.2.0"
    assert doc["events"][0] == {"event_id": "e1", "seq": 1, "type": "request.created",
                                "created_at": "2026-11-24T09:12:03+00:00",
                                "payload": EVENTS[0].payload}
    assert "فاطمة".encode() in seen.body        # UTF-8, not \\u escapes
    assert encode_push(EVENTS, 2, "0.2.0") == seen.body  # the same bytes every time


def test_one_session_keeps_the_connection_alive(fake_centre: FakeCentre,
                                                fast: SyncConfig) -> None:
    fake_centre.routes[("POST", "/api/v1/events")] = accept_all
    ports = []

    def remember(seen: Seen) -> Any:
        ports.append(seen.handler.client_address[1])
        return accept_all(seen)

    fake_centre.routes[("POST", "/api/v1/events")] = remember
    client = CentreClient(fake_centre.url, fast, "dev-1.c2Vj")
    for _ in range(5):
        client.push(EVENTS, 2, "0.2.0")
    client.close()
    assert len(set(ports)) == 1


ANSWERS: list[tuple[str, Any, str, dict[str, Any]]] = [
    ("401 revoked", json_answer(401, {"error": "revoked", "message": "x"}), "revoked", {}),
    ("401 other", json_answer(401, {"error": "unauthenticated", "message": "x"}),
     "unauthenticated", {}),
    ("503 Retry-After", json_answer(503, {"error": "busy"}, {"Retry-After": "17"}), "busy",
     {"retry_after": 17.0}),
    ("429 no Retry-After", json_answer(429, {"error": "busy"}), "busy", {"retry_after": None}),
    ("503 no Retry-After", json_answer(503, {"error": "x"}), "server_error", {}),
    ("500", (500, {}, b"Internal Server Error"), "server_error", {}),
    ("502 HTML", (502, {"Content-Type": "text/html"}, b"<h1>Bad Gateway</h1>"),
     "server_error", {}),
    ("422 invalid", json_answer(422, {"error": "invalid", "message": "x"}), "bad_reply", {}),
    ("302 redirect", (302, {"Location": "http://elsewhere/"}, b""), "bad_reply", {}),
    ("200 garbage", (200, {"Content-Type": "application/json"}, b"<html>"), "bad_reply", {}),
    ("200 wrong results", json_answer(200, {"last_seq": 1, "results": []}), "bad_reply", {}),
]


@pytest.mark.parametrize(("case", "answer", "code", "attrs"), ANSWERS,
                         ids=[a[0] for a in ANSWERS])
def test_answers_map_to_stable_codes(case: str, answer: Any, code: str,
                                     attrs: dict[str, Any], fake_centre: FakeCentre,
                                     fast: SyncConfig) -> None:
    fake_centre.routes[("POST", "/api/v1/events")] = lambda seen: answer
    with pytest.raises(SyncError) as failed:
        push(fake_centre.url, fast)
    assert failed.value.code == code
    for name, value in attrs.items():
        assert getattr(failed.value, name) == value
    assert "فاطمة" not in str(failed.value) and "c2Vj" not in str(failed.value)


def test_a_refused_connection_is_unreachable_and_link_down(fast: SyncConfig) -> None:
    with pytest.raises(SyncError) as failed:
        push(f"http://127.0.0.1:{closed_port()}", fast)
    assert failed.value.code == "unreachable" and failed.value.link_down


def test_no_answer_in_time_is_a_timeout(fake_centre: FakeCentre, fast: SyncConfig) -> None:
    def slow(seen: Seen) -> Any:
        time.sleep(2.5)
        return accept_all(seen)

    fake_centre.routes[("POST", "/api/v1/events")] = slow
    started = time.monotonic()
    with pytest.raises(SyncError) as failed:
        push(fake_centre.url, replace(fast, read_timeout_s=1))
    assert failed.value.code == "timeout" and not failed.value.link_down
    assert time.monotonic() - started < 2.4


def test_a_connection_dropped_mid_reply_is_unreachable(fake_centre: FakeCentre,
                                                       fast: SyncConfig) -> None:
    def drop(seen: Seen) -> None:
        handler = seen.handler
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "500")
        handler.end_headers()
        handler.wfile.write(b'{"last_seq": 2, "res')
        handler.wfile.flush()
        handler.close_connection = True

    fake_centre.routes[("POST", "/api/v1/events")] = drop
    with pytest.raises(SyncError) as failed:
        push(fake_centre.url, fast)
    assert failed.value.code == "unreachable" and not failed.value.link_down


def test_an_oversized_reply_is_a_bad_reply(fake_centre: FakeCentre, fast: SyncConfig,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.sync.client as client_module
    monkeypatch.setattr(client_module, "MAX_REPLY_BYTES", 100)
    fake_centre.routes[("POST", "/api/v1/events")] = accept_all
    with pytest.raises(BadReply):
        push(fake_centre.url, fast)


def test_retry_after_as_seconds_or_date_and_bounded() -> None:
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert retry_after_seconds("30") == 30.0
    assert retry_after_seconds("Tue, 24 Nov 2026 09:01:00 GMT", now) == 60.0
    assert retry_after_seconds("Tue, 24 Nov 2026 08:00:00 GMT", now) == 0.0
    assert retry_after_seconds("99999999999") == 86_400.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_the_probe_sees_a_port_open_or_closed(fake_centre: FakeCentre) -> None:
    assert probe_port(fake_centre.url, 1.0)
    assert not probe_port(f"http://127.0.0.1:{closed_port()}/", 1.0)


# -- TLS ---------------------------------------------------------------------------------


@pytest.fixture
def tls_centre(tmp_path: Path) -> Any:
    cert, key, fingerprint = self_signed_cert(tmp_path)
    centre = FakeCentre(tls=(cert, key))
    centre.routes[("POST", "/api/v1/events")] = accept_all
    yield centre, cert, fingerprint
    centre.close()


def test_tls_with_the_centres_ca_bundle(tls_centre: Any, fast: SyncConfig) -> None:
    centre, cert, _ = tls_centre
    assert push(centre.url, replace(fast, ca_bundle=str(cert))).last_seq == 2


def test_tls_refuses_a_certificate_no_ca_vouches_for(tls_centre: Any,
                                                     fast: SyncConfig) -> None:
    centre, _, _ = tls_centre
    with pytest.raises(SyncError) as failed:
        push(centre.url, fast)
    assert failed.value.code == "tls"


def test_a_pinned_certificate_is_accepted_and_another_refused(
        tls_centre: Any, fast: SyncConfig) -> None:
    centre, _, fingerprint = tls_centre
    colons = ":".join(fingerprint[i:i + 2] for i in range(0, 64, 2)).upper()
    assert push(centre.url, replace(fast, pinned_sha256=colons)).last_seq == 2
    with pytest.raises(SyncError) as failed:
        push(centre.url, replace(fast, pinned_sha256="ab" * 32))
    assert failed.value.code == "tls"
    assert len(centre.seen) == 1          # the refused connection sent nothing
