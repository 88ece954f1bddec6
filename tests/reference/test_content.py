"""Reference content: every language file loads, all five carry the same entries, search and
validation behave.

The cross-language tests fail until the translators have added es, fr, ar and ru: that is the
point of them. Everything else runs on English or on small examples built here.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.reference.content import (
    LANGUAGES,
    Contact,
    Entry,
    ReferenceContentError,
    ReferenceLibrary,
    Source,
    Topic,
    compare_languages,
    fold,
    split_bullet,
)
from hrdesk.reference.loading import load_library
from hrdesk.resources import resource_path

TOPIC_IDS = [
    "in-danger-now",  # first: someone in danger tonight must not have to look for it
    "embassy-support",
    "who-to-meet",
    "embassy-security",
    "what-to-bring",
    "after-the-meeting",
    "emergency-support",
    "government-policies",
    "visas-relocation",
    "accountability",
    "relationship",
]
ARABIC = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


# --- the real files -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def english() -> ReferenceLibrary:
    return load_library("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_file_loads(language: str) -> None:
    library = load_library(language)
    assert library.language == language
    assert library.entries()


def test_all_languages_carry_the_same_entries_contacts_urls_and_dates() -> None:
    libraries = [load_library(language) for language in LANGUAGES]
    assert compare_languages(libraries) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_text(language: str) -> None:
    for topic in load_library(language).topics:
        assert topic.title.strip()
        for entry in topic.entries:
            assert entry.title.strip() and entry.summary.strip(), entry.id
            assert entry.body and all(p.strip() and split_bullet(p)[1].strip() for p in entry.body), entry.id
            assert all(c.label.strip() and c.value.strip() for c in entry.contacts), entry.id
            assert entry.source.organisation.strip() and entry.source.document.strip(), entry.id


@pytest.mark.parametrize(("language", "script"), [("ar", ARABIC), ("ru", CYRILLIC)])
def test_translations_are_in_their_own_script(language: str, script: re.Pattern[str]) -> None:
    for entry in load_library(language).entries():
        assert script.search(entry.title), f"{language} {entry.id}: title not translated"
        assert script.search(" ".join(entry.body)), f"{language} {entry.id}: body not translated"


def test_english_has_the_agreed_topics_in_order(english: ReferenceLibrary) -> None:
    assert [t.id for t in english.topics] == TOPIC_IDS
    for topic in english.topics:
        # Policies are data, one entry per government, so that topic may be longer.
        assert 2 <= len(topic.entries) <= (12 if topic.id == "government-policies" else 6), topic.id
        assert all(entry.topic_id == topic.id for entry in topic.entries)


def test_english_bodies_are_short_plain_and_sourced(english: ReferenceLibrary) -> None:
    for entry in english.entries():
        words = sum(len(paragraph.split()) for paragraph in entry.body)
        assert 80 <= words <= 250, f"{entry.id}: {words} words"
        assert not split_bullet(entry.body[0])[0], f"{entry.id}: starts with a bullet, needs an introduction"
        for paragraph in entry.body:
            assert "**" not in paragraph and not paragraph.lstrip().startswith(("#", "* ")), entry.id
        assert entry.source.url.startswith("https://"), entry.id
        assert all(c.value.startswith("https://") for c in entry.contacts if c.kind == "url"), entry.id
        assert entry.checked >= date(2026, 1, 1), entry.id


def test_entry_lookup(english: ReferenceLibrary) -> None:
    entry = english.entry("front-line-defenders")
    assert entry.topic_id == "emergency-support"
    assert english.topic("emergency-support").entries[0] is entry
    with pytest.raises(KeyError):
        english.entry("no-such-entry")


def test_the_danger_and_security_topics_carry_their_key_facts(english: ReferenceLibrary) -> None:
    # Contacts and sources are identical in every language (compare_languages), so English suffices.
    tonight = english.entry("in-danger-tonight")
    assert ("phone", "+353 1 210 0489") in {(c.kind, c.value) for c in tonight.contacts}  # the 24-hour line
    assert "shelter or asylum" in " ".join(tonight.body)
    funds = english.entry("urgent-relocation-funds")
    assert {"coordinator@allied-global.org", "https://protectdefenders.eu/protecting-defenders/"} <= {
        c.value for c in funds.contacts
    }
    assert "Chen Guangcheng" in " ".join(english.entry("embassy-tonight").body)
    laws = " ".join(english.entry("foreign-agent-laws").body)
    assert "never ask in writing to meet defence, intelligence or law-enforcement staff" in laws
    assert [e.id for e in english.topic("embassy-security").entries] == [
        "monitored-communications",
        "being-seen-at-the-embassy",
        "evidence-on-devices",
        "consent-of-people-named",
        "foreign-agent-laws",
    ]


# --- the JSON Schema ----------------------------------------------------------------------


def check_schema(value: Any, schema: dict, root: dict, where: str = "$") -> list[str]:
    """The subset of JSON Schema the reference schema uses (no jsonschema dependency)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        schema = {**root["$defs"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    problems: list[str] = []
    types = {"object": dict, "array": list, "string": str}
    if "type" in schema and not isinstance(value, types[schema["type"]]):
        return [f"{where}: expected {schema['type']}"]
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            problems.append(f"{where}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(f"{where}: too few items")
        for i, item in enumerate(value):
            problems += check_schema(item, schema.get("items", {}), root, f"{where}[{i}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        problems += [f"{where}: missing {key}" for key in schema.get("required", []) if key not in value]
        if schema.get("additionalProperties") is False:
            problems += [f"{where}: unexpected {key}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                problems += check_schema(item, properties[key], root, f"{where}.{key}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_file_matches_schema(language: str) -> None:
    schema = json.loads(resource_path("schema", "reference.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    data = json.loads(resource_path("reference", f"{language}.json").read_text(encoding="utf-8"))
    assert check_schema(data, schema, schema) == []


def test_schema_checker_notices_problems() -> None:
    schema = json.loads(resource_path("schema", "reference.schema.json").read_text(encoding="utf-8"))
    data = valid_document()
    del data["topics"][0]["entries"][0]["summary"]
    data["topics"][0]["entries"][0]["contacts"][0]["kind"] = "fax"
    problems = check_schema(data, schema, schema)
    assert any("missing summary" in p for p in problems) and any("'fax'" in p for p in problems)


# --- cross-language comparison on small examples -----------------------------------------


def make_entry(
    entry_id: str,
    title: str = "A title",
    body: tuple[str, ...] = ("A paragraph.",),
    contacts: tuple[Contact, ...] = (),
    url: str = "https://example.org/doc",
    checked: date = date(2026, 11, 22),
    topic_id: str = "topic",
) -> Entry:
    source = Source("Example Organisation", "Example document", url)
    return Entry(entry_id, topic_id, title, "A summary.", body, contacts, source, checked)


def make_library(language: str, *entries: Entry, topic_id: str = "topic") -> ReferenceLibrary:
    return ReferenceLibrary(language, (Topic(topic_id, "Topic", tuple(entries)),))


PHONE = Contact("phone", "Emergency line", "+353 1 210 0489")


def test_identical_structure_has_no_problems() -> None:
    en = make_library("en", make_entry("a", contacts=(PHONE,)), make_entry("b"))
    fr = make_library(
        "fr",
        make_entry("a", "Un titre", contacts=(Contact("phone", "Ligne", PHONE.value),)),
        make_entry("b", "Autre"),
    )
    assert compare_languages([en, fr]) == []
    assert compare_languages([en]) == []


def test_comparison_reports_every_kind_of_difference() -> None:
    en = make_library("en", make_entry("a", contacts=(PHONE,)), make_entry("b"), make_entry("c"))
    es = make_library(
        "es",
        make_entry("b", url="https://example.org/other"),
        make_entry("a", contacts=(Contact("phone", "Línea", "+353 1 000 0000"),), checked=date(2025, 1, 1)),
        make_entry("d"),
    )
    problems = "\n".join(compare_languages([es, en]))  # English is the reference even when not first
    assert "es vs en: entry 'c' is missing" in problems
    assert "entry 'd' does not exist in en" in problems
    assert "entry 'a' has different contact kinds or values" in problems
    assert "entry 'b' has source url 'https://example.org/other'" in problems
    assert "entry 'a' was checked 2025-01-01, not 2026-11-22" in problems
    assert "topic 'topic' holds ['b', 'a', 'd'], expected ['a', 'b', 'c']" in problems


def test_comparison_reports_order_and_missing_topics() -> None:
    en = ReferenceLibrary(
        "en",
        (
            Topic("one", "One", (make_entry("a", topic_id="one"),)),
            Topic("two", "Two", (make_entry("b", topic_id="two"), make_entry("c"))),
        ),
    )
    ru = ReferenceLibrary(
        "ru",
        (
            Topic("two", "Два", (make_entry("c"), make_entry("b", topic_id="two"))),
            Topic("one", "Один", (make_entry("a", topic_id="one"),)),
        ),
    )
    ar = ReferenceLibrary("ar", (Topic("one", "واحد", (make_entry("a", topic_id="one"),)),))
    problems = "\n".join(compare_languages([en, ru, ar]))
    assert "ru vs en: topics are in a different order: ['two', 'one']" in problems
    assert "ru vs en: topic 'two' has its entries in a different order: ['c', 'b']" in problems
    assert "ar vs en: topic 'two' is missing" in problems
    assert "ar vs en: entry 'b' is missing" in problems


# --- search on small examples -----------------------------------------------------------


def test_search_ignores_case_and_diacritics() -> None:
    library = make_library(
        "fr",
        make_entry("demarche", "Démarche diplomatique", ("Une démarche auprès du ministère.",)),
        make_entry("visa", "VISA D'URGENCE", ("Délivrance rapide.",)),
    )
    assert [e.id for e in library.search("demarche")] == ["demarche"]
    assert [e.id for e in library.search("DÉMARCHE ministere")] == ["demarche"]
    assert [e.id for e in library.search("visa d'urgence")] == ["visa"]
    assert [e.id for e in library.search("delivrance")] == ["visa"]
    assert library.search("démarche visa") == []  # every word must match, in the same entry
    assert library.search("   ") == [] and library.search("?!") == []


def test_search_finds_words_in_title_summary_and_body_only_once() -> None:
    library = make_library(
        "en", make_entry("a", "Lifeline fund", ("Lifeline gives grants. Lifeline again.",))
    )
    assert [e.id for e in library.search("lifeline")] == ["a"]
    assert [e.id for e in library.search("summary")] == ["a"]  # the summary is searched too
    assert [e.id for e in library.search("grant")] == ["a"]  # part of a word is enough


def test_search_in_arabic_with_and_without_harakat_and_tatweel() -> None:
    library = make_library(
        "ar",
        make_entry("with-harakat", "المُدافِعُونَ عَنْ حُقُوقِ الإِنْسَانِ", ("نصٌّ.",)),
        make_entry("plain", "تأشيرة طوارئ", ("السفارة الأمريكية",)),
    )
    assert [e.id for e in library.search("المدافعون")] == ["with-harakat"]
    assert [e.id for e in library.search("حقوق الانسان")] == ["with-harakat"]  # alef with hamza folded
    assert [e.id for e in library.search("تَأْشِيرَة")] == ["plain"]  # harakat in the query
    assert [e.id for e in library.search("السفــارة")] == ["plain"]  # tatweel in the query
    assert [e.id for e in library.search("تأشيـرة طوارئ")] == ["plain"]


def test_search_in_russian() -> None:
    library = make_library("ru", make_entry("a", "Ещё одна ВСТРЕЧА", ("Посольство.",)))
    assert [e.id for e in library.search("еще встреча")] == ["a"]
    assert [e.id for e in library.search("ПОСОЛЬСТВО")] == ["a"]


def test_search_in_the_real_english_content(english: ReferenceLibrary) -> None:
    assert "private-diplomacy" in [e.id for e in english.search("demarche")]
    assert "front-line-defenders" in [e.id for e in english.search("emergency line Arabic")]
    assert {"section-7031c", "global-magnitsky"} <= {e.id for e in english.search("MAGNITSKY")}


@given(st.text())
def test_fold_is_idempotent_and_drops_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert "\u0640" not in folded and "\u064e" not in folded


@given(st.text(), st.text())
def test_search_never_fails_and_only_returns_matching_entries(title: str, query: str) -> None:
    library = make_library("en", make_entry("a", title or "x"))
    for entry in library.search(query):
        assert all(
            word in fold(f"{entry.title}\n{entry.summary}\n{entry.body[0]}")
            for word in re.findall(r"\w+", fold(query))
        )


def test_split_bullet() -> None:
    assert split_bullet("- an item") == (True, "an item")
    assert split_bullet("-not an item") == (False, "-not an item")
    assert split_bullet("A paragraph.") == (False, "A paragraph.")


# --- malformed files ---------------------------------------------------------------------


def valid_document() -> dict:
    entry = {
        "id": "an-entry",
        "title": "Title",
        "summary": "Summary.",
        "body": ["Paragraph.", "- item"],
        "contacts": [{"kind": "url", "label": "Site", "value": "https://example.org"}],
        "source": {"organisation": "Org", "document": "Doc", "url": "https://example.org/doc"},
        "checked": "2026-11-22",
    }
    return {
        "format": "hrdesk-reference",
        "version": 1,
        "language": "en",
        "topics": [{"id": "a-topic", "title": "Topic", "entries": [entry]}],
    }


def write(folder: Path, document: dict | str) -> Path:
    path = folder / "en.json"
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_minimal_document_loads(tmp_path: Path) -> None:
    write(tmp_path, valid_document())
    library = load_library("en", root=tmp_path)
    entry = library.entry("an-entry")
    assert entry.topic_id == "a-topic" and entry.checked == date(2026, 11, 22)
    assert entry.contacts == (Contact("url", "Site", "https://example.org"),)


def broken(change: str) -> dict:
    """A valid document with one thing wrong; ``change`` names it."""
    doc = copy.deepcopy(valid_document())
    entry = doc["topics"][0]["entries"][0]
    if change == "missing summary":
        del entry["summary"]
    elif change == "empty title":
        entry["title"] = "  "
    elif change == "empty body":
        entry["body"] = []
    elif change == "bad date":
        entry["checked"] = "22/11/2026"
    elif change == "impossible date":
        entry["checked"] = "2026-02-30"
    elif change == "duplicate id":
        doc["topics"][0]["entries"].append(copy.deepcopy(entry))
    elif change == "unknown kind":
        entry["contacts"][0]["kind"] = "fax"
    elif change == "unknown field":
        entry["sumary"] = "typo"
    elif change == "bad id":
        entry["id"] = "An Entry"
    elif change == "html":
        entry["body"][0] = "Call <b>now</b>."
    elif change == "bad url":
        entry["source"]["url"] = "example.org"
    elif change == "bad email":
        entry["contacts"][0] = {"kind": "email", "label": "Mail", "value": "not-an-address"}
    elif change == "wrong language":
        doc["language"] = "fr"
    elif change == "wrong format":
        doc["format"] = "something-else"
    elif change == "body not a list":
        entry["body"] = "Just a string."
    return doc


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("missing summary", "topics[0].entries[0]: missing field 'summary'"),
        ("empty title", "topics[0].entries[0] (an-entry).title: is empty"),
        ("empty body", "topics[0].entries[0] (an-entry).body: is empty"),
        ("bad date", "(an-entry).checked: '22/11/2026' is not a date written YYYY-MM-DD"),
        ("impossible date", "(an-entry).checked: '2026-02-30' is not a date"),
        ("duplicate id", "topics[0].entries[1].id: duplicate id 'an-entry'"),
        ("unknown kind", "(an-entry).contacts[0].kind: unknown kind 'fax'"),
        ("unknown field", "topics[0].entries[0]: unknown field 'sumary'"),
        ("bad id", "topics[0].entries[0].id: 'An Entry' is not a lowercase-kebab id"),
        ("html", "(an-entry).body[0]: contains an HTML tag"),
        ("bad url", "(an-entry).source.url: 'example.org' is not an http(s) address"),
        ("bad email", "(an-entry).contacts[0].value: 'not-an-address' is not an email address"),
        ("wrong language", "language: expected 'en', found 'fr'"),
        ("wrong format", "format: expected 'hrdesk-reference'"),
        ("body not a list", "(an-entry).body: expected a list, found str"),
    ],
)
def test_malformed_content_is_reported_with_file_and_place(
    tmp_path: Path, change: str, expected: str
) -> None:
    path = write(tmp_path, broken(change))
    with pytest.raises(ReferenceContentError) as caught:
        load_library("en", root=tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert expected in message, message


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{"format": "hrdesk-reference",\n  "version": 1,,\n}')
    with pytest.raises(ReferenceContentError, match=r"invalid JSON at line 2, column") as caught:
        load_library("en", root=tmp_path)
    assert str(path) in str(caught.value)


def test_missing_file_and_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ReferenceContentError, match=r"en\.json: file not found"):
        load_library("en", root=tmp_path)
    with pytest.raises(ReferenceContentError, match="unknown language 'de'"):
        load_library("de", root=tmp_path)


def test_the_reference_never_tells_you_to_ask_for_security_staff(english: ReferenceLibrary) -> None:
    """Our own advice binds the reference (issues #14, #15): security services may join at the
    embassy's suggestion, but a written request to meet them is what foreign-agent charges use."""
    entry = english.entry("other-officers")
    assert "security" not in entry.summary.lower()
    defence = next(p for p in entry.body if p.startswith("- Defence attaché"))
    assert "never ask in writing" in defence
    assert "Ask for them" not in " ".join(entry.body)
