"""A hall server's check of the centre's bundle (kiosk/server/downstream.py): a bundle
that is not the centre's, not newer, not for the hall's site or not a valid catalog is
refused and changes nothing; a good one is published locally in one release."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.payloads.cose import sign1
from kiosk.keys import public_key_pem
from kiosk.server import service
from kiosk.server.db import Database
from kiosk.server.downstream import (
    BundleRefused,
    pull_state,
    take_bundle,
    taken_version,
    verify_upstream_bundle,
)
from kiosk.server.events import canonical_json
from kiosk.server.service.releases import read_catalog_path

REPO = Path(__file__).resolve().parents[2]
CENTRE = Ed25519PrivateKey.generate()
CENTRE_PEM = public_key_pem(CENTRE.public_key())
CATALOG = read_catalog_path(REPO / "assets" / "catalog")


def payload(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "jisr-bundle/1", "version": 8, "published_at": "2026-11-24T08:00:00+00:00",
        "site_code": "TNG01", "catalog": CATALOG,
        "site": {"name": "Accueil MRE", "counters": 3},
        "trusted_keys": [{"label": "centre", "public_key_pem": CENTRE_PEM}],
        "staff": [{"id": "a1", "name": "Amina", "role": "agent",
                   "pin_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$"
                               "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"}]}
    doc.update(changes)
    return doc


def signed(doc: dict[str, Any], key: Ed25519PrivateKey = CENTRE) -> bytes:
    return sign1(canonical_json(doc).encode("utf-8"), key)


def verify(data: bytes, taken: int = 7, header: int | None = None) -> Any:
    return verify_upstream_bundle(data, CENTRE_PEM, site_code="TNG01", taken_version=taken,
                                  header_version=header)


def test_a_good_bundle_is_checked() -> None:
    bundle = verify(signed(payload()), header=8)
    assert bundle.version == 8
    assert bundle.site == ("Accueil MRE", 3)
    assert bundle.staff is not None and [a.id for a in bundle.staff] == ["a1"]
    assert json.loads(bundle.catalog.text) == CATALOG


@pytest.mark.parametrize(("data", "taken", "header", "reason"), [
    (signed(payload(), Ed25519PrivateKey.generate()), 7, None, "not the centre's"),
    (signed(payload())[:-3] + b"xyz", 7, None, "signature|COSE"),
    (signed(payload()), 8, None, "not newer"),
    (signed(payload()), 7, 9, "X-Bundle-Version"),
    (signed(payload(site_code="RBA01")), 7, None, "not for site TNG01"),
    (signed(payload(format="jisr-bundle/2")), 7, None, "format"),
    (signed(payload(catalog={"texts.json": {}})), 7, None, "catalog"),
    (signed(payload(site={"name": "", "counters": 3})), 7, None, "site.name"),
    (signed(payload(staff=[{"id": "a1", "name": "Amina", "role": "boss",
                            "pin_hash": "x"}])), 7, None, "staff[0]"),
    (b"not cose", 7, None, "COSE_Sign1"),
])
def test_a_bad_bundle_is_refused(data: bytes, taken: int, header: int | None,
                                 reason: str) -> None:
    with pytest.raises(BundleRefused, match=reason.replace("[", "\\[").replace("]", "\\]")):
        verify(data, taken, header)


def test_a_bundle_with_a_flipped_byte_is_refused() -> None:
    data = bytearray(signed(payload()))
    data[len(data) // 2] ^= 0x01
    with pytest.raises(BundleRefused):
        verify(bytes(data))


def test_taking_a_bundle_publishes_it_and_the_latest_taken_wins(db: Database) -> None:
    local = service.check_catalog({**CATALOG})
    service.publish_catalog(db, local)
    service.set_site(db, "TNG01", "Local name", 2)
    assert taken_version(db) == 0

    version = take_bundle(db, "TNG01", verify(signed(payload())))
    assert version == service.latest_version(db)
    assert taken_version(db) == 8
    state = pull_state(db)
    assert state is not None and state["local_version"] == version
    content = service.bundle_payload(db, "TNG01", CENTRE_PEM)
    assert content is not None
    doc = json.loads(content.payload)
    assert doc["site"] == {"name": "Accueil MRE", "counters": 3}
    assert [a["id"] for a in doc["staff"]] == ["a1"]

    # the same version again is not taken twice
    assert take_bundle(db, "TNG01", verify(signed(payload()))) is None
    # a local change holds until the centre publishes a newer version
    service.set_site(db, "TNG01", "Local again", 2)
    doc = json.loads(service.bundle_payload(db, "TNG01", CENTRE_PEM).payload)  # type: ignore[union-attr]
    assert doc["site"]["name"] == "Local again"
    take_bundle(db, "TNG01", verify(signed(payload(version=9)), taken=8))
    doc = json.loads(service.bundle_payload(db, "TNG01", CENTRE_PEM).payload)  # type: ignore[union-attr]
    assert doc["site"]["name"] == "Accueil MRE"
    assert taken_version(db) == 9


def test_a_bundle_without_site_or_staff_keeps_the_local_ones(db: Database) -> None:
    service.set_site(db, "TNG01", "Local name", 2)
    take_bundle(db, "TNG01", verify(signed(payload(site=None, staff=None))))
    content = service.bundle_payload(db, "TNG01", CENTRE_PEM)
    assert content is not None
    doc = json.loads(content.payload)
    assert doc["site"] == {"name": "Local name", "counters": 2}
    assert "staff" not in doc
