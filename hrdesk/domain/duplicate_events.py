"""Finding an event that repeats another (same date, kind and description) and merging the two.

Merging keeps the earlier row, fills its empty fields from the other, keeps both texts where
they differ, and keeps the more private of the two disclosure levels, so nothing typed is lost
and nothing becomes more visible than the user chose.
"""

from __future__ import annotations

from typing import Any

from hrdesk.domain.case import Disclosure, TimelineEvent

_PRIVACY = [Disclosure.HAND_OVER, Disclosure.NOTES_ONLY, Disclosure.NEVER]
_TEXTS = ("what", "place", "who", "source")


def _key(event: TimelineEvent) -> tuple[str, str, str]:
    return (event.date.iso(), event.kind.value, " ".join(event.what.split()).casefold())


def find_duplicate(events: list[TimelineEvent], event: TimelineEvent) -> TimelineEvent | None:
    """Another event with the same date, kind and description (ignoring case and spacing)."""
    key = _key(event)
    if not key[2]:
        return None
    return next((other for other in events if other is not event and _key(other) == key), None)


def merged_fields(keep: TimelineEvent, other: TimelineEvent) -> dict[str, Any]:
    """The fields of ``keep`` that change when ``other`` is merged into it."""
    changes: dict[str, Any] = {}
    for field in _TEXTS:
        mine, theirs = getattr(keep, field), getattr(other, field)
        if not mine.strip() and theirs.strip():
            changes[field] = theirs
        elif theirs.strip() and " ".join(theirs.split()).casefold() not in " ".join(mine.split()).casefold():
            changes[field] = f"{mine}\n{theirs}"
    if keep.end_date is None and other.end_date is not None:
        changes["end_date"] = other.end_date
    private = max(keep.disclosure, other.disclosure, key=_PRIVACY.index)
    if private is not keep.disclosure:
        changes["disclosure"] = private
    return changes
