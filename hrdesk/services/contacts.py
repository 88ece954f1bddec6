"""Use cases of the contact log: keep embassies and officers, log interactions, follow up, search.

No Qt and no SQL: the GUI and the CLI call these; the repository does the storage. Each write
is one transaction. The Today view is computed here from the repository and the rotation rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TypeVar

from hrdesk.domain.contacts import (
    CaseRef,
    Embassy,
    EmbassyRow,
    FollowUp,
    Interaction,
    InteractionRow,
    ItemKind,
    ItemRow,
    ItemStatus,
    Officer,
    OfficerRow,
    OfficerStatus,
    QuietContact,
    SearchKind,
    SearchResults,
    TrackedItem,
)
from hrdesk.domain.rotation import (
    COMING_UP_DAYS_RANGE,
    DEFAULT_QUIET_DAYS,
    ENDING_SOON_DAYS,
    QUIET_DAYS_RANGE,
    RotationAlert,
    days_since,
    is_quiet,
    rotation_alerts,
    snoozed_until,
)
from hrdesk.vault.contacts_interactions import PageKey
from hrdesk.vault.contacts_repository import ContactsRepository
from hrdesk.vault.vault import Vault

_T = TypeVar("_T")
QUIET_DAYS_KEY = "contacts.quiet_days"
TODAY_LIMIT = 50  # rows per Today section: enough to act on, short enough to stay calm


class Refusal(StrEnum):
    """Why a change was refused; the GUI words each one in the user's language."""

    EMPTY_NAME = "empty_name"
    EMPTY_GOVERNMENT = "empty_government"
    EMPTY_ITEM = "empty_item"
    NO_OFFICER = "no_officer"
    NO_EMBASSY = "no_embassy"
    UNKNOWN = "unknown"  # the record is gone (deleted meanwhile)
    OFFICER_HAS_HISTORY = "officer_has_history"
    EMBASSY_HAS_OFFICERS = "embassy_has_officers"
    ENDS_BEFORE_START = "ends_before_start"
    OWN_SUCCESSOR = "own_successor"
    OTHER_EMBASSY = "other_embassy"  # a hand-over goes to a colleague at the same embassy
    SUCCESSOR_LEFT = "successor_left"  # ... who is still in post


class ContactLogError(ValueError):
    """A refused change: ``reason`` says which, ``count`` how many records stand in the way."""

    def __init__(self, reason: Refusal, count: int = 0) -> None:
        super().__init__(f"{reason.value} ({count})" if count else reason.value)
        self.reason = reason
        self.count = count


