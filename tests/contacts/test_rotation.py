"""Rotation and follow-up rules at their edges: leap days, end of posting today, no end date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import ItemKind, ItemStatus, Officer, OfficerStatus, TrackedItem
from hrdesk.domain.rotation import (
    DueState,
    RotationReason,
    add_years,
    days_left_in_posting,
    default_posting_end,
    due_state,
    expected_end,
    is_due,
    is_overdue_commitment,
    is_quiet,
    role_history,
    rotation_alert,
    rotation_alerts,
    snoozed_until,
)

D = dt.date
TODAY = D(2026, 5, 14)


def officer(**fields: object) -> Officer:
    fields.setdefault("name", "Officer")
    fields.setdefault("embassy_id", 1)
    return Officer(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2024, 2, 29), D(2027, 2, 28)),  # leap day to a common year
        (D(2025, 2, 28), D(2028, 2, 28)),  # stays the 28th even though 2028 is a leap year
        (D(2025, 3, 1), D(2028, 3, 1)),
        (D(2023, 12, 31), D(2026, 12, 31)),
        (D(2021, 2, 28), D(2024, 2, 28)),
    ],
)
def test_default_end_is_three_years_later(start: dt.date, end: dt.date) -> None:
    assert default_posting_end(start) == end


def test_leap_day_to_leap_day() -> None:
    assert add_years(D(2024, 2, 29), 4) == D(2028, 2, 29)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(9000, 12, 31)))
def test_default_end_is_always_about_three_years_later(start: dt.date) -> None:
    end = default_posting_end(start)
    assert end.year == start.year + 3 and end.month == start.month
    assert end.day == start.day or (start.month, start.day, end.day) == (2, 29, 28)


def test_expected_end_prefers_the_users_date() -> None:
    assert expected_end(officer(posting_start=D(2024, 1, 1))) == D(2027, 1, 1)
    assert expected_end(officer(posting_start=D(2024, 1, 1), posting_end=D(2028, 6, 30))) == D(2028, 6, 30)
    assert expected_end(officer(posting_end=D(2026, 6, 30))) == D(2026, 6, 30)


def test_no_start_and_no_end_means_no_end_date_and_no_alert() -> None:
    nobody_knows = officer()
    assert expected_end(nobody_knows) is None
    assert days_left_in_posting(nobody_knows, TODAY) is None
    assert rotation_alert(nobody_knows, TODAY) is None


def test_end_of_posting_today_is_ending_soon_with_zero_days() -> None:
    alert = rotation_alert(officer(posting_end=TODAY), TODAY)
    assert alert is not None and alert.reason == RotationReason.ENDING_SOON and alert.days_left == 0


def test_ninety_days_is_the_edge() -> None:
    assert rotation_alert(officer(posting_end=TODAY + dt.timedelta(days=90)), TODAY) is not None
    assert rotation_alert(officer(posting_end=TODAY + dt.timedelta(days=91)), TODAY) is None


def test_still_in_post_after_the_expected_end() -> None:
    alert = rotation_alert(officer(posting_end=TODAY - dt.timedelta(days=1)), TODAY)
    assert alert is not None and alert.reason == RotationReason.PAST_EXPECTED_END and alert.days_left == -1


def test_a_default_end_falling_on_a_shifted_leap_day() -> None:
    # Started 29 Feb 2024: expected to leave 28 Feb 2027. On 28 Feb 2027 that is today.
    alert = rotation_alert(officer(posting_start=D(2024, 2, 29)), D(2027, 2, 28))
    assert alert is not None and alert.days_left == 0 and alert.end == D(2027, 2, 28)


def test_left_officers_alert_only_without_successor_and_recently() -> None:
    left = officer(status=OfficerStatus.LEFT, left_on=TODAY - dt.timedelta(days=10), posting_end=TODAY)
    alert = rotation_alert(left, TODAY)
    assert alert is not None and alert.reason == RotationReason.LEFT_WITHOUT_SUCCESSOR
    assert rotation_alert(officer(status=OfficerStatus.LEFT, left_on=TODAY, successor_id=7), TODAY) is None
    assert rotation_alert(left, TODAY, role_filled=True) is None
    long_ago = officer(status=OfficerStatus.LEFT, left_on=TODAY - dt.timedelta(days=181))
    assert rotation_alert(long_ago, TODAY) is None


def test_alerts_know_when_someone_else_holds_the_role() -> None:
    gone = officer(id=1, name="Gone", status=OfficerStatus.LEFT, left_on=TODAY)
    other_role = officer(id=2, name="Other", role=OfficerRole.ECONOMIC)
    assert [a.officer.name for a in rotation_alerts([gone, other_role], TODAY)] == ["Gone"]
    same_role = officer(id=3, name="Same")
    assert rotation_alerts([gone, same_role], TODAY) == []


def test_alerts_are_most_urgent_first() -> None:
    soon = officer(name="Soon", posting_end=TODAY + dt.timedelta(days=5))
    late = officer(name="Late", posting_end=TODAY + dt.timedelta(days=60))
    past = officer(name="Past", posting_end=TODAY - dt.timedelta(days=3))
    assert [a.officer.name for a in rotation_alerts([late, soon, past], TODAY)] == ["Past", "Soon", "Late"]


def test_due_states() -> None:
    assert due_state(TODAY - dt.timedelta(days=1), TODAY) == DueState.OVERDUE
    assert due_state(TODAY, TODAY) == DueState.DUE_TODAY
    assert due_state(TODAY + dt.timedelta(days=1), TODAY) == DueState.UPCOMING
    assert (
        is_due(TODAY, TODAY) and not is_due(TODAY + dt.timedelta(days=1), TODAY) and not is_due(None, TODAY)
    )


def test_snooze_counts_from_today() -> None:
    assert snoozed_until(TODAY, 3) == TODAY + dt.timedelta(days=3)
    assert snoozed_until(D(2028, 2, 28), 1) == D(2028, 2, 29)
    with pytest.raises(ValueError):
        snoozed_until(TODAY, 0)


def test_quiet_edges() -> None:
    assert is_quiet(None, TODAY, 30)  # never in contact
    assert is_quiet(TODAY - dt.timedelta(days=30), TODAY, 30)
    assert not is_quiet(TODAY - dt.timedelta(days=29), TODAY, 30)
    assert not is_quiet(TODAY, TODAY, 1)


def test_overdue_commitments() -> None:
    def item(**fields: object) -> TrackedItem:
        base: dict[str, object] = {"kind": ItemKind.COMMITMENT, "what": "x", "embassy_id": 1}
        return TrackedItem(**{**base, **fields})  # type: ignore[arg-type]

    yesterday = TODAY - dt.timedelta(days=1)
    assert is_overdue_commitment(item(status=ItemStatus.PROMISED, due=yesterday), TODAY)
    assert is_overdue_commitment(item(status=ItemStatus.IN_PROGRESS, due=yesterday), TODAY)
    assert not is_overdue_commitment(item(status=ItemStatus.PROMISED, due=TODAY), TODAY)
    assert not is_overdue_commitment(item(status=ItemStatus.DONE, due=yesterday), TODAY)
    assert not is_overdue_commitment(item(status=ItemStatus.PROMISED), TODAY)
    assert not is_overdue_commitment(
        item(kind=ItemKind.REQUEST, status=ItemStatus.PROMISED, due=yesterday), TODAY
    )


def test_role_history_orders_holders_by_start() -> None:
    first = officer(id=1, name="First", posting_start=D(2019, 8, 1), status=OfficerStatus.LEFT)
    second = officer(id=2, name="Second", posting_start=D(2022, 8, 1))
    unknown = officer(id=3, name="Unknown start")
    ambassador = officer(id=4, name="Amb", role=OfficerRole.AMBASSADOR, posting_start=D(2020, 1, 1))
    history = role_history([unknown, second, ambassador, first])
    assert [(role, [o.name for o in holders]) for role, holders in history] == [
        (OfficerRole.HUMAN_RIGHTS, ["First", "Second", "Unknown start"]),
        (OfficerRole.AMBASSADOR, ["Amb"]),
    ]
