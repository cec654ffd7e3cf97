"""Signed payloads and the parser registry: any bytes in, one verdict out."""

from __future__ import annotations

import time
import zlib
from datetime import UTC, date, datetime, timedelta

import base45
import cbor2
import pytest
import qrcode
import qrcode.util
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.payloads import (
    INTERNAL_PROBLEM,
    KNOWN_DOMAINS,
    ParseContext,
    PayloadError,
    TrustedKey,
    TrustList,
    parse_payload,
    sign_prereg,
    sign_ticket,
)
from kiosk.domain.payloads.cose import decode_sign1, sign1
from kiosk.domain.payloads.formats import (
    BASE45_ALPHABET,
    CLAIM_CONTENT,
    CLAIM_EXP,
    CLAIM_IAT,
    CLAIM_TYPE,
    unwrap,
    wrap,
)
from kiosk.domain.scan import ScanResult, Verdict

NOW = datetime(2025, 7, 14, 9, 30, tzinfo=UTC)
ED_KEY = ed25519.Ed25519PrivateKey.generate()
EC_KEY = ec.generate_private_key(ec.SECP256R1())
STRANGER = ed25519.Ed25519PrivateKey.generate()
TRUST = TrustList.of([TrustedKey(ED_KEY.public_key(), "local"),
                      TrustedKey(EC_KEY.public_key(), "centre")])
CTX = ParseContext(TRUST, NOW)
REQUEST_ID = "3f2a9c1e-5b7d-4e21-9a0b-6c8d2e4f1a37"
FIELDS = {"name": "فاطمة الزهراء بنعلي", "phone": "+212612345678", "city": "Tanger"}


def ticket(key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey = ED_KEY,
           **kw: object) -> str:
    args: dict[str, object] = {"site": "RBT01", "day": date(2025, 7, 14),
                               "number": "C-017", "request_id": REQUEST_ID,
                               "service_id": "cnie_copy", "key": key,
                               "issued_at": NOW - timedelta(minutes=20)}
    args.update(kw)
    return sign_ticket(**args)  # type: ignore[arg-type]


def prereg(key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey = EC_KEY) -> str:
    return sign_prereg("cnie_copy", "ar", FIELDS, key=key, created=NOW - timedelta(days=1))


def parse(text: str | bytes, ctx: ParseContext = CTX) -> ScanResult:
    return parse_payload(text.encode("utf-8") if isinstance(text, str) else text, ctx)


def signed_claims(claims: object, key: ed25519.Ed25519PrivateKey = ED_KEY,
                  prefix: str = "JT1:") -> str:
    """A correctly signed message around arbitrary (possibly bad) claims bytes."""
    payload = claims if isinstance(claims, bytes) else cbor2.dumps(claims)
    return wrap(prefix, sign1(payload, key))


# -- round trips ---------------------------------------------------------------------

@pytest.mark.parametrize("key", [ED_KEY, EC_KEY], ids=["EdDSA", "ES256"])
def test_ticket_round_trip_is_valid_with_its_fields(key: ed25519.Ed25519PrivateKey) -> None:
    text = ticket(key)
    result = parse(text)
    assert result.verdict is Verdict.VALID
    assert result.format == "jisr-ticket"
    assert result.text == text
    assert result.fields["number"] == "C-017"
    assert result.fields["request_id"] == REQUEST_ID
    assert result.fields["service_id"] == "cnie_copy"
    assert result.fields["site"] == "RBT01"
    assert result.fields["day"] == "2025-07-14"
    assert result.fields["signer"] == ("local" if key is ED_KEY else "centre")


def test_prereg_round_trip_keeps_arabic_fields_exactly() -> None:
    result = parse(prereg())
    assert result.verdict is Verdict.VALID
    assert result.format == "jisr-prereg"
    assert result.fields["fields"] == FIELDS
    assert result.fields["lang"] == "ar"
    assert result.fields["service_id"] == "cnie_copy"


@pytest.mark.parametrize("make", [ticket, prereg], ids=["ticket", "prereg"])
def test_payload_text_is_base45_so_the_qr_is_alphanumeric(make: object) -> None:
    text = make()  # type: ignore[operator]
    assert BASE45_ALPHABET.issuperset(text)
    assert len(text) <= 2000
    assert qrcode.util.QRData(text).mode == qrcode.util.MODE_ALPHA_NUM
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    assert {chunk.mode for chunk in code.data_list} == {qrcode.util.MODE_ALPHA_NUM}


def test_compression_is_used_only_when_it_helps() -> None:
    small = sign1(b"\xa0", ED_KEY)
    assert unwrap(wrap("JT1:", small), "JT1:") == small
    assert base45.b45decode(wrap("JT1:", small)[4:])[:1] == b"\xd2"   # not compressed
    big = sign1(cbor2.dumps({"x": "A" * 300}), ED_KEY)
    assert base45.b45decode(wrap("JT1:", big)[4:])[:1] == b"\x78"     # compressed
    assert unwrap(wrap("JT1:", big), "JT1:") == big


