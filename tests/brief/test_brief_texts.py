"""The brief's printed words: five language files with the same keys, and dates per language."""

from __future__ import annotations

import json
import string
from typing import Any

import pytest

from hrdesk.brief.date_format import format_date, format_span
from hrdesk.brief.redaction import Pseudonymiser, names_in
from hrdesk.brief.texts import BRIEF_LANGUAGES, UnknownLanguage, brief_texts
from hrdesk.domain.case import Channel, Disclosure, EventKind, OfficerRole, SupportKind
from hrdesk.domain.dates import PartialDate
from hrdesk.resources import resource_path


def load(lang: str) -> dict[str, Any]:
    return json.loads(resource_path("brief", f"{lang}.json").read_text(encoding="utf-8"))


def flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(flatten(value, f"{prefix}{key}."))
        return out
    return {prefix[:-1]: node}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys_and_no_empty_text() -> None:
    english = flatten(load("en"))
    for lang in BRIEF_LANGUAGES:
        texts = flatten(load(lang))
        assert texts.keys() == english.keys(), lang
        for key, value in texts.items():
            if isinstance(value, list):
                assert len(value) == len(english[key]) and all(v.strip() for v in value), (lang, key)
            else:
                assert isinstance(value, str) and value.strip(), (lang, key)
                # A translation may drop a placeholder (French greets without a name) but never invent one;
                # a date pattern may use either form of the month's name.
                allowed = DATE_FIELDS if key.startswith("dates.") else placeholders(english[key])
                assert placeholders(value) <= allowed, (lang, key)


DATE_FIELDS = {"day", "month", "month_genitive", "year", "start", "end"}


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_date_patterns_show_everything_their_precision_knows(lang: str) -> None:
    dates = load(lang)["dates"]
    for prefix in ("", "approximate_"):
        assert placeholders(dates[prefix + "year"]) == {"year"}
        assert placeholders(dates[prefix + "month"]) in ({"month", "year"}, {"month_genitive", "year"})
        day = placeholders(dates[prefix + "day"])
        assert day in ({"day", "month", "year"}, {"day", "month_genitive", "year"})
    assert placeholders(dates["range"]) == {"start", "end"}
    assert len(dates["months"]) == len(dates["months_genitive"]) == 12


@pytest.mark.parametrize(
    ("group", "enum"),
    [
        ("support_kinds", SupportKind),
        ("event_kinds", EventKind),
        ("channels", Channel),
        ("officer_roles", OfficerRole),
        ("disclosure", Disclosure),
    ],
)
def test_every_enum_value_has_words_in_every_language(group: str, enum: type) -> None:
    for lang in BRIEF_LANGUAGES:
        assert set(load(lang)[group]) >= {member.value for member in enum}, lang


def test_contact_log_channels_have_words_too() -> None:
    contacts = pytest.importorskip("hrdesk.domain.contacts")
    for lang in BRIEF_LANGUAGES:
        assert set(load(lang)["channels"]) >= {c.value for c in contacts.InteractionChannel}, lang


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguage):
        brief_texts("de")


NB = "\u00a0"  # no-break space: a year never starts a line alone
DAY, MONTH, YEAR = PartialDate(2024, 3, 5), PartialDate(2024, 3), PartialDate(2019, approximate=True)


@pytest.mark.parametrize(
    ("lang", "day", "month", "year", "first"),
    [
        ("en", "5 March 2024", "March 2024", "c. 2019", "1 May 2024"),
        ("es", "5 de marzo de 2024", "marzo de 2024", "hacia 2019", "1 de mayo de 2024"),
        ("fr", "5 mars 2024", "mars 2024", "vers 2019", "1er mai 2024"),
        (
            "ar",
            "5 آذار/مارس\u00a02024",
            "آذار/مارس\u00a02024",
            "حوالي عام\u00a02019",
            "1 أيار/مايو\u00a02024",
        ),
        ("ru", "5 марта 2024\u00a0г.", "март 2024\u00a0г.", "около 2019\u00a0г.", "1 мая 2024\u00a0г."),
    ],
)
def test_dates_are_written_the_language_s_way_at_their_precision(
    lang: str, day: str, month: str, year: str, first: str
) -> None:
    t = brief_texts(lang)
    # Every space inside one date is a no-break space, so a date never breaks across lines.
    assert format_date(DAY, t) == day.replace(" ", "\u00a0")
    assert format_date(MONTH, t) == month.replace(" ", "\u00a0")
    assert format_date(YEAR, t) == year.replace(" ", "\u00a0")
    assert format_date(PartialDate(2024, 5, 1), t) == first.replace(" ", "\u00a0")


def test_approximate_dates_and_spans() -> None:
    en, ru = brief_texts("en"), brief_texts("ru")
    nb = "\u00a0"
    assert format_date(PartialDate(2024, 3, approximate=True), en) == f"c.{nb}March{nb}2024"
    assert format_date(PartialDate(2024, 3, approximate=True), ru) == f"около{nb}марта{nb}2024{nb}г."
    assert format_span(DAY, PartialDate(2024, 3, 6), en) == f"5{nb}March{nb}2024 – 6{nb}March{nb}2024"
    assert format_span(DAY, DAY, en) == f"5{nb}March{nb}2024"
    assert (
        format_span(DAY, PartialDate(2024, 3, 6), brief_texts("ar"))
        == f"من 5{nb}آذار/مارس{nb}2024 إلى 6{nb}آذار/مارس{nb}2024"
    )


def test_pseudonyms_are_consistent_and_translated() -> None:
    names = names_in("Ana Ruiz; Col. Pérez, Sgt. Díaz")
    assert names == ["Ana Ruiz", "Col. Pérez", "Sgt. Díaz"]
    en = Pseudonymiser(names, brief_texts("en"))
    assert en.apply("Col. Pérez met ana ruiz, then ANA RUIZ met Col. Pérez.") == (
        "Person A met Person B, then Person B met Person A."
    )
    assert en.apply("Anarchy is not Ruizova") == "Anarchy is not Ruizova"  # whole words only
    assert en.apply("Ms Ruiz and Pérez") == "Ms Person B and Person A"  # a word of a name is a mention
    ar = Pseudonymiser(["محمد علي"], brief_texts("ar"))
    assert ar.apply("اعتقل محمد علي") == "اعتقل الشخص (أ)"
    assert Pseudonymiser(names, brief_texts("ru")).apply("Ana Ruiz") == "Лицо А"
    off = Pseudonymiser(names, brief_texts("en"), enabled=False)
    assert off.apply("Ana Ruiz") == "Ana Ruiz"


def test_more_people_than_letters_still_get_distinct_pseudonyms() -> None:
    people = [f"Person{n:02d} Name" for n in range(30)]
    names = Pseudonymiser(people, brief_texts("en"))
    out = {names.apply(p) for p in people}
    assert len(out) == 30 and "Person A2" in out
