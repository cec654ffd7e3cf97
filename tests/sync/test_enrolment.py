"""The enrolment file: private, atomic, never showing the credential."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from sync_helpers import FakeCentre, Seen, enrol_locally, json_answer

from kiosk.config import SyncConfig
from kiosk.errors import InputError
from kiosk.keys import load_or_create_signing_key, public_key_pem
from kiosk.store import SqlStore
from kiosk.sync.enrolment import enrol, enrolment_path, load_enrolment, sync_dir
from kiosk.sync.errors import BadReply, EnrolmentRefused
from kiosk.sync.runner import local_now


def test_the_enrolment_file_is_0600_in_a_0700_folder(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    saved = enrol_locally(data_dir, "https://centre.example", centre_key)
    assert stat.S_IMODE(sync_dir(data_dir).stat().st_mode) == 0o700
    assert stat.S_IMODE(enrolment_path(data_dir).stat().st_mode) == 0o600
    assert load_enrolment(data_dir) == saved
    assert [p.name for p in sync_dir(data_dir).iterdir()] == ["enrolment.json"]  # no temp
    assert "s3cr3t" not in repr(saved) and "BEGIN PUBLIC KEY" not in repr(saved)


def test_loose_permissions_are_tightened_and_a_bad_file_is_named(
        data_dir: Path, centre_key: ed25519.Ed25519PrivateKey) -> None:
    enrol_locally(data_dir, "https://centre.example", centre_key)
    path = enrolment_path(data_dir)
    os.chmod(path, 0o644)
    load_enrolment(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text())
    for broken in ("{", json.dumps({**doc, "credential": ""}),
                   json.dumps({**doc, "centre_key_pem": "nope"}), json.dumps([1])):
        path.write_text(broken)
        with pytest.raises(InputError) as bad:
            load_enrolment(data_dir)
        assert str(path) in str(bad.value) and "s3cr3t" not in str(bad.value)


def test_not_enrolled_is_none(data_dir: Path) -> None:
    assert load_enrolment(data_dir) is None


def _enrol_route(centre_key: ed25519.Ed25519PrivateKey, **override: object) -> object:
    def route(seen: Seen) -> object:
        return json_answer(201, {"device_id": "dev-1a2b3c4d",
                                 "credential": "dev-1a2b3c4d.c2VjcmV0",
                                 "site_code": "TNG01",
                                 "centre_key_pem": public_key_pem(centre_key.public_key()),
                                 **override})
    return route


def test_enrol_sends_the_install_id_and_ticket_key_and_resets_the_state(
        data_dir: Path, store: SqlStore, centre_key: ed25519.Ed25519PrivateKey,
        fake_centre: FakeCentre, fast: SyncConfig) -> None:
    fake_centre.routes[("POST", "/api/v1/enrol")] = _enrol_route(centre_key)  # type: ignore[assignment]
    store.record_sync_error("revoked", "HTTP 401 revoked", local_now(), state="revoked",
                            next_try_at=None)
    enrolment = enrol(data_dir, store, fast, fake_centre.url + "/", " K7QF-2M9D ", "0.2.0",
                      local_now())
    sent = fake_centre.seen[-1].json()
    assert sent == {"code": "K7QF-2M9D", "install_id": store.device_id,
                    "software_version": "0.2.0", "role": "kiosk",
                    "ticket_key_pem": public_key_pem(
                        load_or_create_signing_key(data_dir).public_key())}
    assert "Authorization" not in fake_centre.seen[-1].headers
    assert enrolment.server_url == fake_centre.url and enrolment.site_code == "TNG01"
    assert load_enrolment(data_dir) == enrolment
    state = store.sync_state()
    assert state.state == "online" and state.last_error is None


def test_a_refused_code_or_a_bad_reply_saves_nothing(
        data_dir: Path, store: SqlStore, centre_key: ed25519.Ed25519PrivateKey,
        fake_centre: FakeCentre, fast: SyncConfig) -> None:
    fake_centre.routes[("POST", "/api/v1/enrol")] = lambda seen: json_answer(
        403, {"error": "bad_code", "message": "unknown, used or expired"})
    with pytest.raises(EnrolmentRefused) as refused:
        enrol(data_dir, store, fast, fake_centre.url, "WRONG", "0.2.0", local_now())
    assert "bad_code" in str(refused.value)
    fake_centre.routes[("POST", "/api/v1/enrol")] = _enrol_route(  # type: ignore[assignment]
        centre_key, centre_key_pem="-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")
    with pytest.raises(BadReply):
        enrol(data_dir, store, fast, fake_centre.url, "CODE", "0.2.0", local_now())
    assert load_enrolment(data_dir) is None
    assert store.sync_state().state == "not_enrolled"
