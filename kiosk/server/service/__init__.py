"""What the centre does: enrolment, authentication, push, releases, and admin work.

The HTTP endpoints (:mod:`kiosk.server.app`) and the admin commands
(:mod:`kiosk.server.cli`) both call these functions; each runs in its own database
transaction.  Refusals are :class:`ServiceError` (an ``InputError``) carrying the HTTP
status and the stable error code of docs/PROTOCOL.md.

One module per responsibility, every name re-exported here (``service.enrol``...):

    errors      ServiceError and its kinds
    common      the clock, hashing, site codes
    enrolment   enrolment codes, enrol, authenticate
    push        push (apply_events: judging and storing events), counting/reading them
    queue       the queue projection (tickets moved by the domain's rules) and its reads
    relay       the centre's side of a hall server's relay; the relay's status
    releases    bundle versions: site settings, catalog check and publish, bundle payload
    staff       each site's staff accounts (published, then sent in its bundle)
    admin       list and revoke devices, touch a device

Nothing here logs a payload or a secret: payloads hold visitors' names and ID numbers.
"""

from __future__ import annotations

from kiosk.server.service.admin import list_devices, revoke, touch_device
from kiosk.server.service.common import check_site_code, utcnow
from kiosk.server.service.enrolment import (
    CODE_LIFETIME,
    AuthenticatedDevice,
    authenticate,
    check_ticket_key,
    enrol,
    make_enrol_code,
    new_code,
    normalise_code,
)
from kiosk.server.service.errors import (
    BadCode,
    Forbidden,
    Invalid,
    NoStation,
    NotFound,
    Revoked,
    ServiceError,
    Unauthenticated,
)
from kiosk.server.service.push import apply_events, count_events, push, stored_events
from kiosk.server.service.queue import day_queue, request_info
from kiosk.server.service.relay import HALL_ROLE, relay, relay_status
from kiosk.server.service.releases import (
    BUNDLE_FORMAT,
    BundleContent,
    CheckedCatalog,
    bundle_payload,
    check_catalog,
    latest_version,
    publish_catalog,
    read_catalog_path,
    set_site,
)
from kiosk.server.service.staff import check_staff, publish_staff, read_staff_file

__all__ = [
    "BUNDLE_FORMAT", "CODE_LIFETIME", "HALL_ROLE", "AuthenticatedDevice", "BadCode",
    "BundleContent", "CheckedCatalog", "Forbidden", "Invalid", "NoStation", "NotFound",
    "Revoked", "ServiceError", "Unauthenticated", "apply_events", "authenticate",
    "bundle_payload", "check_catalog", "check_site_code", "check_staff", "check_ticket_key",
    "count_events", "day_queue", "enrol", "latest_version", "list_devices",
    "make_enrol_code", "new_code", "normalise_code", "publish_catalog", "publish_staff",
    "push", "read_catalog_path", "read_staff_file", "relay", "relay_status", "request_info",
    "revoke", "set_site", "stored_events", "touch_device", "utcnow",
]
