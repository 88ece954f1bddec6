"""Search by meaning across the five languages, on the real reference files and term map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.reference.loading import load_library
from hrdesk.reference.search import TermMapError, fold, load_terms, search


def ids(language: str, query: str) -> list[str]:
    return [e.id for e in load_library(language).search(query)]


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "emergency fund"),
        ("es", "fondo de emergencia"),
        ("fr", "fonds d'urgence"),
        ("ar", "صندوق طوارئ"),
        ("ru", "экстренный фонд"),
    ],
)
def test_emergency_fund_finds_front_line_defenders_grants(language: str, query: str) -> None:
    found = ids(language, query)
    # No entry says "emergency fund" in those words about Front Line Defenders; the map does.
    assert "front-line-defenders" in found
    assert "timeline-of-facts" not in found


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "visa"), ("es", "visado"), ("fr", "visas"), ("ar", "تأشيرة"), ("ru", "виза")],
)
def test_visa_finds_canadas_stream(language: str, query: str) -> None:
    found = ids(language, query)
    assert "canada-hrd-stream" in found
    assert "contact-log" not in found


def test_results_are_ranked_title_first() -> None:
    found = ids("en", "sanctions")
    # Both carry a sanctions term in their title; entries naming it only in the body come after.
    assert set(found[:2]) == {"global-magnitsky", "section-7031c"}
    assert found.index("preparing-a-submission") > 1


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("اجراءات", "إجراءات"),
        ("امن", "أمن"),
        ("اسرة", "أسره"),
        ("علي", "على"),
        ("الف", "آلف"),
        ("defensores", "DÉFENSORES"),
        ("reunion", "réunion"),
        ("еще", "ещё"),
    ],
)
def test_folding_makes_variants_equal(typed: str, written: str) -> None:
    assert fold(typed) == fold(written)


def test_arabic_query_without_hamza_finds_text_with_it() -> None:
    # The Arabic file writes "التأشيرات"; a user types it without the hamza and with ه for ة.
    assert "eu-visas" in ids("ar", "تاشيره")


def test_plain_words_still_have_to_be_there() -> None:
    assert ids("en", "zebra") == []
    assert ids("en", "   ") == []
    assert "front-line-defenders" in ids("en", "Ireland")


def test_the_term_map_covers_every_language(tmp_path: Path) -> None:
    assert len(load_terms()) >= 5
    bad = tmp_path / "terms.json"
    bad.write_text(
        json.dumps(
            {"format": "hrdesk-search-terms", "version": 1, "groups": [{"id": "x", "terms": {"en": ["a"]}}]}
        ),
        "utf-8",
    )
    with pytest.raises(TermMapError, match="no terms in es, fr, ar, ru"):
        load_terms(bad)


def test_a_given_term_map_is_used(tmp_path: Path) -> None:
    entries = load_library("en").entries()
    assert search(entries, "subvención", groups=()) == []  # without the map: no English text says it
    found = [e.id for e in search(entries, "subvención", groups=load_terms())]
    assert "funding-civil-society" in found  # with it, a Spanish word finds English text


@pytest.mark.parametrize(
    ("language", "queries"),
    [
        ("en", ("danger", "emergency", "urgent")),
        ("es", ("peligro", "emergencia", "urgente")),
        ("fr", ("danger", "urgence", "urgent")),
        ("ar", ("خطر", "طوارئ", "عاجل")),
        ("ru", ("опасность", "экстренно", "срочно")),
    ],
)
def test_danger_words_find_tonights_steps_first(language: str, queries: tuple[str, ...]) -> None:
    # Someone in danger types one word; the steps for tonight must come before everything else.
    for query in queries:
        assert ids(language, query)[0] == "in-danger-tonight", query


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "surveillance"), ("es", "vigilancia"), ("fr", "surveillance"), ("ar", "تنصت"), ("ru", "слежка")],
)
def test_surveillance_finds_monitored_phones_and_email(language: str, query: str) -> None:
    # No entry uses these words; the term map links them to "monitored", "vigilados", "перехватывать"...
    assert ids(language, query)[0] == "monitored-communications"
