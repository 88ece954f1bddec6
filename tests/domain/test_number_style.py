"""Issue #13: one number and date style per language, Arabic as chosen in Settings."""

from __future__ import annotations

import pytest

from hrdesk.brief.date_format import format_date
from hrdesk.brief.texts import brief_texts
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.number_style import (
    ARABIC_INDIC,
    EGYPTIAN,
    LEVANTINE,
    NumberStyle,
    digits,
    month_names,
    number,
    ui_locale_name,
)

NB = "\u00a0"


def test_arabic_defaults_to_western_digits_and_both_month_names() -> None:
    assert number(2024, "ar") == "2024"
    assert month_names("ar")[2] == "آذار/مارس"
    assert month_names("ar", NumberStyle(months=LEVANTINE))[0] == "كانون الثاني"
    assert month_names("ar", NumberStyle(months=EGYPTIAN))[0] == "يناير"
    assert number(2024, "ar", NumberStyle(digits=ARABIC_INDIC)) == "٢٠٢٤"


def test_other_languages_always_write_western_digits() -> None:
    style = NumberStyle(digits=ARABIC_INDIC)
    for language in ("en", "es", "fr", "ru"):
        assert number(60, language, style) == "60"
        assert digits("٦٠", language, style) == "60"
    assert month_names("ru", standalone=False)[2] == "марта" and month_names("ru")[2] == "март"


def test_unknown_setting_values_fall_back_to_the_default() -> None:
    assert NumberStyle("roman", "martian") == NumberStyle()


@pytest.mark.parametrize(
    ("style", "expected", "locale"),
    [
        (NumberStyle(), f"5{NB}آذار/مارس{NB}2024", "ar_LY"),
        (NumberStyle(ARABIC_INDIC, LEVANTINE), f"٥{NB}آذار{NB}٢٠٢٤", "ar_SY"),
        (NumberStyle(ARABIC_INDIC, EGYPTIAN), f"٥{NB}مارس{NB}٢٠٢٤", "ar_EG"),
        (NumberStyle(months=EGYPTIAN), f"5{NB}مارس{NB}2024", "ar_LY"),
    ],
)
def test_the_brief_and_the_ui_locale_follow_the_one_style(
    style: NumberStyle, expected: str, locale: str
) -> None:
    assert format_date(PartialDate(2024, 3, 5), brief_texts("ar", style)) == expected
    assert ui_locale_name("ar", style) == locale
    # The first of the month is written with the chosen digits too.
    assert format_date(PartialDate(2024, 3, 1), brief_texts("ar", style)).startswith(number(1, "ar", style))


def test_user_text_keeps_its_own_digits_in_an_arabic_brief() -> None:
    texts = brief_texts("ar", NumberStyle(digits=ARABIC_INDIC))
    assert "+20 10 123" in texts.get("email.deadline", deadline="+20 10 123")
