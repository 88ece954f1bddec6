"""Loading one language of the reference: an installed update when it is newer than the content
bundled with the app, else the bundled file (or a folder given by tests).

Apart from ``content`` (which parses and checks a file) so that parsing needs nothing of the
installed updates, which themselves are checked by parsing them: no import goes round in a circle.
"""

from __future__ import annotations

from pathlib import Path

from hrdesk.domain.languages import LANGUAGES
from hrdesk.reference.content import ReferenceContentError, ReferenceLibrary, parse_library
from hrdesk.reference.installed import installed_text
from hrdesk.resources import resource_path


def load_library(language: str, root: Path | None = None) -> ReferenceLibrary:
    """Load and validate one language file; raise ReferenceContentError if it is unusable.

    ``root`` is the folder holding ``<language>.json``; by default the bundled
    ``resources/reference``. Tests pass a temporary folder.
    """
    if language not in LANGUAGES:
        raise ReferenceContentError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    # An installed update wins when it is newer than the bundled content.
    if root is None and (installed := installed_text(language)) is not None:
        return parse_library(*installed, language)
    path = (root / f"{language}.json") if root is not None else resource_path("reference", f"{language}.json")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReferenceContentError(f"{path}: file not found") from None
    return parse_library(raw, str(path), language)
