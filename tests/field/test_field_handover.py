"""Handover without a network: a field device exports, another Jisr machine imports and
forwards, the centre (a real ``kiosk server`` process) has the events once under the
field device.  Tampered, foreign and repeated bundles change nothing."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from kiosk.config import SyncConfig, load_config
from kiosk.domain.field import FieldCase
from kiosk.domain.field_bundle import FieldBundleInvalid, parse_box_key, seal
from kiosk.keys import load_or_create_signing_key
from kiosk.paths import config_path, database_path
from kiosk.server import service
from kiosk.server.db import Database, sqlite_url
from kiosk.server.settings import DATABASE_FILE
from kiosk.store.field import FieldStore, open_field_store
from kiosk.sync.bundles import active_bundle
from kiosk.sync.enrolment import load_enrolment
from kiosk.sync.field import ExportRefused, export_bundle, forward_pending, import_bundle
from tests.hall.hall_env import Device
from tests.server.common import CATALOG_DIR
from tests.support.server import ServerProcess, start_server

NOW = datetime(2026, 7, 20, 14, 30, tzinfo=UTC)
NAME = "Fatima Zahra Bénani"


@dataclass
class World:
    centre: ServerProcess
    field: Device
    importer: Device
    tmp: Path


def make_world(tmp: Path, database_url: str | None = None) -> World:
    """A centre (started), a field device and a prefecture kiosk of its site, enrolled
    and synced once (the box key; the site's keys)."""
    centre = start_server(tmp / "centre", database_url)
    try:
        centre.publish_catalog(CATALOG_DIR)
        field = Device(tmp / "field")
        field.enrol(centre.url, centre.enrol_code("TNG01"))
        field.run("sync", "--once", "--json")          # the centre's box key, once
        importer = Device(tmp / "prefecture-kiosk")
        importer.enrol(centre.url, centre.enrol_code("TNG01"))
        importer.run("sync", "--once", "--json")       # the site's keys (the field's)
    except BaseException:
        centre.stop()
        raise
    return World(centre, field, importer, tmp)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    made = make_world(tmp_path_factory.mktemp("handover"))
    yield made
    made.centre.stop()


def centre_db(centre: ServerProcess) -> Database:
    return Database(centre.database_url or sqlite_url(centre.data_dir / DATABASE_FILE))


def at_centre(w: World) -> list[tuple[int, str, str]]:
    db = centre_db(w.centre)
    try:
        return [(r.seq, r.event_id, r.status)
                for r in service.stored_events(db, w.field.device_id)]
    finally:
        db.dispose()


def sync_config(device: Device) -> SyncConfig:
    """The device's own ``[sync]`` settings, as ``kiosk import`` reads them."""
    return load_config(config_path(device.data)).sync


def store_of(device: Device) -> FieldStore:
    return open_field_store(device.data)


def imports_of(device: Device) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database_path(device.data))) as conn:
        return list(conn.execute("SELECT bundle_id, events, forwarded_at IS NOT NULL, "
                                 "blob IS NOT NULL FROM imports ORDER BY imported_at"))


def record_two_saves(device: Device) -> None:
    store = store_of(device)
    try:
        case = store.record_case(FieldCase(
            id="", site_code="TNG01", staff_id=None, case_type="customs",
            person_name=NAME, country="BE", lang="nl", vehicle_plate="1-ABC-234",
            what_happened="Déclaration de véhicule perdue"), NOW)
        store.update_case(case.id, {"action_taken": "Orientée vers la douane"}, NOW)
    finally:
        store.close()


def export(device: Device, to: Path) -> Path:
    store = store_of(device)
    try:
        return export_bundle(device.data, store, to, NOW).path
    finally:
        store.close()


def do_import(device: Device, path: Path, forward: bool = True):  # type: ignore[no-untyped-def]
    store = store_of(device)
    try:
        return import_bundle(device.data, store, path, config=sync_config(device), now=NOW,
                             forward=forward)
    finally:
        store.close()


def test_export_refused_before_the_first_sync(tmp_path: Path) -> None:
    lonely = Device(tmp_path / "lonely")
    store = store_of(lonely)
    try:
        with pytest.raises(ExportRefused, match="kiosk enrol"):
            export_bundle(lonely.data, store, tmp_path / "b", NOW)
    finally:
        store.close()


def test_export_import_forward_once_then_nothing(world: World) -> None:
    w = world
    record_two_saves(w.field)
    stick = w.tmp / "usb"
    stick.mkdir()
    bundle = export(w.field, stick)
    assert bundle.parent == stick and NAME.encode() not in bundle.read_bytes()
    local = [(seq, event_id) for event_id, seq, _type in w.field.local_outbox()]

    done = do_import(w.importer, bundle)
    assert done.new and done.forwarded is not None and done.forwarded.ok, done
    assert "2 accepted" in done.forwarded.detail
    assert at_centre(w) == [(seq, eid, "accepted") for seq, eid in sorted(local)]
    assert imports_of(w.importer) == [(done.record.bundle_id, 2, 1, 0)]

    again = do_import(w.importer, bundle)             # the same stick, twice
    assert not again.new and again.forwarded is None
    assert imports_of(w.importer) == [(done.record.bundle_id, 2, 1, 0)]
    assert at_centre(w) == [(seq, eid, "accepted") for seq, eid in sorted(local)]

    # the centre too: the same bundle forwarded again is all replays
    cred = w.importer.enrolment["credential"]
    reply = requests.post(f"{w.centre.url}/api/v1/field-bundles", timeout=30,
                          json={"bundle": base64.b64encode(bundle.read_bytes()).decode()},
                          headers={"Authorization": f"Bearer {cred}"})
    assert reply.status_code == 200 and reply.json()["statuses"] == {"replay": 2}
    # and the field device, back online, pushes them itself: replays, no conflict
    w.field.sync()
    assert at_centre(w) == [(seq, eid, "accepted") for seq, eid in sorted(local)]
    assert NAME not in w.centre.output()


