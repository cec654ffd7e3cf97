"""Event types the centre knows, and the canonical JSON that identifies an event's content.

Add a type to :data:`KNOWN_EVENT_TYPES` when devices start sending it; an event of
any other type is ``rejected`` (and stored as refused, see docs/PROTOCOL.md).  The
names are those of ``kiosk/store/payloads.py`` (the server does not import the
kiosk's store: it is a separate program) and, for the counters' events, of
:mod:`kiosk.domain.queue` (which both programs share).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from kiosk.domain.queue import COUNTER_EVENTS

REQUEST_CREATED = "request.created"
TICKET_PRINT_FAILED = "ticket.print_failed"
TICKET_CANCELLED = "ticket.cancelled"
TICKET_REPRINTED = "ticket.reprinted"
FIELD_CASE_RECORDED = "field_case.recorded"
FIELD_CASE_UPDATED = "field_case.updated"
FEEDBACK_GIVEN = "feedback.given"

#: Every event type the centre accepts.  The one place to extend.
KNOWN_EVENT_TYPES: frozenset[str] = frozenset({
    REQUEST_CREATED, TICKET_PRINT_FAILED, TICKET_CANCELLED, TICKET_REPRINTED,
    FEEDBACK_GIVEN, FIELD_CASE_RECORDED, FIELD_CASE_UPDATED,
}) | COUNTER_EVENTS


def canonical_json(value: Any) -> str:
    """JSON with keys sorted and no spaces; ValueError for NaN or infinities.

    The text is meant to be encoded as UTF-8 (``ensure_ascii=False``); control
    characters are escaped, so it never holds a NUL byte.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)


def content_hash(event_id: str, seq: int, type_: str, created_at: str,
                 payload_json: str) -> str:
    """SHA-256 (hex) of the canonical JSON of an event's five fields.

    ``payload_json`` is the payload already as :func:`canonical_json` (it is stored as
    such): the envelope is assembled around it, which gives exactly the canonical JSON
    of ``{"event_id", "seq", "type", "created_at", "payload"}`` without encoding the
    payload twice.  ValueError if the text is not valid Unicode.
    """
    text = (f'{{"created_at":{canonical_json(created_at)},"event_id":{canonical_json(event_id)}'
            f',"payload":{payload_json},"seq":{int(seq)},"type":{canonical_json(type_)}}}')
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text that is not valid Unicode (a lone surrogate)") from exc
    return hashlib.sha256(data).hexdigest()
