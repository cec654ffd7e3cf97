"""Reference bundles: only a complete, signed, newer bundle for this site is used; the
previous one stays active until the atomic switch."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import (
    SITE,
    FakeCentre,
    Seen,
    bundle_doc,
    enrol_locally,
    make_bundle,
    new_key,
    shipped_catalog,
    sign_doc,
)

from kiosk.config import SyncConfig
from kiosk.domain.payloads.cose import key_id
from kiosk.keys import public_key_pem
from kiosk.sync.bundles import (
    active_bundle,
    bundles_dir,
    install_bundle,
    pull_once,
    read_active_version,
    verify_bundle,
)
from kiosk.sync.client import CentreClient
from kiosk.sync.errors import BundleInvalid


def verify(data: bytes, key: ed25519.Ed25519PrivateKey, active: int = 0,
           header: int | None = None) -> Any:
    return verify_bundle(data, key.public_key(), site_code=SITE, active_version=active,
                         header_version=header)


def test_a_good_bundle_is_verified(centre_key: ed25519.Ed25519PrivateKey) -> None:
    kiosk_key = new_key()
    data = make_bundle(centre_key, 8, site={"name": "Tanger", "counters": 4},
                       trusted_keys=[{"label": "TNG01",
                                      "public_key_pem": public_key_pem(kiosk_key.public_key())}])
    bundle = verify(data, centre_key, active=7, header=8)
    assert bundle.version == 8 and bundle.site is not None and bundle.site.counters == 4
    assert set(bundle.catalog) == set(shipped_catalog())
    assert [label for label, _ in bundle.trusted_keys] == ["TNG01"]


def _tamper(data: bytes) -> bytes:
    index = data.index(b"jisr-bundle/1")
    return data[:index] + b"jisr-bundle/2" + data[index + 13:]


REFUSED: list[tuple[str, Any]] = [
    ("tampered payload", lambda k: _tamper(make_bundle(k, 8))),
    ("truncated", lambda k: make_bundle(k, 8)[:-100]),
    ("empty", lambda k: b""),
    ("not COSE", lambda k: b'{"format": "jisr-bundle/1"}'),
    ("signed by another key", lambda k: make_bundle(new_key(), 8)),
    ("older", lambda k: make_bundle(k, 6)),
    ("same version", lambda k: make_bundle(k, 7)),
    ("other site", lambda k: make_bundle(k, 8, site_code="CAS02")),
    ("header says another version", lambda k: make_bundle(k, 9)),
    ("wrong format", lambda k: sign_doc({**bundle_doc(8), "format": "jisr-bundle/9"}, k)),
    ("version a string", lambda k: sign_doc({**bundle_doc(8), "version": "8"}, k)),
    ("catalog path escape", lambda k: make_bundle(k, 8, catalog={"../evil.json": {}})),
    ("catalog not files", lambda k: make_bundle(k, 8, catalog={"x.json": [1]})),
    ("site counters 0", lambda k: make_bundle(k, 8, site={"name": "x", "counters": 0})),
    ("key labelled local", lambda k: make_bundle(k, 8, trusted_keys=[
        {"label": "local", "public_key_pem": public_key_pem(new_key().public_key())}])),
    ("key not a key", lambda k: make_bundle(k, 8, trusted_keys=[
        {"label": "TNG01", "public_key_pem": "-----BEGIN PUBLIC KEY-----\nxx"}])),
    ("payload not JSON", lambda k: __import__("kiosk.domain.payloads.cose",
                                               fromlist=["sign1"]).sign1(b"\xff", k)),
]


@pytest.mark.parametrize(("case", "build"), REFUSED, ids=[c for c, _ in REFUSED])
def test_a_bad_bundle_is_refused(case: str, build: Any,
                                 centre_key: ed25519.Ed25519PrivateKey) -> None:
    header = 8 if case == "header says another version" else None
    with pytest.raises(BundleInvalid) as refused:
        verify(build(centre_key), centre_key, active=7, header=header)
    assert refused.value.code == "bundle_invalid"


def _install(data_dir: Path, key: ed25519.Ed25519PrivateKey, version: int,
             **kwargs: Any) -> None:
    bundle = verify(make_bundle(key, version, **kwargs), key,
                    active=read_active_version(data_dir) or 0)
    install_bundle(data_dir, bundle, key_id(key.public_key()).hex())


def test_install_switches_atomically_and_keeps_the_previous_one(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrolment = enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 3)
    _install(data_dir, centre_key, 4, site={"name": "Accueil MRE", "counters": 5})
    active = active_bundle(data_dir, enrolment)
    assert active is not None and active.version == 4
    assert active.site is not None and active.site.name == "Accueil MRE"
    assert (active.catalog_dir / "services_civil.json").is_file()
    assert not (active.catalog_dir / "catalog.schema.json").exists()
    _install(data_dir, centre_key, 5)
    names = sorted(p.name for p in bundles_dir(data_dir).iterdir())
    assert names == [".lock", "active", "v4", "v5"]   # older ones pruned
    assert (bundles_dir(data_dir) / "active").read_text() == "v5\n"


def test_a_bad_catalog_is_refused_and_the_old_bundle_stays(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 3)
    catalog = shipped_catalog()
    broken = json.loads(json.dumps(catalog["services_civil.json"]))
    broken["services"][0]["group"] = 42          # the schema says a letter
    catalog["services_civil.json"] = broken
    with pytest.raises(BundleInvalid) as refused:
        _install(data_dir, centre_key, 4, catalog=catalog)
    assert "services_civil.json" in str(refused.value)
    assert read_active_version(data_dir) == 3
    assert sorted(p.name for p in bundles_dir(data_dir).iterdir()) == [".lock", "active", "v3"]


def test_a_bundle_of_another_enrolment_is_not_used(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 3)
    other = enrol_locally(data_dir, "http://127.0.0.1:1", new_key())
    assert active_bundle(data_dir) is not None
    assert active_bundle(data_dir, other) is None
    moved = enrol_locally(data_dir, "http://127.0.0.1:1", centre_key, site="CAS02")
    assert active_bundle(data_dir, moved) is None


def test_a_broken_active_pointer_means_no_bundle(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 3)
    (bundles_dir(data_dir) / "active").write_text("v99\n")
    assert active_bundle(data_dir) is None
    (bundles_dir(data_dir) / "active").write_text("../../etc\n")
    assert active_bundle(data_dir) is None and read_active_version(data_dir) is None


def test_a_crash_before_the_switch_leaves_the_old_bundle_and_the_next_pull_redoes_it(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "http://127.0.0.1:1", centre_key)
    _install(data_dir, centre_key, 3)
    # As if killed after renaming v4 into place but before rewriting "active":
    half = bundles_dir(data_dir) / "v4"
    (half / "catalog").mkdir(parents=True)
    (half / "catalog" / "texts.json").write_text("{")
    assert read_active_version(data_dir) == 3
    _install(data_dir, centre_key, 4)
    active = active_bundle(data_dir)
    assert active is not None and active.version == 4
    assert len(list(active.catalog_dir.glob("*.json"))) == len(shipped_catalog())


# -- pulling over HTTP, with a centre that misbehaves --------------------------------------


def _serve(centre: FakeCentre, body: bytes, *, version: int | None = 4,
           media: str = "application/cose", cut_at: int | None = None) -> None:
    def bundle(seen: Seen) -> Any:
        headers = {"Content-Type": media}
        if version is not None:
            headers["X-Bundle-Version"] = str(version)
        if cut_at is None:
            return 200, headers, body
        handler = seen.handler
        handler.send_response(200)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body[:cut_at])
        handler.wfile.flush()
        handler.close_connection = True
        return None
    centre.routes[("GET", "/api/v1/bundle")] = bundle


@pytest.fixture
def pulling(data_dir: Path, centre_key: ed25519.Ed25519PrivateKey,
            fake_centre: FakeCentre, fast: SyncConfig) -> Any:
    enrolment = enrol_locally(data_dir, fake_centre.url, centre_key)
    _install(data_dir, centre_key, 3)
    client = CentreClient(fake_centre.url, fast, enrolment.credential)
    yield lambda: pull_once(data_dir, client, enrolment)
    client.close()


BAD_DOWNLOADS: list[tuple[str, dict[str, Any]]] = [
    ("cut off", {"cut_at": 2000}),
    ("tampered", {"tamper": True}),
    ("older", {"version": 2, "bundle_version": 2}),
    ("wrong site", {"site_code": "CAS02"}),
    ("not COSE media type", {"media": "text/html"}),
    ("bad catalog", {"catalog": {"texts.json": {"texts": "none"}}}),
]


@pytest.mark.parametrize(("case", "how"), BAD_DOWNLOADS, ids=[c for c, _ in BAD_DOWNLOADS])
def test_a_bad_download_is_refused_and_the_old_bundle_stays_active(
        case: str, how: dict[str, Any], pulling: Any, fake_centre: FakeCentre,
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    version = how.get("bundle_version", 4)
    kwargs = {k: how[k] for k in ("site_code", "catalog") if k in how}
    body = make_bundle(centre_key, version, **kwargs)
    if how.get("tamper"):
        body = _tamper(body)
    _serve(fake_centre, body, version=how.get("version", version),
           media=how.get("media", "application/cose"), cut_at=how.get("cut_at"))
    with pytest.raises(BundleInvalid):
        pulling()
    assert read_active_version(data_dir) == 3
    leftovers = [p.name for p in bundles_dir(data_dir).iterdir()
                 if p.name.startswith((".download", ".staging"))]
    assert leftovers == []
    assert fake_centre.seen[-1].path == "/api/v1/bundle?have=3"
    assert fake_centre.seen[-1].headers["Authorization"].startswith("Bearer dev-test0001.")


def test_a_good_download_becomes_active(pulling: Any, fake_centre: FakeCentre,
                                        data_dir: Path,
                                        centre_key: ed25519.Ed25519PrivateKey) -> None:
    _serve(fake_centre, make_bundle(centre_key, 4))
    assert pulling() == 4
    assert read_active_version(data_dir) == 4
    fake_centre.routes[("GET", "/api/v1/bundle")] = lambda seen: (204, {}, b"")
    assert pulling() is None
    assert fake_centre.seen[-1].path == "/api/v1/bundle?have=4"


def test_an_oversized_download_is_refused_before_it_fills_the_disk(
        pulling: Any, fake_centre: FakeCentre, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.sync.bundles as bundles
    monkeypatch.setattr(bundles, "MAX_BUNDLE_BYTES", 1000)
    _serve(fake_centre, os.urandom(5000))
    with pytest.raises(BundleInvalid) as refused:
        pulling()
    assert "more than 1000" in str(refused.value)
    assert read_active_version(data_dir) == 3
