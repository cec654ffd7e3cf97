"""The centre's side of field bundles (docs/FIELD.md): a device forwards a bundle it
imported from a USB stick; the centre checks it and applies its events under the
device that made it.

The forwarding device cannot read the bundle; the centre decrypts it with its box key
(:func:`kiosk.server.settings.centre_box_key`), checks the signature against the
**origin device's** enrolled ticket key (not just any trusted key), then applies the
events with :func:`kiosk.server.service.push.apply_events` under the origin device:
the rules of a push, so a bundle forwarded twice (or events the device pushed itself
meanwhile) are replays and change nothing.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections import Counter
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import ValidationError
from sqlalchemy import select

from kiosk.domain.field_bundle import FieldBundleInvalid, open_events, peek, peek_kid, verify
from kiosk.domain.payloads.cose import TrustedKey, TrustList
from kiosk.keys import parse_public_key
from kiosk.server.db import Database
from kiosk.server.models import Event, FieldBundleReply
from kiosk.server.schema import devices
from kiosk.server.service.common import utcnow
from kiosk.server.service.enrolment import AuthenticatedDevice
from kiosk.server.service.errors import Forbidden, Invalid
from kiosk.server.service.push import apply_events, lock_devices

log = logging.getLogger(__name__)


def _origin_trust(db: Database, data: bytes) -> tuple[str, TrustList]:
    """The origin device the bundle names and a trust list of its ticket key only."""
    try:
        # unchecked: only to know whose key to check the signature with
        claimed = peek(data)
    except FieldBundleInvalid as err:
        raise Invalid(str(err)) from None
    origin = claimed.origin_device_id
    with db.read() as conn:
        row = conn.execute(select(devices.c.ticket_key_pem, devices.c.revoked_at,
                                  devices.c.site_code)
                           .where(devices.c.id == origin)).first()
    if row is None or row.ticket_key_pem is None:
        raise Forbidden(f"field bundle of {origin}: not a device enrolled here with a "
                        "ticket key; refused")
    if row.revoked_at is not None:
        raise Forbidden(f"field bundle of {origin}: that device was revoked; refused")
    if row.site_code != claimed.site_code:
        raise Forbidden(f"field bundle of {origin}: made for site {claimed.site_code}, "
                        f"the device is enrolled at {row.site_code}; refused")
    key = parse_public_key(row.ticket_key_pem, "ticket_key_pem")
    return origin, TrustList.of([TrustedKey(key, origin)])


def import_bundle(db: Database, box_key: X25519PrivateKey, who: AuthenticatedDevice,
                  encoded: str, now: datetime | None = None) -> FieldBundleReply:
    """Check a forwarded bundle and apply its events under its origin device, in one
    transaction.  Invalid (422) when it is damaged, changed or not for this centre;
    Forbidden (403) when its origin is not a device enrolled here with that key."""
    now = now or utcnow()
    try:
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise Invalid("bundle: not base64") from None
    origin, trust = _origin_trust(db, data)
    try:
        peek_signer = peek_kid(data)
        if trust.get(peek_signer) is None:
            raise Forbidden(f"field bundle of {origin}: not signed with that device's "
                            "key; refused")
        sealed = verify(data, trust)
        raw_events = open_events(sealed, box_key)
    except FieldBundleInvalid as err:
        raise Invalid(str(err)) from None
    try:
        parsed = [Event.model_validate(e) for e in raw_events]
    except ValidationError:
        raise Invalid("the bundle's events are malformed") from None
    parsed.sort(key=lambda e: e.seq)
    statuses: Counter[str] = Counter()
    if parsed:
        with db.write() as conn:
            row = lock_devices(conn, [origin]).get(origin)
            if row is None or row.revoked_at is not None:
                raise Forbidden(f"field bundle of {origin}: the device is gone; refused")
            results, _last = apply_events(conn, db, [(origin, e) for e in parsed], now)
        for result in results:
            statuses["replay" if result.replay else result.status] += 1
    log.info("field bundle %s of %s forwarded by %s: %d events, %s", sealed.bundle_id,
             origin, who.device_id, len(parsed),
             ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "none")
    return FieldBundleReply(bundle_id=sealed.bundle_id, origin_device_id=origin,
                            events=len(parsed), statuses=dict(statuses))

