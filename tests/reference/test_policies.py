"""Governments' defender policies as data: every tag names a real government, each government
has one entry, the tags are the same in every language, and ``policies_for`` finds them."""

from __future__ import annotations

import pytest

from hrdesk.domain.countries import EUROPEAN_UNION, country_code, country_name
from hrdesk.reference.content import LANGUAGES
from hrdesk.reference.loading import load_library

# One policy entry per government; a member state of the EU also gets the EU's guidelines after it.
POLICIES = {
    "EU": ["eu-guidelines"],
    "NO": ["norway-guidelines"],
    "CA": ["canada-voices-at-risk"],
    "FI": ["finland-guidelines", "eu-guidelines"],
    "DE": ["germany-policy", "eu-guidelines"],
    "IE": ["ireland-guidelines", "eu-guidelines"],
    "NL": ["netherlands-policy", "eu-guidelines"],
    "CH": ["switzerland-guidelines"],
    "GB": ["united-kingdom-principles"],
    "US": ["united-states-guidelines"],
    "SE": ["eu-guidelines"],  # a member state without a policy of its own in the reference
    "BR": [],
}


def tagged(language: str) -> dict[str, tuple[str, ...]]:
    return {e.id: e.governments for e in load_library(language).entries() if e.governments}


def test_every_government_tag_names_a_known_government() -> None:
    for entry_id, codes in tagged("en").items():
        for code in codes:
            assert code == EUROPEAN_UNION or country_code(code) == code, (entry_id, code)
            if code != EUROPEAN_UNION:
                assert country_name(code, "en"), code


def test_one_policy_entry_per_government_all_in_the_policies_topic() -> None:
    library = load_library("en")
    codes = [code for codes in tagged("en").values() for code in codes]
    assert len(codes) == len(set(codes))
    assert set(codes) == {code for code in POLICIES if POLICIES[code] and code != "SE"}
    topic = library.topic("government-policies")
    assert set(tagged("en")) <= {e.id for e in topic.entries}


def test_tags_are_identical_in_every_language() -> None:
    english = tagged("en")
    for language in LANGUAGES:
        assert tagged(language) == english, language


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("code", "ids"), POLICIES.items())
def test_policies_for_a_government(language: str, code: str, ids: list[str]) -> None:
    assert [e.id for e in load_library(language).policies_for(code)] == ids
    assert [e.id for e in load_library(language).policies_for(code.lower())] == ids


def test_each_policy_says_where_to_read_it_and_when_it_was_checked() -> None:
    for entry in load_library("en").entries():
        if entry.governments:
            assert entry.source.url.startswith("https://"), entry.id
            assert entry.checked.year >= 2026, entry.id


def test_the_us_entry_reflects_the_guidance() -> None:
    # The State Department's own advice: every embassy has a human rights officer, and its
    # human rights bureau finds the right contact (ERI/FH 2020 factsheet, State Dept best practices).
    entry = load_library("en").entry("united-states-guidelines")
    text = " ".join(entry.body)
    assert "Every U.S. embassy" in text and "human rights officer" in text
    assert "Guidelines for U.S. Diplomatic Mission Support to Civil Society" in text
    assert ("email", "civilsociety@state.gov") in {(c.kind, c.value) for c in entry.contacts}
    for language in LANGUAGES:
        entry = load_library(language).entry("united-states-guidelines")
        assert "civilsociety@state.gov" in " ".join(entry.body), language


def test_germany_has_a_humanitarian_visa_route() -> None:
    for language in LANGUAGES:
        library = load_library(language)
        route = library.entry("germany-humanitarian-admission")
        assert route.topic_id == "visas-relocation"
        assert "22" in " ".join(route.body), language
        policy = library.entry("germany-policy")
        assert route.title in " ".join(policy.body), language  # the policy points to the route
