"""Typed governments map to ISO codes and back to names in the five languages (CLDR via babel)."""

import pytest

from hrdesk.domain.countries import country_code, country_name, display_government
from hrdesk.reference.loading import load_library


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Canada", "CA"),
        ("كندا", "CA"),
        ("Allemagne", "DE"),
        ("Германия", "DE"),
        ("  alemania ", "DE"),
        ("de", "DE"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("méxico", "MX"),
        ("Mexico", "MX"),
        ("Union européenne", "EU"),
    ],
)
def test_a_government_typed_in_any_language_finds_its_code(typed: str, code: str) -> None:
    assert country_code(typed) == code


@pytest.mark.parametrize("typed", ["Embassy in Tegucigalpa", "", "ZZ", "Canadaa"])
def test_what_is_not_a_country_gives_none_and_prints_as_typed(typed: str) -> None:
    assert country_code(typed) is None
    assert display_government(typed, "fr") == typed


def test_names_come_in_the_printout_language() -> None:
    assert country_name("EG", "ar") == "مصر"
    assert country_name("de", "ru") == "Германия"
    assert display_government("EG", "es") == "Egipto"


def test_a_member_state_gets_its_own_policy_then_the_eu_one() -> None:
    library = load_library("en")
    assert [e.id for e in library.policies_for("CA")] == ["canada-voices-at-risk"]
    assert "eu-guidelines" in [e.id for e in library.policies_for("DE")]
    assert [e.id for e in library.policies_for("NO")] == ["norway-guidelines"]
    assert library.policies_for("ZZ") == []
