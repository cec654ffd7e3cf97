"""What the retention period erases from an event's payload, on the kiosk and on the
servers alike (docs/STORAGE.md "Retention", docs/SERVER.md).

Each function returns the payload with the visitor's words gone and a marker saying
so, or None when there is nothing to erase.  The payload given is not changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def erase_request(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """A ``request.created`` without the fields typed and the codes scanned."""
    request = payload.get("request")
    if not isinstance(request, Mapping) or request.get("fields_purged") is True:
        return None
    return {**payload, "request": {**request, "fields": {}, "scans": [],
                                   "fields_purged": True}}


def erase_note(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """A ``ticket.served`` without the agent's note (it may name the visitor)."""
    if payload.get("note") is None:
        return None
    return {**payload, "note": None, "note_purged": True}


def erase_comment(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """A ``feedback.given`` without the visitor's comment (the kiosk's payload has it at
    the top; a ``feedback`` object holding it is read too)."""
    body = payload.get("feedback")
    if isinstance(body, Mapping):
        inner = erase_comment(body)
        return None if inner is None else {**payload, "feedback": inner}
    if payload.get("comment") is None:
        return None
    return {**payload, "comment": None, "comment_purged": True}