@dataclass(frozen=True)
class TodayView:
    """What needs doing today, section by section."""

    today: dt.date
    quiet_days: int
    follow_ups: list[FollowUp]
    follow_ups_total: int
    rotations: list[RotationAlert]
    quiet_embassies: list[QuietContact]
    quiet_cases: list[QuietContact]
    overdue_commitments: list[ItemRow]
    embassy_labels: dict[int, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (
            self.follow_ups
            or self.rotations
            or self.quiet_embassies
            or self.quiet_cases
            or self.overdue_commitments
        )


class ContactLog:
    """The contact log of one unlocked vault. Holds no data itself: every call reads the vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def vault(self) -> Vault:
        """The vault this log reads (other use cases of the contact log, like a hand-over, share it)."""
        return self._vault

    @property
    def is_open(self) -> bool:
        """False once the vault is locked: screens about to be destroyed must not read it any more."""
        return self._vault.is_open

    @property
    def _repo(self) -> ContactsRepository:
        return ContactsRepository(self._vault.connection)

    def _write(self) -> _WriteScope:
        return _WriteScope(self._vault)

    def counts(self) -> tuple[int, int]:
        """How many embassies and officers there are (cheap: for enabling buttons)."""
        return self._repo.counts()

    # -- embassies ----------------------------------------------------------------------------
    def embassies(self) -> list[EmbassyRow]:
        return self._repo.embassy_rows()

    def embassy(self, embassy_id: int) -> Embassy:
        return _found(self._repo.embassy(embassy_id))

    def save_embassy(self, embassy: Embassy) -> int:
        if not embassy.government.strip():
            raise ContactLogError(Refusal.EMPTY_GOVERNMENT)
        with self._write() as repo:
            return repo.save_embassy(embassy)

    def delete_embassy(self, embassy_id: int) -> None:
        """Only an embassy without officers: their history must not vanish with it."""
        with self._write() as repo:
            count = repo.count_officers_at(embassy_id)
            if count:
                raise ContactLogError(Refusal.EMBASSY_HAS_OFFICERS, count)
            repo.delete_embassy(embassy_id)

    # -- officers -----------------------------------------------------------------------------
    def officers(self, embassy_id: int | None = None) -> list[Officer]:
        return self._repo.officers(embassy_id)

    def officer_rows(self) -> list[OfficerRow]:
        return self._repo.officer_rows()

    def officer(self, officer_id: int) -> Officer:
        return _found(self._repo.officer(officer_id))

    def save_officer(self, officer: Officer) -> int:
        _check_officer(officer)
        with self._write() as repo:
            if repo.embassy(officer.embassy_id) is None:
                raise ContactLogError(Refusal.NO_EMBASSY)
            return repo.save_officer(officer)

    def delete_officer(self, officer_id: int) -> None:
        """Only an officer who is in no interaction; otherwise mark them as left (history stays)."""
        with self._write() as repo:
            count = repo.count_interactions_with(officer_id)
            if count:
                raise ContactLogError(Refusal.OFFICER_HAS_HISTORY, count)
            repo.delete_officer(officer_id)

    def mark_left(
        self,
        officer_id: int,
        left_on: dt.date,
        successor: Officer | None = None,
        successor_id: int | None = None,
    ) -> int | None:
        """The officer left on ``left_on``; record who took over: a new ``successor`` (saved at the
        same embassy, starting that day unless told otherwise) or an existing ``successor_id``.
        Returns the successor's id, or None when not known yet."""
        with self._write() as repo:
            officer = _found(repo.officer(officer_id))
            if successor is not None:
                successor = replace(successor, embassy_id=officer.embassy_id, id=None)
                if successor.posting_start is None:
                    successor.posting_start = left_on
                _check_officer(successor)
                successor_id = repo.save_officer(successor)
            if successor_id == officer_id:
                raise ContactLogError(Refusal.OWN_SUCCESSOR)
            if successor_id is not None:
                _found(repo.officer(successor_id))
            officer.status = OfficerStatus.LEFT
            officer.left_on = left_on
            officer.successor_id = successor_id
            repo.save_officer(officer)
            return successor_id

    # -- interactions -------------------------------------------------------------------------
    def log_interaction(
        self, interaction: Interaction, track_asked: bool = False, track_committed: bool = False
    ) -> int:
        """Save an interaction (new or edited). ``track_asked`` / ``track_committed`` also open a
        tracker item for what was asked / promised, with the first officer and case."""
        if not interaction.officer_ids:
            raise ContactLogError(Refusal.NO_OFFICER)
        with self._write() as repo:
            first = _found(repo.officer(interaction.officer_ids[0]))
            interaction_id = repo.save_interaction(interaction)
            case_id = interaction.case_ids[0] if interaction.case_ids else None
            for wanted, text, kind, status in (
                (track_asked, interaction.asked, ItemKind.REQUEST, ItemStatus.ASKED),
                (track_committed, interaction.committed, ItemKind.COMMITMENT, ItemStatus.PROMISED),
            ):
                if wanted and text.strip():
                    item = TrackedItem(
                        kind, text.strip(), first.embassy_id, status, first.id, case_id, interaction_id
                    )
                    repo.save_item(item)
            return interaction_id

    def interaction(self, interaction_id: int) -> Interaction:
        return _found(self._repo.interaction(interaction_id))

    def delete_interaction(self, interaction_id: int) -> None:
        with self._write() as repo:
            repo.delete_interaction(interaction_id)

    def interactions(
        self,
        after: PageKey | None = None,
        limit: int = 200,
        officer_id: int | None = None,
        embassy_id: int | None = None,
        case_id: int | None = None,
    ) -> list[InteractionRow]:
        """A page of a history, newest first; pass the last row's ``page_key`` for the next one."""
        return self._repo.interaction_rows(after, limit, officer_id, embassy_id, case_id)

    # -- tracker ------------------------------------------------------------------------------
    def items(self, open_only: bool = False, embassy_id: int | None = None) -> list[ItemRow]:
        return self._repo.item_rows(open_only, embassy_id)

    def item(self, item_id: int) -> TrackedItem:
        return _found(self._repo.item(item_id))

    def save_item(self, item: TrackedItem) -> int:
        if not item.what.strip():
            raise ContactLogError(Refusal.EMPTY_ITEM)
        with self._write() as repo:
            if repo.embassy(item.embassy_id) is None:
                raise ContactLogError(Refusal.NO_EMBASSY)
            return repo.save_item(item)

    def delete_item(self, item_id: int) -> None:
        with self._write() as repo:
            repo.delete_item(item_id)

    # -- follow-ups and Today -----------------------------------------------------------------
    @property
    def quiet_days(self) -> int:
        """The N of "no contact for N days": the user's choice, kept in the vault (it is about their work)."""
        value = self._repo.meta(QUIET_DAYS_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_QUIET_DAYS

    def set_quiet_days(self, days: int) -> None:
        low, high = QUIET_DAYS_RANGE
        with self._write() as repo:
            repo.set_meta(QUIET_DAYS_KEY, str(min(max(days, low), high)))

    def today(self, today: dt.date, limit: int = TODAY_LIMIT) -> TodayView:
        repo = self._repo
        quiet_days = self.quiet_days
        follow_ups, total = repo.due_follow_ups(today, limit)

        def quiet(contacts: list[QuietContact]) -> list[QuietContact]:
            found = [c for c in contacts if is_quiet(c.last, today, quiet_days)]
            # Longest silence first; never contacted before everything else.
            found.sort(key=lambda c: -(days_since(c.last, today) or 10**6))
            return found[:limit]

        return TodayView(
            today=today,
            quiet_days=quiet_days,
            follow_ups=follow_ups,
            follow_ups_total=total,
            rotations=rotation_alerts(repo.officers(), today, ENDING_SOON_DAYS)[:limit],
            quiet_embassies=quiet(repo.embassy_last_contacts()),
            quiet_cases=quiet(repo.open_case_last_contacts()),
            overdue_commitments=repo.overdue_commitments(today)[:limit],
            embassy_labels=repo.embassy_labels(),
        )

    def coming_up(self, today: dt.date, days: int, limit: int = TODAY_LIMIT) -> tuple[list[FollowUp], int]:
        """Open follow-ups due in the ``days`` days after ``today`` (soonest first, at most ``limit``)
        and how many there are in all: what Today shows under "Coming up"."""
        low, high = COMING_UP_DAYS_RANGE
        days = min(max(days, low), high)
        if not days:
            return [], 0
        return self._repo.coming_follow_ups(today, days, limit)

    def due_follow_ups(self, today: dt.date, limit: int = 1000) -> list[FollowUp]:
        return self._repo.due_follow_ups(today, limit)[0]

    def follow_up_done(self, follow_up_id: int) -> None:
        with self._write() as repo:
            repo.follow_up_done(follow_up_id)

    def snooze(self, follow_up_id: int, days: int, today: dt.date) -> dt.date:
        until = snoozed_until(today, days)
        self.reschedule(follow_up_id, until)
        return until

    def reschedule(self, follow_up_id: int, due: dt.date) -> None:
        with self._write() as repo:
            repo.reschedule_follow_up(follow_up_id, due)

    # -- search and cases ---------------------------------------------------------------------
    def search(self, query: str, limit: int = 25, offset: int = 0) -> SearchResults:
        """One page of hits of each kind (ordered and paged in SQL); see ``search_counts`` for totals."""
        return self._repo.search(query, limit, offset)

    def search_counts(self, query: str) -> dict[SearchKind, int]:
        """How many hits of each kind in all: a separate, cheap count, asked for only when shown."""
        return self._repo.search_counts(query)

    def cases(self, include_archived: bool = False) -> list[CaseRef]:
        return self._repo.cases(include_archived)


class _WriteScope:
    """``with`` block: a transaction on the vault, yielding a repository over it."""

    def __init__(self, vault: Vault) -> None:
        self._transaction = vault.transaction()

    def __enter__(self) -> ContactsRepository:
        return ContactsRepository(self._transaction.__enter__())

    def __exit__(self, *exc: object) -> bool | None:
        return self._transaction.__exit__(*exc)  # type: ignore[arg-type]


def _found(value: _T | None) -> _T:
    if value is None:
        raise ContactLogError(Refusal.UNKNOWN)
    return value


def _check_officer(officer: Officer) -> None:
    if not officer.name.strip():
        raise ContactLogError(Refusal.EMPTY_NAME)
    if officer.posting_start and officer.posting_end and officer.posting_end < officer.posting_start:
        raise ContactLogError(Refusal.ENDS_BEFORE_START)
