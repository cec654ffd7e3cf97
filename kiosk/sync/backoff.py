"""The sync runner's backoff: the formula is :mod:`kiosk.domain.backoff` (shared with
the hall server's relay, which may not import this package)."""

from __future__ import annotations

from kiosk.domain.backoff import MAX_EXPONENT, backoff_ceiling, backoff_delay

__all__ = ["MAX_EXPONENT", "backoff_ceiling", "backoff_delay"]
