"""One way to write numbers and month names per language, for the UI, the brief and the email.

Before this, one Arabic screen mixed ``٤ فبراير ٢٠٢٧`` with ``62``, a spin box showed ``60`` in
one session and ``٦٠`` in the next, and the brief used Western digits with Levantine month
names (issue #13). The policy, decided here and nowhere else:

- English, Spanish, French and Russian: Western digits; month names from CLDR for the UI and
  from the brief's own texts (which add genitive forms) for the brief.
- Arabic: the user chooses in Settings. Digits: Western (``2024``, the default: what phone
  numbers, case numbers and the officers' own documents use) or Arabic-Indic (``٢٠٢٤``).
  Month names: both names as in the press and the UN (``آذار/مارس``, the default, readable
  everywhere), Levantine only (``آذار``) or Egyptian/Gulf only (``مارس``).

Names come from CLDR (babel): ``ar_SY`` for the Levantine months, ``ar_EG`` for the others.
No Qt here: the GUI reads the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

WESTERN = "western"
ARABIC_INDIC = "arabic_indic"
DIGITS = (WESTERN, ARABIC_INDIC)

BOTH = "both"
LEVANTINE = "levantine"
EGYPTIAN = "egyptian"
MONTHS = (BOTH, LEVANTINE, EGYPTIAN)

_WESTERN_DIGITS = "0123456789"
_ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_WESTERN = str.maketrans(_ARABIC_INDIC_DIGITS + "۰۱۲۳۴۵۶۷۸۹", _WESTERN_DIGITS * 2)
_TO_ARABIC_INDIC = str.maketrans(_WESTERN_DIGITS, _ARABIC_INDIC_DIGITS)


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """The user's choice for Arabic; other languages ignore it."""

    digits: str = WESTERN
    months: str = BOTH

    def __post_init__(self) -> None:
        if self.digits not in DIGITS:
            object.__setattr__(self, "digits", WESTERN)
        if self.months not in MONTHS:
            object.__setattr__(self, "months", BOTH)


DEFAULT = NumberStyle()


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-", 1)[0].lower()


def uses_arabic_indic(language: str, style: NumberStyle = DEFAULT) -> bool:
    """Whether numbers in ``language`` are written with Arabic-Indic digits."""
    return _primary(language) == "ar" and style.digits == ARABIC_INDIC


def digits(text: str, language: str, style: NumberStyle = DEFAULT) -> str:
    """``text`` with every digit written the language's way (both ways round)."""
    if uses_arabic_indic(language, style):
        return text.translate(_TO_ARABIC_INDIC)
    return text.translate(_TO_WESTERN)


def number(value: int, language: str, style: NumberStyle = DEFAULT) -> str:
    """An integer without grouping (years, days, counts), in the language's digits."""
    return digits(str(value), language, style)


@lru_cache(maxsize=32)
def _cldr_months(locale: str, context: Literal["format", "stand-alone"]) -> tuple[str, ...]:
    # babel loads its locale data on import (~10 ms): only when a month name is asked for, so
    # commands that never print a date (``hrdesk check``) do not pay for it.
    from babel.dates import get_month_names

    names = get_month_names("wide", context=context, locale=locale)
    return tuple(names[m] for m in range(1, 13))


def month_names(language: str, style: NumberStyle = DEFAULT, standalone: bool = True) -> tuple[str, ...]:
    """The twelve month names of ``language`` (January first), Arabic as ``style`` says.

    ``standalone`` is the form used alone ("March 2024"); False gives the form used with a
    day, which differs in Russian ("5 марта").
    """
    context: Literal["format", "stand-alone"] = "stand-alone" if standalone else "format"
    if _primary(language) != "ar":
        return _cldr_months(_primary(language), context)
    levantine = _cldr_months("ar_SY", context)
    egyptian = _cldr_months("ar_EG", context)
    if style.months == LEVANTINE:
        return levantine
    if style.months == EGYPTIAN:
        return egyptian
    return tuple(f"{a}/{b}" if a != b else a for a, b in zip(levantine, egyptian, strict=True))


def ui_locale_name(language: str, style: NumberStyle = DEFAULT) -> str:
    """The Qt/CLDR locale the UI uses for ``language``, so that every number Qt writes (spin
    boxes, counts) has the chosen digits and the calendar the region's weekend.

    Arabic: Egypt for Arabic-Indic digits (Syria when the months are Levantine), Libya for
    Western digits (the same months as Egypt, and also a Friday-Saturday weekend). Month
    names the UI writes itself come from :func:`month_names`, so "both" works there too.
    """
    primary = _primary(language)
    if primary != "ar":
        return primary
    if style.digits == ARABIC_INDIC:
        return "ar_SY" if style.months == LEVANTINE else "ar_EG"
    return "ar_LY"
