"""Use cases for the accountability package: record who is responsible and for what, and export it.

Every change is one transaction. The package is exported as its own PDF (in memory; see
:func:`hrdesk.services.briefs.write_export` to save it where the user chooses), separate from
the embassy brief: it is sent through other channels and names the people responsible.
"""

from __future__ import annotations

import datetime as dt

from hrdesk.brief.accountability_pdf import render_accountability
from hrdesk.brief.protect import encrypt_pdf
from hrdesk.domain.accountability import AccountabilityFile, Conduct, ResponsiblePerson
from hrdesk.domain.case import Case
from hrdesk.services.cases import CaseService, InvalidCase
from hrdesk.vault import accountability_repository as repo
from hrdesk.vault.vault import Vault


def _check_name(person: ResponsiblePerson) -> None:
    person.full_name = person.full_name.strip()
    if not person.full_name:
        raise InvalidCase("A person responsible needs a full name.")
    person.aliases = [alias.strip() for alias in person.aliases if alias.strip()]


def render_package(
    case: Case,
    file: AccountabilityFile,
    language: str = "en",
    password: str | None = None,
    prepared: dt.date | None = None,
) -> bytes:
    """The package of an already loaded case as PDF bytes, AES-256 encrypted when ``password`` is
    given; ``prepared`` is the date it shows as prepared on (today when None). The GUI renders
    copies off its thread with this; :meth:`AccountabilityService.export_package` loads and calls it."""
    pdf = render_accountability(case, file, language, prepared)
    return pdf if password is None else encrypt_pdf(pdf, password)


class AccountabilityService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.cases = CaseService(vault)

    def load(self, case_id: int) -> AccountabilityFile:
        self.cases.load_case(case_id)  # CaseNotFound for an unknown or deleted case
        return repo.load(self.vault.connection, case_id)

    def add_person(self, case_id: int, person: ResponsiblePerson) -> ResponsiblePerson:
        _check_name(person)
        self.cases.load_case(case_id)
        with self.vault.transaction() as conn:
            person.id = repo.insert_person(conn, case_id, person)
        return person

    def update_person(self, case_id: int, person: ResponsiblePerson) -> None:
        _check_name(person)
        with self.vault.transaction() as conn:
            repo.update_person(conn, case_id, person)

    def delete_person(self, case_id: int, person_id: int) -> None:
        """Remove the person and the conduct attributed to them."""
        with self.vault.transaction() as conn:
            repo.delete_person(conn, case_id, person_id)

    def add_conduct(self, case_id: int, conduct: Conduct) -> Conduct:
        with self.vault.transaction() as conn:
            conduct.id = repo.insert_conduct(conn, case_id, conduct)
        return conduct

    def update_conduct(self, case_id: int, conduct: Conduct) -> None:
        with self.vault.transaction() as conn:
            repo.update_conduct(conn, case_id, conduct)

    def delete_conduct(self, case_id: int, conduct_id: int) -> None:
        with self.vault.transaction() as conn:
            repo.delete_conduct(conn, case_id, conduct_id)

    def export_package(
        self, case_id: int, language: str = "en", password: str | None = None, prepared: dt.date | None = None
    ) -> bytes:
        """The package as PDF bytes, AES-256 encrypted when ``password`` is given."""
        case = self.cases.load_case(case_id)
        return render_package(case, repo.load(self.vault.connection, case_id), language, password, prepared)
