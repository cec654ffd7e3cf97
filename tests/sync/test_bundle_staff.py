"""Staff accounts in the reference bundle: checked with the rest, installed in the kiosk
database before the switch, and left alone by a bundle without them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import SITE, bundle_doc, make_bundle, sign_doc

from kiosk.domain.payloads.cose import key_id
from kiosk.errors import StorageUnavailable
from kiosk.store.staff import StaffStore, open_staff_store
from kiosk.sync.bundles import install_bundle, read_active_version, verify_bundle
from kiosk.sync.errors import BundleInvalid

HASH = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1,
                      type=Type.ID).hash("135792")
STAFF = [{"id": "c-1", "name": "Amina El Idrissi", "role": "agent", "pin_hash": HASH},
         {"id": "c-2", "name": "Youssef", "role": "supervisor", "pin_hash": HASH}]


def verify(key: ed25519.Ed25519PrivateKey, version: int, active: int = 0,
           **kwargs: Any) -> Any:
    return verify_bundle(make_bundle(key, version, **kwargs), key.public_key(),
                         site_code=SITE, active_version=active)


def install(data_dir: Path, key: ed25519.Ed25519PrivateKey, bundle: Any,
            staff_store: StaffStore | None = None) -> bool:
    return install_bundle(data_dir, bundle, key_id(key.public_key()).hex(), staff_store)


def signed_with_staff(key: ed25519.Ed25519PrivateKey, version: int, staff: Any) -> bytes:
    return sign_doc({**bundle_doc(version), "staff": staff}, key)


def test_staff_accounts_are_read_from_the_bundle(
        centre_key: ed25519.Ed25519PrivateKey) -> None:
    bundle = verify_bundle(signed_with_staff(centre_key, 3, STAFF), centre_key.public_key(),
                           site_code=SITE, active_version=0)
    assert [(a.id, a.role) for a in bundle.staff] == [("c-1", "agent"), ("c-2", "supervisor")]
    assert verify(centre_key, 3).staff is None  # no key: the centre leaves accounts alone
    none = verify_bundle(signed_with_staff(centre_key, 3, None), centre_key.public_key(),
                         site_code=SITE, active_version=0)
    assert none.staff is None


@pytest.mark.parametrize(("staff", "where"), [
    ("everyone", "staff:"),
    ([["c-1"]], "staff[0]: not an object"),
    ([{**STAFF[0], "role": "boss"}], "staff[0].role"),
    ([{**STAFF[0], "pin_hash": "135792"}], "staff[0].pin_hash"),
    ([{**STAFF[0], "name": 42}], "staff[0].name: not text"),
    ([STAFF[0], {**STAFF[1], "name": "AMINA EL IDRISSI"}], "staff[1].name"),
    ([STAFF[0], {**STAFF[1], "id": "c-1"}], "staff[1].id"),
])
def test_bad_staff_accounts_refuse_the_whole_bundle(
        staff: Any, where: str, centre_key: ed25519.Ed25519PrivateKey) -> None:
    with pytest.raises(BundleInvalid) as refused:
        verify_bundle(signed_with_staff(centre_key, 3, staff), centre_key.public_key(),
                      site_code=SITE, active_version=0)
    assert where in refused.value.detail
    assert "Amina" not in refused.value.detail and "AMINA" not in refused.value.detail


def test_installing_the_bundle_installs_its_accounts(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    with open_staff_store(data_dir) as staff:
        local = staff.add("Karim", "supervisor", HASH, datetime.now().astimezone())
    bundle = verify_bundle(signed_with_staff(centre_key, 3, STAFF), centre_key.public_key(),
                           site_code=SITE, active_version=0)
    assert install(data_dir, centre_key, bundle)
    assert read_active_version(data_dir) == 3
    with open_staff_store(data_dir) as staff:
        assert {a.id for a in staff.accounts()} == {local.id, "c-1", "c-2"}
        assert staff.check_pin("Youssef", "135792", datetime.now().astimezone()).ok
    # a newer bundle without staff leaves the accounts as they are
    assert install(data_dir, centre_key, verify(centre_key, 4, active=3))
    with open_staff_store(data_dir) as staff:
        assert {a.id for a in staff.accounts()} == {local.id, "c-1", "c-2"}
    # an empty list removes the centre's accounts, never the local ones
    bundle = verify_bundle(signed_with_staff(centre_key, 5, []), centre_key.public_key(),
                           site_code=SITE, active_version=4)
    assert install(data_dir, centre_key, bundle)
    with open_staff_store(data_dir) as staff:
        assert [a.id for a in staff.accounts()] == [local.id]


def test_when_the_accounts_cannot_be_written_the_old_bundle_stays(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    assert install(data_dir, centre_key, verify(centre_key, 3))

    class FullDisk(StaffStore):
        def install_from_bundle(self, accounts: Any, now: datetime) -> Any:
            raise StorageUnavailable("staff_install_bundle: database or disk is full")

    bundle = verify_bundle(signed_with_staff(centre_key, 4, STAFF), centre_key.public_key(),
                           site_code=SITE, active_version=3)
    with open_staff_store(data_dir) as real:
        with pytest.raises(StorageUnavailable):
            install(data_dir, centre_key, bundle, FullDisk(real.engine))
        assert real.accounts() == []
    assert read_active_version(data_dir) == 3
    assert not any(p.name.startswith(".staging") for p in (data_dir / "bundles").iterdir())
    # the next pull of the same bundle installs both
    assert install(data_dir, centre_key, bundle)
    assert read_active_version(data_dir) == 4
    with open_staff_store(data_dir) as staff:
        assert len(staff.accounts()) == 2
