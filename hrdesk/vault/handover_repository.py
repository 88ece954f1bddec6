# ruff: noqa: S608 - SQL is only ever formatted from this module's constants; values are bound.
"""The SQL of handing over an officer's open requests, commitments and follow-ups.

Beside ``contacts_repository`` (same tables, same connection, no transactions of its own: the
service wraps each hand-over in one).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from hrdesk.domain.handover import FollowUpOwner, OpenWork
from hrdesk.vault.database import Connection

_OPEN = "('asked', 'promised', 'in_progress', 'no_answer')"


class HandOverRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def open_work(self, officer_id: int) -> OpenWork:
        """The officer's open items, and the open follow-ups that are theirs: handed over to them,
        or after an interaction with them where no other officer present is still in post."""
        items = self.conn.execute(
            f"SELECT id, kind FROM tracked_items WHERE officer_id = ? AND status IN {_OPEN} ORDER BY id",
            (officer_id,),
        ).fetchall()
        follow_ups = self.conn.execute(
            "SELECT f.id, f.handed_over, f.officer_id FROM follow_ups f "
            "WHERE f.done_at IS NULL AND f.interaction_id IS NOT NULL AND ("
            " (f.handed_over = 1 AND f.officer_id = :o) OR (f.handed_over = 0"
            "  AND EXISTS (SELECT 1 FROM interaction_officers io"
            "   WHERE io.interaction_id = f.interaction_id AND io.officer_id = :o)"
            "  AND NOT EXISTS (SELECT 1 FROM interaction_officers io JOIN officers o ON o.id = io.officer_id"
            "   WHERE io.interaction_id = f.interaction_id AND io.officer_id <> :o AND o.status = 'in_post'))"
            ") ORDER BY f.due, f.id",
            {"o": officer_id},
        ).fetchall()
        return OpenWork(
            officer_id,
            requests=tuple(r[0] for r in items if r[1] == "request"),
            commitments=tuple(r[0] for r in items if r[1] == "commitment"),
            follow_ups=tuple(FollowUpOwner(r[0], bool(r[1]), r[2]) for r in follow_ups),
        )

    def set_item_officer(self, item_ids: Iterable[int], officer_id: int | None) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.conn.executemany(
            "UPDATE tracked_items SET officer_id = ?, updated_at = ? WHERE id = ?",
            [(officer_id, now, item_id) for item_id in item_ids],
        )

    def follow_up_owner(self, follow_up_id: int) -> FollowUpOwner | None:
        row = self.conn.execute(
            "SELECT handed_over, officer_id FROM follow_ups WHERE id = ?", (follow_up_id,)
        ).fetchone()
        return FollowUpOwner(follow_up_id, bool(row[0]), row[1]) if row else None

    def set_follow_up_owner(self, owner: FollowUpOwner) -> None:
        self.conn.execute(
            "UPDATE follow_ups SET handed_over = ?, officer_id = ? WHERE id = ?",
            (int(owner.handed_over), owner.officer_id, owner.follow_up_id),
        )
