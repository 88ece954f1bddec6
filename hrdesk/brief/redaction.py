"""Pseudonyms for the people named in a brief: "Person A", "Person B", ... in any language.

A defender may hand over a brief that must not name the people in it (witnesses, family,
officials they met). The names are known from the fields that hold people: the person at
risk, the "who" of each event, the contact of each outreach and of the contact history.
Each person gets one letter, in the order they first appear *in the printed brief* (so a
hidden item's people cannot show up as a gap in the letters), and every mention of them
anywhere in the printed text is replaced, not only the field the name came from:

- the full name and each of its own words ("Ms Haddad" for "Leila Haddad"), in any order;
- Arabic words with an attached proclitic (و ف ب ك ل, and the article: "وحداد", "بالحداد",
  "للحداد"); the proclitic stays, the name goes;
- Russian words in every case form, from pymorphy3's dictionary ("Каримовой" for "Каримова");
- never an institution ("National Security Agency", "State Security Prosecution") nor a
  placeholder ("Unknown", "unidentified"): those stay as typed.

What it cannot catch: a nickname, a transliteration or a spelling the defender never typed in
a people field, and details that identify someone without naming them. The GUI and the CLI
say so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from hrdesk.brief.texts import BriefTexts

#: Separators between several people typed into one field ("Ana Ruiz; Col. Pérez").
_SPLIT = re.compile(r"[;,\n/]+")
_MIN_LENGTH = 2
#: A word of a name is matched on its own only from this length ("Al", "de", "Mr" are not names).
_MIN_WORD = 3


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Words that mark a field as an institution, not a person.
_INSTITUTION_WORDS = " ".join(
    (
        "agency ministry prosecution prosecutor's police army service services office court department",
        "committee council bureau company corporation ltd inc embassy forces guard battalion unit security",
        "intelligence government municipality militia brigade directorate administration authority",
        "agencia ministerio fiscalia policia ejercito servicio oficina tribunal juzgado departamento comite",
        "consejo empresa embajada fuerzas guardia seguridad gobierno municipalidad alcaldia",
        "agence ministere parquet armee cour conseil entreprise societe ambassade garde securite",
        "gouvernement mairie gendarmerie",
        "وزارة نيابة شرطة الشرطة جيش الجيش جهاز مكتب محكمة إدارة ادارة لجنة مجلس شركة سفارة قوات حرس أمن",
        "الأمن امن مخابرات المخابرات الحكومة حكومة وكالة",
        "агентство министерство прокуратура полиция армия служба управление суд департамент комитет совет",
        "компания посольство силы гвардия безопасности правительство администрация фсб мвд",
    )
)
#: Placeholders typed where a name is not known: never treated as a name.
_PLACEHOLDERS = " ".join(
    (
        "unknown unidentified anonymous unnamed n/a someone caller desconocido desconocida anonimo anonima",
        "inconnu inconnue anonyme مجهول مجهولة غير معروف неизвестный неизвестная неизвестно неизвестен",
        "аноним",
    )
)
#: Courtesy titles and ranks: part of how a name is written, never a name by themselves.
_TITLES = " ".join(
    (
        "mr mrs ms miss dr col colonel gen general capt captain sgt lt major judge sr sra srta don dona",
        "mme mlle monsieur madame السيد السيدة الدكتور العقيد النقيب القاضي г-н г-жа господин госпожа",
    )
)


def _folded_set(words: str) -> frozenset[str]:
    return frozenset(_fold(word) for word in words.split())


_INSTITUTIONS, _PLACEHOLDER_SET, _TITLE_SET = map(_folded_set, (_INSTITUTION_WORDS, _PLACEHOLDERS, _TITLES))
#: Arabic proclitics that attach to the next word: conjunctions, prepositions, the article.
_PROCLITIC = r"(?:[وف]?(?:بال|كال|لل|ال|[بكل])?)"
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def names_in(field_text: str) -> list[str]:
    """The names in one people field, each trimmed (placeholders and institutions left out)."""
    names = [name.strip() for name in _SPLIT.split(field_text) if len(name.strip()) >= _MIN_LENGTH]
    return [name for name in names if is_person_name(name)]


def is_person_name(name: str) -> bool:
    """False for an institution ("State Security Prosecution", "FSB") or a placeholder ("Unknown")."""
    words = name.split()
    folded = [_fold(word).strip(".()") for word in words]
    if _fold(name).strip() in _PLACEHOLDER_SET or all(w in _PLACEHOLDER_SET for w in folded):
        return False
    if any(w in _INSTITUTIONS for w in folded):
        return False
    # An acronym alone ("FSB", "OHCHR") is an institution, not a person.
    return not all(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)


@cache
def _morph() -> Any:  # a pymorphy3.MorphAnalyzer (pymorphy3 ships no type hints)
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _russian_forms(word: str) -> set[str]:
    """Every case form of a Cyrillic name word, as pymorphy3's dictionary (or its guesser) has it."""
    parses = _morph().parse(word)
    named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] or parses[:1]
    stem = word.casefold()[:3]
    forms = {form.word for parse in named for form in parse.lexeme}
    # Only forms of this word, not of another lemma that shares a form ("Петров" / "Пётр").
    return {word.casefold()} | {f for f in forms if f.startswith(stem)}


def _word_forms(word: str) -> set[str]:
    """The spellings under which one word of a name is recognised in text."""
    forms = {word.casefold()}
    if _CYRILLIC.search(word):
        forms |= _russian_forms(word)
    if _ARABIC.search(word) and word.startswith("ال") and len(word) > 3:
        forms.add(word[2:])  # the article may be written by the proclitic: "لل" + "حداد"
    return forms


