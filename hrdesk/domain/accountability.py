"""The people responsible for abuses in a case, and what they did, for an accountability request.

The U.S. State Department can bar officials from entry (Section 7031(c) of the annual
appropriations act) and the Treasury can sanction them (Global Magnitsky, Executive Order
13818). Submissions must identify each person precisely and tie specific conduct to them
with evidence; this is the data for that, kept apart from the embassy brief.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hrdesk.domain.dates import PartialDate


class ConductCategory(StrEnum):
    """Conduct those tools cover (gross violations of human rights, significant corruption)."""

    EXTRAJUDICIAL_KILLING = "extrajudicial_killing"
    TORTURE = "torture"
    ENFORCED_DISAPPEARANCE = "enforced_disappearance"
    ARBITRARY_DETENTION = "arbitrary_detention"
    RAPE_UNDER_COLOUR_OF_LAW = "rape_under_colour_of_law"
    SIGNIFICANT_CORRUPTION = "significant_corruption"


@dataclass
class ResponsiblePerson:
    full_name: str
    aliases: list[str] = field(default_factory=list)
    country_of_birth: str = ""
    # A day when known, else a month or (often approximate) year: PartialDate carries both.
    birth_date: PartialDate | None = None
    position: str = ""  # position, rank or unit at the time of the conduct
    notes: str = ""
    id: int | None = None


@dataclass
class Conduct:
    person_id: int
    category: ConductCategory
    description: str = ""
    evidence: str = ""  # what evidence exists and where it is kept (not the evidence itself)
    event_ids: list[int] = field(default_factory=list)  # linked timeline events of the case
    id: int | None = None


@dataclass
class AccountabilityFile:
    """Everything of one case for an accountability submission."""

    people: list[ResponsiblePerson] = field(default_factory=list)
    conduct: list[Conduct] = field(default_factory=list)

    def conduct_of(self, person_id: int | None) -> list[Conduct]:
        return [c for c in self.conduct if c.person_id == person_id]


class IdentityGap(StrEnum):
    """Identifying details a submission needs and a person's record lacks."""

    ALIASES = "aliases"
    COUNTRY_OF_BIRTH = "country_of_birth"
    BIRTH_DATE = "birth_date"
    POSITION = "position"
    CONDUCT = "conduct"
    LINKED_EVENTS = "linked_events"
    EVIDENCE = "evidence"


def identity_gaps(person: ResponsiblePerson, conduct: list[Conduct]) -> list[IdentityGap]:
    """What is still missing for ``person`` (aliases count as missing only when none are known)."""
    gaps = []
    if not person.aliases:
        gaps.append(IdentityGap.ALIASES)
    if not person.country_of_birth.strip():
        gaps.append(IdentityGap.COUNTRY_OF_BIRTH)
    if person.birth_date is None:
        gaps.append(IdentityGap.BIRTH_DATE)
    if not person.position.strip():
        gaps.append(IdentityGap.POSITION)
    if not conduct:
        gaps.append(IdentityGap.CONDUCT)
    # Each act listed must stand on its own: one act with evidence does not cover another without.
    if any(not c.event_ids for c in conduct):
        gaps.append(IdentityGap.LINKED_EVENTS)
    if any(not c.evidence.strip() for c in conduct):
        gaps.append(IdentityGap.EVIDENCE)
    return gaps
