"""The printed words of the brief, per language, loaded from ``resources/brief/<lang>.json``.

The brief is printed in the language the defender chooses for the embassy, which need not be
the language of the app's interface, so these texts are plain data (not Qt translations):
the renderer, the email draft and the CLI can use them without Qt, and a translator edits
one JSON file per language. A test checks that every file carries the same keys.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from hrdesk.domain.languages import LANGUAGES
from hrdesk.domain.number_style import DEFAULT as DEFAULT_NUMBER_STYLE
from hrdesk.domain.number_style import NumberStyle, digits, month_names, number
from hrdesk.resources import resource_path

#: The languages a brief can be printed in, in the order the app lists them.
BRIEF_LANGUAGES: tuple[str, ...] = LANGUAGES

_ASCII_DIGITS = "0123456789"


class UnknownLanguage(ValueError):
    """A language the brief has no texts for."""


class BriefTexts:
    """Look-ups into one language's texts, by dotted key ("request.ask")."""

    def __init__(self, lang: str, data: Mapping[str, Any], style: NumberStyle = DEFAULT_NUMBER_STYLE) -> None:
        self.lang = lang
        self._data = data
        self.style = style
        self._digits = str.maketrans(_ASCII_DIGITS, data["meta"]["digits"])
        # Arabic digits and month names follow the one policy of hrdesk.domain.number_style.
        self._arabic = lang == "ar"

    def raw(self, key: str) -> Any:
        if self._arabic and key in ("dates.months", "dates.months_genitive"):
            return list(month_names(self.lang, self.style, standalone=key == "dates.months"))
        node: Any = self._data
        for part in key.split("."):
            node = node[part]
        return node

    def get(self, key: str, **values: object) -> str:
        """The text at ``key`` with ``{placeholders}`` filled in (numbers in the language's digits)."""
        text = self.raw(key)
        if not isinstance(text, str):
            raise KeyError(f"{key} is not a text")
        if self._arabic:  # digits in the template itself ("1" for the first day of a month)
            text = digits(text, self.lang, self.style)
        if values:
            text = text.format(**{k: self.number(v) if isinstance(v, int) else v for k, v in values.items()})
        return text

    def label(self, group: str, value: str) -> str:
        """The words for an enum value ("event_kinds", "detention"); unknown ids come back as they are."""
        return str(self._data[group].get(str(value), value))

    def number(self, value: int) -> str:
        if self._arabic:
            return number(value, self.lang, self.style)
        return str(value).translate(self._digits)

    def join(self, items: list[str]) -> str:
        return self.get("meta.list_separator").join(items)


@lru_cache(maxsize=len(BRIEF_LANGUAGES))
def _load(lang: str) -> dict[str, Any]:
    path = resource_path("brief", f"{lang}.json")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def brief_texts(lang: str, style: NumberStyle = DEFAULT_NUMBER_STYLE) -> BriefTexts:
    """The texts of ``lang`` (one of :data:`BRIEF_LANGUAGES`), numbers and months per ``style``."""
    if lang not in BRIEF_LANGUAGES:
        choices = ", ".join(BRIEF_LANGUAGES)
        raise UnknownLanguage(f"no brief texts for language {lang!r} (choose from {choices})")
    return BriefTexts(lang, _load(lang), style)
