"""How long to wait after a failure: exponential backoff with full jitter (pure)."""

from __future__ import annotations

import random
from collections.abc import Callable

#: The exponent stops growing here: 2**30 times any sane base is far past any cap, and
#: a million consecutive failures neither overflow nor take long to compute.
MAX_EXPONENT = 30


def backoff_ceiling(failures: int, base: float, cap: float) -> float:
    """The longest wait after ``failures`` consecutive failures: ``base * 2**(n-1)``,
    never more than ``cap`` (0 when nothing failed)."""
    if failures <= 0:
        return 0.0
    exponent = min(failures - 1, MAX_EXPONENT)
    return float(min(cap, base * (1 << exponent)))


def backoff_delay(failures: int, base: float, cap: float,
                  rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after ``failures`` consecutive failures (full jitter).

    A uniform draw in ``[0, backoff_ceiling(failures, base, cap)]``: devices that lost
    the centre together do not all come back at the same instant.  ``rand`` returns
    a float in ``[0, 1)`` (injectable for tests).
    """
    ceiling = backoff_ceiling(failures, base, cap)
    return min(ceiling, max(0.0, rand()) * ceiling)
