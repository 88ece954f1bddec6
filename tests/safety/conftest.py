"""Shared pieces of the safety tests: a vault with real data, fingerprints of folders."""

from __future__ import annotations

import hashlib
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
from hrdesk.services.case_files import case_to_json
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import example_case
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault

PASS = "correct horse battery"


def marker_case(marker: str) -> Case:
    """A case with ``marker`` in every text field, so a leak of any one of them is found."""
    return Case(
        title=f"{marker} title",
        country=f"{marker} country",
        at_risk=f"{marker} at risk",
        organisation=f"{marker} organisation",
        summary=f"{marker} summary",
        request=CaseRequest(
            support=[SupportRequest(SupportKind.TRIAL_MONITORING, f"{marker} support note")],
            ask=f"{marker} ask",
            urgency=f"{marker} urgency",
            embassies=[f"{marker} embassy"],
            why_it_matters=f"{marker} why",
            embassy_can_do=f"{marker} can do",
        ),
        timeline=[
            TimelineEvent(
                PartialDate(2025, 3, 4),
                EventKind.THREAT,
                f"{marker} what",
                place=f"{marker} place",
                who=f"{marker} who",
                source=f"{marker} source",
            ),
            TimelineEvent(
                PartialDate(2025, 4), EventKind.OTHER, f"{marker} private", disclosure=Disclosure.NEVER
            ),
        ],
        outreach=[
            Outreach(
                PartialDate(2025, 5, 6),
                f"{marker} institution",
                Channel.EMAIL,
                contact=f"{marker} contact",
                asked=f"{marker} asked",
                outcome=f"{marker} outcome",
                next_step=f"{marker} next step",
            )
        ],
    )


def filled_vault(path: Path, marker: str = "MARKER-Zq7") -> Vault:
    """A new vault holding the demo's example case and a marker case."""
    vault = Vault.create(VaultFolder(path), PASS)
    service = CaseService(vault)
    service.import_case(example_case())
    service.import_case(marker_case(marker))
    return vault


def case_documents(vault: Vault) -> list[dict]:
    """Every case as its full case-file document, in a stable order: equal lists = equal content."""
    service = CaseService(vault)
    docs = [case_to_json(service.load_case(s.id), include_never=True) for s in service.list_cases()]
    return sorted(docs, key=lambda d: d["case"]["title"])


def fingerprint(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under ``folder`` (an unchanged folder has an equal one)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# The GUI tests here drive the same controller fixture as tests/gui.
from tests.gui.conftest import make_controller, messages  # noqa: E402, F401
