"""``hrdesk contacts list`` and ``hrdesk followups`` in a fresh process, as a script would run them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Interaction
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.contacts.conftest import PASS, add_embassy, add_officer
from tests.helpers import run_cli

TODAY = dt.date(2026, 5, 14)


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One filled vault for the module (each CLI run is a new process that unlocks it)."""
    path = tmp_path_factory.mktemp("cli") / "vault"
    folder = VaultFolder(path)
    vault = Vault.create(folder, PASS)
    log = ContactLog(vault)
    canada = add_embassy(log)
    ana = add_officer(log, canada, "Ana Pérez", email="ana@example.org", posting_start=dt.date(2024, 2, 29))
    bo = add_officer(log, canada, "Bo\tTab", role=OfficerRole.POLITICAL)
    log.mark_left(bo, dt.date(2026, 1, 1))
    log.log_interaction(
        Interaction(
            TODAY - dt.timedelta(days=5),
            [ana],
            summary="Trial\nobservation",
            follow_up=TODAY - dt.timedelta(days=1),
        )
    )
    log.log_interaction(Interaction(TODAY, [ana], summary="Visa referral", follow_up=TODAY))
    log.log_interaction(Interaction(TODAY, [ana], summary="Later", follow_up=TODAY + dt.timedelta(days=1)))
    vault.close()
    folder.release()
    return path


def test_contacts_list(vault_dir: Path) -> None:
    result = run_cli("contacts", "list", "--vault", str(vault_dir), stdin=PASS + "\n")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "Ana Pérez\thuman_rights\tCanada — Embassy in Tegucigalpa\tin_post\tana@example.org\t2027-02-28",
        "Bo Tab\tpolitical\tCanada — Embassy in Tegucigalpa\tleft\t\t-",
    ]
    in_post = run_cli("contacts", "list", "--in-post", "--vault", str(vault_dir), stdin=PASS + "\n")
    assert in_post.stdout.splitlines() == lines[:1]


def test_followups_due_and_overdue_one_a_line(vault_dir: Path) -> None:
    result = run_cli("followups", "--date", TODAY.isoformat(), "--vault", str(vault_dir), stdin=PASS + "\n")
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2026-05-13\toverdue\tAna Pérez\tCanada — Embassy in Tegucigalpa\tTrial observation",
        "2026-05-14\tdue\tAna Pérez\tCanada — Embassy in Tegucigalpa\tVisa referral",
    ]
    assert result.stderr == ""


def test_exit_codes(vault_dir: Path, tmp_path: Path) -> None:
    wrong = run_cli("followups", "--vault", str(vault_dir), stdin="not the passphrase\n")
    assert wrong.code == 3 and wrong.stdout == "" and "Trial" not in wrong.stderr
    missing = run_cli("contacts", "list", "--vault", str(tmp_path / "nothing"), stdin=PASS + "\n")
    assert missing.code == 4
    bad_date = run_cli("followups", "--date", "2026-02-30", "--vault", str(vault_dir), stdin=PASS + "\n")
    assert bad_date.code == 2 and "not a date" in bad_date.stderr
    no_action = run_cli("contacts", "--vault", str(vault_dir), stdin=PASS + "\n")
    assert no_action.code == 2
