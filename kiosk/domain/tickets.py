"""Tickets: numbers, wait estimates, and what a ticket carries."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

#: Minutes one visitor takes at a counter when the day has no observed handling yet.
DEFAULT_HANDLING_MINUTES = 6.0
#: How many observed handling times the estimate needs before it trusts them.
MIN_OBSERVATIONS = 3


#: Kiosks of one hall are numbered 1..MAX_STATION (0: a kiosk alone in its hall).
MAX_STATION = 9


def format_number(group: str, seq: int, station: int = 0) -> str:
    """The printed ticket number: group letter, hyphen, three digits (``C-017``).

    A kiosk that shares its hall with others puts its station digit after the group
    letter (``C2-017`` from station 2), so two kiosks never hand out the same number,
    even while they cannot reach each other.
    """
    return f"{group}{station or ''}-{seq:03d}"


_TYPED_NUMBER = re.compile(r"^\s*([A-Za-z])\s*[-\s]?\s*0*(\d{1,4})\s*$")
_TYPED_STATION_NUMBER = re.compile(r"^\s*([A-Za-z])\s*([1-9])\s*[-\s]\s*0*(\d{1,4})\s*$")


def normalise_ticket_number(typed: str) -> str | None:
    """``C-017`` from what a visitor types ("c17", "C 017", "c-17"); None if not one.

    A station number needs its separator: ``C2-017``, ``c2 17`` (``c217`` is C-217).
    """
    match = _TYPED_STATION_NUMBER.match(typed)
    if match is not None:
        return format_number(match.group(1).upper(), int(match.group(3)),
                             int(match.group(2)))
    match = _TYPED_NUMBER.match(typed)
    if match is None:
        return None
    return format_number(match.group(1).upper(), int(match.group(2)))


def estimate_wait_minutes(
    people_ahead: int,
    observed_handling_minutes: Sequence[float],
    counters: int = 1,
    default_minutes: float = DEFAULT_HANDLING_MINUTES,
) -> int:
    """Estimate the wait for a visitor with ``people_ahead`` in the same queue.

    Uses the median of the day's observed handling times once there are enough of
    them (a median is not thrown by one long case), else ``default_minutes``; divides
    by the number of counters serving the group; rounds up to whole minutes.
    """
    if people_ahead <= 0:
        return 0
    if len(observed_handling_minutes) >= MIN_OBSERVATIONS:
        per_visitor = statistics.median(observed_handling_minutes)
    else:
        per_visitor = default_minutes
    minutes = people_ahead * per_visitor / max(counters, 1)
    return max(1, int(-(-minutes // 1)))


def ticket_qr_payload(site: str, day: datetime, number: str, request_id: str) -> str:
    """Text of the QR that identifies a ticket.

    Upper-case letters, digits and ``:-`` only, so the QR is encoded in alphanumeric
    mode and reads back exactly with any decoder.  (The scanning issue replaces this
    with a signed payload.)
    """
    return f"JISR:T:{site.upper()}:{day:%Y%m%d}:{number}:{request_id.replace('-', '').upper()}"


#: Makes a ticket's QR text from (site, issued_at, number, request_id, service_id).
#: The kiosk signs it (kiosk.domain.payloads.sign_ticket); tests may use the plain one.
TicketQr = Callable[[str, datetime, str, str, str], str]


def plain_ticket_qr(site: str, issued_at: datetime, number: str, request_id: str,
                    service_id: str) -> str:
    """The unsigned ticket QR, for storage used without a signing key."""
    return ticket_qr_payload(site, issued_at, number, request_id)


@dataclass(frozen=True)
class Ticket:
    """A ticket as issued: everything printed on it and shown on screen."""

    number: str
    request_id: str
    service_id: str
    group: str
    lang: str
    issued_at: datetime
    people_ahead: int
    estimated_wait_minutes: int
    priority: str | None
    site_code: str
    site_name: str
    qr_payload: str
    documents: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class TicketStatus:
    """Where a ticket stands now (for a visitor who scans it again)."""

    number: str
    request_id: str
    service_id: str
    state: str                 # waiting, called, served, no_show, cancelled
    people_ahead: int
    estimated_wait_minutes: int
    priority: str | None
    day: date | None = None
    site_code: str = ""
    reprints: int = 0
