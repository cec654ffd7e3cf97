"""The centre answers 500, 429/503 with Retry-After, or hangs.

The kiosk must back off (later and later tries, never a tight loop), honour
``Retry-After``, lose nothing, send everything once the centre is well again -- and
the kiosk's screen must stay responsive while the worker is stuck on a hanging centre.

The faulty answers are canned by the fault proxy (``Respond``) in front of the real
centre; a hang is the proxy reading the request and never answering (``Hang``).
"""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.faults.conftest import Enrolled
from tests.faults.sync_env import KioskNode, assert_exactly_once, centre_events, wait_for
from tests.support.faultproxy import Hang, Pass, Respond
from tests.ui.kiosk_helpers import click, demo_kiosk, make_window, tap_through_to

EVENTS_PATH = "/api/v1/events"


@contextmanager
def sync_worker(node: KioskNode) -> Iterator[subprocess.Popen[str]]:
    """The long-running ``kiosk sync`` for the block; SIGTERM (and must exit 0) after."""
    worker = node.spawn("sync")
    try:
        yield worker
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            _out, err = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.communicate()
            raise
    assert worker.returncode == 0, err


def _attempts(enrolled: Enrolled) -> list[float]:
    return [r.at for r in enrolled.proxy.records(EVENTS_PATH)]


def test_500_backs_off_keeps_everything_then_delivers(enrolled: Enrolled) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(backoff_base_s=1, backoff_cap_s=4)
    node.issue(3)
    proxy.set_mode(Respond(500, path=EVENTS_PATH))
    with sync_worker(node):
        time.sleep(8)
        tries = _attempts(enrolled)
        gaps = [b - a for a, b in itertools.pairwise(tries)]
        # Retried, but backed off: waits drawn from [0, 1], [0, 2], [0, 4], [0, 4]...
        # A worker without backoff would have made hundreds of tries in 8 s.
        assert 2 <= len(tries) <= 12, gaps
        status = node.status()
        assert status["state"] == "offline"
        assert status["last_error"] == "server_error"
        assert status["pending"] == 3
        assert status["next_try_at"] is not None
        assert centre_events(enrolled.centre, enrolled.device_id).rows == 0
        proxy.set_mode(Pass())
        wait_for(lambda: node.outbox_counts() == {"sent": 3}, 30, "delivery after the 500s")
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)
    print(f"\n500s: {len(tries)} tries in 8 s, gaps {[round(g, 2) for g in gaps]}")


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(enrolled: Enrolled, status: int) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(backoff_base_s=1, backoff_cap_s=1)  # backoff alone: at most 1 s
    node.issue(2)
    proxy.set_mode(Respond(status, (("Retry-After", "3"),), path=EVENTS_PATH, times=1))

    once = node.run("sync", "--once", "--json", check=False)
    assert once.returncode == 3
    assert json.loads(once.stdout.strip().splitlines()[-1])["error"] == "busy"
    shown = node.status()
    wait = (datetime.fromisoformat(shown["next_try_at"])
            - datetime.fromisoformat(shown["last_attempt_at"])).total_seconds()
    assert 2.5 <= wait <= 4, shown  # next try: Retry-After from now, not the 1 s backoff

    proxy.set_mode(Respond(status, (("Retry-After", "3"),), path=EVENTS_PATH, times=1))
    proxy.reset_counters()
    with sync_worker(node):
        wait_for(lambda: node.outbox_counts() == {"sent": 2}, 30, "delivery after the 429")
    tries = _attempts(enrolled)
    assert [r.action for r in proxy.records(EVENTS_PATH)][:2] == ["respond", "pass"]
    assert tries[1] - tries[0] >= 2.9, f"retried {tries[1] - tries[0]:.2f} s after"
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)


