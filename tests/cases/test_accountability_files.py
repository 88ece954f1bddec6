"""The accountability package travels in case files (issue #14): export, import, old files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.domain.accountability import Conduct, ConductCategory, ResponsiblePerson
from hrdesk.domain.case import Disclosure
from hrdesk.domain.dates import PartialDate
from hrdesk.services.accountability import AccountabilityService
from hrdesk.services.accountability_files import export_case_file, import_into, read_case_file
from hrdesk.services.case_files import CaseFileError, export_case
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.brief.brief_case import fictional_case
from tests.helpers import run_cli

PASS = "correct horse battery"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    opened = Vault.create(VaultFolder(tmp_path / "vault"), PASS)
    yield opened
    opened.close()
    opened.folder.release()


def _with_package(vault: Vault) -> int:
    cases = CaseService(vault)
    case_id = cases.import_case(fictional_case())
    case = cases.load_case(case_id)
    shown = next(e for e in case.timeline if e.disclosure is Disclosure.HAND_OVER)
    never = next(e for e in case.timeline if e.disclosure is Disclosure.NEVER)
    service = AccountabilityService(vault)
    colonel = service.add_person(
        case_id,
        ResponsiblePerson(
            "Tobias Krell", ["El Coronel"], "Freedonia", PartialDate(1968, approximate=True), "Cdr"
        ),
    )
    service.add_conduct(
        case_id,
        Conduct(colonel.id, ConductCategory.TORTURE, "Beatings", "Medical report", [shown.id, never.id]),
    )
    return case_id


def test_export_and_import_keep_people_conduct_and_links(vault: Vault) -> None:
    case_id = _with_package(vault)
    data = export_case_file(vault, case_id, include_never=True)
    assert json.loads(data)["case"]["accountability"]["people"][0]["full_name"] == "Tobias Krell"
    new_id = import_into(vault, read_case_file(data))
    package = AccountabilityService(vault).load(new_id)
    (person,) = package.people
    assert person.aliases == ["El Coronel"] and person.birth_date == PartialDate(1968, approximate=True)
    (conduct,) = package.conduct
    assert (conduct.category, conduct.evidence) == (ConductCategory.TORTURE, "Medical report")
    events = {e.id: e for e in CaseService(vault).load_case(new_id).timeline}
    linked = sorted(events[i].what for i in conduct.event_ids)
    original = CaseService(vault).load_case(case_id).timeline
    original_package = AccountabilityService(vault).load(case_id)
    assert linked == sorted(e.what for e in original if e.id in original_package.conduct[0].event_ids)
    # Without --include-never the link to the left-out event goes with it.
    lean = json.loads(export_case_file(vault, case_id))
    assert len(lean["case"]["accountability"]["conduct"][0]["events"]) == 1


def test_older_files_import_and_bad_links_are_refused(vault: Vault) -> None:
    old = export_case(fictional_case())  # a file without the package
    assert read_case_file(old).accountability.people == []
    document = json.loads(export_case_file(vault, _with_package(vault)))
    document["case"]["accountability"]["conduct"][0]["events"] = [99]
    with pytest.raises(CaseFileError, match=r"conduct\[0\]\.events\[0\]"):
        read_case_file(json.dumps(document).encode())
    document["case"]["accountability"]["conduct"][0]["events"] = [0]
    document["case"]["accountability"]["conduct"][0]["person"] = 5
    with pytest.raises(CaseFileError, match="person"):
        read_case_file(json.dumps(document).encode())


def test_cli_round_trip_carries_the_package(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    case_id = _with_package(vault)
    vault.close()
    folder.release()
    out = tmp_path / "case.json"
    common = ["--vault", str(folder.path)]
    assert run_cli("case", "export", str(case_id), "--out", str(out), *common, stdin=PASS + "\n").code == 0
    imported = run_cli("case", "import", str(out), *common, stdin=PASS + "\n")
    assert imported.code == 0, imported.stderr
    vault = Vault.unlock(folder, PASS)
    try:
        assert (
            AccountabilityService(vault).load(int(imported.stdout.strip())).people[0].full_name
            == "Tobias Krell"
        )
    finally:
        vault.close()
        folder.release()
