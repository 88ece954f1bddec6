"""The brief's optional contact-history section is fed from the contact log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hrdesk.brief.options import BriefOptions, Section
from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Embassy, Interaction, Officer
from hrdesk.services.briefs import BriefService
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.brief.test_brief import full_text


def test_case_interactions_become_contact_history_rows(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), "correct horse battery")
    case_id = CaseService(vault).create_case("History").id
    log = ContactLog(vault)
    embassy = log.save_embassy(Embassy("Canada", "Tegucigalpa"))
    officer = log.save_officer(Officer("Ana Quispe", embassy, OfficerRole.HUMAN_RIGHTS))
    met = Interaction(dt.date(2026, 3, 2), [officer], case_ids=[case_id], summary="Met about trial")
    log.log_interaction(met)
    log.log_interaction(Interaction(dt.date(2026, 4, 9), [officer], summary="Unrelated to the case"))

    service = BriefService(vault)
    rows = service.contact_history(case_id)
    assert [r.summary for r in rows] == ["Met about trial"]
    assert "Ana Quispe" in rows[0].officer and "Canada" in rows[0].officer

    pdf = service.export_brief(case_id, BriefOptions(contact_history=rows))
    assert "Met about trial" in full_text(pdf, tmp_path)
    without = BriefOptions(contact_history=rows, sections=frozenset(set(Section) - {Section.CONTACTS}))
    assert "Met about trial" not in full_text(service.export_brief(case_id, without), tmp_path)
