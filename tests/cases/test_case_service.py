"""Cases in a real vault: create, edit, list, archive, delete with undo, timeline and outreach."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk.domain.case import (
    CaseStatus,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    Outreach,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.rules import ReadinessItem
from hrdesk.services.cases import CaseNotFound, CaseService, InvalidCase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault


@pytest.fixture
def service(tmp_path: Path) -> CaseService:
    return CaseService(Vault.create(VaultFolder(tmp_path / "v"), "correct horse battery"))


def test_create_edit_and_reload(service: CaseService) -> None:
    case = service.create_case("  Land defenders of the valley ")
    assert case.title == "Land defenders of the valley" and case.id
    case.country = "HN"
    case.business_involved = True
    case.request.support = [SupportRequest(SupportKind.TRIAL_MONITORING, "hearing on 3 May")]
    case.request.embassies = ["United States", "CA"]
    case.request.officers = [OfficerRole.HUMAN_RIGHTS, OfficerRole.ECONOMIC]
    case.request.deadline = PartialDate.parse("2026-12")
    service.save_case(case)
    again = service.load_case(case.id)
    assert again.country == "HN" and again.business_involved
    assert again.request.support == [SupportRequest(SupportKind.TRIAL_MONITORING, "hearing on 3 May")]
    assert again.request.embassies == ["United States", "CA"]
    assert again.request.officers == [OfficerRole.HUMAN_RIGHTS, OfficerRole.ECONOMIC]
    assert again.request.deadline == PartialDate(2026, 12)


def test_empty_title_is_refused(service: CaseService) -> None:
    with pytest.raises(InvalidCase):
        service.create_case("   ")
    case = service.create_case("ok")
    case.title = ""
    with pytest.raises(InvalidCase):
        service.save_case(case)
    assert service.load_case(case.id).title == "ok"


def test_events_and_outreach(service: CaseService) -> None:
    case = service.create_case("c")
    late = service.add_event(
        case.id, TimelineEvent(PartialDate.parse("2024-03-05"), EventKind.THREAT, "call")
    )
    early = service.add_event(
        case.id, TimelineEvent(PartialDate.parse("2019", approximate=True), EventKind.RAID, "raid")
    )
    service.add_outreach(case.id, Outreach(PartialDate.parse("2024-01-10"), "UN", Channel.EMAIL))
    loaded = service.load_case(case.id)
    assert [e.id for e in loaded.timeline] == [early.id, late.id]  # chronological
    assert loaded.timeline[0].date.approximate
    late.disclosure = Disclosure.NEVER
    service.update_event(case.id, late)
    assert service.load_case(case.id).timeline[1].disclosure is Disclosure.NEVER
    service.delete_event(case.id, early.id)
    assert len(service.load_case(case.id).timeline) == 1


def test_list_sorts_by_last_change_filters_and_reports_readiness(service: CaseService) -> None:
    first = service.create_case("First case")
    second = service.create_case("Second case")
    assert [c.id for c in service.list_cases()] == [second.id, first.id]
    service.add_event(first.id, TimelineEvent(PartialDate(2024)))
    rows = service.list_cases()
    assert rows[0].id == first.id
    assert ReadinessItem.HAS_EVENT not in rows[0].readiness.missing
    assert ReadinessItem.REQUEST_STATED in rows[0].readiness.missing
    assert [c.id for c in service.list_cases("SECOND")] == [second.id]
    service.set_status(second.id, CaseStatus.ARCHIVED)
    assert [c.id for c in service.list_cases(status=CaseStatus.ARCHIVED)] == [second.id]
    assert [c.id for c in service.list_cases(status=CaseStatus.OPEN)] == [first.id]


def test_delete_can_be_undone_until_purged(service: CaseService) -> None:
    case = service.create_case("to delete")
    service.add_event(case.id, TimelineEvent(PartialDate(2024)))
    service.delete_case(case.id)
    assert service.list_cases() == []
    with pytest.raises(CaseNotFound):
        service.load_case(case.id)
    service.restore_case(case.id)
    assert len(service.load_case(case.id).timeline) == 1
    service.delete_case(case.id)
    assert service.purge_deleted() == 1
    service.restore_case(case.id)
    assert service.list_cases() == []
    conn = service.vault.connection
    assert conn.execute("SELECT count(*) FROM timeline_events").fetchone() == (0,)