def test_signing_refuses_what_the_parser_would_refuse() -> None:
    with pytest.raises(PayloadError):
        sign_prereg("cnie_copy", "ar", {"name": "x" * 500}, key=ED_KEY, created=NOW)
    with pytest.raises(PayloadError):
        sign_prereg("cnie_copy", "ar", {"Bad Key": "x"}, key=ED_KEY, created=NOW)
    with pytest.raises(PayloadError):
        ticket(number="C 017")


# -- refusals ------------------------------------------------------------------------

def test_forged_content_with_the_old_signature_is_a_bad_signature() -> None:
    message = decode_sign1(unwrap(ticket(), "JT1:"), 4096)
    claims = cbor2.loads(message.payload)
    claims[CLAIM_CONTENT]["number"] = "A-001"           # jump the queue
    forged = cbor2.dumps(cbor2.CBORTag(18, [message.protected, {}, cbor2.dumps(claims),
                                            message.signature]))
    assert parse(wrap("JT1:", forged)).verdict is Verdict.BAD_SIGNATURE
    assert parse(wrap("JT1:", forged)).fields == {}


def test_one_changed_signature_byte_is_a_bad_signature() -> None:
    message = decode_sign1(unwrap(ticket(), "JT1:"), 4096)
    signature = bytes([message.signature[0] ^ 1]) + message.signature[1:]
    altered = cbor2.dumps(cbor2.CBORTag(18, [message.protected, {}, message.payload,
                                             signature]))
    assert parse(wrap("JT1:", altered)).verdict is Verdict.BAD_SIGNATURE


def test_one_changed_character_is_never_valid() -> None:
    text = ticket()
    for index in range(4, len(text), 7):
        char = "0" if text[index] != "0" else "1"
        result = parse(text[:index] + char + text[index + 1:])
        assert result.verdict in {Verdict.BAD_SIGNATURE, Verdict.UNKNOWN_KEY,
                                  Verdict.MALFORMED}


def test_a_key_not_in_the_trust_list_is_an_unknown_key() -> None:
    result = parse(ticket(STRANGER))
    assert result.verdict is Verdict.UNKNOWN_KEY
    assert result.fields == {}


def test_expired_and_not_yet_valid_by_the_injected_clock() -> None:
    text = ticket()
    assert parse(text, ParseContext(TRUST, NOW + timedelta(days=2))).verdict \
        is Verdict.EXPIRED
    assert parse(text, ParseContext(TRUST, NOW - timedelta(hours=2))).verdict \
        is Verdict.NOT_YET_VALID
    # a few minutes of clock difference between signer and kiosk are tolerated
    assert parse(text, ParseContext(TRUST, NOW - timedelta(minutes=23))).verdict \
        is Verdict.VALID


def test_the_type_claim_must_match_the_prefix() -> None:
    text = prereg()
    assert parse("JT1:" + text[4:]).verdict is Verdict.MALFORMED


@pytest.mark.parametrize("data", [
    b"", b"\xff\xfe\x00", b"\xc3\x28", b"JT1:", b"JT1:AB", b"JT1:abc",
    b"JT1:" + b"A" * 2100, b"x" * 5000, b"JT1:GGW", b"JP1:::::::",
    b"JT9:0123", b"JP2:AAA",
], ids=["empty", "binary", "bad-utf8", "prefix-only", "bad-length", "lower-case",
        "oversized-text", "oversized-bytes", "b45-overflow", "not-cbor",
        "newer-ticket-version", "newer-prereg-version"])
def test_malformed_input_gives_a_malformed_verdict(data: bytes) -> None:
    result = parse_payload(data, CTX)
    assert result.verdict is Verdict.MALFORMED
    assert result.fields["problem"] != INTERNAL_PROBLEM


