"""Dates written the way each language writes them, showing only what is known.

A timeline date may be a day, a month or only a year, and may be approximate; printing
``2024-03`` or ``2019`` would hide that, and an ISO date inside Arabic text displays
reversed (STACK.md). So every date of the brief goes through here: "5 March 2024",
"March 2024", "c. 2019", "5 марта 2024 г.", "حوالي عام 2019". The patterns and month
names are data in the language files.
"""

from __future__ import annotations

import datetime as dt

from hrdesk.brief.texts import BriefTexts
from hrdesk.domain.dates import PartialDate, Precision

#: Spaces inside one date do not break: "5 كانون الأول/ديسمبر 2023" split after "5 كانون"
#: reads as two unrelated fragments (issue #13). Ranges may still break around their dash.
NO_BREAK_SPACE = "\u00a0"


def format_date(date: PartialDate | dt.date, texts: BriefTexts) -> str:
    """``date`` at its own precision, marked when approximate, kept on one line."""
    if isinstance(date, dt.date):
        date = PartialDate.from_date(date)
    precision = date.precision
    key = precision.value if not date.approximate else f"approximate_{precision.value}"
    values: dict[str, object] = {"year": texts.number(date.year)}
    if date.month is not None:
        values["month"] = texts.raw("dates.months")[date.month - 1]
        values["month_genitive"] = texts.raw("dates.months_genitive")[date.month - 1]
    if precision is Precision.DAY:
        values["day"] = texts.get("dates.day_one") if date.day == 1 else texts.number(date.day or 0)
    return texts.get(f"dates.{key}", **values).replace(" ", NO_BREAK_SPACE)


def format_span(start: PartialDate, end: PartialDate | None, texts: BriefTexts) -> str:
    """One date, or "start – end" when the event lasted (the end is shown only if it differs)."""
    first = format_date(start, texts)
    if end is None or end == start:
        return first
    return texts.get("dates.range", start=first, end=format_date(end, texts))
