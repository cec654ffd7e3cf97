"""FieldStore: each save is the row and its outbox event in one transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest

from kiosk.domain.field import FieldCase, FieldCaseInvalid
from kiosk.paths import database_path
from kiosk.store.field import RECORDED, UPDATED, FieldStore, open_field_store

NOW = datetime(2026, 7, 20, 14, 30, tzinfo=UTC)
NAME = "Fatima Zahra Bénani"


def new_case(name: str = NAME, plate: str | None = "AB-123-CD",
             staff: str | None = "staff-1") -> FieldCase:
    return FieldCase(id="", site_code="TNGMED", staff_id=staff, case_type="medical",
                     person_name=name, country="FR", lang="fr", vehicle_plate=plate,
                     what_happened="Malaise à la douane")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data: Path) -> Iterator[FieldStore]:
    opened = open_field_store(data)
    yield opened
    opened.close()


def rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database_path(data))) as conn:
        return list(conn.execute(sql))


def test_recording_writes_the_row_and_its_event(store: FieldStore, data: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    saved = store.record_case(new_case(), NOW)
    assert saved.id and saved.version == 1
    assert rows(data, "SELECT id, person_name, version FROM field_cases") == [
        (saved.id, NAME, 1)]
    events = store.unconfirmed_events()
    assert [(e.type, e.seq) for e in events] == [(RECORDED, 1)]
    payload = events[0].payload
    assert payload["v"] == 1 and payload["device_id"]
    assert payload["case"]["id"] == saved.id
    assert payload["case"]["person_name"] == NAME
    assert payload["case"]["vehicle_plate"] == "AB-123-CD"
    assert NAME not in caplog.text and "AB-123" not in caplog.text


def test_an_edit_is_version_plus_one_with_its_event(store: FieldStore) -> None:
    saved = store.record_case(new_case(), NOW)
    later = NOW + timedelta(hours=1)
    changed = store.update_case(saved.id, {"follow_up": "Rappeler"}, later)
    assert changed.version == 2
    assert store.get(saved.id) == changed
    events = store.unconfirmed_events()
    assert [(e.type, e.seq) for e in events] == [(RECORDED, 1), (UPDATED, 2)]
    assert events[1].payload["case"]["version"] == 2
    assert events[1].payload["case"]["follow_up"] == "Rappeler"


def test_a_failed_event_write_leaves_no_row(store: FieldStore, data: Path) -> None:
    with mock.patch.object(FieldStore, "_add_event", side_effect=RuntimeError("disk")), \
            pytest.raises(RuntimeError):
        store.record_case(new_case(), NOW)
    assert rows(data, "SELECT COUNT(*) FROM field_cases") == [(0,)]
    assert rows(data, "SELECT COUNT(*) FROM outbox") == [(0,)]
    saved = store.record_case(new_case(), NOW)
    with mock.patch.object(FieldStore, "_add_event", side_effect=RuntimeError("disk")), \
            pytest.raises(RuntimeError):
        store.update_case(saved.id, {"what_happened": "autre"}, NOW)
    assert store.get(saved.id) == saved


def test_invalid_cases_and_edits_write_nothing(store: FieldStore, data: Path) -> None:
    with pytest.raises(FieldCaseInvalid):
        store.record_case(new_case(name=" "), NOW)
    saved = store.record_case(new_case(), NOW)
    with pytest.raises(FieldCaseInvalid):
        store.update_case(saved.id, {"country": "France"}, NOW)
    with pytest.raises(FieldCaseInvalid, match="no case"):
        store.update_case("nope", {"follow_up": "x"}, NOW)
    with pytest.raises(FieldCaseInvalid, match="no case"):
        store.update_case(saved.id, {"follow_up": "x"}, NOW, staff_id="someone-else")
    assert len(store.unconfirmed_events()) == 1


def test_list_search_and_own_cases(store: FieldStore) -> None:
    a = store.record_case(new_case(), NOW)
    b = store.record_case(new_case(name="Karim El Idrissi", plate=None, staff="staff-2"),
                          NOW + timedelta(minutes=5))
    assert [c.id for c in store.list_cases()] == [b.id, a.id]
    assert [c.id for c in store.list_cases("staff-1")] == [a.id]
    assert [c.id for c in store.search("benani")] == [a.id]
    assert [c.id for c in store.search("ab 123")] == [a.id]
    assert [c.id for c in store.search("idrissi", staff_id="staff-1")] == []


def test_imports_are_kept_once(store: FieldStore) -> None:
    new, first = store.add_import("b-1", "dev-1", 3, b"blob", NOW)
    again, second = store.add_import("b-1", "dev-1", 3, b"other", NOW + timedelta(days=1))
    assert (new, again) == (True, False)
    assert second == first and second.blob == b"blob"
    assert [r.bundle_id for r in store.unforwarded()] == ["b-1"]
    store.mark_forwarded("b-1", NOW)
    got = store.get_import("b-1")
    assert got is not None and got.forwarded_at == NOW and got.blob is None
    assert store.unforwarded() == []
