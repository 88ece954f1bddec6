"""Each language keeps one term per key concept, in the interface and in the reference alike.

The key terms live in `translations/glossary/<lang>.md`, in the table under "## Key terms":

    | English | <term> | Forms | Not |

"English" lists the English words the interface and the English reference use (alternatives split by
" / "); the second column is the one term this language uses; "Forms" lists the patterns that count as
that term once inflected (`*` stands for any letters; empty means the term itself); "Not" lists variants
a translator or reviewer has rejected. Patterns in Forms and Not are split by ";".

Checked here, for every language:
- every interface string whose English holds a key term is translated with one of its forms;
- the reference uses the term wherever the English reference has the English word, entry by entry;
- no rejected variant appears in the interface or in the reference.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest

from tests.helpers import ROOT

LANGUAGES = ("es", "fr", "ar", "ru")
GLOSSARIES = ROOT / "translations" / "glossary"
REFERENCE = ROOT / "resources" / "reference"

# Interface strings where an English key word means something other than the key term.
OTHER_SENSE = {
    # a group's own name in a placeholder, not the "human rights defender" of the glossary
    "For example: Land defenders of the river valley",
}

# Names that hold a key word but are not the key term ("Front Line Defenders" is an organisation).
PROPER_NAMES = re.compile(r"front line defenders", re.IGNORECASE)

# English phrases that use a key word in its everyday sense ("be brief", "offer to brief the successor",
# "follow up afterwards" with someone met at an event), blanked out before the key terms are looked for.
EVERYDAY_SENSES = re.compile(
    r"\b(?:be|to) brief\b|\bbriefs (?:the|them)\b"
    r"|\bbrief (?:updates?|summary|notes?|messages?|meetings?|visits?)\b"
    r"|\bfollow up afterwards\b",
    re.IGNORECASE,
)

_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_ACCELERATOR = re.compile(r"&(?=\w)")
_TAG = re.compile(r"<[^>]+>")
# Reference fields that hold identifiers, addresses or dates, not sentences ("visa" inside a URL is no term).
_NOT_WORDS = ("id", "url", "value", "kind", "checked")


@dataclass(frozen=True)
class KeyTerm:
    english: tuple[str, ...]
    term: str
    forms: tuple[str, ...]
    rejected: tuple[str, ...]


def fold(text: str) -> str:
    """Compare words, not typography: case, accents of Arabic, letter variants and spaces folded."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("ё", "е")
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return re.sub(r"\s+", " ", text)


def pattern(form: str) -> re.Pattern[str]:
    """A glossary form as a regular expression: `*` is any run of letters, words stay whole."""
    body = r"\w*".join(re.escape(piece) for piece in fold(form).split("*"))
    body = body.replace(r"\ ", r"\s+")
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def english_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """English words with their plurals ("embassy" finds "embassies", "follow-up" finds "follow ups")."""
    alternatives = []
    for word in words:
        word = re.escape(word.casefold()).replace(r"\-", "[- ]").replace(r"\ ", "[- ]")
        alternatives.append(word[:-1] + "(?:y|ies)" if word.endswith("y") else word + "(?:s|es)?")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def english_text(text: str, term: KeyTerm, terms: list[KeyTerm]) -> str:
    """The English text with names and longer key terms ("visa ban" for "visa") blanked out."""
    text = EVERYDAY_SENSES.sub(" ", PROPER_NAMES.sub(" ", text))
    others = [word for other in terms if other is not term for word in other.english]
    longer = [word for word in others if any(mine in word for mine in term.english)]
    if longer:
        text = english_pattern(tuple(longer)).sub(" ", text)
    return text


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _patterns(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def key_terms(language: str) -> list[KeyTerm]:
    lines = (GLOSSARIES / f"{language}.md").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## Key terms"))
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("|"):
            rows.append(line)
    terms = []
    for line in rows[2:]:  # header and the |---| row
        english, term, forms, rejected = _cells(line)
        words = tuple(word.strip() for word in english.split(" / "))
        terms.append(KeyTerm(words, term, _patterns(forms) or (term,), _patterns(rejected)))
    return terms


def ui_messages(language: str) -> list[tuple[str, str]]:
    """(English source, translation) for every interface string; plural forms joined."""
    messages = []
    tree = ET.parse(ROOT / "translations" / f"hrdesk_{language}.ts")  # noqa: S314 - our own file
    for message in tree.iter("message"):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        messages.append((message.findtext("source") or "", " ".join(forms)))
    return messages


def _clean(text: str) -> str:
    return fold(_TAG.sub(" ", _ACCELERATOR.sub("", text)))


def reference_entries(language: str) -> dict[str, str]:
    """Every entry's words (title, summary, body, source, contact labels) as one folded text."""
    data = json.loads((REFERENCE / f"{language}.json").read_text("utf-8"))

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            kept = [item for key, item in value.items() if key not in _NOT_WORDS]
            return [s for item in kept for s in strings(item)]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        return []

    entries = {}
    for topic in data["topics"]:
        entries[f"topic:{topic['id']}"] = fold(topic["title"])
        for entry in topic["entries"]:
            entries[entry["id"]] = fold("\n".join(strings(entry)))
    return entries


def _found(forms: tuple[str, ...], text: str) -> bool:
    return any(pattern(form).search(text) for form in forms)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_lists_key_terms(language: str) -> None:
    terms = key_terms(language)
    english = {word for term in terms for word in term.english}
    for needed in ("human rights defender", "embassy", "human rights officer", "contact log", "timeline"):
        assert needed in english, f"{language}: no key term for {needed!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interface_uses_the_glossary_terms(language: str) -> None:
    problems = []
    terms = key_terms(language)
    for source, translation in ui_messages(language):
        if source in OTHER_SENSE:
            continue
        english, text = _clean(source), _clean(translation)
        for term in terms:
            used = english_pattern(term.english).search(english_text(english, term, terms))
            if used and not _found(term.forms, text):
                problems.append(f"{term.term!r} missing for {source!r}: {translation!r}")
            if _found(term.rejected, text):
                problems.append(f"rejected variant of {term.term!r} in {translation!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reference_uses_the_glossary_terms(language: str) -> None:
    english_entries = reference_entries("en")
    problems = []
    terms = key_terms(language)
    for entry_id, text in reference_entries(language).items():
        for term in terms:
            for variant in term.rejected:
                if pattern(variant).search(text):
                    problems.append(f"{entry_id}: rejected {variant!r} instead of {term.term!r}")
            english = english_text(english_entries.get(entry_id, ""), term, terms)
            if english_pattern(term.english).search(english) and not _found(term.forms, text):
                problems.append(f"{entry_id}: {term.term!r} missing")
    assert not problems, "\n".join(problems)


def test_patterns_fold_inflections_and_letter_variants() -> None:
    assert pattern("журнал* контактов").search(fold("в журнале контактов"))
    assert not pattern("журнал* контактов").search(fold("в журнале событий"))
    assert pattern("*سفار*").search(fold("إلى سفارتك"))
    assert pattern("فساد جسيم").search(fold("فسادٌ جسيمٌ"))
    assert not pattern("visa").search(fold("visado"))
    assert english_pattern(("embassy", "follow-up")).search("two embassies and the follow ups")
    assert not english_pattern(("brief",)).search("briefly")
    brief = [term for term in key_terms("fr") if term.english == ("brief",)]
    everyday = english_text("Be brief, then send brief updates.", brief[0], brief)
    assert not english_pattern(("brief",)).search(everyday)
    assert english_pattern(("brief",)).search(english_text("Print the brief.", brief[0], brief))
