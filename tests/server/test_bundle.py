"""Bundles: 204 or a COSE_Sign1 signed by the centre, for the device's site."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fastapi.testclient import TestClient

from kiosk.domain.payloads import TrustedKey
from kiosk.domain.payloads.cose import TrustList, check_signature, decode_sign1
from kiosk.domain.scan import Verdict
from kiosk.keys import parse_public_key
from kiosk.server import service
from kiosk.server.db import Database
from tests.server.common import catalog_files, new_key_pem
from tests.server.conftest import Enrolled

BUNDLE = "/api/v1/bundle"
MAX_BUNDLE = 16 * 1024 * 1024


def open_bundle(data: bytes, centre_pem: str) -> dict[str, Any]:
    """Check the signature with the centre key (as a device does) and decode."""
    message = decode_sign1(data, MAX_BUNDLE)
    trust = TrustList.of([TrustedKey(parse_public_key(centre_pem), "centre")])
    verdict, _key = check_signature(message, trust)
    assert verdict is Verdict.VALID
    content: dict[str, Any] = json.loads(message.payload.decode("utf-8"))
    return content


def test_no_catalog_no_bundle(client: TestClient, db: Database,
                              enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    assert client.get(BUNDLE, headers=device.headers).status_code == 204
    service.set_site(db, "TNG01", "Tanger", 3)  # a version, but still no catalog
    assert client.get(BUNDLE, headers=device.headers).status_code == 204


def test_a_published_catalog_comes_down_signed(client: TestClient, db: Database,
                                               enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    files = catalog_files()
    version = service.publish_catalog(db, service.check_catalog(files)).version
    reply = client.get(BUNDLE, headers=device.headers)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/cose"
    assert reply.headers["X-Bundle-Version"] == str(version)
    content = open_bundle(reply.content, device.centre_key_pem)
    assert content["format"] == "jisr-bundle/1"
    assert content["version"] == version
    assert content["site_code"] == "TNG01"
    assert content["catalog"] == files
    assert content["site"] is None
    assert content["published_at"].endswith("+00:00")
    assert content["trusted_keys"] == [{"label": "centre",
                                        "public_key_pem": device.centre_key_pem}]
    # canonical JSON: keys sorted, no spaces
    payload = decode_sign1(reply.content, MAX_BUNDLE).payload
    assert payload == json.dumps(content, sort_keys=True, separators=(",", ":"),
                                 ensure_ascii=False).encode("utf-8")


def test_have_asks_only_for_newer(client: TestClient, db: Database,
                                  enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    version = service.publish_catalog(db, service.check_catalog(catalog_files())).version
    assert client.get(BUNDLE, params={"have": version}, headers=device.headers
                      ).status_code == 204
    assert client.get(BUNDLE, params={"have": version + 5}, headers=device.headers
                      ).status_code == 204
    older = client.get(BUNDLE, params={"have": version - 1}, headers=device.headers)
    assert older.status_code == 200
    newer = service.set_site(db, "TNG01", "Préfecture de Tanger-Assilah", 4).version
    assert newer == version + 1
    reply = client.get(BUNDLE, params={"have": version}, headers=device.headers)
    assert reply.headers["X-Bundle-Version"] == str(newer)
    content = open_bundle(reply.content, device.centre_key_pem)
    assert content["site"] == {"name": "Préfecture de Tanger-Assilah", "counters": 4}
    for bad in ("-1", "x", "1.5"):
        invalid = client.get(BUNDLE, params={"have": bad}, headers=device.headers)
        assert (invalid.status_code, invalid.json()["error"]) == (422, "invalid")


def test_trusted_keys_are_the_sites_devices(client: TestClient, db: Database,
                                            enrol: Callable[..., Enrolled]) -> None:
    service.publish_catalog(db, service.check_catalog(catalog_files()))
    key_a, key_b, key_other, key_gone = (new_key_pem() for _ in range(4))
    a = enrol(key_pem=key_a)
    enrol(key_pem=key_b)
    enrol(site="RBA02", key_pem=key_other)
    gone = enrol(key_pem=key_gone)
    enrol()  # a device without a ticket key
    before = int(client.get(BUNDLE, headers=a.headers).headers["X-Bundle-Version"])
    service.revoke(db, gone.device_id)
    reply = client.get(BUNDLE, params={"have": before}, headers=a.headers)
    assert reply.status_code == 200, "a revocation changes the site's keys: a new version"
    content = open_bundle(reply.content, a.centre_key_pem)
    keys = content["trusted_keys"]
    assert keys[0] == {"label": "centre", "public_key_pem": a.centre_key_pem}
    assert sorted(k["public_key_pem"] for k in keys[1:]) == sorted([key_a, key_b])
    assert {k["label"] for k in keys[1:]} == {"TNG01"}


def test_a_bundle_signed_by_another_key_does_not_verify(client: TestClient, db: Database,
                                                        enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    service.publish_catalog(db, service.check_catalog(catalog_files()))
    data = client.get(BUNDLE, headers=device.headers).content
    message = decode_sign1(data, MAX_BUNDLE)
    stranger = TrustList.of([TrustedKey(parse_public_key(new_key_pem()), "centre")])
    assert check_signature(message, stranger)[0] is Verdict.UNKNOWN_KEY
    centre = TrustList.of([TrustedKey(parse_public_key(device.centre_key_pem), "centre")])
    tampered = replace(message, payload=message.payload.replace(b"TNG01", b"TNG02"))
    assert check_signature(tampered, centre)[0] is Verdict.BAD_SIGNATURE


def test_pulling_marks_the_device_seen(client: TestClient, db: Database,
                                       enrol: Callable[..., Enrolled]) -> None:
    device = enrol()
    (before,) = service.list_devices(db)
    client.get(BUNDLE, headers=device.headers)
    (after,) = service.list_devices(db)
    assert before.last_seen_at is not None and after.last_seen_at is not None
    assert after.last_seen_at >= before.last_seen_at
