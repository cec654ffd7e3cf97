"""Key files: the local signing key, trusted public keys, the trust list."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from kiosk.domain.payloads import ParseContext, parse_payload, sign_ticket
from kiosk.domain.payloads.cose import key_id
from kiosk.domain.scan import Verdict
from kiosk.errors import InputError
from kiosk.keys import (
    import_public_key,
    list_keys,
    load_or_create_signing_key,
    public_key_pem,
    signing_key_path,
    trust_list,
    trusted_dir,
)

NOW = datetime(2025, 7, 14, 9, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def signed_ticket(key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return sign_ticket("RBT01", date(2025, 7, 14), "C-001", "r1", "cnie_copy",
                       key=key, issued_at=NOW).encode()


def test_signing_key_is_created_owner_only_and_reused(tmp_path: Path) -> None:
    first = load_or_create_signing_key(tmp_path)
    path = signing_key_path(tmp_path)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    second = load_or_create_signing_key(tmp_path)
    assert key_id(first.public_key()) == key_id(second.public_key())
    assert not list(path.parent.glob("*.tmp"))


def test_loose_permissions_on_the_signing_key_are_tightened(tmp_path: Path) -> None:
    load_or_create_signing_key(tmp_path)
    signing_key_path(tmp_path).chmod(0o644)
    load_or_create_signing_key(tmp_path)
    assert mode(signing_key_path(tmp_path)) == 0o600


def test_a_garbage_signing_key_is_refused_not_overwritten(tmp_path: Path) -> None:
    path = signing_key_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("not a key")
    with pytest.raises(InputError, match=r"signing\.pem"):
        load_or_create_signing_key(tmp_path)
    assert path.read_text() == "not a key"


def test_the_local_key_is_trusted_and_verifies_its_own_tickets(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path)
    result = parse_payload(signed_ticket(key), ParseContext(trust_list(tmp_path), NOW))
    assert result.verdict is Verdict.VALID
    assert result.fields["signer"] == "local"


@pytest.mark.parametrize("content", [b"garbage", b"", b"-----BEGIN PUBLIC KEY-----\nAAAA\n"
                                     b"-----END PUBLIC KEY-----\n"],
                         ids=["garbage", "empty", "bad-base64"])
def test_importing_garbage_is_refused_naming_the_file(tmp_path: Path, content: bytes) -> None:
    pem = tmp_path / "centre-key.pem"
    pem.write_bytes(content)
    with pytest.raises(InputError, match=r"centre-key\.pem"):
        import_public_key(tmp_path / "data", pem, "centre")
    assert not trusted_dir(tmp_path / "data").exists()


def test_importing_a_private_key_or_an_rsa_key_is_refused(tmp_path: Path) -> None:
    private = tmp_path / "secret.pem"
    private.write_bytes(ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    with pytest.raises(InputError, match=r"secret\.pem.*private key"):
        import_public_key(tmp_path, private, "centre")
    rsa_pem = tmp_path / "rsa.pem"
    rsa_pem.write_text(public_key_pem(
        rsa.generate_private_key(65537, 2048).public_key()))  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"rsa\.pem"):
        import_public_key(tmp_path, rsa_pem, "centre")


def test_a_bad_label_is_refused(tmp_path: Path) -> None:
    pem = tmp_path / "k.pem"
    pem.write_text(public_key_pem(ed25519.Ed25519PrivateKey.generate().public_key()))
    with pytest.raises(InputError, match="label"):
        import_public_key(tmp_path, pem, "../etc")


def test_an_imported_key_verifies_what_its_private_key_signed(tmp_path: Path) -> None:
    centre = ec.generate_private_key(ec.SECP256R1())
    pem = tmp_path / "centre.pem"
    pem.write_text(public_key_pem(centre.public_key()))
    data = tmp_path / "data"
    info = import_public_key(data, pem, "centre")
    assert info.label == "centre" and info.algorithm == "ES256"
    assert info.kid == key_id(centre.public_key()).hex()
    assert import_public_key(data, pem, "again") == info          # already trusted
    result = parse_payload(signed_ticket(centre), ParseContext(trust_list(data), NOW))
    assert result.verdict is Verdict.VALID
    assert result.fields["signer"] == "centre"
    stranger = ed25519.Ed25519PrivateKey.generate()
    result = parse_payload(signed_ticket(stranger), ParseContext(trust_list(data), NOW))
    assert result.verdict is Verdict.UNKNOWN_KEY


def test_list_keys_shows_local_then_trusted_and_skips_broken_files(tmp_path: Path) -> None:
    assert list_keys(tmp_path) == []
    load_or_create_signing_key(tmp_path)
    site = ed25519.Ed25519PrivateKey.generate().public_key()
    folder = trusted_dir(tmp_path)
    (folder).mkdir(parents=True, exist_ok=True)
    (folder / "TNG01.pem").write_text(public_key_pem(site))     # dropped in by hand
    (folder / "broken.pem").write_text("nonsense")
    keys = list_keys(tmp_path)
    assert [(k.label, k.local) for k in keys] == [("local", True), ("TNG01", False)]
    assert keys[1].algorithm == "EdDSA"
    assert len(trust_list(tmp_path)) == 2