def _without_article(proclitic: str) -> str:
    """The conjunction or preposition of a proclitic, without the article the pseudonym brings
    ("وال" -> "و", "لل" -> "ل", "بال" -> "ب")."""
    if proclitic.endswith("ال"):
        return proclitic[:-2]
    if proclitic.endswith("لل"):
        return proclitic[:-1]
    return proclitic


#: Everyday words typed around a name in a people field ("Riverside radio and its presenter"):
#: never replaced on their own, or every "and" of the brief would become "Person A".
_COMMON_WORDS = " ".join(
    (
        "and the for with from his her its their our who which this that was were has have not nor",
        "del los las por para con una uno que sus les des une pour avec dans sur qui son ses aux",
        "على إلى عن من في مع التي الذي الذين هذا هذه ذلك تلك بعد قبل عند كان كانت وهو وهي",
        "и в во на по за из для от его её их она они это что как при над под",
    )
)
_COMMON_SET = _folded_set(_COMMON_WORDS)


def _significant(word: str, capitals_mark_names: bool) -> bool:
    """Whether one word of a name is also matched on its own. ``capitals_mark_names``: the
    spelling was typed with capitals, so a lower-case word of it ("radio", "community") is a
    description, not part of the name; a spelling typed all in lower case keeps every word."""
    folded = _fold(word).strip(".")
    if len(word) < _MIN_WORD or folded in _TITLE_SET or folded in _PLACEHOLDER_SET or folded in _COMMON_SET:
        return False
    return not (capitals_mark_names and word[0].islower())


class Pseudonymiser:
    """Replaces every mention of the known people consistently; the identity function when off."""

    def __init__(
        self,
        names: Iterable[str | Sequence[str]],
        texts: BriefTexts,
        enabled: bool = True,
        keep: Iterable[str] = (),
    ) -> None:
        """``names``: a name typed in a people field (a string, checked to be a person), or all
        the spellings of one person of the case's people list (a sequence: one person, one
        letter). ``keep``: spellings of people the user marked as not protected."""
        self._texts = texts
        self._letters = texts.get("document.person_letters")
        self._assigned: dict[int, str] = {}
        self._person_of: dict[str, int] = {}  # a recognised spelling -> the person's index
        self._pattern: re.Pattern[str] | None = None
        if not enabled:
            return
        kept = {name.strip().casefold() for name in keep}
        people: list[list[str]] = []
        for entry in names:
            if isinstance(entry, str):
                spellings = [entry.strip()] if is_person_name(entry) else []
            else:
                spellings = [s.strip() for s in entry if len(s.strip()) >= _MIN_LENGTH]
            spellings = [s for s in spellings if len(s) >= _MIN_LENGTH and s.casefold() not in kept]
            if spellings and not any(s.casefold() in self._person_of for s in spellings):
                for spelling in spellings:
                    self._person_of.setdefault(spelling.casefold(), len(people))
                people.append(spellings)
        for index, spellings in enumerate(people):  # a full name wins over a word shared by two people
            for spelling in spellings:
                capitals = spelling != spelling.lower()  # Arabic has no case: always False there
                for word in spelling.split():
                    if not _significant(word, capitals) or word.casefold() in kept:
                        continue
                    for form in _word_forms(word):
                        self._person_of.setdefault(form, index)
        if self._person_of:
            body = "|".join(re.escape(s) for s in sorted(self._person_of, key=len, reverse=True))
            # A run of name words ("Leila Haddad", "Каримовой Гульнары"), each possibly with a proclitic.
            one = rf"{_PROCLITIC}(?:{body})"
            self._pattern = re.compile(rf"(?<!\w)({one}(?:\s+{one})*)(?!\w)", re.IGNORECASE)
            self._single = re.compile(rf"(?<!\w)({_PROCLITIC})({body})(?!\w)", re.IGNORECASE)

    @property
    def enabled(self) -> bool:
        return self._pattern is not None

    def pseudonym(self, name: str) -> str:
        """The pseudonym of a person named ``name``, giving it the next letter on first sight."""
        index = self._person_of.get(name.strip().casefold())
        key = index if index is not None else -1 - len(self._assigned)
        if key not in self._assigned:
            self._assigned[key] = self._texts.get("document.person", letter=self._letter(len(self._assigned)))
        return self._assigned[key]

    def _letter(self, index: int) -> str:
        count = len(self._letters)
        letter = self._letters[index % count]
        return letter if index < count else f"{letter}{self._texts.number(index // count + 1)}"

    def _replace(self, match: re.Match[str]) -> str:
        span = match.group(0)
        if span.casefold() in self._person_of:
            return self.pseudonym(span)
        words = [self._single.fullmatch(word) for word in span.split()]
        # The proclitic of the first word stays ("و" + "Person A"); the person is that of the
        # first word that is not just a proclitic-looking name.
        first = words[0]
        assert first is not None  # noqa: S101 - every word of the span matched ``one`` above
        person = next(w.group(2) for w in words if w is not None)
        kept, pseudonym = _without_article(first.group(1)), self.pseudonym(person)
        if kept.endswith("ل") and pseudonym.startswith("ال"):  # ل + الشخص is written للشخص
            pseudonym = pseudonym[1:]
        return kept + pseudonym

    def apply(self, text: str) -> str:
        """``text`` with every mention of a known person replaced by their pseudonym."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._replace, text)
