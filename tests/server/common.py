"""Helpers of the server tests: events, catalogs, keys."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519

from kiosk.domain.queue import QueueTicket, counter_event
from kiosk.keys import public_key_pem

REPO = Path(__file__).resolve().parents[2]
CATALOG_DIR = REPO / "assets" / "catalog"


def event(seq: int, type_: str = "request.created", payload: Any = None,
          event_id: str | None = None, created_at: str = "2026-11-24T09:12:03+01:00"
          ) -> dict[str, Any]:
    """One outbox event as a device sends it."""
    return {"event_id": event_id or str(uuid.uuid4()), "seq": seq, "type": type_,
            "created_at": created_at,
            "payload": {"v": 1, "name": "Fatima Zahra", "cin": "AB123456", "seq": seq}
            if payload is None else payload}


def events(first: int, count: int, **kwargs: Any) -> list[dict[str, Any]]:
    """``count`` events from seq ``first`` on."""
    return [event(seq, **kwargs) for seq in range(first, first + count)]


def batch(evs: list[dict[str, Any]], backlog: int | None = None,
          software_version: str = "0.2.0") -> dict[str, Any]:
    """A push body."""
    return {"software_version": software_version,
            "backlog": len(evs) if backlog is None else backlog, "events": evs}


def catalog_files() -> dict[str, Any]:
    """The shipped catalog as ``{file name: content}``."""
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(CATALOG_DIR.glob("*.json")) if not p.name.endswith(".schema.json")}


def new_key_pem() -> str:
    """A fresh Ed25519 public key, PEM (a device's ticket key)."""
    return public_key_pem(ed25519.Ed25519PrivateKey.generate().public_key())


# -- the queue ---------------------------------------------------------------------------

#: The hall's time zone in these tests (Morocco, UTC+1).
HALL_TZ = timezone(timedelta(hours=1))
DAY = date(2026, 11, 24)
VISITOR = "Fatima Zahra Bennani"


def issued(minute: int, hour: int = 9) -> datetime:
    """A time on :data:`DAY` in the hall."""
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=HALL_TZ)


def created(number: str, minute: int = 0, group: str = "C", priority: str | None = None,
            site: str = "TNG01", request_id: str | None = None, day: date = DAY,
            service_id: str = "cnie") -> dict[str, Any]:
    """A ``request.created`` payload as a kiosk makes it (kiosk/store/payloads.py)."""
    rid = request_id or str(uuid.uuid4())
    at = issued(minute).replace(day=day.day, month=day.month, year=day.year)
    return {"v": 1, "device_id": "dev-kiosk",
            "request": {"id": rid, "service_id": service_id, "lang": "fr",
                        "fields": {"full_name": VISITOR, "cnie": "AB123456"},
                        "priority": priority, "consent_at": at.isoformat(),
                        "consent_version": 1, "documents_ready": ["cnie"],
                        "scans": [{"kind": "cnie", "verdict": "valid"}],
                        "created_at": at.isoformat(), "site_code": site},
            "ticket": {"request_id": rid, "number": number, "service_id": service_id,
                       "site_code": site, "site_name": "Tanger", "day": day.isoformat(),
                       "group": group, "seq": 1, "state": "waiting",
                       "issued_at": at.isoformat(), "people_ahead": 0,
                       "estimated_wait_minutes": 5, "priority": priority,
                       "qr_payload": "x", "documents": ["cnie"]}}


def ticket_of(payload: dict[str, Any]) -> QueueTicket:
    """The queue ticket a request.created payload makes."""
    from kiosk.domain.queue import ticket_from_created
    return ticket_from_created(payload)


def counter(type_: str, payload: dict[str, Any], counter_no: int, minute: int,
            **extra: Any) -> dict[str, Any]:
    """A counter event's payload on the ticket of ``payload`` (a request.created)."""
    return counter_event(type_, ticket_of(payload), issued(minute, hour=10), counter_no,
                         "agent-1", **extra)
