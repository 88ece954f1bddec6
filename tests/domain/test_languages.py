"""One home for the languages: every part of hrdesk takes the five and the right-to-left rule from
``hrdesk.domain.languages``, so adding a language or a script happens in one place."""

from __future__ import annotations

import importlib.util

import pytest

from hrdesk.brief import direction
from hrdesk.brief.texts import BRIEF_LANGUAGES
from hrdesk.domain import languages
from hrdesk.domain.countries import NAME_LANGUAGES
from hrdesk.reference.content import LANGUAGES as REFERENCE_LANGUAGES
from tests.helpers import ROOT


def test_every_part_lists_the_same_five_languages() -> None:
    assert languages.LANGUAGES == ("en", "es", "fr", "ar", "ru")
    for listed in (BRIEF_LANGUAGES, REFERENCE_LANGUAGES, NAME_LANGUAGES):
        assert listed is languages.LANGUAGES
    assert set(languages.NATIVE_NAMES) == set(languages.LANGUAGES)


def test_translation_tool_uses_the_same_languages() -> None:
    spec = importlib.util.spec_from_file_location("translation_update", ROOT / "translations" / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.LANGUAGES is languages.LANGUAGES


@pytest.mark.parametrize(
    ("code", "rtl"),
    [
        ("ar", True),
        ("ar_EG", True),
        ("AR-sa", True),
        ("fa", True),
        ("he", True),
        ("en", False),
        ("ru", False),
        ("", False),
        (None, False),
    ],
)
def test_right_to_left_is_decided_once(code: str | None, rtl: bool) -> None:
    assert languages.is_rtl(code) is rtl
    assert direction.is_rtl is languages.is_rtl


def test_gui_takes_names_and_direction_from_the_domain() -> None:
    from hrdesk.gui import i18n

    assert i18n.CODES is languages.LANGUAGES and i18n.is_rtl is languages.is_rtl
    assert dict(i18n.LANGUAGES) == dict(languages.NATIVE_NAMES)
