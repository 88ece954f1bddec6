# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""The embassies of the contact log: saved, read, listed with their last contact, deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hrdesk.domain.contacts import Embassy, EmbassyRow, QuietContact
from hrdesk.vault.contacts_tables import ContactTables, day, stamp
from hrdesk.vault.database import inserted_id

_EMBASSY_COLS = "e.id, e.government, e.place, e.website, e.contacts, e.priorities"


def _embassy(row: Sequence[Any]) -> Embassy:
    return Embassy(
        id=row[0], government=row[1], place=row[2], website=row[3], contacts=row[4], priorities=row[5]
    )


class EmbassyTable(ContactTables):
    def save_embassy(self, embassy: Embassy) -> int:
        now = stamp()
        values = (embassy.government, embassy.place, embassy.website, embassy.contacts, embassy.priorities)
        if embassy.id is None:
            cur = self.conn.execute(
                "INSERT INTO embassies(government, place, website, contacts, priorities, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*values, now, now),
            )
            embassy.id = inserted_id(cur)
        else:
            self.conn.execute(
                "UPDATE embassies SET government = ?, place = ?, website = ?, contacts = ?, priorities = ?, "
                "updated_at = ? WHERE id = ?",
                (*values, now, embassy.id),
            )
        self._index("embassies_fts", embassy.id, values)
        return embassy.id

    def embassy(self, embassy_id: int) -> Embassy | None:
        row = self.conn.execute(
            f"SELECT {_EMBASSY_COLS} FROM embassies e WHERE id = ?", (embassy_id,)
        ).fetchone()
        return _embassy(row) if row else None

    def embassy_rows(self) -> list[EmbassyRow]:
        rows = self.conn.execute(
            f"SELECT {_EMBASSY_COLS}, "
            "(SELECT count(*) FROM officers WHERE embassy_id = e.id AND status = 'in_post'), "
            "(SELECT max(date) FROM interaction_officers WHERE embassy_id = e.id) "
            "FROM embassies e ORDER BY e.government COLLATE NOCASE, e.place COLLATE NOCASE, e.id"
        )
        return [EmbassyRow(_embassy(r), r[6], day(r[7])) for r in rows]

    def count_officers_at(self, embassy_id: int) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM officers WHERE embassy_id = ?", (embassy_id,)).fetchone()[
                0
            ]
        )

    def delete_embassy(self, embassy_id: int) -> None:
        self.conn.execute("DELETE FROM tracked_items WHERE embassy_id = ?", (embassy_id,))
        self.conn.execute("DELETE FROM embassies WHERE id = ?", (embassy_id,))
        self.conn.execute("DELETE FROM embassies_fts WHERE rowid = ?", (embassy_id,))

    def embassy_last_contacts(self) -> list[QuietContact]:
        return [QuietContact(r.embassy.id or 0, r.embassy.label, r.last_contact) for r in self.embassy_rows()]
