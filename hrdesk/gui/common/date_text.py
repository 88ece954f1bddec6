"""Partial dates as people read and type them, in the UI language.

Shown with ``QLocale()`` at their own precision ("5 March 2024", "March 2024", "c. 2019");
typed as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a leading ``~`` marks it approximate). A date
that cannot exist is refused with a reason the user can act on, in their language.
"""

from __future__ import annotations

import calendar
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from hrdesk.domain.dates import PartialDate
from hrdesk.domain.isolate import isolated
from hrdesk.domain.number_style import month_names
from hrdesk.gui.i18n import ui_number_style

_INPUT = re.compile(r"^(~)?\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class DateInputError(ValueError):
    """What the user typed is not a date; ``str(error)`` is a translated, actionable reason."""


class DateText(QObject):
    """Plural texts of date input (translation context "DateText").

    Qt 6.11's lupdate finds a plural (%n) text only inside self.tr(), so plural texts live here.
    """

    def day_out_of_range(self, days: int) -> str:
        return self.tr("“%1” is not a date: %2 has only %n days.", "", days)


def _year_text(locale: QLocale, year: int) -> str:
    locale = QLocale(locale)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


def _day_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday: "MMMM d, yyyy", "d MMMM yyyy", ..."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[\s,،.]*", "", pattern)
    return pattern.strip(" ,،") or "d MMMM yyyy"


def _month_name(locale: QLocale, month: int, standalone: bool) -> str:
    """Arabic month names as chosen in Settings (hrdesk.domain.number_style); else the locale's."""
    if locale.language() == QLocale.Language.Arabic:
        return month_names("ar", ui_number_style(), standalone)[month - 1]
    if standalone:
        return locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return locale.monthName(month, QLocale.FormatType.LongFormat)


def format_date(date: PartialDate, locale: QLocale | None = None) -> str:
    """The date at its precision, in the locale's words; "c. ..." when approximate."""
    locale = locale or QLocale()
    if date.day is not None and locale.language() == QLocale.Language.Arabic:
        # Day, month, year with the chosen month names; digits are the locale's (chosen too).
        month = _month_name(locale, date.month or 1, False)
        text = f"{locale.toString(date.day)} {month} {_year_text(locale, date.year)}"
    elif date.day is not None:
        text = locale.toString(QDate(date.year, date.month or 1, date.day), _day_format(locale))
    elif date.month is not None:
        text = (
            QCoreApplication.translate("DateText", "%1 %2", "month name, then year: March 2024")
            .replace("%1", _month_name(locale, date.month, True))
            .replace("%2", _year_text(locale, date.year))
        )
    else:
        text = _year_text(locale, date.year)
    if date.approximate:
        return QCoreApplication.translate("DateText", "c. %1", "circa: an approximate date").replace(
            "%1", text
        )
    return text


def long_date(day: QDate, locale: QLocale | None = None) -> str:
    """A full date with its weekday ("Friday, December 4, 2026"), the locale's long form; in Arabic
    with the month names chosen in Settings, like every other date (it said "ديسمبر" where the rest
    of the screen said "كانون الأول/ديسمبر")."""
    locale = locale or QLocale()
    if locale.language() != QLocale.Language.Arabic:
        return locale.toString(day, QLocale.FormatType.LongFormat)
    weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat)
    return f"{weekday}، {format_date(PartialDate(day.year(), day.month(), day.day()), locale)}"


def format_range(start: PartialDate, end: PartialDate | None, locale: QLocale | None = None) -> str:
    if end is None:
        return format_date(start, locale)
    return (
        QCoreApplication.translate("DateText", "%1 – %2", "a period: from a date until another")
        .replace("%1", format_date(start, locale))
        .replace("%2", format_date(end, locale))
    )


def edit_text(date: PartialDate | None) -> str:
    """What an editor shows for ``date``: the ISO form the user types, ``~`` when approximate."""
    if date is None:
        return ""
    return ("~" if date.approximate else "") + date.iso()


def parse_date_input(text: str, approximate: bool | None = None) -> PartialDate:
    """Parse what the user typed; ``approximate`` overrides a leading ``~`` when given."""
    stripped = text.strip()
    match = _INPUT.match(stripped)
    if not match:
        raise DateInputError(
            QCoreApplication.translate(
                "DateText", "“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05)."
            ).replace("%1", isolated(stripped))
        )
    tilde, year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if year < 1:
        raise DateInputError(
            QCoreApplication.translate("DateText", "“%1” is not a date: there is no year 0.").replace(
                "%1", isolated(stripped)
            )
        )
    if month is not None and not 1 <= month <= 12:
        raise DateInputError(
            QCoreApplication.translate("DateText", "“%1” is not a date: there is no month %2.")
            .replace("%1", isolated(stripped))
            .replace("%2", QLocale().toString(month))  # digits of the chosen style
        )
    if day is not None and month is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            month_name = format_date(PartialDate(year, month))
            raise DateInputError(
                DateText().day_out_of_range(days).replace("%1", isolated(stripped)).replace("%2", month_name)
            )
    return PartialDate(year, month, day, approximate=bool(tilde) if approximate is None else approximate)
