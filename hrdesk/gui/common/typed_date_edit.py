"""A date field that takes a date typed the way people write it, not only section by section.

A ``QDateEdit`` showing "4 February 2027" accepts keys only section by section, so typing
``2027-02-04`` or ``4/2/2027`` did nothing useful. This one also reads, in the UI language:
ISO dates, the locale's short numeric order with a four-digit year (``4/2/2027`` is 4 February
in French, April 2 in U.S. English), and dates with month names, full or short. English month
names work in every language, since many people type them anyway.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget


def _numeric_formats(locale: QLocale) -> list[str]:
    """The locale's short date order, lenient about leading zeros, with a four-digit year."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"y+", "yyyy", short)
    short = re.sub(r"d+", "d", short)
    short = re.sub(r"M+", "M", short)
    return [short]


def _worded_formats() -> list[str]:
    return ["d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "MMM d yyyy"]


def parse_typed_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The date ``text`` names, or None. Tries ISO first: it means the same in every language."""
    text = " ".join(text.split())
    if not text:
        return None
    locale = locale or QLocale()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        day = QDate(int(iso[1]), int(iso[2]), int(iso[3]))
        return day if day.isValid() else None
    attempts = [(locale, fmt) for fmt in _numeric_formats(locale) + _worded_formats()]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    attempts += [(english, fmt) for fmt in _worded_formats()]
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    without_weekday = re.sub(r"d{4}[\s,،.]*", "", long).strip(" ,،")  # "d 'de' MMMM 'de' yyyy"
    attempts += [(locale, long), (locale, without_weekday)]
    for where, fmt in attempts:
        day = where.toDate(text, fmt)
        if day.isValid():
            return day
    return None


class TypedDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _parse(self, text: str) -> QDate | None:
        shown = self.locale().toDate(text.strip(), self.displayFormat())
        return shown if shown.isValid() else parse_typed_date(text, self.locale())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        day = self._parse(text)
        if day is not None and self.minimumDate() <= day <= self.maximumDate():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = self._parse(text)
        return QDateTime(day, QTime(0, 0)) if day is not None else super().dateTimeFromText(text)

    def fixup(self, text: str) -> str:
        return text
