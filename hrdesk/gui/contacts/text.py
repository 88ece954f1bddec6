"""Dates and lists of names as the contact log shows them, in the UI language.

Dates use the same words as the rest of the app (``format_date``: "14 May 2026" in the
locale's order); lists of names use the locale's own separators ("A, B and C", "A، B و C").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from hrdesk.domain.dates import PartialDate
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.date_text import format_date

LRM, RLM = "\u200e", "\u200f"


def day_text(day: dt.date | None) -> str:
    return format_date(PartialDate.from_date(day)) if day is not None else ""


def names_text(names: Iterable[str]) -> str:
    """The names as one list in the UI's language, each in its own isolate: in Arabic, Latin names
    otherwise merged into one run with the "و" glued to the wrong name. A leading mark gives the
    list the UI's direction (every letter is inside an isolate, so none would set it)."""
    mark = RLM if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else LRM
    listed = QLocale().createSeparatedList([isolated(n) for n in names if n])
    return mark + listed if listed else ""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def first_line(text: str, limit: int = 160) -> str:
    """The first line of what the user wrote, shortened for a list."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
