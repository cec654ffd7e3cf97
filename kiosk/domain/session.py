"""The visitor's session at the kiosk: what they chose so far, wiped when they leave."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.request import MAX_SCANS, PRIVACY_NOTICE_VERSION, NewRequest


@dataclass
class VisitorSession:
    """Mutable state of one visit.  :meth:`wipe` forgets everything entered."""

    lang: str = "ar"
    category_id: str | None = None
    service_id: str | None = None
    documents_ready: set[str] = field(default_factory=set)
    fields: dict[str, str] = field(default_factory=dict)
    consent_at: datetime | None = None
    declined_details: bool = False
    priority: str | None = None
    scans: list[dict[str, str]] = field(default_factory=list)

    def choose_service(self, service_id: str) -> None:
        """Start over on a new service (details typed for another one are dropped)."""
        if service_id != self.service_id:
            self.service_id = service_id
            self.documents_ready.clear()
            self.fields.clear()
            self.priority = None

    def accept_notice(self, now: datetime) -> None:
        """Record that the visitor accepted the privacy notice."""
        self.consent_at = now
        self.declined_details = False

    def decline_notice(self) -> None:
        """The visitor would rather not give details: nothing personal is kept."""
        self.consent_at = None
        self.declined_details = True
        self.fields.clear()
        self.scans.clear()

    def attach_scan(self, scan: dict[str, str]) -> bool:
        """Attach a scanned code to the request (at most five; the same code once)."""
        if scan in self.scans or len(self.scans) >= MAX_SCANS:
            return False
        self.scans.append(scan)
        return True

    def to_request(self) -> NewRequest:
        """The request to commit from this session."""
        if self.service_id is None:
            raise ValueError("no service chosen")
        consented = self.consent_at is not None and not self.declined_details
        return NewRequest(
            scans=tuple(self.scans) if consented else (),
            service_id=self.service_id,
            lang=self.lang,
            fields=dict(self.fields) if consented else {},
            priority=self.priority,
            consent_at=self.consent_at if consented else None,
            consent_version=PRIVACY_NOTICE_VERSION if consented else None,
            documents_ready=tuple(sorted(self.documents_ready)),
        )

    def wipe(self) -> None:
        """Forget everything the visitor entered (language included)."""
        self.lang = "ar"
        self.category_id = None
        self.service_id = None
        self.documents_ready.clear()
        self.fields.clear()
        self.consent_at = None
        self.declined_details = False
        self.priority = None
        self.scans.clear()
