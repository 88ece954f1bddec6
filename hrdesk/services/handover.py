"""Use case: an officer has left; hand their open work to a successor or keep it with the embassy.

No Qt and no SQL. One transaction per hand-over, and an undo that puts back exactly what moved
(items still with the new officer return to the one who left; follow-ups get their old owner).
"""

from __future__ import annotations

from dataclasses import replace

from hrdesk.domain.handover import HandOverResult, OpenWork
from hrdesk.services.contacts import ContactLogError, Refusal
from hrdesk.vault.contacts_repository import ContactsRepository
from hrdesk.vault.handover_repository import HandOverRepository
from hrdesk.vault.vault import Vault


class OfficerHandOver:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def open_work(self, officer_id: int) -> OpenWork:
        return HandOverRepository(self._vault.connection).open_work(officer_id)

    def hand_over(self, officer_id: int, to_officer_id: int | None) -> HandOverResult:
        """Move the officer's open requests, commitments and follow-ups to ``to_officer_id`` (an
        officer in post at the same embassy), or keep them with the embassy (None)."""
        with self._vault.transaction() as conn:
            officers, repo = ContactsRepository(conn), HandOverRepository(conn)
            leaving = officers.officer(officer_id)
            if leaving is None:
                raise ContactLogError(Refusal.UNKNOWN)
            if to_officer_id is not None:
                if to_officer_id == officer_id:
                    raise ContactLogError(Refusal.OWN_SUCCESSOR)
                successor = officers.officer(to_officer_id)
                if successor is None:
                    raise ContactLogError(Refusal.UNKNOWN)
                if successor.embassy_id != leaving.embassy_id:
                    raise ContactLogError(Refusal.OTHER_EMBASSY)
                if not successor.in_post:
                    raise ContactLogError(Refusal.SUCCESSOR_LEFT)
            work = repo.open_work(officer_id)
            repo.set_item_officer(work.requests + work.commitments, to_officer_id)
            for owner in work.follow_ups:
                repo.set_follow_up_owner(replace(owner, handed_over=True, officer_id=to_officer_id))
            return HandOverResult(officer_id, to_officer_id, work)

    def undo(self, result: HandOverResult) -> None:
        """Put back what ``result`` moved, unless it was changed again since."""
        with self._vault.transaction() as conn:
            officers, repo = ContactsRepository(conn), HandOverRepository(conn)
            moved = result.moved
            back = [
                item_id
                for item_id in moved.requests + moved.commitments
                if (item := officers.item(item_id)) is not None and item.officer_id == result.to_officer_id
            ]
            if officers.officer(result.from_officer_id) is not None:
                repo.set_item_officer(back, result.from_officer_id)
            for owner in moved.follow_ups:
                handed = replace(owner, handed_over=True, officer_id=result.to_officer_id)
                if repo.follow_up_owner(owner.follow_up_id) == handed:
                    repo.set_follow_up_owner(owner)
