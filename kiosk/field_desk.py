"""``FieldDesk``: what a logged-in field team member does with cases (the screens' use case).

Plain Python, no Qt: the field screens (:mod:`kiosk.ui.field`) call it from worker jobs.
Each member lists, searches and edits **their own** cases only (``staff_id``); every
save is one transaction with its outbox event (:class:`~kiosk.store.field.FieldStore`);
the handover bundle is written by :func:`kiosk.sync.field.export_bundle`.  Refusals come
back as values a screen can word in its own language, not as exception texts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.field import EDITABLE, FieldCase, FieldCaseInvalid, check_case
from kiosk.store.field import FieldStore
from kiosk.sync.field import Exported, ExportRefused, export_bundle


@dataclass(frozen=True)
class CaseList:
    """The cases shown, and how many events still wait to reach the centre."""

    cases: list[FieldCase]
    pending: int


@dataclass(frozen=True)
class Saved:
    """A save's result: the case stored, or (``case`` None) the field and problem that
    stopped it (see :class:`~kiosk.domain.field.FieldCaseInvalid`)."""

    case: FieldCase | None
    field_name: str | None = None
    problem: str | None = None


@dataclass(frozen=True)
class ExportResult:
    """An export's result: what was written, or why nothing was (``reason`` of
    :class:`~kiosk.sync.field.ExportRefused`)."""

    exported: Exported | None
    reason: str | None = None


class FieldDesk:
    """The cases of one field team member on this device."""

    def __init__(self, store: FieldStore, data_dir: Path, site_code: str,
                 clock: Callable[[], datetime]) -> None:
        """``data_dir``: the device's private folder (enrolment, keys); ``site_code``:
        the site new cases belong to; ``clock``: aware datetimes."""
        self.store = store
        self.data_dir = data_dir
        self.site_code = site_code
        self.clock = clock

    def cases(self, staff_id: str, text: str = "") -> CaseList:
        """``staff_id``'s cases matching ``text`` (all of them when empty), newest first;
        only that member's: the store's "everyone's" (None) is refused here."""
        if not staff_id:
            raise ValueError("a member's cases need the member's id")
        found = self.store.search(text, staff_id) if text.strip() \
            else self.store.list_cases(staff_id)
        return CaseList(found, self.store.outbox_count())

    def get(self, staff_id: str | None, case_id: str) -> FieldCase | None:
        """The case ``case_id`` when it is ``staff_id``'s, else None."""
        case = self.store.get(case_id)
        if case is None or case.staff_id != staff_id:
            return None
        return case

    def record(self, staff_id: str | None, values: Mapping[str, Any]) -> Saved:
        """Record a new case of ``staff_id`` (``values``: the editable fields)."""
        filled = {**dict.fromkeys(EDITABLE), **values}  # a field not given: None
        case = FieldCase(id="", site_code=self.site_code, staff_id=staff_id, **filled)
        try:
            return Saved(self.store.record_case(case, self.clock()))
        except FieldCaseInvalid as exc:
            return Saved(None, exc.field_name, exc.problem)

    def update(self, staff_id: str | None, case_id: str,
               changes: Mapping[str, Any]) -> Saved:
        """Change ``staff_id``'s case ``case_id`` (its version + 1); nothing is written
        when nothing changed (the case as it is comes back)."""
        current = self.get(staff_id, case_id)
        if current is None:
            return Saved(None, None, "not_yours")
        try:
            cleaned = check_case(replace(current, **dict(changes)))
            changed = {k: getattr(cleaned, k) for k in changes
                       if getattr(cleaned, k) != getattr(current, k)}
            if not changed:
                return Saved(current)
            return Saved(self.store.update_case(case_id, changed, self.clock(),
                                                staff_id=staff_id))
        except FieldCaseInvalid as exc:
            return Saved(None, exc.field_name, exc.problem)

    def export(self, to: Path) -> ExportResult:
        """Write the handover bundle into the folder or file ``to``."""
        try:
            return ExportResult(export_bundle(self.data_dir, self.store, to, self.clock()))
        except ExportRefused as exc:
            return ExportResult(None, exc.reason)
