"""``FieldStore``: field-team cases and imported field bundles in the kiosk's SQLite file.

Every save is ONE ``BEGIN IMMEDIATE`` transaction holding the ``field_cases`` row and
its outbox event (``field_case.recorded`` / ``field_case.updated``, payload: the whole
case, ``v`` and ``device_id``), on the same engine as
:class:`~kiosk.store.repository.SqlStore`.  Imports (table ``imports``) are keyed by
bundle id: a bundle is stored once.  Names, plates and stories are personal data:
logs carry case ids only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kiosk.domain.field import FieldCase, FieldCaseInvalid, check_case, edited, matches
from kiosk.store.models import Device, FieldCaseRow, ImportRow
from kiosk.store.outbox import OutboxItem, OutboxStore
from kiosk.store.session import open_engine

log = logging.getLogger(__name__)

RECORDED = "field_case.recorded"
UPDATED = "field_case.updated"
FIELD_EVENTS = (RECORDED, UPDATED)
#: The version of the events' payload.
PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class ImportRecord:
    """A bundle this machine imported (no personal data)."""

    bundle_id: str
    origin_device_id: str
    events: int
    imported_at: datetime
    forwarded_at: datetime | None
    blob: bytes | None
    refused_at: datetime | None = None  # the centre refused it for good, last at
    refusal: str | None = None  # why, in the centre's words (no personal data)


def _case(row: FieldCaseRow) -> FieldCase:
    return FieldCase(
        id=row.id, site_code=row.site_code, staff_id=row.staff_id, case_type=row.case_type,
        person_name=row.person_name, country=row.country, lang=row.lang,
        vehicle_plate=row.vehicle_plate, what_happened=row.what_happened,
        action_taken=row.action_taken, referral=row.referral, follow_up=row.follow_up,
        version=row.version, created_at=row.created_at, updated_at=row.updated_at)


_COLUMNS = ("site_code", "staff_id", "case_type", "person_name", "country", "lang",
            "vehicle_plate", "what_happened", "action_taken", "referral", "follow_up",
            "version", "created_at", "updated_at")


def _import(row: ImportRow) -> ImportRecord:
    return ImportRecord(row.bundle_id, row.origin_device_id, row.events, row.imported_at,
                        row.forwarded_at, row.blob, row.refused_at, row.refusal)


class FieldStore(OutboxStore):
    """Field cases and imports.  Safe to share between threads."""

    def close(self) -> None:
        """Close every pooled connection (the engine's)."""
        self.engine.dispose()

    # -- cases --------------------------------------------------------------------

    def _save(self, s: Any, case: FieldCase, type_: str, now: datetime) -> None:
        device = s.get_one(Device, 1)
        payload = {"v": PAYLOAD_VERSION, "device_id": device.device_id,
                   "case": case.to_payload()}
        self._add_event(s, device, type_, payload, now)

    def record_case(self, case: FieldCase, now: datetime) -> FieldCase:
        """Store a new case (checked; a fresh id if empty; version 1) and its
        ``field_case.recorded`` event, in one transaction."""
        case = check_case(FieldCase(**{**case.__dict__, "id": case.id or str(uuid.uuid4()),
                                       "version": 1, "created_at": now, "updated_at": now}))
        with self._write("field_record") as s:
            s.add(FieldCaseRow(id=case.id, **{c: getattr(case, c) for c in _COLUMNS}))
            s.flush()
            self._save(s, case, RECORDED, now)
        log.info("field case %s recorded (%s)", case.id, case.case_type)
        return case

    def update_case(self, case_id: str, changes: Mapping[str, Any], now: datetime,
                    staff_id: str | None = None) -> FieldCase:
        """Apply ``changes`` (version + 1) and queue ``field_case.updated``, in one
        transaction.  FieldCaseInvalid if unknown, not ``staff_id``'s (when given), or
        the change breaks a rule."""
        with self._write("field_update") as s:
            row = s.get(FieldCaseRow, case_id)
            if row is None or (staff_id is not None and row.staff_id != staff_id):
                raise FieldCaseInvalid(f"no case {case_id} of yours here")
            case = edited(_case(row), changes, now)
            for column in _COLUMNS:
                setattr(row, column, getattr(case, column))
            self._save(s, case, UPDATED, now)
        log.info("field case %s updated to version %d", case.id, case.version)
        return case

    def get(self, case_id: str) -> FieldCase | None:
        """The case with this id, or None."""
        with self._read("field_get") as s:
            row = s.get(FieldCaseRow, case_id)
            return _case(row) if row is not None else None

    def list_cases(self, staff_id: str | None = None) -> list[FieldCase]:
        """The cases (``staff_id``'s only, when given), newest first."""
        query = select(FieldCaseRow).order_by(FieldCaseRow.created_at.desc(),
                                              FieldCaseRow.id)
        if staff_id is not None:
            query = query.where(FieldCaseRow.staff_id == staff_id)
        with self._read("field_list") as s:
            return [_case(row) for row in s.scalars(query)]

    def search(self, text: str, staff_id: str | None = None) -> list[FieldCase]:
        """The cases matching ``text`` (:func:`kiosk.domain.field.matches`), newest first."""
        return [c for c in self.list_cases(staff_id) if matches(c, text)]

    # -- export -------------------------------------------------------------------

    def unconfirmed_events(self) -> list[OutboxItem]:
        """Every outbox event not known to be at the centre (``pending``), in seq
        order: what a field bundle carries (the centre ignores the ones it has)."""
        return self.pending_outbox(limit=None)

    # -- imports ------------------------------------------------------------------

    def add_import(self, bundle_id: str, origin_device_id: str, events: int, blob: bytes,
                   now: datetime) -> tuple[bool, ImportRecord]:
        """Store an imported bundle once: (True, it) when new, else (False, the one
        stored before), nothing changed."""
        try:
            with self._write("field_import") as s:
                old = s.get(ImportRow, bundle_id)
                if old is not None:
                    return False, _import(old)
                row = ImportRow(bundle_id=bundle_id, origin_device_id=origin_device_id,
                                events=events, imported_at=now, forwarded_at=None,
                                blob=blob)
                s.add(row)
                s.flush()
                record = _import(row)
        except IntegrityError:  # another process imported it meanwhile
            found = self.get_import(bundle_id)
            if found is None:
                raise
            return False, found
        log.info("field bundle %s of %s imported (%d events)", bundle_id,
                 origin_device_id, events)
        return True, record

    def get_import(self, bundle_id: str) -> ImportRecord | None:
        """The import of this bundle, or None."""
        with self._read("field_get_import") as s:
            row = s.get(ImportRow, bundle_id)
            return _import(row) if row is not None else None

    def unforwarded(self, *, refused: bool = True) -> list[ImportRecord]:
        """Imports the centre has not confirmed yet, oldest first; ``refused``: also
        those it refused for good (only when someone asks again)."""
        query = select(ImportRow).where(ImportRow.forwarded_at.is_(None))
        if not refused:
            query = query.where(ImportRow.refused_at.is_(None))
        with self._read("field_unforwarded") as s:
            return [_import(row) for row in s.scalars(query.order_by(ImportRow.imported_at))]

    def has_unforwarded(self) -> bool:
        """True when an import waits to go to the centre by itself: not confirmed, and
        not refused for good (cheap: no blob read)."""
        query = select(ImportRow.bundle_id).where(ImportRow.forwarded_at.is_(None),
                                                  ImportRow.refused_at.is_(None))
        with self._read("field_has_unforwarded") as s:
            return s.scalar(query.limit(1)) is not None

    def refused_imports(self) -> list[ImportRecord]:
        """Imports the centre refused for good and nobody has sent again successfully."""
        query = (select(ImportRow).where(ImportRow.forwarded_at.is_(None),
                                         ImportRow.refused_at.is_not(None))
                 .order_by(ImportRow.imported_at))
        with self._read("field_refused") as s:
            return [_import(row) for row in s.scalars(query)]

    def mark_refused(self, bundle_id: str, reason: str, now: datetime) -> None:
        """The centre refused the bundle for good: keep it, note when and why."""
        with self._write("field_refused_mark") as s:
            row = s.get(ImportRow, bundle_id)
            if row is not None and row.forwarded_at is None:
                row.refused_at = now
                row.refusal = reason[:300]
        log.warning("field bundle %s refused by the centre; kept, not sent again by "
                    "itself", bundle_id)

    def mark_forwarded(self, bundle_id: str, now: datetime) -> None:
        """The centre has the bundle: note when, drop the blob."""
        with self._write("field_forwarded") as s:
            row = s.get(ImportRow, bundle_id)
            if row is not None and row.forwarded_at is None:
                row.forwarded_at = now
                row.blob = None
                row.refused_at = row.refusal = None
        log.info("field bundle %s forwarded to the centre", bundle_id)


def open_field_store(data_dir: Path) -> FieldStore:
    """A :class:`FieldStore` on the kiosk database in ``data_dir`` (created or migrated
    as needed, as :func:`kiosk.store.open_store` does)."""
    return FieldStore(open_engine(data_dir, "open_field_store"))
