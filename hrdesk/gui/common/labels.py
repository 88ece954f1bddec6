"""Human-readable, translated names for every enum value of a case, in one place.

The wizard, the contact log, the accountability file and the brief preview all show the same
words for the same ids, so translators see each name once. Each name is a literal
``translate("Labels", ...)`` call (Qt Linguist only finds literals) evaluated when asked for,
never at import time, so a language switch takes effect at once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from hrdesk.domain.accountability import ConductCategory
from hrdesk.domain.case import CaseStatus, Channel, Disclosure, EventKind, OfficerRole, SupportKind
from hrdesk.domain.dates import Precision
from hrdesk.domain.rules import ReadinessItem

_SUPPORT: dict[SupportKind, Callable[[], str]] = {
    SupportKind.PUBLIC_STATEMENT: lambda: QCoreApplication.translate(
        "Labels", "Public statement, alone or jointly with other embassies"
    ),
    SupportKind.FIELD_VISIT: lambda: QCoreApplication.translate(
        "Labels", "Field visit to the office or community"
    ),
    SupportKind.DIPLOMATIC_DEMARCHE: lambda: QCoreApplication.translate(
        "Labels", "Raising concerns with the host government or military through diplomatic channels"
    ),
    SupportKind.ACCOMPANIMENT: lambda: QCoreApplication.translate("Labels", "Physical accompaniment"),
    SupportKind.EMERGENCY_VISA: lambda: QCoreApplication.translate(
        "Labels", "Emergency visa or relocation support"
    ),
    SupportKind.INVESTIGATION_PRESSURE: lambda: QCoreApplication.translate(
        "Labels", "Pressure to investigate and prosecute"
    ),
    SupportKind.TRIAL_MONITORING: lambda: QCoreApplication.translate("Labels", "Trial monitoring"),
    SupportKind.PRISON_VISIT: lambda: QCoreApplication.translate("Labels", "Prison visit"),
    SupportKind.HUMAN_RIGHTS_REPORT: lambda: QCoreApplication.translate(
        "Labels", "Mention in the annual human rights report"
    ),
    SupportKind.CIVIL_SOCIETY_FUNDING: lambda: QCoreApplication.translate(
        "Labels", "Funding for civil society"
    ),
    SupportKind.EMERGENCY_ASSISTANCE_REFERRAL: lambda: QCoreApplication.translate(
        "Labels", "Connecting to emergency assistance programmes"
    ),
    SupportKind.CONVENING: lambda: QCoreApplication.translate(
        "Labels", "Hosting a meeting with other stakeholders"
    ),
    SupportKind.COURT_HEARING_ATTENDANCE: lambda: QCoreApplication.translate(
        "Labels", "Attending court hearings"
    ),
}

_EVENT: dict[EventKind, Callable[[], str]] = {
    EventKind.THREAT: lambda: QCoreApplication.translate("Labels", "Threat"),
    EventKind.SURVEILLANCE: lambda: QCoreApplication.translate("Labels", "Surveillance"),
    EventKind.ATTACK: lambda: QCoreApplication.translate("Labels", "Physical attack"),
    EventKind.DETENTION: lambda: QCoreApplication.translate("Labels", "Arrest or detention"),
    EventKind.CHARGES: lambda: QCoreApplication.translate("Labels", "Charges"),
    EventKind.HEARING: lambda: QCoreApplication.translate("Labels", "Court hearing"),
    EventKind.RAID: lambda: QCoreApplication.translate("Labels", "Raid"),
    EventKind.SMEAR: lambda: QCoreApplication.translate("Labels", "Smear campaign"),
    EventKind.OTHER: lambda: QCoreApplication.translate("Labels", "Other", "kind of event"),
}

_CHANNEL: dict[Channel, Callable[[], str]] = {
    Channel.MEETING: lambda: QCoreApplication.translate("Labels", "Meeting"),
    Channel.EMAIL: lambda: QCoreApplication.translate("Labels", "Email"),
    Channel.LETTER: lambda: QCoreApplication.translate("Labels", "Letter"),
    Channel.CALL: lambda: QCoreApplication.translate("Labels", "Call"),
    Channel.EVENT: lambda: QCoreApplication.translate(
        "Labels", "Event", "a public or private event where someone was approached"
    ),
    Channel.OTHER: lambda: QCoreApplication.translate("Labels", "Other", "channel of outreach"),
}

_DISCLOSURE: dict[Disclosure, Callable[[], str]] = {
    Disclosure.HAND_OVER: lambda: QCoreApplication.translate("Labels", "Hand over"),
    Disclosure.NOTES_ONLY: lambda: QCoreApplication.translate("Labels", "For my eyes"),
    Disclosure.NEVER: lambda: QCoreApplication.translate("Labels", "Never print"),
}

_DISCLOSURE_HELP: dict[Disclosure, Callable[[], str]] = {
    Disclosure.HAND_OVER: lambda: QCoreApplication.translate(
        "Labels", "Printed in the brief you give to the embassy."
    ),
    Disclosure.NOTES_ONLY: lambda: QCoreApplication.translate(
        "Labels", "Printed only in your own speaker notes."
    ),
    Disclosure.NEVER: lambda: QCoreApplication.translate(
        "Labels", "In no printout. A case file includes it only when you ask for it."
    ),
}

_OFFICER: dict[OfficerRole, Callable[[], str]] = {
    OfficerRole.HUMAN_RIGHTS: lambda: QCoreApplication.translate("Labels", "Human rights officer"),
    OfficerRole.POLITICAL: lambda: QCoreApplication.translate("Labels", "Political officer"),
    OfficerRole.ECONOMIC: lambda: QCoreApplication.translate("Labels", "Economic officer"),
    OfficerRole.LABOUR: lambda: QCoreApplication.translate("Labels", "Labour officer"),
    OfficerRole.CONSULAR: lambda: QCoreApplication.translate("Labels", "Consular officer"),
    OfficerRole.DEFENCE_ATTACHE: lambda: QCoreApplication.translate("Labels", "Defence attaché"),
    OfficerRole.LAW_ENFORCEMENT: lambda: QCoreApplication.translate("Labels", "Law-enforcement staff"),
    OfficerRole.INTELLIGENCE: lambda: QCoreApplication.translate("Labels", "Intelligence staff"),
    OfficerRole.DEPUTY_CHIEF_OF_MISSION: lambda: QCoreApplication.translate(
        "Labels", "Deputy chief of mission"
    ),
    OfficerRole.AMBASSADOR: lambda: QCoreApplication.translate("Labels", "Ambassador"),
    OfficerRole.OTHER: lambda: QCoreApplication.translate("Labels", "Other officer"),
}

_STATUS: dict[CaseStatus, Callable[[], str]] = {
    CaseStatus.OPEN: lambda: QCoreApplication.translate("Labels", "Open", "status of a case"),
    CaseStatus.ARCHIVED: lambda: QCoreApplication.translate("Labels", "Archived", "status of a case"),
}

_READINESS: dict[ReadinessItem, Callable[[], str]] = {
    ReadinessItem.REQUEST_STATED: lambda: QCoreApplication.translate("Labels", "Your request is stated"),
    ReadinessItem.HAS_EVENT: lambda: QCoreApplication.translate(
        "Labels", "The timeline has at least one event"
    ),
    ReadinessItem.OUTREACH_RECORDED: lambda: QCoreApplication.translate(
        "Labels", "Prior outreach is recorded, or marked as none"
    ),
    ReadinessItem.OFFICERS_CHOSEN: lambda: QCoreApplication.translate(
        "Labels", "The officers to meet are chosen"
    ),
}

_PRECISION: dict[Precision, Callable[[], str]] = {
    Precision.DAY: lambda: QCoreApplication.translate("Labels", "Day"),
    Precision.MONTH: lambda: QCoreApplication.translate("Labels", "Month"),
    Precision.YEAR: lambda: QCoreApplication.translate("Labels", "Year"),
}


_CONDUCT: dict[ConductCategory, Callable[[], str]] = {
    ConductCategory.EXTRAJUDICIAL_KILLING: lambda: QCoreApplication.translate(
        "Labels", "Extrajudicial killing"
    ),
    ConductCategory.TORTURE: lambda: QCoreApplication.translate("Labels", "Torture"),
    ConductCategory.ENFORCED_DISAPPEARANCE: lambda: QCoreApplication.translate(
        "Labels", "Enforced disappearance"
    ),
    ConductCategory.ARBITRARY_DETENTION: lambda: QCoreApplication.translate("Labels", "Arbitrary detention"),
    ConductCategory.RAPE_UNDER_COLOUR_OF_LAW: lambda: QCoreApplication.translate(
        "Labels", "Rape under colour of law"
    ),
    ConductCategory.SIGNIFICANT_CORRUPTION: lambda: QCoreApplication.translate(
        "Labels", "Significant corruption"
    ),
}


def support_kind_label(kind: SupportKind) -> str:
    return _SUPPORT[kind]()


def event_kind_label(kind: EventKind) -> str:
    return _EVENT[kind]()


def channel_label(channel: Channel) -> str:
    return _CHANNEL[channel]()


def disclosure_label(disclosure: Disclosure) -> str:
    return _DISCLOSURE[disclosure]()


def disclosure_help(disclosure: Disclosure) -> str:
    """One sentence saying where an item with this level ends up on paper."""
    return _DISCLOSURE_HELP[disclosure]()


def officer_role_label(role: OfficerRole) -> str:
    return _OFFICER[role]()


def case_status_label(status: CaseStatus) -> str:
    return _STATUS[status]()


def readiness_item_label(item: ReadinessItem) -> str:
    return _READINESS[item]()


def precision_label(precision: Precision) -> str:
    return _PRECISION[precision]()


def conduct_label(category: ConductCategory) -> str:
    return _CONDUCT[category]()


_BY_ENUM: dict[type[StrEnum], Callable[[StrEnum], str]] = {
    SupportKind: lambda v: support_kind_label(SupportKind(v)),
    EventKind: lambda v: event_kind_label(EventKind(v)),
    Channel: lambda v: channel_label(Channel(v)),
    Disclosure: lambda v: disclosure_label(Disclosure(v)),
    OfficerRole: lambda v: officer_role_label(OfficerRole(v)),
    CaseStatus: lambda v: case_status_label(CaseStatus(v)),
    ReadinessItem: lambda v: readiness_item_label(ReadinessItem(v)),
    Precision: lambda v: precision_label(Precision(v)),
    ConductCategory: lambda v: conduct_label(ConductCategory(v)),
}


def enum_label(value: StrEnum) -> str:
    """The label of any enum value above, for generic widgets such as combo-box delegates."""
    return _BY_ENUM[type(value)](value)
