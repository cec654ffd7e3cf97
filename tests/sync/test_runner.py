"""The sync worker against a scripted centre: states, backoff, probes, stop, sync now."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import (
    VISITOR,
    FakeCentre,
    Seen,
    accept_all,
    enrol_locally,
    json_answer,
    queue_events,
)

from kiosk.config import SyncConfig
from kiosk.store import SqlStore
from kiosk.sync.errors import NotEnrolled
from kiosk.sync.runner import SyncRunner, local_now
from kiosk.sync.status import NOT_ENROLLED, OFFLINE, ONLINE, REVOKED, SyncStatus


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def pushes(centre: FakeCentre) -> list[Seen]:
    return [s for s in centre.seen if s.path == "/api/v1/events"]


@pytest.fixture
def centre(fake_centre: FakeCentre) -> FakeCentre:
    fake_centre.routes[("POST", "/api/v1/events")] = accept_all
    fake_centre.routes[("GET", "/api/v1/bundle")] = lambda seen: (204, {}, b"")
    return fake_centre


@pytest.fixture
def make_runner(data_dir: Path, store: SqlStore,
                fast: SyncConfig) -> Iterator[Callable[..., SyncRunner]]:
    made: list[SyncRunner] = []

    def make(**config: Any) -> SyncRunner:
        runner = SyncRunner(data_dir, store, replace(fast, **config), rand=lambda: 1.0,
                            idle_poll_s=0.2)
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.stop(timeout=10)


def test_not_enrolled_sends_nothing_and_events_wait(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    queue_events(store, 3)
    runner = make_runner()
    with pytest.raises(NotEnrolled):
        runner.run_once()
    runner.start()
    wait_for(lambda: runner.status().state == NOT_ENROLLED)
    time.sleep(0.3)
    assert centre.seen == [] and runner.status().pending == 3
    enrol_locally(data_dir, centre.url, centre_key)
    runner.sync_now()
    wait_for(lambda: runner.status().pending == 0)
    assert runner.status().state == ONLINE


def test_the_queue_drains_batch_after_batch_and_subscribers_hear_it(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 120)
    runner = make_runner()
    heard: list[tuple[str, SyncStatus]] = []
    runner.subscribe(lambda status: heard.append((threading.current_thread().name, status)))
    runner.start()
    wait_for(lambda: runner.status().pending == 0)
    wait_for(lambda: runner.status().last_success_at is not None)
    sizes = [len(s.json()["events"]) for s in pushes(centre)]
    assert sizes == [50, 50, 20]
    assert [s.json()["backlog"] for s in pushes(centre)] == [120, 70, 20]
    seqs = [e["seq"] for s in pushes(centre) for e in s.json()["events"]]
    assert seqs == list(range(1, 121))
    wait_for(lambda: bool(heard) and heard[-1][1].pending == 0)
    assert {name for name, _ in heard} == {"jisr-sync"}
    status = runner.status()
    assert status.state == ONLINE and status.last_success_at is not None
    assert status.device_id == "dev-test0001" and status.server_url == centre.url
    # New events (from this process or another) go out without being asked.
    queue_events(store, 2)
    wait_for(lambda: runner.status().pending == 0, timeout=10)


def test_unreachable_means_offline_with_a_next_try_and_nothing_lost_then_it_comes_back(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre_key: ed25519.Ed25519PrivateKey) -> None:
    down = FakeCentre()
    port, url = down.port, down.url
    down.close()
    enrol_locally(data_dir, url, centre_key)
    queue_events(store, 5)
    # A long backoff: only the probe can bring it back quickly.
    runner = make_runner(backoff_base_s=60, backoff_cap_s=60, probe_interval_s=1)
    runner.start()
    wait_for(lambda: runner.status().last_error == "unreachable")
    status = runner.status()
    assert status.state == OFFLINE and status.pending == 5
    assert status.next_try_at is not None
    assert status.next_try_at - local_now() > timedelta(seconds=50)
    back = FakeCentre(port=port)
    try:
        back.routes[("POST", "/api/v1/events")] = accept_all
        back.routes[("GET", "/api/v1/bundle")] = lambda seen: (204, {}, b"")
        started = time.monotonic()
        wait_for(lambda: runner.status().pending == 0, timeout=10)
        assert time.monotonic() - started < 5        # the probe, not the 60 s backoff
        wait_for(lambda: runner.status().state == ONLINE)
        assert runner.status().last_error is None
    finally:
        back.close()


def test_stop_is_prompt_and_sync_now_skips_the_backoff(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 2)
    failing = {"on": True}

    def flaky(seen: Seen) -> Any:
        if failing["on"]:
            return json_answer(500, {"error": "internal", "message": "x"})
        return accept_all(seen)

    centre.routes[("POST", "/api/v1/events")] = flaky
    runner = make_runner(backoff_base_s=600, backoff_cap_s=600)
    runner.start()
    wait_for(lambda: runner.status().last_error == "server_error")
    assert runner.status().state == OFFLINE
    failing["on"] = False
    time.sleep(0.3)
    assert runner.status().pending == 2          # waiting out the backoff
    runner.sync_now()
    wait_for(lambda: runner.status().pending == 0, timeout=5)
    started = time.monotonic()
    runner.stop(timeout=5)
    assert time.monotonic() - started < 1.0 and not runner.running


def test_busy_waits_the_centres_retry_after(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 1)
    centre.routes[("POST", "/api/v1/events")] = lambda seen: json_answer(
        503, {"error": "busy", "message": "x"}, {"Retry-After": "40"})
    runner = make_runner()
    runner.start()
    wait_for(lambda: runner.status().last_error == "busy")
    next_try = runner.status().next_try_at
    assert next_try is not None
    assert timedelta(seconds=35) < next_try - local_now() <= timedelta(seconds=41)
    time.sleep(0.5)
    assert len(pushes(centre)) == 1


def test_revoked_stops_pushing_keeps_the_queue_until_enrolled_again(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 4)
    centre.routes[("POST", "/api/v1/events")] = lambda seen: json_answer(
        401, {"error": "revoked", "message": "revoked"})
    runner = make_runner()
    runner.start()
    wait_for(lambda: runner.status().state == REVOKED)
    runner.sync_now()
    time.sleep(0.5)
    assert len(pushes(centre)) == 1 and runner.status().pending == 4
    assert runner.run_once().error is not None
    assert len(pushes(centre)) == 1
    # A new enrolment (kiosk enrol resets the state) lets it go on.
    centre.routes[("POST", "/api/v1/events")] = accept_all
    enrol_locally(data_dir, centre.url, centre_key, device_id="dev-test0001")
    store.reset_sync_state(ONLINE, local_now())
    runner.sync_now()
    wait_for(lambda: runner.status().pending == 0)


def test_a_gap_is_never_skipped(make_runner: Callable[..., SyncRunner], store: SqlStore,
                                data_dir: Path, centre: FakeCentre,
                                centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 4)

    def gap_after_two(seen: Seen) -> Any:
        events = seen.json()["events"]
        return json_answer(200, {"last_seq": 2, "results": [
            {"event_id": e["event_id"], "seq": e["seq"],
             "status": "accepted" if e["seq"] <= 2 else "gap", "replay": False,
             **({"expected_seq": 3} if e["seq"] > 2 else {})} for e in events]})

    centre.routes[("POST", "/api/v1/events")] = gap_after_two
    report = make_runner().run_once()
    assert report.error is not None and report.error.code == "gap"
    assert report.push.sent == 2
    assert [i.seq for i in store.pending_outbox()] == [3, 4]
    status = make_runner().status()
    assert status.last_error == "gap" and "expects seq 3" in (status.last_error_detail or "")


def test_a_bad_reply_changes_nothing(make_runner: Callable[..., SyncRunner],
                                     store: SqlStore, data_dir: Path, centre: FakeCentre,
                                     centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 3)
    centre.routes[("POST", "/api/v1/events")] = lambda seen: json_answer(
        200, {"last_seq": 3, "results": [{"event_id": "x", "seq": 1, "status": "accepted"}]})
    report = make_runner().run_once()
    assert report.error is not None and report.error.code == "bad_reply"
    assert store.outbox_count("pending") == 3 and store.outbox_count("sent") == 0


def test_dead_letters_can_be_retried_or_discarded(
        make_runner: Callable[..., SyncRunner], store: SqlStore, data_dir: Path,
        centre: FakeCentre, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 3)

    def refuse_first_two(seen: Seen) -> Any:
        events = seen.json()["events"]
        return json_answer(200, {"last_seq": events[-1]["seq"], "results": [
            {"event_id": e["event_id"], "seq": e["seq"],
             "status": "conflict" if e["seq"] <= 2 else "accepted",
             "reason": "payload differs", "replay": False} for e in events]})

    centre.routes[("POST", "/api/v1/events")] = refuse_first_two
    runner = make_runner()
    assert runner.run_once().ok
    dead = runner.dead_letters()
    assert [(d.seq, d.reason) for d in dead] == [(1, "conflict: payload differs"),
                                                 (2, "conflict: payload differs")]
    assert runner.status().dead == 2 and runner.status().pending == 0
    centre.routes[("POST", "/api/v1/events")] = accept_all
    assert runner.retry_dead(dead[0].event_id) and not runner.retry_dead("nope")
    assert runner.discard_dead(dead[1].event_id)
    assert runner.run_once().push.sent == 1
    assert runner.status().dead == 0 and store.outbox_count("discarded") == 1


def test_nothing_personal_is_logged(make_runner: Callable[..., SyncRunner], store: SqlStore,
                                    data_dir: Path, centre: FakeCentre,
                                    centre_key: ed25519.Ed25519PrivateKey,
                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    enrol_locally(data_dir, centre.url, centre_key)
    queue_events(store, 2)
    centre.routes[("POST", "/api/v1/events")] = lambda seen: json_answer(
        422, {"error": "invalid", "message": f"events[0].payload: {VISITOR}"})
    runner = make_runner()
    runner.run_once()
    centre.routes[("POST", "/api/v1/events")] = accept_all
    runner.run_once()
    assert VISITOR not in caplog.text and "s3cr3t" not in caplog.text
    assert VISITOR not in str(runner.status())
