"""Which published defender policies apply to the embassies chosen for a case.

Guidance says to read a government's own policy before asking its embassy for help: it says
what that government has promised to do. The policies are reference entries tagged with
their governments; this joins them to the embassies a defender typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from hrdesk.domain.countries import country_code
from hrdesk.reference.content import Entry, ReferenceContentError
from hrdesk.reference.loading import load_library


@dataclass(frozen=True)
class EmbassyPolicies:
    embassy: str  # as the defender typed it
    government: str | None  # ISO code (or "EU"), None when the text names no known government
    policies: tuple[Entry, ...]  # empty when the reference holds no policy for it


def policies_for_embassies(embassies: list[str], language: str) -> list[EmbassyPolicies]:
    """One line per embassy, in the order given; unreadable reference content gives no policies."""
    try:
        library = load_library(language)
    except ReferenceContentError:
        library = None
    result = []
    for name in embassies:
        code = country_code(name)
        found = tuple(library.policies_for(code)) if library is not None and code else ()
        result.append(EmbassyPolicies(name, code, found))
    return result
