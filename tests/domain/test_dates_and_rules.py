from datetime import date

import pytest

from hrdesk.domain.case import Case, OfficerRole
from hrdesk.domain.dates import InvalidDate, PartialDate, Precision
from hrdesk.domain.rules import (
    SECURITY_SERVICE_ROLES,
    ReadinessItem,
    officers_to_meet,
    past_dates,
    readiness,
    suggested_officers,
)


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2023-02-29", "2024-13", "2024-00-10", "99", "2024/03/01", ""]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(InvalidDate):
        PartialDate.parse(text)


def test_precision_follows_the_text_and_must_match() -> None:
    assert PartialDate.parse("2024").precision is Precision.YEAR
    assert PartialDate.parse("2024-02").precision is Precision.MONTH
    assert PartialDate.parse("2024-02-29").precision is Precision.DAY
    with pytest.raises(InvalidDate):
        PartialDate.parse("2024-02", precision="day")


def test_order_and_ranges() -> None:
    assert sorted([PartialDate(2024, 3, 5), PartialDate(2019), PartialDate(2024, 3)]) == [
        PartialDate(2019),
        PartialDate(2024, 3),
        PartialDate(2024, 3, 5),
    ]
    assert PartialDate(2024, 2).last_day() == date(2024, 2, 29)
    assert PartialDate(2023, 12).last_day() == date(2023, 12, 31)
    assert PartialDate(2027).is_future(date(2026, 11, 22))
    assert not PartialDate(2026, 11).is_future(date(2026, 11, 22))


def test_officer_suggestions_follow_the_facts() -> None:
    case = Case("x")
    assert suggested_officers(case) == [OfficerRole.HUMAN_RIGHTS]
    case.business_involved = case.security_forces_involved = case.high_profile = True
    roles = suggested_officers(case)
    for role in (OfficerRole.ECONOMIC, OfficerRole.AMBASSADOR):
        assert role in roles
    # Security forces involved: the embassy may bring such staff, hrdesk never asks for them.
    assert not SECURITY_SERVICE_ROLES & set(roles)
    assert OfficerRole.INTELLIGENCE not in officers_to_meet(case)
    case.request.officers = [OfficerRole.HUMAN_RIGHTS, OfficerRole.LAW_ENFORCEMENT]
    assert officers_to_meet(case) == [OfficerRole.HUMAN_RIGHTS, OfficerRole.LAW_ENFORCEMENT]
    case.request.officers = [OfficerRole.POLITICAL]
    assert officers_to_meet(case) == [OfficerRole.POLITICAL]


def test_readiness_lists_what_is_missing() -> None:
    case = Case("x")
    assert set(readiness(case).missing) == {
        ReadinessItem.REQUEST_STATED,
        ReadinessItem.HAS_EVENT,
        ReadinessItem.OUTREACH_RECORDED,
    }
    case.request.ask = "Observe the trial"
    case.no_prior_outreach = True
    case.request.officers = []
    assert set(readiness(case).missing) == {ReadinessItem.HAS_EVENT, ReadinessItem.OFFICERS_CHOSEN}


def test_past_deadline_and_urgency_dates_are_found() -> None:
    today = date(2026, 12, 4)
    case = Case("x")
    assert past_dates(case, today) == []
    case.request.deadline = PartialDate(2026, 12)  # the month is not over yet
    case.request.urgency = "Hearing on 2026-11-30, appeal by 2027-01; ref 2026-13 is no date"
    assert past_dates(case, today) == [PartialDate(2026, 11, 30)]
    case.request.deadline = PartialDate(2026, 11)
    assert past_dates(case, today) == [PartialDate(2026, 11), PartialDate(2026, 11, 30)]
