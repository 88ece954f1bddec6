"""The offline reference panels' content: load, validate, compare languages, search.

The content is data (``resources/reference/<language>.json``), written in English and
translated into the other languages. Translators edit JSON by hand, so every file is
validated strictly on load and every problem is reported with the file and the place in it:
a typo must fail loudly in a test, never show up as a blank panel in front of a defender.
No Qt here: the CLI, the brief renderer and the tests use this module without a GUI.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hrdesk.domain.countries import EU_MEMBERS, EUROPEAN_UNION
from hrdesk.domain.languages import LANGUAGES as LANGUAGES  # re-exported: the reference's languages
from hrdesk.reference.search import fold as fold  # re-exported: callers fold as the search does
from hrdesk.reference.search import search

FORMAT = "hrdesk-reference"
VERSION = 1
CONTACT_KINDS = ("email", "url", "phone", "postal")
BULLET = "- "

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
_URL = re.compile(r"https?://\S+")
_GOVERNMENT = re.compile(r"[A-Z]{2}")


class ReferenceContentError(ValueError):
    """Malformed reference content; the message names the file and the place in it."""


@dataclass(frozen=True)
class Contact:
    kind: str  # one of CONTACT_KINDS; identical in every language
    label: str  # translated
    value: str  # identical in every language


@dataclass(frozen=True)
class Source:
    organisation: str
    document: str
    url: str


@dataclass(frozen=True)
class Entry:
    id: str
    topic_id: str
    title: str
    summary: str
    body: tuple[str, ...]  # paragraphs; one starting with BULLET is a bullet item
    contacts: tuple[Contact, ...]
    source: Source
    checked: date
    # ISO 3166-1 alpha-2 codes (or "EU") of the governments whose own policy this entry
    # describes; empty for every other entry. Identical in every language.
    governments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    entries: tuple[Entry, ...]


def split_bullet(paragraph: str) -> tuple[bool, str]:
    """``(is_bullet, text)`` for one body paragraph, so renderers need not know the marker."""
    if paragraph.startswith(BULLET):
        return True, paragraph[len(BULLET) :]
    return False, paragraph


@dataclass(frozen=True)
class ReferenceLibrary:
    language: str
    topics: tuple[Topic, ...]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id; KeyError if there is none."""
        return _find(self.topics, topic_id)

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id (ids are unique across topics); KeyError if there is none."""
        return _find(self.entries(), entry_id)

    def entries(self) -> list[Entry]:
        """All entries, topic by topic, in the order the file gives them."""
        return [entry for topic in self.topics for entry in topic.entries]

    def policies_for(self, government: str) -> list[Entry]:
        """Entries describing the defender policy of ``government`` (an ISO code or "EU").

        A member state of the European Union also gets the EU's own guidelines, after its own
        policy, since its embassies apply both.
        """
        code = government.upper()
        wanted = [code, EUROPEAN_UNION] if code in EU_MEMBERS else [code]
        return [e for g in wanted for e in self.entries() if g in e.governments]

    def search(self, query: str) -> list[Entry]:
        """Entries matching the query by meaning, best first (see :mod:`hrdesk.reference.search`).

        Matching ignores case, diacritics and Arabic letter variants, and words match
        anywhere, so a partial word typed under stress still finds something. A blank query
        finds nothing.
        """
        return search(self.entries(), query)


def _find(items: Iterable[Any], item_id: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def parse_library(raw: bytes, name: str, language: str) -> ReferenceLibrary:
    """Validate one language file's bytes; ``name`` says where they came from in messages."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReferenceContentError(f"{name}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ReferenceContentError(
            f"{name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return _Parser(Path(name)).library(data, language)


