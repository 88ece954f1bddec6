"""Demo mode: a throw-away vault in a temporary folder, filled with a fictional example.

Trainers use it in workshops to show hrdesk without touching anyone's real data. Everything
here is invented: the country, the people, the organisation and the events.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hrdesk.domain.case import (
    Case,
    CaseRequest,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    Outreach,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.contacts import (
    Embassy,
    Interaction,
    InteractionChannel,
    ItemKind,
    ItemStatus,
    Officer,
    TrackedItem,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
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


def _ago(days: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=days)


def example_contacts(vault: Vault, case_ids: list[int]) -> dict[str, int]:
    """A fictional contact log linked to ``case_ids`` (one or two cases): embassies, officers
    with a rotation and a successor, meetings, follow-ups due now, and tracked items. Dates are
    relative to today, so the Today view always has something to show. Returns the ids by name."""
    log = ContactLog(vault)
    lake, teachers = case_ids[0], case_ids[-1]
    ids: dict[str, int] = {}
    canada = log.save_embassy(
        Embassy(
            "Canada",
            "Embassy in Serin City",
            website="https://example.org/canada-serin",
            contacts="Switchboard +000 555 0100 · political section: pol-serin@example.org",
            priorities="Indigenous rights, freedom of expression, responsible business conduct.",
        )
    )
    norway = log.save_embassy(Embassy("Norway", "Embassy in Serin City", priorities="Human rights defenders"))
    union = log.save_embassy(Embassy("European Union", "Delegation to Arvandia"))
    germany = log.save_embassy(Embassy("Germany", "Embassy in Serin City"))
    ids.update(Canada=canada, Norway=norway, Germany=germany)

    def officer(name: str, embassy: int, role: OfficerRole, start: dt.date | None, **more: object) -> int:
        ids[name] = log.save_officer(Officer(name, embassy, role, posting_start=start, **more))  # type: ignore[arg-type]
        return ids[name]

    walsh = officer(
        "Peter Walsh", canada, OfficerRole.HUMAN_RIGHTS, _ago(7 * 365 + 100), email="p.walsh@example.org"
    )
    perez = officer(
        "Ana Pérez",
        canada,
        OfficerRole.HUMAN_RIGHTS,
        _ago(4 * 365 + 100),
        email="a.perez@example.org",
        phone="+000 555 0142",
        secure_handle="Signal: @ana.example",
        languages="English, Spanish, French",
        notes="Prefers a short written summary before each meeting.",
    )
    log.mark_left(walsh, _ago(4 * 365 + 100), successor_id=perez)
    dubois = log.mark_left(
        perez,
        _ago(40),
        successor=Officer("Claire Dubois", canada, email="c.dubois@example.org", languages="French, English"),
    )
    assert dubois is not None  # noqa: S101
    ids["Claire Dubois"] = dubois
    tremblay = officer("Marc Tremblay", canada, OfficerRole.POLITICAL, _ago(3 * 365 - 45))
    officer("Louise Martin", canada, OfficerRole.AMBASSADOR, _ago(400))
    lind = officer("Bo Lindqvist", norway, OfficerRole.POLITICAL, _ago(500))
    haddad = officer("ليلى حداد", union, OfficerRole.HUMAN_RIGHTS, _ago(200), languages="العربية، English")
    weber = officer("Jonas Weber", germany, OfficerRole.HUMAN_RIGHTS, _ago(700))

    def met(days: int, who: list[int], summary: str, **more: object) -> int:
        return log.log_interaction(Interaction(_ago(days), who, summary=summary, **more))  # type: ignore[arg-type]

    met(4 * 365, [perez, walsh], "Handover meeting: introduced the cooperative's situation", case_ids=[lake])
    met(900, [perez], "Shared the timeline of threats against the cooperative", case_ids=[lake])
    met(420, [perez], "Asked about trial observation; she will ask headquarters", case_ids=[lake])
    met(
        130,
        [perez, tremblay],
        "Met both officers before the charges hearing",
        case_ids=[lake],
        asked="Observe the hearing of 12 June",
    )
    met(
        60,
        [perez],
        "Call: the embassy raised the case with the Interior Ministry",
        channel=InteractionChannel.CALL,
    )
    met(
        12,
        [dubois, tremblay],
        "First meeting with Claire Dubois, the new human rights officer",
        case_ids=[lake, teachers],
        follow_up=_ago(2),
    )
    met(
        9,
        [haddad],
        "Joint EU démarche discussed for the teachers' union",
        case_ids=[teachers],
        follow_up=_ago(0),
    )
    met(
        5,
        [lind],
        "Reception for defenders; asked for a field visit",
        channel=InteractionChannel.EVENT,
        follow_up=_ago(-6),
    )
    met(80, [weber], "Email with the timeline and the charge sheet", channel=InteractionChannel.EMAIL)
    log.save_item(
        TrackedItem(
            ItemKind.COMMITMENT,
            "Raise the cooperative's case with the Interior Ministry again",
            canada,
            ItemStatus.IN_PROGRESS,
            officer_id=dubois,
            case_id=lake,
            due=_ago(5),
            status_note="“We are working on it.”",
        )
    )
    log.save_item(
        TrackedItem(ItemKind.REQUEST, "Field visit to Lake Serin", norway, officer_id=lind, case_id=lake)
    )
    return ids


class DemoVault:
    """Creates the demo vault; ``erase`` destroys it (the app calls it on quit)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hrdesk-demo-"))
        self.folder = VaultFolder(self.root / "vault")
        # Public on purpose (shown on the unlock screen): trainers demonstrate locking with it.
        self.passphrase = DEMO_PASSPHRASE

    def create(self) -> Vault:
        vault = Vault.create(self.folder, self.passphrase)
        case_id = CaseService(vault).import_case(example_case())
        example_contacts(vault, [case_id])
        return vault

    def erase(self) -> None:
        with contextlib.suppress(OSError):
            erase_vault(self.folder)
        self.folder.release()
        shutil.rmtree(self.root, ignore_errors=True)
