"""Countries and governments: ISO codes, their names in the five languages, and back.

A defender types an embassy's government as she thinks of it ("Canada", "Allemagne", "كندا",
"CA"). Printouts name it in the brief's language, and the reference finds the policy of that
government, so both need the ISO 3166-1 alpha-2 code behind the typed text. The names come
from CLDR (through babel), never from a list of ours.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale

from hrdesk.domain.languages import LANGUAGES

# The reference speaks of these five languages; CLDR has names for every territory in each.
NAME_LANGUAGES = LANGUAGES
EUROPEAN_UNION = "EU"
# Member states as of 2025 (the EU's own list); a policy of the EU also covers their embassies.
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


# Everyday names CLDR does not list as a territory's name.
_ALIASES = {"uk": "GB", "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "britain": "GB"}


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


@cache
def _codes_by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in _territories(language).items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_folded(name), code)
    return names


def _is_private_use(code: str) -> bool:
    # ISO 3166 leaves AA, QM-QZ, XA-XZ and ZZ to private use; CLDR names some ("Unknown Region").
    return code in ("AA", "ZZ") or (code[0] == "Q" and code >= "QM") or (code[0] == "X" and code != "XK")


def country_code(text: str) -> str | None:
    """The ISO code of a typed country or government ("Canada", "كندا", "ca"), or None.

    Accepts a two-letter code or a territory name in any of the five languages, ignoring case
    and accents. Anything else (a city, "UN", a typo) gives None: callers keep the typed text.
    """
    folded = _folded(text)
    if folded in _ALIASES:
        return _ALIASES[folded]
    if len(folded) == 2 and folded.isalpha():
        code = folded.upper()
        return code if code in _territories("en") and not _is_private_use(code) else None
    return _codes_by_name().get(folded)


def country_name(code: str, language: str) -> str:
    """The CLDR name of ``code`` in ``language`` ("DE", "fr" -> "Allemagne"); KeyError if unknown."""
    return _territories(language if language in NAME_LANGUAGES else "en")[code.upper()]


def display_government(text: str, language: str) -> str:
    """What to print for a typed government: its name in ``language`` if it is a country, else as typed."""
    code = country_code(text)
    return country_name(code, language) if code else text