def test_truncated_payload_is_malformed() -> None:
    text = ticket()
    for cut in (5, len(text) // 2, len(text) - 1, len(text) - 3):
        assert parse(text[:cut]).verdict is Verdict.MALFORMED


def test_a_zlib_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = zlib.compress(b"\x00" * 1_000_000, 9)
    text = "JT1:" + base45.b45encode(bomb).decode()
    assert len(text) < 2000
    result = parse(text)
    assert result.verdict is Verdict.MALFORMED
    assert "inflated" in str(result.fields["problem"])


def test_deeply_nested_cbor_is_malformed() -> None:
    nested = b"\x81" * 500 + b"\x00"
    assert parse(signed_claims(nested)).verdict is Verdict.MALFORMED
    cose = b"\xd2\x84" + b"\x81" * 200 + b"\x00"
    assert parse("JT1:" + base45.b45encode(cose).decode()).verdict is Verdict.MALFORMED


@pytest.mark.parametrize("claims", [
    {CLAIM_IAT: "yesterday", CLAIM_EXP: 2_000_000_000, CLAIM_TYPE: "ticket",
     CLAIM_CONTENT: {}},
    {CLAIM_IAT: True, CLAIM_EXP: 2_000_000_000, CLAIM_TYPE: "ticket", CLAIM_CONTENT: {}},
    {CLAIM_IAT: 1, CLAIM_EXP: 10**30, CLAIM_TYPE: "ticket", CLAIM_CONTENT: {}},
    {CLAIM_IAT: 1_750_000_000, CLAIM_EXP: 1_760_000_000, CLAIM_TYPE: "ticket",
     CLAIM_CONTENT: {"site": 7, "day": "2025-07-14", "number": "C-017",
                     "request": "r", "service": "s"}},
    {CLAIM_IAT: 1_750_000_000, CLAIM_EXP: 1_760_000_000, CLAIM_TYPE: "ticket",
     CLAIM_CONTENT: {"site": "RBT", "day": "2025-13-45", "number": "C-017",
                     "request": "r", "service": "s"}},
    {CLAIM_IAT: 1_750_000_000, CLAIM_EXP: 1_760_000_000, CLAIM_TYPE: "ticket",
     CLAIM_CONTENT: {"site": "RBT", "day": "2025-07-14", "number": "C" * 300,
                     "request": "r", "service": "s"}},
    [1, 2, 3],
    "not a map",
], ids=["iat-text", "iat-bool", "exp-huge", "site-int", "bad-day", "long-number",
        "array", "text"])
def test_wrong_claim_types_are_malformed_even_when_well_signed(claims: object) -> None:
    result = parse(signed_claims(claims))
    assert result.verdict is Verdict.MALFORMED
    assert result.fields["problem"] != INTERNAL_PROBLEM


def test_trailing_bytes_after_the_cose_message_are_malformed() -> None:
    cose = unwrap(ticket(), "JT1:") + b"\x00"
    assert parse("JT1:" + base45.b45encode(cose).decode()).verdict is Verdict.MALFORMED


# -- addresses and text --------------------------------------------------------------

def test_a_known_government_address_is_a_known_site_with_its_label() -> None:
    result = parse("https://www.watiqa.ma/portal/verify?id=123")
    assert result.verdict is Verdict.KNOWN_SITE
    assert result.label == KNOWN_DOMAINS["watiqa.ma"]
    assert parse("HTTP://TAX.GOV.MA/").verdict is Verdict.KNOWN_SITE


@pytest.mark.parametrize("url", [
    "https://watiqa.ma.evil.example/", "https://evilwatiqa.ma/",
    "https://watiqa.ma@evil.example/", "https://evil.example\\@watiqa.ma/",
    "https://wаtiqa.ma/",  # Cyrillic а
    "http://example.org", "https://[::1]:99999/",
])
def test_other_addresses_are_unknown_sites(url: str) -> None:
    result = parse(url)
    assert result.format == "url"
    assert result.verdict is Verdict.UNKNOWN_SITE
    assert result.label == {}


@pytest.mark.parametrize("text", ["javascript:alert(1)", "data:text/html,<b>x</b>",
                                  "ftp://watiqa.ma/", "watiqa.ma"])
def test_other_schemes_are_plain_text_not_addresses(text: str) -> None:
    result = parse(text)
    assert (result.format, result.verdict, result.text) == ("text", Verdict.TEXT, text)


def test_arabic_text_comes_back_exactly() -> None:
    text = "موعد القنصلية: ١٤ يوليوز ٢٠٢٥، الساعة ١٠:٣٠\n"
    result = parse(text)
    assert (result.verdict, result.text) == (Verdict.TEXT, text)


# -- properties ----------------------------------------------------------------------

def _check(result: ScanResult, started: float) -> None:
    assert isinstance(result, ScanResult)
    assert isinstance(result.verdict, Verdict)
    assert result.fields.get("problem") != INTERNAL_PROBLEM
    # CPU time, not wall time: a loaded CI machine must not fail this, a zlib bomb would
    assert time.process_time() - started < 1.0


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=5000))
def test_any_bytes_give_a_verdict(data: bytes) -> None:
    started = time.process_time()
    _check(parse_payload(data, CTX), started)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=1400))
def test_any_base45_body_behind_our_prefix_gives_a_verdict(data: bytes) -> None:
    started = time.process_time()
    _check(parse("JT1:" + base45.b45encode(data).decode()), started)


VALID_TICKET = ticket()
VALID_FIELDS = dict(parse(VALID_TICKET).fields)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(VALID_TICKET)), st.sampled_from(
    sorted(BASE45_ALPHABET)), st.sampled_from(["replace", "insert", "delete"])),
    min_size=1, max_size=4))
def test_mutated_valid_payloads_give_a_verdict_and_never_a_false_valid(
        edits: list[tuple[int, str, str]]) -> None:
    text = VALID_TICKET
    for index, char, how in edits:
        index = min(index, len(text) - 1)
        if how == "replace":
            text = text[:index] + char + text[index + 1:]
        elif how == "insert":
            text = text[:index] + char + text[index:]
        else:
            text = text[:index] + text[index + 1:]
    started = time.process_time()
    result = parse(text)
    _check(result, started)
    if text != VALID_TICKET:  # a changed text is never a valid ticket with other content
        assert result.verdict is not Verdict.VALID or dict(result.fields) == VALID_FIELDS
