"""A case: what the defender asks for, the facts as a timeline, and the outreach already done.

Plain dataclasses the wizard edits, the vault stores, case files carry and the brief prints.
The string values of the enums are the ids used in case files and the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hrdesk.domain.dates import PartialDate


class Disclosure(StrEnum):
    """Who may see an item on paper."""

    HAND_OVER = "hand_over"  # printed in the brief given to the embassy
    NOTES_ONLY = "notes_only"  # printed only in the defender's own speaker notes
    NEVER = "never"  # in no printout


class SupportKind(StrEnum):
    PUBLIC_STATEMENT = "public_statement"
    FIELD_VISIT = "field_visit"
    DIPLOMATIC_DEMARCHE = "diplomatic_demarche"
    ACCOMPANIMENT = "accompaniment"
    EMERGENCY_VISA = "emergency_visa"
    INVESTIGATION_PRESSURE = "investigation_pressure"
    TRIAL_MONITORING = "trial_monitoring"
    PRISON_VISIT = "prison_visit"
    HUMAN_RIGHTS_REPORT = "human_rights_report"
    CIVIL_SOCIETY_FUNDING = "civil_society_funding"
    EMERGENCY_ASSISTANCE_REFERRAL = "emergency_assistance_referral"
    CONVENING = "convening"
    COURT_HEARING_ATTENDANCE = "court_hearing_attendance"


class EventKind(StrEnum):
    THREAT = "threat"
    SURVEILLANCE = "surveillance"
    ATTACK = "attack"
    DETENTION = "detention"
    CHARGES = "charges"
    HEARING = "hearing"
    RAID = "raid"
    SMEAR = "smear"
    OTHER = "other"


class Channel(StrEnum):
    MEETING = "meeting"
    EMAIL = "email"
    LETTER = "letter"
    CALL = "call"
    EVENT = "event"
    OTHER = "other"


class OfficerRole(StrEnum):
    """Embassy roles, shared by the case wizard (whom to ask for) and the contact log."""

    HUMAN_RIGHTS = "human_rights"
    POLITICAL = "political"
    ECONOMIC = "economic"
    LABOUR = "labour"
    CONSULAR = "consular"
    DEFENCE_ATTACHE = "defence_attache"
    LAW_ENFORCEMENT = "law_enforcement"
    INTELLIGENCE = "intelligence"
    DEPUTY_CHIEF_OF_MISSION = "deputy_chief_of_mission"
    AMBASSADOR = "ambassador"
    OTHER = "other"


class PersonRole(StrEnum):
    """How a person named in a case is involved (kept apart from institutions, which are not people)."""

    AT_RISK = "at_risk"
    WITNESS = "witness"
    FAMILY = "family"
    CONTACT = "contact"
    PERPETRATOR = "perpetrator"


@dataclass
class Person:
    """Someone the case names, with every spelling of their name (any script); a protected person
    is replaced by a pseudonym in every printout made with "replace names"."""

    name: str
    variants: list[str] = field(default_factory=list)
    role: PersonRole = PersonRole.AT_RISK
    protected: bool = True

    def spellings(self) -> list[str]:
        return [s.strip() for s in (self.name, *self.variants) if s.strip()]


class CaseStatus(StrEnum):
    OPEN = "open"
    ARCHIVED = "archived"


@dataclass
class SupportRequest:
    kind: SupportKind
    note: str = ""


@dataclass
class TimelineEvent:
    date: PartialDate
    kind: EventKind = EventKind.OTHER
    what: str = ""
    place: str = ""
    who: str = ""
    source: str = ""
    end_date: PartialDate | None = None
    disclosure: Disclosure = Disclosure.HAND_OVER
    id: int | None = None

    def sort_key(self) -> tuple[tuple[int, int, int], int]:
        return (self.date.sort_key(), self.id or 0)


@dataclass
class Outreach:
    date: PartialDate
    institution: str = ""
    channel: Channel = Channel.MEETING
    contact: str = ""
    asked: str = ""
    outcome: str = ""
    next_step: str = ""
    disclosure: Disclosure = Disclosure.HAND_OVER
    id: int | None = None


@dataclass
class CaseRequest:
    support: list[SupportRequest] = field(default_factory=list)
    ask: str = ""
    urgency: str = ""
    deadline: PartialDate | None = None
    embassies: list[str] = field(default_factory=list)
    # None: follow the suggestion rules (see rules.suggested_officers); a list: the user's choice.
    officers: list[OfficerRole] | None = None
    why_it_matters: str = ""
    embassy_can_do: str = ""
    # The "at a glance" box on page 1 of the brief: what the embassy must not do (e.g. name the
    # source, raise it publicly), the safe way to reach the defender, who can confirm the facts.
    please_do_not: str = ""
    safe_channel: str = ""
    confirmed_by: str = ""


@dataclass
class Case:
    title: str
    country: str = ""
    at_risk: str = ""
    organisation: str = ""
    summary: str = ""
    business_involved: bool = False
    security_forces_involved: bool = False
    high_profile: bool = False
    request: CaseRequest = field(default_factory=CaseRequest)
    timeline: list[TimelineEvent] = field(default_factory=list)
    outreach: list[Outreach] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    no_prior_outreach: bool = False
    default_disclosure: Disclosure = Disclosure.HAND_OVER
    status: CaseStatus = CaseStatus.OPEN
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def sorted_timeline(self) -> list[TimelineEvent]:
        return sorted(self.timeline, key=TimelineEvent.sort_key)
