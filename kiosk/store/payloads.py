"""Payloads of outbox events: what the centre receives about each thing that happened.

A payload is plain JSON (strings, numbers, lists, objects).  ``request.created``
carries the whole request, personal fields included, because the centre needs them
to serve the visitor; the outbox is therefore personal data and is never logged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.store.models import RequestRow, TicketRow

#: Version of the payload layout; bump it when a field changes meaning.
PAYLOAD_VERSION = 1

REQUEST_CREATED = "request.created"
TICKET_PRINT_FAILED = "ticket.print_failed"
TICKET_CANCELLED = "ticket.cancelled"
TICKET_REPRINTED = "ticket.reprinted"


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def request_dict(row: RequestRow) -> dict[str, Any]:
    """The request as the centre receives it."""
    return {
        "id": row.id,
        "service_id": row.service_id,
        "lang": row.lang,
        "fields": dict(row.fields),
        "priority": row.priority,
        "consent_at": _iso(row.consent_at),
        "consent_version": row.consent_version,
        "documents_ready": list(row.documents_ready),
        "scans": [dict(scan) for scan in row.scans],
        "created_at": _iso(row.created_at),
        "site_code": row.site_code,
    }


def ticket_dict(row: TicketRow, site_name: str, qr_payload: str,
                documents: tuple[str, ...]) -> dict[str, Any]:
    """The ticket as the centre receives it (no personal data)."""
    return {
        "request_id": row.request_id,
        "number": row.number,
        "service_id": row.service_id,
        "site_code": row.site_code,
        "site_name": site_name,
        "day": row.day.isoformat(),
        "group": row.group,
        "seq": row.seq,
        "state": row.state,
        "issued_at": _iso(row.issued_at),
        "people_ahead": row.people_ahead,
        "estimated_wait_minutes": row.estimated_wait_minutes,
        "priority": row.priority,
        "qr_payload": qr_payload,
        "documents": list(documents),
    }


def request_created(device_id: str, request: RequestRow, ticket: TicketRow,
                    site_name: str, qr_payload: str,
                    documents: tuple[str, ...]) -> dict[str, Any]:
    """Payload of ``request.created``: the request and its ticket, together."""
    return {
        "v": PAYLOAD_VERSION,
        "device_id": device_id,
        "request": request_dict(request),
        "ticket": ticket_dict(ticket, site_name, qr_payload, documents),
    }


def _ticket_event(device_id: str, ticket: TicketRow, at: datetime,
                  **extra: Any) -> dict[str, Any]:
    """What every event about one ticket carries: which ticket, where, when."""
    return {
        "v": PAYLOAD_VERSION,
        "device_id": device_id,
        "request_id": ticket.request_id,
        "number": ticket.number,
        "site_code": ticket.site_code,
        "day": ticket.day.isoformat(),
        **extra,
        "at": at.isoformat(),
    }


def ticket_print_failed(device_id: str, ticket: TicketRow, reason: str,
                        at: datetime) -> dict[str, Any]:
    """Payload of ``ticket.print_failed``: which ticket, why, when."""
    return _ticket_event(device_id, ticket, at, reason=reason)


def ticket_cancelled(device_id: str, ticket: TicketRow, at: datetime) -> dict[str, Any]:
    """Payload of ``ticket.cancelled``: the visitor gave up their place."""
    return _ticket_event(device_id, ticket, at)


def ticket_reprinted(device_id: str, ticket: TicketRow, at: datetime) -> dict[str, Any]:
    """Payload of ``ticket.reprinted``: the visitor printed their ticket again."""
    return _ticket_event(device_id, ticket, at)
