"""Demo mode: a throw-away vault in a temporary folder, filled with a fictional example.

Trainers use it in workshops to show hrdesk without touching anyone's real data. Everything
here is invented: the country, the people, the organisation and the events.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from hrdesk.domain.case import (
    Case,
    CaseRequest,
    Channel,
    Disclosure,
    EventKind,
    Outreach,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault, erase_vault

DEMO_PASSPHRASE = "hrdesk-demo"  # noqa: S105 - a throw-away vault with fictional data


def example_case() -> Case:
    """A fictional case with every part filled in, including private items."""
    return Case(
        title="Riverside community radio: threats after land-rights reporting",
        country="Freedonia (fictional)",
        at_risk="Journalist 'M.' and two radio volunteers",
        organisation="Radio Voz del Río (fictional)",
        summary=(
            "A community radio station reported on the eviction of farming families for a hydroelectric "
            "project. Since then its staff have been threatened, followed and charged with defamation."
        ),
        business_involved=True,
        security_forces_involved=True,
        request=CaseRequest(
            support=[
                SupportRequest(SupportKind.TRIAL_MONITORING, "Hearing expected in March"),
                SupportRequest(SupportKind.PUBLIC_STATEMENT, "Jointly with other embassies if possible"),
                SupportRequest(SupportKind.FIELD_VISIT),
            ],
            ask="Send an observer to the defamation hearing and visit the radio station before it.",
            urgency="The next hearing is in about six weeks.",
            embassies=["United States", "Canada", "DE"],
            why_it_matters="The project is financed in part by a development bank your government supports.",
            embassy_can_do="Attend the hearing, ask the prosecutor about the charges, meet the company.",
        ),
        timeline=[
            TimelineEvent(
                PartialDate(2025, 6, 2),
                EventKind.OTHER,
                "Broadcast on the eviction of 40 families from the river valley.",
                place="Riverside",
            ),
            TimelineEvent(
                PartialDate(2025, 6, 9),
                EventKind.THREAT,
                "Anonymous phone call: 'stop talking about the dam'.",
                who="Unknown caller",
                source="Call log saved on the station phone",
            ),
            TimelineEvent(
                PartialDate(2025, 7),
                EventKind.SURVEILLANCE,
                "A car without plates parked outside the station on several nights.",
                source="Photos kept by a volunteer",
                disclosure=Disclosure.NOTES_ONLY,
            ),
            TimelineEvent(
                PartialDate(2025, 9, 15),
                EventKind.CHARGES,
                "Criminal defamation complaint filed by the construction company.",
                who="Construction company's lawyers",
                source="Copy of the complaint",
            ),
            TimelineEvent(
                PartialDate(2025, 10, approximate=True),
                EventKind.OTHER,
                "Name of the volunteer who took the photos.",
                disclosure=Disclosure.NEVER,
            ),
        ],
        outreach=[
            Outreach(
                PartialDate(2025, 9, 20),
                "National human rights institution",
                Channel.LETTER,
                asked="Open a file on the threats.",
                outcome="Acknowledged; no visit yet.",
                next_step="Call again after the hearing date is set.",
            ),
            Outreach(
                PartialDate(2025, 10, 1),
                "Front Line Defenders",
                Channel.EMAIL,
                asked="Advice on protection measures.",
                outcome="Security training offered.",
            ),
        ],
    )


class DemoVault:
    """Creates the demo vault; ``erase`` destroys it (the app calls it on quit)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hrdesk-demo-"))
        self.folder = VaultFolder(self.root / "vault")
        # Public on purpose (shown on the unlock screen): trainers demonstrate locking with it.
        self.passphrase = DEMO_PASSPHRASE

    def create(self) -> Vault:
        vault = Vault.create(self.folder, self.passphrase)
        CaseService(vault).import_case(example_case())
        return vault

    def erase(self) -> None:
        with contextlib.suppress(OSError):
            erase_vault(self.folder)
        self.folder.release()
        shutil.rmtree(self.root, ignore_errors=True)
