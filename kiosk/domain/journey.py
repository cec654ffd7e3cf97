"""The order of the visitor's steps once a service is chosen."""

from __future__ import annotations

from kiosk.domain.catalog import Service
from kiosk.domain.session import VisitorSession


def next_step(current: str, service: Service, session: VisitorSession) -> str:
    """The screen after ``current`` for this service and session.

    card → (privacy notice, when the service asks for details or the visitor attached
    a scanned code → details, when asked for) →
    (priority, when the service takes it) → confirm.  A visitor who declines the
    notice skips the details.
    """
    order = ["card"]
    if service.fields or session.scans:
        order.append("notice")
        if service.fields and not session.declined_details:
            order.append("details")
    if service.priority_eligible:
        order.append("priority")
    order.append("confirm")
    if current not in order:
        raise ValueError(f"no step after {current!r} for service {service.id}")
    index = order.index(current)
    return order[index + 1] if index + 1 < len(order) else "confirm"
