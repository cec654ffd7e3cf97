"""Field cases: the rules, the search, no personal data in repr."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kiosk.domain.field import (
    CASE_TYPES,
    FieldCase,
    FieldCaseInvalid,
    check_case,
    edited,
    matches,
)
from kiosk.store.models import FIELD_CASE_TYPES

NOW = datetime(2026, 7, 20, 14, 30, tzinfo=UTC)


def case(**changes: object) -> FieldCase:
    base = FieldCase(id="c1", site_code="TNGMED", staff_id=None, case_type="medical",
                     person_name="  Fatima   Zahra Bénani ", country="fr", lang="fr",
                     vehicle_plate="ab-123-cd", what_happened="Malaise à la douane",
                     action_taken="Eau, ombre", referral=None, follow_up="")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_same_case_types_as_the_table() -> None:
    assert CASE_TYPES == FIELD_CASE_TYPES


def test_a_case_is_cleaned_up() -> None:
    c = check_case(case())
    assert (c.person_name, c.country, c.vehicle_plate, c.follow_up) == (
        "Fatima Zahra Bénani", "FR", "AB-123-CD", None)


def test_repr_holds_no_personal_data() -> None:
    text = repr(case()) + str(case())
    for secret in ("Fatima", "AB-123", "ab-123", "Malaise", "Eau", "fr"):
        assert secret not in text


@pytest.mark.parametrize(("changes", "field"), [
    ({"case_type": "tourism"}, "case_type"),
    ({"person_name": "  "}, "person_name"),
    ({"what_happened": ""}, "what_happened"),
    ({"country": "FRA"}, "country"),
    ({"country": "1X"}, "country"),
    ({"lang": "français"}, "lang"),
    ({"vehicle_plate": "AB<script>"}, "vehicle_plate"),
    ({"vehicle_plate": "X" * 30}, "vehicle_plate"),
    ({"person_name": "x" * 201}, "person_name"),
    ({"action_taken": "a\x00b"}, "action_taken"),
])
def test_broken_rules_are_named_without_the_value(changes: dict[str, object],
                                                  field: str) -> None:
    with pytest.raises(FieldCaseInvalid) as caught:
        check_case(case(**changes))
    assert str(caught.value).startswith(field)
    assert "Fatima" not in str(caught.value)


def test_a_moroccan_plate_with_arabic_letters_is_accepted() -> None:
    assert check_case(case(vehicle_plate="12345-أ-6")).vehicle_plate == "12345-أ-6"


def test_an_edit_raises_the_version_and_refuses_other_fields() -> None:
    c = check_case(case())
    changed = edited(c, {"follow_up": "Rappeler demain"}, NOW)
    assert (changed.version, changed.follow_up, changed.updated_at) == (2, "Rappeler demain",
                                                                        NOW)
    with pytest.raises(FieldCaseInvalid, match="cannot edit: id"):
        edited(c, {"id": "other"}, NOW)
    with pytest.raises(FieldCaseInvalid, match="country"):
        edited(c, {"country": "France"}, NOW)


@pytest.mark.parametrize("query", ["fatima", "BENANI", "zahra bénani", "ab123cd",
                                   "AB 123", "douane", "ombre", "medical", ""])
def test_search_ignores_case_accents_and_plate_punctuation(query: str) -> None:
    assert matches(check_case(case()), query)


@pytest.mark.parametrize("query", ["karim", "ZZ-999", "fatima karim"])
def test_search_needs_every_word(query: str) -> None:
    assert not matches(check_case(case()), query)
