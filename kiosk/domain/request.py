"""A visitor's request, as handed to the use case that issues the ticket."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.catalog import PRIORITY_REASONS, Service
from kiosk.domain.fields import check_field, phone_region
from kiosk.errors import InputError

#: Codes a visitor may attach to one request, the keys each carries, and their size.
MAX_SCANS = 5
SCAN_KEYS = frozenset({"format", "verdict", "text", "label"})
MAX_SCAN_TEXT = 2000

#: Version of the privacy notice the visitor accepted (stored with the request).
PRIVACY_NOTICE_VERSION = "2026-11-v1"


class FieldsRefused(InputError):
    """Some details were refused.  ``errors`` maps field key to error code."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        listed = ", ".join(f"{key} ({code})" for key, code in self.errors.items())
        super().__init__(f"refused fields: {listed}")


@dataclass(frozen=True)
class NewRequest:
    """Everything the visitor chose, ready to be committed."""

    service_id: str
    lang: str
    fields: Mapping[str, str] = field(default_factory=dict)
    priority: str | None = None
    consent_at: datetime | None = None
    consent_version: str | None = None
    documents_ready: tuple[str, ...] = ()
    scans: tuple[Mapping[str, str], ...] = ()
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def validate_request(request: NewRequest, service: Service) -> NewRequest:
    """Check a request against its service; return it with normalised fields.

    A visitor may give no details at all (they declined the privacy notice; the
    agent asks at the counter).  Once any detail is given, required ones must be
    there too, every value must be valid and the notice must have been accepted.
    Refuses unknown fields and a priority reason the service does not take.
    """
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    specs = {spec.key: spec for spec in service.fields}
    for key in request.fields:
        if key not in specs:
            errors[key] = "unknown_field"
    given = any(value.strip() for value in request.fields.values())
    region = phone_region(service.fields, request.fields)
    for key, spec in specs.items():
        if not given:
            break
        checked = check_field(spec, request.fields.get(key, ""), region)
        if not checked.ok:
            errors[key] = checked.error or "invalid"
        elif checked.value:
            clean[key] = checked.value
    if (clean or request.scans) and request.consent_at is None:
        errors["consent"] = "consent_required"
    if len(request.scans) > MAX_SCANS or any(
            set(scan) - SCAN_KEYS or any(len(str(v)) > MAX_SCAN_TEXT for v in scan.values())
            for scan in request.scans):
        errors["scans"] = "scans_invalid"
    if request.priority is not None and (
        request.priority not in PRIORITY_REASONS or not service.priority_eligible
    ):
        errors["priority"] = "priority_invalid"
    if errors:
        raise FieldsRefused(errors)
    return NewRequest(
        service_id=request.service_id,
        lang=request.lang,
        fields=clean,
        priority=request.priority,
        consent_at=request.consent_at if clean or request.scans else None,
        consent_version=request.consent_version if clean or request.scans else None,
        documents_ready=request.documents_ready,
        scans=request.scans,
        request_id=request.request_id,
    )
