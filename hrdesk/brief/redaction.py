"""Pseudonyms for the people named in a brief: "Person A", "Person B", ... in any language.

A defender may hand over a brief that must not name the people in it (witnesses, family,
officials they met). The names are known from the fields that hold people: the person at
risk, the "who" of each event, the contact of each outreach and of the contact history.
Each distinct name gets one letter, in the order it first appears *in the printed brief*
(so a hidden item's people cannot show up as a gap in the letters), and every occurrence
of a name anywhere in the printed text — a title, a summary, an event's description — is
replaced, not only the field it came from.

Names are matched as typed (ignoring case), as whole words; a name spelled differently or
shortened inside free text ("Mr Lopez" for "Maria Lopez") is not caught. The GUI says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hrdesk.brief.texts import BriefTexts

#: Separators between several people typed into one field ("Ana Ruiz; Col. Pérez").
_SPLIT = re.compile(r"[;,\n/]+")
_MIN_LENGTH = 2


def names_in(field_text: str) -> list[str]:
    """The names in one people field, each trimmed."""
    return [name.strip() for name in _SPLIT.split(field_text) if len(name.strip()) >= _MIN_LENGTH]


class Pseudonymiser:
    """Replaces known names consistently; the identity function when switched off."""

    def __init__(self, names: Iterable[str], texts: BriefTexts, enabled: bool = True) -> None:
        self._texts = texts
        self._letters = texts.get("document.person_letters")
        self._assigned: dict[str, str] = {}
        unique = {name.casefold(): name for name in names if len(name.strip()) >= _MIN_LENGTH}
        self._pattern: re.Pattern[str] | None = None
        if enabled and unique:
            alternatives = sorted(unique.values(), key=len, reverse=True)  # longest first
            body = "|".join(re.escape(name) for name in alternatives)
            self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    @property
    def enabled(self) -> bool:
        return self._pattern is not None

    def pseudonym(self, name: str) -> str:
        """The pseudonym of ``name``, giving it the next letter on first sight."""
        key = name.strip().casefold()
        if key not in self._assigned:
            self._assigned[key] = self._texts.get("document.person", letter=self._letter(len(self._assigned)))
        return self._assigned[key]

    def _letter(self, index: int) -> str:
        count = len(self._letters)
        letter = self._letters[index % count]
        return letter if index < count else f"{letter}{self._texts.number(index // count + 1)}"

    def apply(self, text: str) -> str:
        """``text`` with every known name replaced by its pseudonym."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self.pseudonym(m.group(0)), text)
