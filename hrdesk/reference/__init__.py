"""reference layer of hrdesk: the multilingual offline reference content (no Qt)."""

from hrdesk.reference.content import (
    LANGUAGES,
    Contact,
    Entry,
    ReferenceContentError,
    ReferenceLibrary,
    Source,
    Topic,
    compare_languages,
)
from hrdesk.reference.loading import load_library

__all__ = [
    "LANGUAGES",
    "Contact",
    "Entry",
    "ReferenceContentError",
    "ReferenceLibrary",
    "Source",
    "Topic",
    "compare_languages",
    "load_library",
]
