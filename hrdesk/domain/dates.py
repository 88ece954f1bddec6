"""Dates as people remember them: a day, a month, or only a year, possibly approximate."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from hrdesk.domain.echo import shown


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_PATTERNS = {
    Precision.YEAR: re.compile(r"^(\d{4})$"),
    Precision.MONTH: re.compile(r"^(\d{4})-(\d{2})$"),
    Precision.DAY: re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
}


class InvalidDate(ValueError):
    """A date that does not exist or does not match its precision."""


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """``year``, plus ``month`` and ``day`` when known. Orders chronologically (earliest first)."""

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidDate(f"year {self.year} is out of range")
        if self.day is not None and self.month is None:
            raise InvalidDate("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidDate(f"month {self.month} does not exist")
        if self.day is not None:
            try:
                dt.date(self.year, self.month or 1, self.day)
            except ValueError:
                raise InvalidDate(f"{self.iso()} is not a real date") from None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, matching the precision."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @classmethod
    def parse(
        cls, text: str, precision: Precision | str | None = None, approximate: bool = False
    ) -> PartialDate:
        """Parse ``YYYY[-MM[-DD]]``; when ``precision`` is given the text must match it."""
        text = text.strip()
        wanted = [Precision(precision)] if precision else list(Precision)
        for option in wanted:
            match = _PATTERNS[option].match(text)
            if match:
                parts = [int(p) for p in match.groups()]
                month, day = [*parts[1:], None, None][:2]
                return cls(parts[0], month, day, approximate=approximate)
        if precision:
            raise InvalidDate(f"{shown(text)} does not match the precision {Precision(precision).value!r}")
        raise InvalidDate(f"{shown(text)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is None or self.month == 12:  # (also: 9999-12 has no following month)
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def is_future(self, today: dt.date) -> bool:
        """True only when the whole period lies after ``today``."""
        return self.first_day() > today

    def sort_key(self) -> tuple[int, int, int]:
        """A year alone sorts before its months, a month before its days."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()
