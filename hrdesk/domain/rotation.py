"""Rules of the contact log: when postings end, what is due, and who has gone quiet.

Officers rotate every three or four years, so the defender should ask for a new point of
contact before one leaves; embassies rarely call back, so every meeting needs a follow-up.
These rules decide what the Today view shows. ``today`` is always passed in (never read from
the clock here) so the edges can be tested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import ItemKind, ItemStatus, Officer, OfficerStatus, TrackedItem

DEFAULT_POSTING_YEARS = 3
ENDING_SOON_DAYS = 90
# A departure without a recorded successor stays on Today this long, then is assumed handled.
LEFT_RECENTLY_DAYS = 180
DEFAULT_QUIET_DAYS = 60
QUIET_DAYS_RANGE = (7, 730)
SNOOZE_CHOICES = (1, 3, 7, 14)
# Today's "Coming up": follow-ups due in the next N days (0 turns the section off). A week
# shows next week's follow-up on Friday; a month is the most a calm list can hold.
DEFAULT_COMING_UP_DAYS = 7
COMING_UP_DAYS_RANGE = (0, 30)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # only 29 February can fail
        return day.replace(year=day.year + years, day=28)


def default_posting_end(start: dt.date) -> dt.date:
    return add_years(start, DEFAULT_POSTING_YEARS)


def expected_end(officer: Officer) -> dt.date | None:
    """The user's date if given, else start + 3 years, else None (no start, no end date)."""
    if officer.posting_end is not None:
        return officer.posting_end
    if officer.posting_start is not None:
        return default_posting_end(officer.posting_start)
    return None


def days_left_in_posting(officer: Officer, today: dt.date) -> int | None:
    """Days until the expected end (0 on the day itself, negative once past), None without an end."""
    end = expected_end(officer)
    return None if end is None else (end - today).days


class RotationReason(StrEnum):
    ENDING_SOON = "ending_soon"  # in post, the posting ends within 90 days (or today)
    PAST_EXPECTED_END = "past_expected_end"  # still marked in post after the expected end
    LEFT_WITHOUT_SUCCESSOR = "left_without_successor"  # left recently, nobody holds the role


@dataclass(frozen=True)
class RotationAlert:
    """Ask the embassy for a new point of contact: why, and by when."""

    officer: Officer
    reason: RotationReason
    end: dt.date | None
    days_left: int | None


def rotation_alert(
    officer: Officer, today: dt.date, within: int = ENDING_SOON_DAYS, role_filled: bool = False
) -> RotationAlert | None:
    """The alert for one officer, if any. ``role_filled``: someone else at the embassy is in post
    in the same role (then a departure without a recorded successor needs no alert)."""
    if officer.status == OfficerStatus.LEFT:
        if officer.successor_id is not None or role_filled:
            return None
        left = officer.left_on
        if left is None or (today - left).days > LEFT_RECENTLY_DAYS:
            return None
        return RotationAlert(officer, RotationReason.LEFT_WITHOUT_SUCCESSOR, left, (left - today).days)
    days = days_left_in_posting(officer, today)
    if days is None or days > within:
        return None
    reason = RotationReason.ENDING_SOON if days >= 0 else RotationReason.PAST_EXPECTED_END
    return RotationAlert(officer, reason, expected_end(officer), days)


def rotation_alerts(
    officers: Iterable[Officer], today: dt.date, within: int = ENDING_SOON_DAYS
) -> list[RotationAlert]:
    """Every alert, the most urgent (earliest date) first."""
    officers = list(officers)
    filled = {(o.embassy_id, o.role) for o in officers if o.in_post}
    alerts = []
    for officer in officers:
        alert = rotation_alert(officer, today, within, (officer.embassy_id, officer.role) in filled)
        if alert is not None:
            alerts.append(alert)
    return sorted(alerts, key=lambda a: (a.days_left if a.days_left is not None else 0, a.officer.name))


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    UPCOMING = "upcoming"


def due_state(due: dt.date, today: dt.date) -> DueState:
    if due < today:
        return DueState.OVERDUE
    return DueState.DUE_TODAY if due == today else DueState.UPCOMING


def is_due(due: dt.date | None, today: dt.date) -> bool:
    """Due today or overdue."""
    return due is not None and due <= today


def snoozed_until(today: dt.date, days: int) -> dt.date:
    """Snoozing counts from today, not from the old date: an overdue follow-up must leave Today."""
    if days < 1:
        raise ValueError("snooze by one day or more")
    return today + dt.timedelta(days=days)


def days_since(last: dt.date | None, today: dt.date) -> int | None:
    return None if last is None else (today - last).days


def is_quiet(last_contact: dt.date | None, today: dt.date, days: int) -> bool:
    """No contact for ``days`` days or more; never in contact counts as quiet."""
    since = days_since(last_contact, today)
    return since is None or since >= days


def quiet_cutoff(today: dt.date, days: int) -> dt.date:
    """Contact on or before this day is ``days`` or more days old (see ``is_quiet``)."""
    return today - dt.timedelta(days=days)


def is_overdue_commitment(item: TrackedItem, today: dt.date) -> bool:
    """A commitment still promised or in progress after the date it was promised for."""
    return (
        item.kind == ItemKind.COMMITMENT
        and item.status in (ItemStatus.PROMISED, ItemStatus.IN_PROGRESS)
        and item.due is not None
        and item.due < today
    )


def role_history(officers: Iterable[Officer]) -> list[tuple[OfficerRole, list[Officer]]]:
    """Who held each role over time at one embassy: roles in the enum's order, holders oldest first
    (by posting start; unknown starts go after the known ones, in the order they were recorded)."""
    by_role: dict[OfficerRole, list[Officer]] = {}
    for officer in officers:
        by_role.setdefault(officer.role, []).append(officer)
    result = []
    for role in OfficerRole:
        holders = by_role.get(role)
        if holders:
            holders.sort(key=lambda o: (o.posting_start is None, o.posting_start or dt.date.min, o.id or 0))
            result.append((role, holders))
    return result
