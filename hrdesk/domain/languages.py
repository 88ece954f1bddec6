"""The languages hrdesk speaks, in one place.

The user interface, the brief, the email drafts and the reference content all come in the same
five languages; the translation tooling and the self-test check the same five. Which languages are
written right to left is also decided here, for the screens and for the printouts alike.
"""

from __future__ import annotations

from types import MappingProxyType

#: The five languages, English first (the language the texts are written in).
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "ar", "ru")

#: Each language in its own name: shown untranslated so anyone can find theirs in a list.
NATIVE_NAMES = MappingProxyType(
    {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية", "ru": "Русский"}
)

#: Languages written right to left (ISO 639-1/-3 codes). hrdesk ships only Arabic, but a brief's
#: text or a pasted line can be in another of these.
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"})


def is_rtl(lang: str | None) -> bool:
    """True when ``lang`` ("ar", "ar-EG", "ar_SA", "AR") is written right to left."""
    if not lang:
        return False
    primary = lang.replace("_", "-").split("-", 1)[0].strip().lower()
    return primary in RTL_LANGUAGES
