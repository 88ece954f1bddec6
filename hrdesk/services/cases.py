"""Use cases for cases: list, create, edit, archive, delete with undo, and edit timeline/outreach.

Every method is one transaction, so autosave from the wizard is atomic per edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from hrdesk.domain.case import Case, CaseStatus, Outreach, TimelineEvent
from hrdesk.domain.rules import Readiness, ReadinessItem
from hrdesk.vault import case_repository as repo
from hrdesk.vault.errors import VaultError
from hrdesk.vault.vault import Vault


class CaseNotFound(VaultError):
    """The case does not exist (or was deleted)."""


class InvalidCase(VaultError):
    """A case that breaks a rule (for example an empty title)."""


@dataclass(frozen=True)
class CaseSummary:
    id: int
    title: str
    country: str
    status: CaseStatus
    updated_at: str
    readiness: Readiness


def _summary(row: repo.CaseRow) -> CaseSummary:
    missing = []
    if not row.has_request:
        missing.append(ReadinessItem.REQUEST_STATED)
    if row.event_count == 0:
        missing.append(ReadinessItem.HAS_EVENT)
    if row.outreach_count == 0 and not row.no_prior_outreach:
        missing.append(ReadinessItem.OUTREACH_RECORDED)
    if not row.officers_chosen:
        missing.append(ReadinessItem.OFFICERS_CHOSEN)
    return CaseSummary(row.id, row.title, row.country, row.status, row.updated_at, Readiness(tuple(missing)))


def _check_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise InvalidCase("A case needs a title.")
    return title


class CaseService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def list_cases(self, text: str = "", status: CaseStatus | None = None) -> list[CaseSummary]:
        """Cases sorted by last change, filtered by a text in title or country and by status."""
        needle = text.casefold().strip()
        rows = repo.list_cases(self.vault.connection)
        return [
            _summary(row)
            for row in rows
            if (status is None or row.status == status)
            and (not needle or needle in row.title.casefold() or needle in row.country.casefold())
        ]

    def create_case(self, title: str) -> Case:
        case = Case(title=_check_title(title))
        with self.vault.transaction() as conn:
            case.id = repo.insert_case(conn, case)
        return self.load_case(case.id)

    def import_case(self, case: Case) -> int:
        """Store a complete case (from a case file) in one transaction: all of it or nothing."""
        _check_title(case.title)
        with self.vault.transaction() as conn:
            return repo.insert_case(conn, case)

    def load_case(self, case_id: int) -> Case:
        case = repo.load_case(self.vault.connection, case_id)
        if case is None:
            raise CaseNotFound(f"No case with id {case_id}.")
        return case

    def save_case(self, case: Case) -> None:
        """Save the case's own fields and support list (not its events or outreach)."""
        case.title = _check_title(case.title)
        with self.vault.transaction() as conn:
            repo.update_case_fields(conn, case)

    def rename_case(self, case_id: int, title: str) -> None:
        case = self.load_case(case_id)
        case.title = title
        self.save_case(case)

    def set_status(self, case_id: int, status: CaseStatus) -> None:
        case = self.load_case(case_id)
        case.status = status
        self.save_case(case)

    def delete_case(self, case_id: int) -> None:
        """Hide the case at once; ``restore_case`` undoes it until ``purge_deleted`` runs."""
        with self.vault.transaction() as conn:
            repo.set_deleted(conn, case_id, True)

    def restore_case(self, case_id: int) -> None:
        with self.vault.transaction() as conn:
            repo.set_deleted(conn, case_id, False)

    def purge_deleted(self) -> int:
        with self.vault.transaction() as conn:
            return repo.purge_deleted(conn)

    # -- timeline ----------------------------------------------------------------------------
    def add_event(self, case_id: int, event: TimelineEvent) -> TimelineEvent:
        with self.vault.transaction() as conn:
            event.id = repo.insert_event(conn, case_id, event)
            repo.touch(conn, case_id)
        return event

    def update_event(self, case_id: int, event: TimelineEvent) -> None:
        with self.vault.transaction() as conn:
            repo.update_event(conn, case_id, event)
            repo.touch(conn, case_id)

    def delete_event(self, case_id: int, event_id: int) -> None:
        with self.vault.transaction() as conn:
            repo.delete_row(conn, "timeline_events", event_id, case_id)
            repo.touch(conn, case_id)

    # -- outreach ----------------------------------------------------------------------------
    def add_outreach(self, case_id: int, item: Outreach) -> Outreach:
        with self.vault.transaction() as conn:
            item.id = repo.insert_outreach(conn, case_id, item)
            repo.touch(conn, case_id)
        return item

    def update_outreach(self, case_id: int, item: Outreach) -> None:
        with self.vault.transaction() as conn:
            repo.update_outreach(conn, case_id, item)
            repo.touch(conn, case_id)

    def delete_outreach(self, case_id: int, item_id: int) -> None:
        with self.vault.transaction() as conn:
            repo.delete_row(conn, "outreach", item_id, case_id)
            repo.touch(conn, case_id)
