"""Staff accounts published by the centre: each site's list, sent in its reference bundle.

An admin publishes a site's accounts with ``kiosk server publish-staff FILE.json`` (or
``PUT /api/v1/admin/sites/{code}/staff``); the list replaces the site's previous one and
makes a new bundle version, so the site's devices install it at their next pull
(``kiosk.sync.bundles``, then ``kiosk.store.staff.StaffStore.install_from_bundle``).
The file::

    {"site": "TNG01",
     "staff": [{"id": "optional", "name": "Amina El Idrissi", "role": "agent",
                "pin_hash": "$argon2id$v=19$m=65536,t=3,p=4$..."}]}

PINs never travel: only argon2id hashes (``kiosk staff hash-pin`` makes one).  The
rules are the kiosk's own (:mod:`kiosk.accounts`), so the centre never publishes a list
a kiosk would refuse.  An entry without ``id`` keeps the id of the site's account of
the same name (so its lockout counters on the devices carry on), else gets a new one.
Names are personal data: nothing here logs them, and refusals name the entry's index
and field, never its name.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kiosk.accounts import BundleAccount, check_bundle_accounts, name_key
from kiosk.errors import InputError
from kiosk.server.db import RELEASE_LOCK, Database
from kiosk.server.events import canonical_json
from kiosk.server.models import StaffReply
from kiosk.server.schema import site_staff
from kiosk.server.service.common import check_site_code, utcnow
from kiosk.server.service.errors import Invalid

log = logging.getLogger(__name__)

#: Most accounts a site may have (the kiosk accepts as many in a bundle).
MAX_STAFF = 1000
#: Largest staff file read (a thousand accounts are well under 1 MB).
MAX_FILE_BYTES = 2 * 1024 * 1024
_FIELDS = ("id", "name", "role", "pin_hash")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _value in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("a key is repeated")
    return dict(pairs)


def read_staff_file(path: Path) -> tuple[str, list[Any]]:
    """The site code and the accounts of a staff file (not yet checked).

    InputError when it cannot be read, is not UTF-8 JSON without repeated keys, or is not
    ``{"site": CODE, "staff": [...]}``.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: larger than {MAX_FILE_BYTES} bytes")
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: not UTF-8 JSON without repeated keys ({exc})") from None
    if not isinstance(doc, dict) or set(doc) != {"site", "staff"}:
        raise InputError(f'{path}: expected {{"site": "CODE", "staff": [...]}}')
    site, staff = doc["site"], doc["staff"]
    if not isinstance(site, str):
        raise InputError(f"{path}: site: not a site code")
    if not isinstance(staff, list):
        raise InputError(f"{path}: staff: not a list")
    return site, staff


def check_staff(entries: Sequence[Any], known: dict[str, str] | None = None
                ) -> list[BundleAccount]:
    """The accounts of ``entries``, checked by the kiosk's rules; Invalid naming the
    first problem (``staff[3].role: ...``).

    ``known`` maps a name (:func:`kiosk.accounts.name_key`) to the id it had: an entry
    without ``id`` gets that one, else a new UUID.
    """
    if len(entries) > MAX_STAFF:
        raise Invalid(f"staff: more than {MAX_STAFF} accounts")
    known = known or {}
    accounts: list[BundleAccount] = []
    for index, entry in enumerate(entries):
        where = f"staff[{index}]"
        if not isinstance(entry, dict):
            raise Invalid(f"{where}: not an object")
        if "pin" in entry:
            raise Invalid(f"{where}.pin: a PIN is never sent; give pin_hash (kiosk staff "
                          "hash-pin makes one)")
        unknown = sorted(set(entry) - set(_FIELDS))
        if unknown:
            raise Invalid(f"{where}: unknown field {unknown[0]!r} (the fields are "
                          f"{', '.join(_FIELDS)})")
        for field in _FIELDS[1:]:
            if not isinstance(entry.get(field), str):
                raise Invalid(f"{where}.{field}: not text")
        account_id = entry.get("id")
        if account_id is None:
            account_id = known.get(name_key(entry["name"])) or str(uuid.uuid4())
        elif not isinstance(account_id, str):
            raise Invalid(f"{where}.id: not text")
        accounts.append(BundleAccount(account_id, entry["name"], entry["role"],
                                      entry["pin_hash"]))
    problem = check_bundle_accounts(accounts)
    if problem is not None:
        raise Invalid(f"staff{problem}")
    return accounts


def _known_ids(conn: Connection, site_code: str) -> dict[str, str]:
    row = conn.execute(select(site_staff.c.accounts)
                       .where(site_staff.c.site_code == site_code)).first()
    if row is None:
        return {}
    return {name_key(a["name"]): a["id"] for a in json.loads(row.accounts)}


def publish_staff(db: Database, site_code: str, entries: Sequence[Any],
                  now: datetime | None = None) -> StaffReply:
    """Make ``entries`` the site's staff accounts (replacing its list); a new bundle
    version.  Invalid (nothing changed) when an entry breaks a rule."""
    from kiosk.server.service.releases import new_release
    check_site_code(site_code)
    check_staff(entries)  # every problem found before the database is touched
    now = now or utcnow()
    with db.write() as conn:
        db.lock(conn, RELEASE_LOCK)
        accounts = check_staff(entries, _known_ids(conn, site_code))
        text = canonical_json([{"id": a.id, "name": a.name, "role": a.role,
                                "pin_hash": a.pin_hash} for a in accounts])
        exists = conn.execute(select(site_staff.c.site_code)
                              .where(site_staff.c.site_code == site_code)).first()
        if exists:
            conn.execute(update(site_staff).where(site_staff.c.site_code == site_code)
                         .values(accounts=text, updated_at=now))
        else:
            conn.execute(insert(site_staff).values(site_code=site_code, accounts=text,
                                                   updated_at=now))
        version = new_release(db, conn, f"staff {site_code}", now)
    log.info("staff of site %s published: %d accounts (bundle version %d)", site_code,
             len(accounts), version)
    return StaffReply(site_code=site_code, accounts=len(accounts),
                      ids=[a.id for a in accounts], version=version)


def site_staff_accounts(conn: Connection, site_code: str) -> list[dict[str, str]] | None:
    """The site's published accounts as they go into its bundle; None if never published
    (the bundle then has no ``staff`` and the devices leave their accounts alone)."""
    row = conn.execute(select(site_staff.c.accounts)
                       .where(site_staff.c.site_code == site_code)).first()
    if row is None:
        return None
    accounts: list[dict[str, str]] = json.loads(row.accounts)
    return accounts
