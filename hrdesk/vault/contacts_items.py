# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""The requests and commitments tracked in the contact log: saved, read, listed, deleted, overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hrdesk.domain.contacts import Embassy, ItemKind, ItemRow, ItemStatus, TrackedItem
from hrdesk.vault.contacts_tables import ContactTables, day, iso, stamp
from hrdesk.vault.database import inserted_id

_ITEM_COLS = (
    "t.id, t.kind, t.what, t.embassy_id, t.status, t.officer_id, t.case_id, t.interaction_id, t.due, "
    "t.status_note, (SELECT due FROM follow_ups WHERE item_id = t.id AND done_at IS NULL)"
)


def _item(row: Sequence[Any]) -> TrackedItem:
    return TrackedItem(
        id=row[0],
        kind=ItemKind(row[1]),
        what=row[2],
        embassy_id=row[3],
        status=ItemStatus(row[4]),
        officer_id=row[5],
        case_id=row[6],
        interaction_id=row[7],
        due=day(row[8]),
        status_note=row[9],
        next_follow_up=day(row[10]),
    )


class TrackedItemTable(ContactTables):
    def save_item(self, item: TrackedItem) -> int:
        now = stamp()
        values = (
            item.kind.value,
            item.what,
            item.embassy_id,
            item.status.value,
            item.officer_id,
            item.case_id,
            item.interaction_id,
            iso(item.due),
            item.status_note,
        )
        if item.id is None:
            cur = self.conn.execute(
                "INSERT INTO tracked_items(kind, what, embassy_id, status, officer_id, case_id, "
                "interaction_id, due, status_note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, now, now),
            )
            item.id = inserted_id(cur)
        else:
            self.conn.execute(
                "UPDATE tracked_items SET kind = ?, what = ?, embassy_id = ?, status = ?, officer_id = ?, "
                "case_id = ?, interaction_id = ?, due = ?, status_note = ?, updated_at = ? WHERE id = ?",
                (*values, now, item.id),
            )
        self._set_follow_up("item_id", item.id, item.next_follow_up if item.is_open else None, False)
        return item.id

    def item(self, item_id: int) -> TrackedItem | None:
        row = self.conn.execute(
            f"SELECT {_ITEM_COLS} FROM tracked_items t WHERE t.id = ?", (item_id,)
        ).fetchone()
        return _item(row) if row else None

    def item_rows(self, open_only: bool = False, embassy_id: int | None = None) -> list[ItemRow]:
        """The tracker: open items first, the nearest date first."""
        where, args = [], []
        if open_only:
            where.append("t.status IN ('asked', 'promised', 'in_progress', 'no_answer')")
        if embassy_id is not None:
            where.append("t.embassy_id = ?")
            args.append(embassy_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(
            f"SELECT {_ITEM_COLS}, e.government, e.place, o.name, c.title FROM tracked_items t "
            "JOIN embassies e ON e.id = t.embassy_id LEFT JOIN officers o ON o.id = t.officer_id "
            f"LEFT JOIN cases c ON c.id = t.case_id {clause} "
            "ORDER BY t.status IN ('done', 'declined'), coalesce(t.due, '9999') , t.id DESC",
            args,
        )
        return [ItemRow(_item(r), Embassy(r[11], r[12]).label, r[13] or "", r[14] or "") for r in rows]

    def delete_item(self, item_id: int) -> None:
        self.conn.execute("DELETE FROM tracked_items WHERE id = ?", (item_id,))

    def overdue_commitments(self, today: dt.date) -> list[ItemRow]:
        rows = self.conn.execute(
            f"SELECT {_ITEM_COLS}, e.government, e.place, o.name, c.title FROM tracked_items t "
            "JOIN embassies e ON e.id = t.embassy_id LEFT JOIN officers o ON o.id = t.officer_id "
            "LEFT JOIN cases c ON c.id = t.case_id "
            "WHERE t.kind = 'commitment' AND t.due IS NOT NULL AND t.status IN ('promised', 'in_progress') "
            "AND t.due < ? ORDER BY t.due, t.id",
            (today.isoformat(),),
        )
        return [ItemRow(_item(r), Embassy(r[11], r[12]).label, r[13] or "", r[14] or "") for r in rows]
