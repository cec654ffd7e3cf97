"""Rules a visitor or an agent would notice: field checks, search folding, tickets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.domain.catalog import FieldSpec, Service
from kiosk.domain.fields import check_field
from kiosk.domain.journey import next_step
from kiosk.domain.request import FieldsRefused, NewRequest, validate_request
from kiosk.domain.search import normalise
from kiosk.domain.session import VisitorSession
from kiosk.domain.tickets import estimate_wait_minutes, format_number, ticket_qr_payload


def spec(type_: str, required: bool = True) -> FieldSpec:
    return FieldSpec(key=type_, type=type_, required=required)


@pytest.mark.parametrize("raw,expected", [
    ("+33 6 12 34 56 78", "+33612345678"),     # France
    ("+34 612 34 56 78", "+34612345678"),      # Spain
    ("+32 470 12 34 56", "+32470123456"),      # Belgium
    ("0612345678", "+212612345678"),           # Moroccan mobile without country code
    ("+1 415 555 2671", "+14155552671"),       # any country
])
def test_phone_numbers_of_any_country_are_accepted_and_normalised(raw: str, expected: str):
    assert check_field(spec("phone"), raw).value == expected


@pytest.mark.parametrize("raw", ["12345", "+33 1", "06-not-a-number", "+999 123456789"])
def test_bad_phone_numbers_are_refused_with_a_reason(raw: str):
    assert check_field(spec("phone"), raw).error == "phone_invalid"


@pytest.mark.parametrize("raw,expected", [("ab123456", "AB123456"), ("A 123 456", "A123456"),
                                          ("BK12345", "BK12345")])
def test_cnie_numbers(raw: str, expected: str):
    assert check_field(spec("cnie"), raw).value == expected


@pytest.mark.parametrize("raw", ["123456", "ABC12345", "AB1234567", "A-B"])
def test_bad_cnie_numbers_are_refused(raw: str):
    assert check_field(spec("cnie"), raw).error == "cnie_invalid"


def test_names_accept_arabic_and_accented_latin_but_not_digits():
    assert check_field(spec("name"), "  Fatima   Zahra  El-Idrissi ").value == \
        "Fatima Zahra El-Idrissi"
    assert check_field(spec("name"), "محمد بن علي").ok
    assert check_field(spec("name"), "Hélène D'Aubigné").ok
    assert check_field(spec("name"), "R2D2").error == "name_chars"
    assert check_field(spec("name"), "محمّد بنّاني").value == "محمّد بنّاني"  # shadda
    assert check_field(spec("name"), "He\u0301le\u0300ne").value == "Hélène"  # NFD typed


def test_required_and_optional_fields():
    assert check_field(spec("name"), "   ").error == "required"
    assert check_field(spec("email", required=False), "").ok
    assert check_field(spec("email"), "a@b").error == "email_invalid"
    assert check_field(spec("country"), "fr").value == "FR"
    assert check_field(spec("country"), "XX").error == "country_invalid"


def test_search_folding_ignores_case_accents_and_arabic_diacritics():
    assert normalise("Déclaration DE Devises") == normalise("declaration de devises")
    assert normalise("جَوَازُ السَّفَرِ") == normalise("جواز السفر")
    assert normalise("إستبدال") == normalise("استبدال")


def test_ticket_numbers_and_wait_estimate():
    assert format_number("C", 17) == "C-017"
    assert estimate_wait_minutes(0, []) == 0
    assert estimate_wait_minutes(3, []) == 18                       # default 6 min each
    assert estimate_wait_minutes(3, [4.0, 5.0, 60.0]) == 15         # median, not mean
    assert estimate_wait_minutes(4, [10.0, 10.0, 10.0], counters=2) == 20
    payload = ticket_qr_payload("tng01", datetime(2026, 11, 23), "C-017", "ab-cd")
    assert payload == "JISR:T:TNG01:20261123:C-017:ABCD"
    assert all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in payload)


def service(fields: tuple[FieldSpec, ...] = (), priority: bool = True) -> Service:
    return Service(id="cnie", category="civil", group="C", pictogram="x.svg",
                   contexts=("hall",), names={"fr": "CNIE"}, descriptions={}, administration={},
                   documents=(), fields=fields, last_checked=date(2026, 11, 1),
                   priority_eligible=priority)


def test_journey_asks_notice_before_details_and_skips_details_when_declined():
    svc = service((spec("name"),))
    session = VisitorSession()
    assert next_step("card", svc, session) == "notice"
    assert next_step("notice", svc, session) == "details"
    assert next_step("details", svc, session) == "priority"
    session.decline_notice()
    assert next_step("notice", svc, session) == "priority"
    assert next_step("card", service(priority=False), session) == "confirm"


def test_personal_details_need_consent():
    svc = service((spec("name"),))
    with pytest.raises(FieldsRefused) as refused:
        validate_request(NewRequest("cnie", "fr", {"name": "Amina"}), svc)
    assert refused.value.errors == {"consent": "consent_required"}
    ok = validate_request(NewRequest("cnie", "fr", {"name": " Amina "},
                                     consent_at=datetime(2026, 11, 23)), svc)
    assert ok.fields == {"name": "Amina"}


def test_wipe_forgets_everything_the_visitor_entered():
    session = VisitorSession(lang="fr")
    session.choose_service("cnie")
    session.documents_ready.add("photo")
    session.accept_notice(datetime(2026, 11, 23))
    session.fields["name"] = "Amina"
    session.priority = "elderly"
    session.wipe()
    assert session == VisitorSession()


def test_a_visitor_may_give_no_details_but_partial_details_must_be_complete():
    svc = service((spec("name"), spec("phone")))
    assert validate_request(NewRequest("cnie", "fr"), svc).fields == {}
    with pytest.raises(FieldsRefused) as refused:
        validate_request(NewRequest("cnie", "fr", {"name": "Amina"},
                                    consent_at=datetime(2026, 11, 23)), svc)
    assert refused.value.errors == {"phone": "required"}


@pytest.mark.parametrize("n,category", [(0, "zero"), (1, "one"), (2, "two"), (3, "few"),
                                        (10, "few"), (11, "many"), (90, "many"),
                                        (100, "other"), (103, "few")])
def test_arabic_plural_categories(n: int, category: str):
    from kiosk.domain.text import plural_category
    assert plural_category("ar", n) == category


def test_shipped_texts_agree_with_the_number_in_arabic():
    from kiosk.catalog_loader import load_catalog
    catalog = load_catalog()
    assert catalog.text("ticket.minutes", "ar", 5) == "حوالي 5 دقائق"
    assert catalog.text("ticket.minutes", "ar", 24) == "حوالي 24 دقيقة"
    assert catalog.text("ticket.minutes", "ar", 2) == "حوالي دقيقتين"
    assert catalog.text("ticket.minutes", "fr", 0) == "vous êtes le prochain"
    assert catalog.text("notice.days", "ar", 7) == "7 أيام"
    assert catalog.text("notice.days", "fr", 90) == "90 jours"


def test_a_phone_without_country_code_is_read_in_the_country_of_residence():
    svc = service((FieldSpec("phone", "phone"), FieldSpec("country", "country")))
    consent = datetime(2026, 11, 23)
    french = validate_request(NewRequest("cnie", "fr", {"phone": "06 12 34 56 78",
                                                        "country": "FR"}, consent_at=consent),
                              svc)
    assert french.fields["phone"] == "+33612345678"
    moroccan = validate_request(NewRequest("cnie", "fr", {"phone": "06 12 34 56 78",
                                                          "country": "MA"},
                                           consent_at=consent), svc)
    assert moroccan.fields["phone"] == "+212612345678"


def test_attached_codes_need_consent_and_go_when_the_notice_is_declined():
    svc = service()
    scan = {"format": "url", "verdict": "known_site", "text": "https://www.watiqa.ma/x",
            "label": "Watiqa"}
    with pytest.raises(FieldsRefused) as refused:
        validate_request(NewRequest("cnie", "fr", scans=(scan,)), svc)
    assert refused.value.errors == {"consent": "consent_required"}
    session = VisitorSession(lang="fr")
    session.choose_service("cnie")
    assert session.attach_scan(scan) and not session.attach_scan(scan)  # once only
    assert next_step("card", svc, session) == "notice"
    session.decline_notice()
    assert session.scans == [] and session.to_request().scans == ()


@pytest.mark.parametrize("typed,number", [("C-017", "C-017"), ("c17", "C-017"),
                                          (" v 2 ", "V-002"), ("R-0002", "R-002"),
                                          ("hello", None), ("17", None), ("CC-1", None)])
def test_typed_ticket_numbers(typed: str, number: str | None):
    from kiosk.domain.tickets import normalise_ticket_number
    assert normalise_ticket_number(typed) == number


def test_a_code_kept_in_view_is_handled_once():
    from kiosk.domain.scan import RecentCodes
    recent = RecentCodes(hold_seconds=4)
    seen = [recent.is_new(b"JT1:...", t) for t in (0.0, 1.0, 3.0, 5.0, 7.5)]
    assert seen == [True, False, False, False, False]  # every sighting renews the hold
    assert recent.is_new(b"JT1:...", 12.0)  # taken away, shown again later: handled
