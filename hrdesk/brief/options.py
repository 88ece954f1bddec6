"""What the defender chooses when exporting a brief, and the rows the contact log can add.

Kept apart from the renderer so the CLI, the service and the GUI dialog can build options
without importing ReportLab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The choices are re-exported: the renderer, the service and the GUI read them here.
from hrdesk.brief.choices import ALL_SECTIONS as ALL_SECTIONS
from hrdesk.brief.choices import Section as Section
from hrdesk.brief.choices import Variant as Variant
from hrdesk.domain.case import Disclosure, OfficerRole
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.number_style import DEFAULT as DEFAULT_NUMBER_STYLE
from hrdesk.domain.number_style import NumberStyle


@dataclass(frozen=True)
class ContactHistoryRow:
    """One past contact with the embassy, as the contact log hands it to the brief.

    ``channel`` is the id of a case ``Channel`` or a contact-log channel ("meeting",
    "site_visit", ...); an id the brief has no words for is printed as it is.
    """

    date: PartialDate | dt.date
    officer: str = ""
    role: OfficerRole | None = None
    channel: str = ""
    summary: str = ""
    follow_up: str = ""
    disclosure: Disclosure = Disclosure.HAND_OVER
    # The embassies the contact was with, as the contact log labels them: a brief for one
    # embassy prints only its own history (see ``embassy_match.same_embassy``).
    embassies: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyCitation:
    """A government's own human rights defender policy, from the reference content, cited under
    "What the embassy can do" (the guidance advises referring to it when asking for help)."""

    id: str
    title: str
    summary: str
    organisation: str
    document: str


@dataclass(frozen=True)
class BriefOptions:
    """Everything that changes one export of a brief (all of it chosen per export)."""

    language: str = "en"
    variant: Variant = Variant.HAND_OVER
    sections: frozenset[Section] = frozenset(ALL_SECTIONS)
    redact_names: bool = False
    embassy: str = ""
    contact_history: tuple[ContactHistoryRow, ...] = ()
    policies: tuple[PolicyCitation, ...] = ()  # of the embassy's government, in the brief's language
    prepared: dt.date = field(default_factory=dt.date.today)
    # Digits and month names for Arabic, as chosen in Settings (hrdesk.domain.number_style).
    number_style: NumberStyle = DEFAULT_NUMBER_STYLE

    def shows(self, disclosure: Disclosure) -> bool:
        """Whether an item marked ``disclosure`` is printed at all in this variant."""
        if disclosure is Disclosure.HAND_OVER:
            return True
        return disclosure is Disclosure.NOTES_ONLY and self.variant is Variant.NOTES
