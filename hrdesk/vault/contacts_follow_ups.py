# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""The follow-ups still to do (of interactions and of tracked items): due, coming, done, moved."""

from __future__ import annotations

import datetime as dt

from hrdesk.domain.contacts import FollowUp, FollowUpSource, InteractionChannel, ItemKind
from hrdesk.vault.contacts_tables import EMBASSY_IDS, OFFICER_NAMES, ContactTables, day, split_names, stamp


class FollowUpTable(ContactTables):
    def due_follow_ups(self, today: dt.date, limit: int) -> tuple[list[FollowUp], int]:
        """Open follow-ups due today or earlier, oldest first (at most ``limit``), and how many in all."""
        return self._open_follow_ups("f.due <= ?", (today.isoformat(),), limit)

    def coming_follow_ups(self, today: dt.date, days: int, limit: int) -> tuple[list[FollowUp], int]:
        """Open follow-ups due after ``today`` and at most ``days`` days later, soonest first."""
        last = today + dt.timedelta(days=days)
        return self._open_follow_ups("f.due > ? AND f.due <= ?", (today.isoformat(), last.isoformat()), limit)

    def _open_follow_ups(self, when: str, args: tuple[str, ...], limit: int) -> tuple[list[FollowUp], int]:
        """Open follow-ups whose due date matches ``when`` (a condition on ``f.due``), by date."""
        total = self.conn.execute(
            f"SELECT count(*) FROM follow_ups f WHERE f.done_at IS NULL AND {when}", args
        ).fetchone()[0]
        rows = self.conn.execute(
            "SELECT f.id, f.due, f.interaction_id, f.item_id, coalesce(i.summary, t.what), i.date, "
            "i.channel, "
            # Handed over (the officer met has left): with the successor, or the embassy (no name).
            "t.kind, CASE WHEN f.handed_over THEN (SELECT name FROM officers WHERE id = f.officer_id) "
            f"WHEN i.id IS NOT NULL THEN {OFFICER_NAMES} "
            "ELSE (SELECT name FROM officers WHERE id = t.officer_id) END, "
            f"CASE WHEN i.id IS NOT NULL THEN {EMBASSY_IDS} ELSE CAST(t.embassy_id AS TEXT) END "
            "FROM follow_ups f LEFT JOIN interactions i ON i.id = f.interaction_id "
            "LEFT JOIN tracked_items t ON t.id = f.item_id "
            f"WHERE f.done_at IS NULL AND {when} ORDER BY f.due, f.id LIMIT ?",
            (*args, limit),
        ).fetchall()
        labels = self.embassy_labels() if rows else {}
        follow_ups = [
            FollowUp(
                id=r[0],
                due=dt.date.fromisoformat(r[1]),
                source=FollowUpSource.INTERACTION if r[2] is not None else FollowUpSource.ITEM,
                source_id=r[2] if r[2] is not None else r[3],
                title=r[4] or "",
                happened=day(r[5]),
                channel=InteractionChannel(r[6]) if r[6] else None,
                item_kind=ItemKind(r[7]) if r[7] else None,
                officer_names=split_names(r[8]),
                embassy_names=self._labels(r[9], labels),
            )
            for r in rows
        ]
        return follow_ups, int(total)

    def follow_up_done(self, follow_up_id: int) -> None:
        self.conn.execute("UPDATE follow_ups SET done_at = ? WHERE id = ?", (stamp(), follow_up_id))

    def reschedule_follow_up(self, follow_up_id: int, due: dt.date) -> None:
        self.conn.execute(
            "UPDATE follow_ups SET due = ?, done_at = NULL WHERE id = ?", (due.isoformat(), follow_up_id)
        )
