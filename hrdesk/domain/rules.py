"""Advice that follows from the facts of a case: whom to ask to meet, and whether it is ready."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from hrdesk.domain.case import Case, OfficerRole
from hrdesk.domain.dates import InvalidDate, PartialDate

#: Roles of the security services. A written request to meet one of them is the kind of paper that
#: espionage and "foreign agent" prosecutions of defenders are built on, so hrdesk never suggests
#: them: they appear in a printout only when the user ticked them, after a warning.
SECURITY_SERVICE_ROLES = frozenset(
    {OfficerRole.DEFENCE_ATTACHE, OfficerRole.LAW_ENFORCEMENT, OfficerRole.INTELLIGENCE}
)


def is_security_service(role: OfficerRole) -> bool:
    return role in SECURITY_SERVICE_ROLES


def suggested_officers(case: Case) -> list[OfficerRole]:
    """Published guidance: the human rights officer always; the economic officer when a business
    is involved; the ambassador or deputy chief of mission when the case is high-profile.

    When security forces are involved the guidance only says that defence, intelligence or
    law-enforcement staff *might join*: that is the embassy's choice, so nothing is added here
    (see SECURITY_SERVICE_ROLES)."""
    roles = [OfficerRole.HUMAN_RIGHTS]
    if case.business_involved:
        roles.append(OfficerRole.ECONOMIC)
    if case.high_profile:
        roles += [OfficerRole.AMBASSADOR, OfficerRole.DEPUTY_CHIEF_OF_MISSION]
    return roles


def officers_to_meet(case: Case) -> list[OfficerRole]:
    """The user's own choice when made, else the suggestion."""
    chosen = case.request.officers
    return list(chosen) if chosen is not None else suggested_officers(case)


class ReadinessItem(StrEnum):
    """What the review page checks; each one names the wizard page that fixes it."""

    REQUEST_STATED = "request_stated"
    HAS_EVENT = "has_event"
    OUTREACH_RECORDED = "outreach_recorded"
    OFFICERS_CHOSEN = "officers_chosen"


@dataclass(frozen=True)
class Readiness:
    missing: tuple[ReadinessItem, ...]

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def done_count(self) -> int:
        return len(ReadinessItem) - len(self.missing)


def readiness(case: Case) -> Readiness:
    missing = []
    if not (case.request.ask.strip() or case.request.support):
        missing.append(ReadinessItem.REQUEST_STATED)
    if not case.timeline:
        missing.append(ReadinessItem.HAS_EVENT)
    if not (case.outreach or case.no_prior_outreach):
        missing.append(ReadinessItem.OUTREACH_RECORDED)
    if not officers_to_meet(case):
        missing.append(ReadinessItem.OFFICERS_CHOSEN)
    return Readiness(tuple(missing))


_ISO_DATE = re.compile(r"(?<![0-9])[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?(?![0-9])")


def past_dates(case: Case, today: dt.date) -> list[PartialDate]:
    """The request's deadline and any ISO date written in its urgency text that lie wholly before
    ``today``: a brief asking for action by a date already gone reads as a case that is over."""
    found = [case.request.deadline] if case.request.deadline is not None else []
    for text in _ISO_DATE.findall(case.request.urgency):
        try:
            found.append(PartialDate.parse(text))
        except InvalidDate:  # "2024-13" and the like: not a date, nothing to flag
            continue
    return [date for date in found if date.last_day() < today]