def test_hanging_centre_times_out_then_delivers(enrolled: Enrolled) -> None:
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(read_timeout_s=2, backoff_base_s=1, backoff_cap_s=2)
    node.issue(2)
    proxy.set_mode(Hang(path=EVENTS_PATH, times=1))
    started = time.monotonic()
    with sync_worker(node):
        wait_for(lambda: node.outbox_counts() == {"sent": 2}, 30, "delivery after the hang")
    took = time.monotonic() - started
    assert proxy.stats.hung == 1
    assert 2 <= took <= 15, took  # the read timeout, a backoff, the retry
    assert_exactly_once(node, enrolled.centre, enrolled.device_id)


def _timed(call: object) -> float:
    began = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - began


def test_kiosk_screen_stays_responsive_while_the_worker_hangs(
        enrolled: Enrolled, qtbot: QtBot) -> None:
    """The real kiosk window with its real SyncRunner stuck on a centre that never answers:
    status and "sync now" return at once, the event loop keeps turning, and a visitor
    gets a ticket (the worker holds no database lock while it waits on the network)."""
    node, proxy = enrolled.node, enrolled.proxy
    node.write_config(read_timeout_s=60)
    node.issue(1)
    node.close()
    proxy.set_mode(Hang(path=EVENTS_PATH))
    kiosk = demo_kiosk(node.data, tap_guard_ms=0)
    window = make_window(qtbot, kiosk)
    runner = kiosk.sync
    runner.start()
    try:
        qtbot.waitUntil(lambda: proxy.stats.hung >= 1, timeout=20000)  # stuck now
        qtbot.wait(200)
        bridge = window.sync_bridge
        assert bridge is not None
        took_status = sorted(_timed(runner.status) for _ in range(21))
        took_now = sorted(_timed(runner.sync_now) for _ in range(21))
        took_bridge = sorted(_timed(bridge.refresh) for _ in range(5))
        # Immediate (a few small queries), never the network's 60 s read timeout; the
        # worst of each is allowed a hiccup of a busy test machine.
        for took in (took_status, took_now, took_bridge):
            assert took[len(took) // 2] < 0.05 and took[-1] < 0.5, took
        worst_status, worst_now, worst_bridge = took_status[-1], took_now[-1], took_bridge[-1]

        # The event loop keeps turning: a 10 ms timer is never late by much.
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        qtbot.wait(1000)
        timer.stop()
        worst_gap = max(b - a for a, b in itertools.pairwise(ticks))
        assert worst_gap < 0.25, worst_gap

        # A visitor gets a ticket meanwhile, promptly.
        began = time.perf_counter()
        tap_through_to(window, qtbot, "fr", "civil_identity", "cnie")
        click(qtbot, window.screens["card"].next_button)  # type: ignore[attr-defined]
        click(qtbot, window.screens["notice"].decline)  # type: ignore[attr-defined]
        click(qtbot, window.screens["priority"].buttons["none"])  # type: ignore[attr-defined]
        with qtbot.waitSignal(window.ticketIssued, timeout=5000):
            click(qtbot, window.screens["confirm"].confirm)  # type: ignore[attr-defined]
        journey = time.perf_counter() - began
        assert journey < 3.0, journey
        assert runner.status().pending == 2
        assert proxy.stats.hung >= 1 and centre_events(enrolled.centre,
                                                        enrolled.device_id).rows == 0
        print(f"\nworker hung, worst of each: status() {worst_status * 1000:.1f} ms, sync_now() "
              f"{worst_now * 1000:.1f} ms, bridge refresh {worst_bridge * 1000:.1f} ms, "
              f"worst timer gap {worst_gap * 1000:.0f} ms, a visitor's ticket {journey:.2f} s")
    finally:
        proxy.set_mode(Pass())
        proxy.down()  # drops the hung connection: the worker's request fails at once
        proxy.set_mode(Pass())
        stopped = _timed(lambda: runner.stop(timeout=10))
        kiosk.store.close()
    assert not runner.running
    assert stopped < 5, stopped
