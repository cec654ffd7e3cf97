"""Helpers of the server tests: events, catalogs, keys."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ed25519

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