def test_handover_with_a_postgresql_centre(tmp_path: Path,
                                           fresh_pg_database: Callable[[], str]) -> None:
    w = make_world(tmp_path, fresh_pg_database())
    try:
        record_two_saves(w.field)
        bundle = export(w.field, tmp_path / "stick.jisrfield")
        done = do_import(w.importer, bundle)
        assert done.forwarded is not None and done.forwarded.ok, done
        again = do_import(w.importer, bundle)
        assert not again.new
        local = sorted((seq, eid) for eid, seq, _type in w.field.local_outbox())
        assert at_centre(w) == [(seq, eid, "accepted") for seq, eid in local]
    finally:
        w.centre.stop()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_damaged_bundle_is_refused_and_nothing_stored(world: World, damage: str) -> None:
    w = world
    record_two_saves(w.field)
    path = export(w.field, w.tmp / f"damaged-{damage}.jisrfield")
    data = bytearray(path.read_bytes())
    before = imports_of(w.importer)
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        data = data[:-20]
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    with pytest.raises(FieldBundleInvalid, match="nothing imported"):
        do_import(w.importer, path)
    assert imports_of(w.importer) == before


def forged(w: World, signer_dir: Path, origin: str) -> Path:
    """A bundle claiming ``origin``, signed with the key of ``signer_dir``."""
    active = active_bundle(w.importer.data, load_enrolment(w.importer.data))
    assert active is not None and active.centre_box_key is not None
    data = seal([{"event_id": "evil-1", "seq": 1, "type": "field_case.recorded",
                  "created_at": NOW.isoformat(), "payload": {"v": 1}}],
                bundle_id=f"forged-{signer_dir.name}", origin_device_id=origin,
                site_code="TNG01", created_at=NOW.isoformat(),
                signing_key=load_or_create_signing_key(signer_dir),
                box_key=parse_box_key(active.centre_box_key))
    path = w.tmp / f"forged-{signer_dir.name}.jisrfield"
    path.write_bytes(data)
    return path


def test_a_bundle_from_an_unknown_device_is_refused(world: World) -> None:
    w = world
    stranger = w.tmp / "stranger"
    stranger.mkdir()
    before = imports_of(w.importer)
    with pytest.raises(FieldBundleInvalid, match="does not know"):
        do_import(w.importer, forged(w, stranger, w.field.device_id))
    assert imports_of(w.importer) == before


def test_a_swapped_signer_is_refused_by_the_centre(world: World) -> None:
    """Signed by a key the importer trusts (its own) but claiming the field device:
    kept locally, refused by the centre (it checks the origin's own key)."""
    w = world
    events_before = at_centre(w)
    done = do_import(w.importer, forged(w, w.importer.data, w.field.device_id))
    assert done.forwarded is not None and not done.forwarded.ok
    assert "403" in done.forwarded.detail
    assert "not signed with that device's key" in done.forwarded.detail
    assert at_centre(w) == events_before
    rows = [r for r in imports_of(w.importer) if r[0] == done.record.bundle_id]
    assert rows == [(done.record.bundle_id, 1, 0, 1)]     # kept, not forwarded
    # refused for good: the sync worker does not send it again with every round...
    first = refused_at(w.importer, done.record.bundle_id)
    assert first is not None
    w.importer.run("sync", "--once", "--json")
    assert refused_at(w.importer, done.record.bundle_id) == first
    # ...the status says so, and a person may try again
    status = w.importer.run("sync", "--status").stdout
    assert f"field bundle: {done.record.bundle_id} refused by the centre" in status
    assert "not signed with that device's key" in status
    again = w.importer.run("import", "--forward", check=False)
    assert done.record.bundle_id in again.stdout + again.stderr
    assert refused_at(w.importer, done.record.bundle_id) != first  # sent and refused again
    assert at_centre(w) == events_before


def refused_at(device: Device, bundle_id: str) -> str | None:
    with closing(sqlite3.connect(database_path(device.data))) as conn:
        row = conn.execute("SELECT refused_at FROM imports WHERE bundle_id = ?",
                           (bundle_id,)).fetchone()
    return None if row is None else row[0]


def test_kept_when_not_forwarded_then_forwarded_later(world: World) -> None:
    w = world
    record_two_saves(w.field)
    path = export(w.field, w.tmp / "later.jisrfield")
    done = do_import(w.importer, path, forward=False)
    assert done.new and done.forwarded is None
    store = store_of(w.importer)
    try:
        results = {r.bundle_id: r for r in forward_pending(w.importer.data, store,
                                                           sync_config(w.importer))}
    finally:
        store.close()
    assert results[done.record.bundle_id].ok
    assert len(at_centre(w)) == len(w.field.local_outbox())


def test_an_import_the_centre_missed_goes_with_the_next_sync(world: World) -> None:
    """Imported while the centre could not be reached (here: kept without forwarding),
    the bundle goes by itself with the importer's next sync round that pulls."""
    w = world
    record_two_saves(w.field)
    path = export(w.field, w.tmp / "next-sync.jisrfield")
    done = do_import(w.importer, path, forward=False)
    bundle = done.record.bundle_id
    assert [r[2:] for r in imports_of(w.importer) if r[0] == bundle] == [(0, 1)]  # kept
    w.importer.run("sync", "--once", "--json")            # a round with a pull
    assert [r[2:] for r in imports_of(w.importer) if r[0] == bundle] == [(1, 0)]
    assert len(at_centre(w)) == len(w.field.local_outbox())
