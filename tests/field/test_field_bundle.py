"""Field bundles: sealed for the centre, signed by the device; tampering refused."""

from __future__ import annotations

from typing import Any

import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.domain.field_bundle import (
    FieldBundleInvalid,
    box_key_text,
    open_events,
    parse_box_key,
    peek,
    seal,
    verify,
)
from kiosk.domain.payloads.cose import TrustedKey, TrustList, sign1

NAME = "Fatima Zahra Bénani"
EVENTS = [{"event_id": f"e-{i}", "seq": i, "type": "field_case.recorded",
           "created_at": "2026-07-20T14:30:00+00:00",
           "payload": {"v": 1, "case": {"person_name": NAME, "vehicle_plate": "AB-123-CD"}}}
          for i in (1, 2)]


def make(key: ed25519.Ed25519PrivateKey, box: X25519PrivateKey,
         events: list[dict[str, Any]] = EVENTS) -> bytes:
    return seal(events, bundle_id="b-1", origin_device_id="dev-1", site_code="TNGMED",
                created_at="2026-07-21T08:00:00+00:00", signing_key=key,
                box_key=box.public_key())


@pytest.fixture
def device() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture
def box() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def trust(*keys: ed25519.Ed25519PrivateKey) -> TrustList:
    return TrustList.of([TrustedKey(k.public_key(), f"k{i}") for i, k in enumerate(keys)])


def test_round_trip(device: ed25519.Ed25519PrivateKey, box: X25519PrivateKey) -> None:
    data = make(device, box)
    sealed = verify(data, trust(device))
    assert (sealed.bundle_id, sealed.origin_device_id, sealed.site_code, sealed.events) == (
        "b-1", "dev-1", "TNGMED", 2)
    assert open_events(sealed, box) == EVENTS


def test_the_file_reveals_no_personal_data(device: ed25519.Ed25519PrivateKey,
                                           box: X25519PrivateKey) -> None:
    data = make(device, box)
    for secret in (NAME, "Bénani", "AB-123-CD", "field_case"):
        assert secret.encode("utf-8") not in data


def test_every_flipped_byte_is_refused(device: ed25519.Ed25519PrivateKey,
                                       box: X25519PrivateKey) -> None:
    data = make(device, box)
    for index in range(0, len(data), max(1, len(data) // 97)):
        changed = bytearray(data)
        changed[index] ^= 0x01
        with pytest.raises(FieldBundleInvalid):
            verify(bytes(changed), trust(device))


def test_a_truncated_bundle_is_refused(device: ed25519.Ed25519PrivateKey,
                                       box: X25519PrivateKey) -> None:
    data = make(device, box)
    for cut in (0, 1, 10, len(data) // 2, len(data) - 1):
        with pytest.raises(FieldBundleInvalid, match="damaged or truncated"):
            verify(data[:cut], trust(device))


def test_another_signer_is_unknown(device: ed25519.Ed25519PrivateKey,
                                   box: X25519PrivateKey) -> None:
    other = ed25519.Ed25519PrivateKey.generate()
    with pytest.raises(FieldBundleInvalid, match="does not know"):
        verify(make(other, box), trust(device))


def test_a_swapped_signature_is_refused(device: ed25519.Ed25519PrivateKey,
                                        box: X25519PrivateKey) -> None:
    """The content re-signed by another key claiming the device's key id: bad signature."""
    message = cbor2.loads(make(device, box))
    intruder = ed25519.Ed25519PrivateKey.generate()
    forged = cbor2.loads(sign1(message.value[2], intruder)).value
    # the device's protected header (its kid), the intruder's signature
    swapped = cbor2.CBORTag(message.tag, [message.value[0], {}, forged[2], forged[3]])
    with pytest.raises(FieldBundleInvalid, match="signature does not match"):
        verify(cbor2.dumps(swapped), trust(device))


def test_only_the_centre_can_open_it(device: ed25519.Ed25519PrivateKey,
                                     box: X25519PrivateKey) -> None:
    sealed = verify(make(device, box), trust(device))
    with pytest.raises(FieldBundleInvalid, match="decrypted"):
        open_events(sealed, X25519PrivateKey.generate())


def test_peek_reads_the_header_without_trust(device: ed25519.Ed25519PrivateKey,
                                             box: X25519PrivateKey) -> None:
    claimed = peek(make(device, box))
    assert claimed.origin_device_id == "dev-1" and claimed.signer is None


def test_box_key_text_round_trip(box: X25519PrivateKey) -> None:
    text = box_key_text(box.public_key())
    assert len(text) == 44
    assert box_key_text(parse_box_key(text)) == text
    with pytest.raises(FieldBundleInvalid):
        parse_box_key("not base64!")