class _Parser:
    """Turns decoded JSON into the dataclasses, failing with ``file: location: problem``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: set[str] = set()

    def fail(self, where: str, problem: str) -> ReferenceContentError:
        return ReferenceContentError(f"{self.path}: {where}: {problem}")

    def obj(self, value: Any, where: str, keys: set[str], optional: frozenset[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, found {type(value).__name__}")
        if missing := sorted(keys - value.keys()):
            raise self.fail(where, f"missing field {missing[0]!r}")
        if unknown := sorted(value.keys() - keys - optional):
            raise self.fail(where, f"unknown field {unknown[0]!r} (misspelt?)")
        return value

    def seq(self, value: Any, where: str, parse: Callable[[Any, str], Any], empty_ok: bool = False) -> tuple:
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, found {type(value).__name__}")
        if not value and not empty_ok:
            raise self.fail(where, "is empty")
        return tuple(parse(item, f"{where}[{i}]") for i, item in enumerate(value))

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, f"expected text, found {type(value).__name__}")
        if not value.strip():
            raise self.fail(where, "is empty")
        if _TAG.search(value):
            raise self.fail(where, "contains an HTML tag; write plain text")
        return value

    def ident(self, value: Any, where: str) -> str:
        value = self.text(value, where)
        if not _ID.fullmatch(value):
            raise self.fail(where, f"{value!r} is not a lowercase-kebab id (like 'who-to-meet')")
        if value in self.seen:
            raise self.fail(where, f"duplicate id {value!r}")
        self.seen.add(value)
        return value

    def url(self, value: Any, where: str) -> str:
        if not _URL.fullmatch(text := self.text(value, where)):
            raise self.fail(where, f"{text!r} is not an http(s) address")
        return text

    def date(self, value: Any, where: str) -> date:
        text = self.text(value, where)
        try:
            if _DATE.fullmatch(text):
                return date.fromisoformat(text)
        except ValueError:
            pass
        raise self.fail(where, f"{text!r} is not a date written YYYY-MM-DD")

    def library(self, data: Any, language: str) -> ReferenceLibrary:
        data = self.obj(data, "top level", {"format", "version", "language", "topics"})
        for key, expected in (("format", FORMAT), ("version", VERSION), ("language", language)):
            if data[key] != expected:
                raise self.fail(key, f"expected {expected!r}, found {data[key]!r}")
        return ReferenceLibrary(language, self.seq(data["topics"], "topics", self.topic))

    def topic(self, value: Any, where: str) -> Topic:
        value = self.obj(value, where, {"id", "title", "entries"})
        topic_id = self.ident(value["id"], f"{where}.id")
        title = self.text(value["title"], f"{where}.title")
        return Topic(topic_id, title, self.seq(value["entries"], f"{where}.entries", self.entry_of(topic_id)))

    def entry_of(self, topic_id: str) -> Callable[[Any, str], Entry]:
        def entry(value: Any, where: str) -> Entry:
            value = self.obj(
                value,
                where,
                {"id", "title", "summary", "body", "contacts", "source", "checked"},
                optional=frozenset({"governments"}),
            )
            entry_id = self.ident(value["id"], f"{where}.id")
            where = f"{where} ({entry_id})"
            return Entry(
                id=entry_id,
                topic_id=topic_id,
                title=self.text(value["title"], f"{where}.title"),
                summary=self.text(value["summary"], f"{where}.summary"),
                body=self.seq(value["body"], f"{where}.body", self.text),
                contacts=self.seq(value["contacts"], f"{where}.contacts", self.contact, empty_ok=True),
                source=self.source(value["source"], f"{where}.source"),
                checked=self.date(value["checked"], f"{where}.checked"),
                governments=self.seq(
                    value.get("governments", []), f"{where}.governments", self.government, empty_ok=True
                ),
            )

        return entry

    def government(self, value: Any, where: str) -> str:
        if not _GOVERNMENT.fullmatch(code := self.text(value, where)):
            raise self.fail(where, f"{code!r} is not an ISO country code in capitals (like 'CA') or 'EU'")
        return code

    def contact(self, value: Any, where: str) -> Contact:
        value = self.obj(value, where, {"kind", "label", "value"})
        kind = self.text(value["kind"], f"{where}.kind")
        if kind not in CONTACT_KINDS:
            raise self.fail(
                f"{where}.kind", f"unknown kind {kind!r}; expected one of {', '.join(CONTACT_KINDS)}"
            )
        check = self.url if kind == "url" else self.text
        text = check(value["value"], f"{where}.value")
        if kind == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
            raise self.fail(f"{where}.value", f"{text!r} is not an email address")
        return Contact(kind, self.text(value["label"], f"{where}.label"), text)

    def source(self, value: Any, where: str) -> Source:
        value = self.obj(value, where, {"organisation", "document", "url"})
        return Source(
            self.text(value["organisation"], f"{where}.organisation"),
            self.text(value["document"], f"{where}.document"),
            self.url(value["url"], f"{where}.url"),
        )


def compare_languages(libraries: Iterable[ReferenceLibrary]) -> list[str]:
    """Human-readable differences that must not exist between language files.

    Translations may change words, never structure: the same topics and entries in the same
    order, and the same contact kinds and values, source addresses and check dates. English
    (or else the first library) is the reference the others are compared with.
    """
    libs = list(libraries)
    if not libs:
        return []
    ref = next((lib for lib in libs if lib.language == "en"), libs[0])
    return [problem for lib in libs if lib is not ref for problem in _compare(ref, lib)]


def _missing_and_extra(name: str, what: str, ref_ids: list[str], ids: list[str], ref_lang: str) -> list[str]:
    return [f"{name}: {what} {i!r} is missing" for i in ref_ids if i not in ids] + [
        f"{name}: {what} {i!r} does not exist in {ref_lang}" for i in ids if i not in ref_ids
    ]


def _compare(ref: ReferenceLibrary, lib: ReferenceLibrary) -> list[str]:
    name = f"{lib.language} vs {ref.language}"
    ref_topics, topics = [t.id for t in ref.topics], [t.id for t in lib.topics]
    problems = _missing_and_extra(name, "topic", ref_topics, topics, ref.language)
    if [t for t in topics if t in ref_topics] != [t for t in ref_topics if t in topics]:
        problems.append(f"{name}: topics are in a different order: {topics}")
    ref_entries, entries = {e.id: e for e in ref.entries()}, {e.id: e for e in lib.entries()}
    problems += _missing_and_extra(name, "entry", list(ref_entries), list(entries), ref.language)
    for topic in (t for t in lib.topics if t.id in ref_topics):
        ids, ref_ids = [e.id for e in topic.entries], [e.id for e in ref.topic(topic.id).entries]
        if ids != ref_ids and sorted(ids) == sorted(ref_ids):
            problems.append(f"{name}: topic {topic.id!r} has its entries in a different order: {ids}")
        elif ids != ref_ids:
            problems.append(f"{name}: topic {topic.id!r} holds {ids}, expected {ref_ids}")
    for entry_id, entry in entries.items():
        if (other := ref_entries.get(entry_id)) is None:
            continue
        if [(c.kind, c.value) for c in entry.contacts] != [(c.kind, c.value) for c in other.contacts]:
            problems.append(f"{name}: entry {entry_id!r} has different contact kinds or values")
        if entry.source.url != other.source.url:
            problems.append(f"{name}: entry {entry_id!r} has source url {entry.source.url!r}")
        if entry.governments != other.governments:
            problems.append(f"{name}: entry {entry_id!r} is about governments {list(entry.governments)}")
        if entry.checked != other.checked:
            problems.append(f"{name}: entry {entry_id!r} was checked {entry.checked}, not {other.checked}")
    return problems
