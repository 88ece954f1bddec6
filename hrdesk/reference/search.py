"""Finding reference entries by meaning, in whichever of the five languages the user types.

A defender types the words they know ("emergency fund", "visa", "منحة"), not the words an
entry happens to use. A small curated map of terms (``resources/search/terms.json``, data,
not code) groups words of the same meaning across the languages: a query word that belongs to
a group matches an entry holding any word of that group. Other words match as typed. Results
hold every part of the query, ranked by where the matches are (a title counts more than a
summary, a summary more than the body), then in the reference's own order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from hrdesk.domain.languages import LANGUAGES
from hrdesk.resources import resource_path

if TYPE_CHECKING:
    from hrdesk.reference.content import Entry

TERMS_FORMAT = "hrdesk-search-terms"
_TATWEEL = "\u0640"
# Arabic letters written interchangeably in everyday typing. Hamza on alef (أ إ آ) is already
# split off by NFKD and dropped with the other marks; these have no decomposition.
_ARABIC_VARIANTS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "ی": "ي", "ک": "ك"})
# A query word this short matches a term only when it is the whole term.
_MIN_PREFIX = 3
_WEIGHTS = (3, 2, 1)  # title, summary, body


def fold(text: str) -> str:
    """Text reduced for matching: no case, no accents, no Arabic harakat, tatweel or letter variants.

    NFKD splits letters from their marks (é -> e + accent, أ -> ا + hamza) and the marks are
    dropped, so a query typed without diacritics finds text written with them and vice versa.
    Casefolding sits between two decompositions because it can itself produce marks (İ -> i̇).
    """
    nfkd = unicodedata.normalize
    decomposed = nfkd("NFKD", nfkd("NFKD", text).casefold())
    kept = "".join(ch for ch in decomposed if ch != _TATWEEL and not unicodedata.category(ch).startswith("M"))
    return kept.translate(_ARABIC_VARIANTS)


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


@dataclass(frozen=True)
class TermGroup:
    id: str
    terms: tuple[tuple[str, ...], ...]  # each term as folded words; a term may be a phrase


class TermMapError(ValueError):
    """The term map is malformed; the message names the file and the place."""


def load_terms(path: Path | None = None) -> tuple[TermGroup, ...]:
    """Read and check the term map; every group must give terms in all five languages."""

    path = path or resource_path("search", "terms.json")
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, dict) or data.get("format") != TERMS_FORMAT or data.get("version") != 1:
        raise TermMapError(f"{path}: not a version 1 {TERMS_FORMAT} file")
    groups = []
    for i, group in enumerate(data.get("groups", [])):
        terms = group.get("terms", {}) if isinstance(group, dict) else {}
        if missing := [lang for lang in LANGUAGES if not terms.get(lang)]:
            raise TermMapError(f"{path}: groups[{i}]: no terms in {', '.join(missing)}")
        folded = {tuple(words_of(t)) for lang in LANGUAGES for t in terms[lang]}
        if () in folded:
            raise TermMapError(f"{path}: groups[{i}]: an empty term")
        groups.append(TermGroup(str(group.get("id", i)), tuple(sorted(folded))))
    return tuple(groups)


@cache
def bundled_terms() -> tuple[TermGroup, ...]:
    return load_terms()


def _word_matches(typed: str, term_word: str) -> bool:
    if typed == term_word:
        return True
    # "funds" is "fund"; "financ" typed finds "financing"; "vis" alone does not find "visa".
    return len(typed) >= _MIN_PREFIX and (typed.startswith(term_word) or term_word.startswith(typed))


def _query_parts(words: list[str], groups: Iterable[TermGroup]) -> list[tuple[str, ...]]:
    """The query as parts to find: each part is alternatives (folded texts), any of which counts.

    Longer phrases win: "immediate danger" is one part, not two.
    """
    groups = tuple(groups)
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        best: tuple[int, set[str]] = (0, set())
        for group in groups:
            for term in group.terms:
                n = len(term)
                window = words[i : i + n]
                if n >= best[0] and len(window) == n and all(map(_word_matches, window, term)):
                    alternatives = {" ".join(t) for t in group.terms}
                    best = (n, alternatives | best[1] if n == best[0] else alternatives)
        if best[0]:
            parts.append((words[i] if best[0] == 1 else " ".join(words[i : i + best[0]]), *sorted(best[1])))
            i += best[0]
        else:
            parts.append((words[i],))
            i += 1
    return parts


def search(entries: Iterable[Entry], query: str, groups: Iterable[TermGroup] | None = None) -> list[Entry]:
    """Entries matching every part of the query, best first; a blank query finds nothing."""
    words = words_of(query)
    if not words:
        return []
    parts = _query_parts(words, bundled_terms() if groups is None else groups)
    scored = []
    for order, entry in enumerate(entries):
        fields = [fold(entry.title), fold(entry.summary), fold("\n".join(entry.body))]
        found, score = 0, 0
        for part in parts:
            weight = max(
                (w for w, text in zip(_WEIGHTS, fields, strict=True) if any(a in text for a in part)),
                default=0,
            )
            found += weight > 0
            score += weight
        if found == len(parts):
            scored.append((score, -order, entry))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [entry for *_, entry in scored]
