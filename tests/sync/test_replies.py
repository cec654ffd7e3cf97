"""Replies that do not follow the protocol are refused (bad_reply) and change nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.sync.errors import BadReply
from kiosk.sync.push import settle
from kiosk.sync.replies import error_code, parse_enrol_reply, parse_push_reply

BATCH = [("e1", 1), ("e2", 2), ("e3", 3)]


def result(event_id: str, seq: int, status: str = "accepted", **extra: Any) -> dict[str, Any]:
    return {"event_id": event_id, "seq": seq, "status": status, "replay": False, **extra}


def body(results: list[Any], last_seq: Any = 3, **extra: Any) -> bytes:
    return json.dumps({"last_seq": last_seq, "results": results, **extra}).encode()


def test_a_good_reply_is_read_and_unknown_fields_are_ignored() -> None:
    reply = parse_push_reply(body([
        result("e1", 1, replay=True, future_field={"x": 1}),
        result("e2", 2, "conflict", reason="payload differs"),
        result("e3", 3, "rejected", reason="unknown type")], server_time="now"), BATCH)
    assert reply.last_seq == 3
    assert [r.status for r in reply.results] == ["accepted", "conflict", "rejected"]
    assert reply.results[0].replay is True
    sent, dead, gap, replays = settle(reply)
    assert sent == ["e1"] and replays == 1 and gap is None
    assert dead == {"e2": "conflict: payload differs", "e3": "rejected: unknown type"}


def test_a_gap_stops_the_batch_there() -> None:
    reply = parse_push_reply(body([
        result("e1", 1), result("e2", 2, "gap", expected_seq=1, reason="missing"),
        result("e3", 3, "gap", expected_seq=1)], last_seq=1), BATCH)
    sent, dead, gap, _ = settle(reply)
    assert sent == ["e1"] and dead == {}
    assert gap is not None and "expects seq 1" in gap


BAD: list[tuple[str, bytes]] = [
    ("not json", b"<html>oops</html>"),
    ("not an object", b"[]"),
    ("empty", b""),
    ("not UTF-8", b"\xff\xfe{}"),
    ("a key twice", b'{"last_seq": 1, "last_seq": 2, "results": []}'),
    ("NaN", b'{"last_seq": NaN, "results": []}'),
    ("no last_seq", json.dumps({"results": [result(i, s) for i, s in BATCH]}).encode()),
    ("last_seq a string", body([result(i, s) for i, s in BATCH], last_seq="3")),
    ("last_seq a bool", body([result(i, s) for i, s in BATCH], last_seq=True)),
    ("negative last_seq", body([result(i, s) for i, s in BATCH], last_seq=-1)),
    ("results missing", json.dumps({"last_seq": 3}).encode()),
    ("one result short", body([result("e1", 1), result("e2", 2)])),
    ("one result too many", body([result(i, s) for i, s in BATCH] + [result("e4", 4)])),
    ("out of order", body([result("e2", 2), result("e1", 1), result("e3", 3)])),
    ("another event", body([result("e1", 1), result("x", 2), result("e3", 3)])),
    ("another seq", body([result("e1", 1), result("e2", 5), result("e3", 3)])),
    ("seq as bool", json.dumps({"last_seq": 1, "results": [
        {"event_id": "e1", "seq": True, "status": "accepted"}]}).encode()),
    ("unknown status", body([result("e1", 1, "maybe"), result("e2", 2), result("e3", 3)])),
    ("replay not a bool", body([result("e1", 1, replay="yes"), result("e2", 2),
                                result("e3", 3)])),
    ("a result not an object", body(["accepted", result("e2", 2), result("e3", 3)])),
    ("gap without expected_seq", body([result("e1", 1, "gap"), result("e2", 2, "gap",
                                       expected_seq=1), result("e3", 3, "gap", expected_seq=1)])),
    ("accepted after a gap", body([result("e1", 1, "gap", expected_seq=1), result("e2", 2),
                                   result("e3", 3)])),
    ("reason not text", body([result("e1", 1, "rejected", reason=5), result("e2", 2),
                              result("e3", 3)])),
]


@pytest.mark.parametrize(("case", "data"), BAD, ids=[c for c, _ in BAD])
def test_a_reply_off_the_protocol_is_a_bad_reply(case: str, data: bytes) -> None:
    batch = BATCH[:1] if case == "seq as bool" else BATCH
    with pytest.raises(BadReply) as refused:
        parse_push_reply(data, batch)
    assert refused.value.code == "bad_reply"


def test_bad_reply_texts_never_echo_the_reply() -> None:
    secret = "Fatima Zahra AB123456"
    data = body([result("e1", 1, "maybe", reason=secret), result("e2", 2), result("e3", 3)])
    with pytest.raises(BadReply) as refused:
        parse_push_reply(data, BATCH)
    assert secret not in str(refused.value)
    with pytest.raises(BadReply) as refused:
        parse_push_reply(json.dumps({"last_seq": secret}).encode(), BATCH)
    assert secret not in str(refused.value)


def test_reasons_are_kept_short_and_printable() -> None:
    reply = parse_push_reply(body([result("e1", 1, "rejected", reason="a\nb" + "x" * 1000)]),
                             BATCH[:1])
    reason = reply.results[0].reason
    assert reason is not None and "\n" not in reason and len(reason) <= 300


ENROL = {"device_id": "dev-3f9a1c2e", "credential": "dev-3f9a1c2e.Zm9vYmFy",
         "site_code": "TNG01", "centre_key_pem": "-----BEGIN PUBLIC KEY-----..."}


def test_an_enrol_reply_is_checked() -> None:
    reply = parse_enrol_reply(json.dumps(ENROL).encode())
    assert reply.device_id == "dev-3f9a1c2e" and reply.site_code == "TNG01"
    for field, value in [("device_id", ""), ("credential", "other.Zm9v"),
                         ("credential", "dev-3f9a1c2e.a b\r\nX-Evil: 1"),
                         ("site_code", "tng01"), ("centre_key_pem", None),
                         ("device_id", 5)]:
        with pytest.raises(BadReply):
            parse_enrol_reply(json.dumps({**ENROL, field: value}).encode())


def test_error_codes_are_read_only_when_they_are_short_words() -> None:
    assert error_code(b'{"error": "revoked", "message": "x"}') == "revoked"
    assert error_code(b'{"error": "Fatima AB123456"}') is None
    assert error_code(b"<html>") is None and error_code(b"") is None
