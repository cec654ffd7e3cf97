"""Backoff: exponential, full jitter, capped, and no overflow however long it fails."""

from __future__ import annotations

import random

import pytest

from kiosk.domain.backoff import MAX_EXPONENT, backoff_ceiling, backoff_delay


def test_the_ceiling_doubles_from_the_base_up_to_the_cap() -> None:
    assert [backoff_ceiling(n, 2, 300) for n in range(0, 10)] == \
        [0, 2, 4, 8, 16, 32, 64, 128, 256, 300]


@pytest.mark.parametrize("failures", [1, 2, 5, 31, 64, 1000, 10**6, 10**18])
def test_every_delay_is_within_zero_and_the_cap(failures: int) -> None:
    rng = random.Random(failures)
    for _ in range(200):
        delay = backoff_delay(failures, 2, 300, rng.random)
        assert 0.0 <= delay <= 300.0
    assert backoff_delay(failures, 2, 300, lambda: 0.999999) <= 300.0


def test_a_million_failures_neither_overflow_nor_exceed_the_cap() -> None:
    assert backoff_ceiling(10**6, 2, 300) == 300.0
    assert backoff_ceiling(10**6, 600, 86_400) == 86_400.0
    assert backoff_delay(10**6, 1, 5, lambda: 1.0) == 5.0
    assert MAX_EXPONENT <= 62  # a shift that always fits a machine word


def test_full_jitter_spreads_devices_over_the_whole_window() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(6, 2, 300, rng.random) for _ in range(2000)]
    assert min(delays) < 5 and max(delays) > 60   # ceiling 64: uniform over [0, 64]
    assert 25 < sum(delays) / len(delays) < 39


def test_no_failure_means_no_wait() -> None:
    assert backoff_delay(0, 2, 300, lambda: 0.5) == 0.0
