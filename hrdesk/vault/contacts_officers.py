# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""The officers of the contact log: saved, read, listed with their embassy and last contact, deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Embassy, Officer, OfficerRow, OfficerStatus
from hrdesk.vault.contacts_tables import ContactTables, day, iso, stamp
from hrdesk.vault.database import inserted_id

_OFFICER_COLS = (
    "o.id, o.name, o.embassy_id, o.role, o.email, o.phone, o.secure_handle, o.languages, o.notes, "
    "o.posting_start, o.posting_end, o.status, o.left_on, o.successor_id"
)


def _officer(row: Sequence[Any]) -> Officer:
    return Officer(
        id=row[0],
        name=row[1],
        embassy_id=row[2],
        role=OfficerRole(row[3]),
        email=row[4],
        phone=row[5],
        secure_handle=row[6],
        languages=row[7],
        notes=row[8],
        posting_start=day(row[9]),
        posting_end=day(row[10]),
        status=OfficerStatus(row[11]),
        left_on=day(row[12]),
        successor_id=row[13],
    )


class OfficerTable(ContactTables):
    def save_officer(self, officer: Officer) -> int:
        now = stamp()
        values = (
            officer.name,
            officer.embassy_id,
            officer.role.value,
            officer.email,
            officer.phone,
            officer.secure_handle,
            officer.languages,
            officer.notes,
            iso(officer.posting_start),
            iso(officer.posting_end),
            officer.status.value,
            iso(officer.left_on),
            officer.successor_id,
        )
        if officer.id is None:
            cur = self.conn.execute(
                "INSERT INTO officers(name, embassy_id, role, email, phone, secure_handle, languages, notes, "
                "posting_start, posting_end, status, left_on, successor_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, now, now),
            )
            officer.id = inserted_id(cur)
        else:
            self.conn.execute(
                "UPDATE officers SET name = ?, embassy_id = ?, role = ?, email = ?, phone = ?, "
                "secure_handle = ?, languages = ?, notes = ?, posting_start = ?, posting_end = ?, "
                "status = ?, left_on = ?, "
                "successor_id = ?, updated_at = ? WHERE id = ?",
                (*values, now, officer.id),
            )
        text = (
            officer.name,
            officer.email,
            officer.phone,
            officer.secure_handle,
            officer.languages,
            officer.notes,
        )
        self._index("officers_fts", officer.id, text)
        return officer.id

    def officer(self, officer_id: int) -> Officer | None:
        row = self.conn.execute(
            f"SELECT {_OFFICER_COLS} FROM officers o WHERE id = ?", (officer_id,)
        ).fetchone()
        return _officer(row) if row else None

    def officers(self, embassy_id: int | None = None) -> list[Officer]:
        where, args = ("WHERE o.embassy_id = ?", (embassy_id,)) if embassy_id is not None else ("", ())
        rows = self.conn.execute(
            f"SELECT {_OFFICER_COLS} FROM officers o {where} ORDER BY o.name COLLATE NOCASE, o.id",
            args,
        )
        return [_officer(r) for r in rows]

    def officer_rows(self) -> list[OfficerRow]:
        rows = self.conn.execute(
            f"SELECT {_OFFICER_COLS}, e.government, e.place, "
            "(SELECT max(date) FROM interaction_officers WHERE officer_id = o.id) "
            "FROM officers o JOIN embassies e ON e.id = o.embassy_id "
            "ORDER BY o.status, o.name COLLATE NOCASE, o.id"
        )
        return [OfficerRow(_officer(r), Embassy(r[14], r[15]).label, day(r[16])) for r in rows]

    def count_interactions_with(self, officer_id: int) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM interaction_officers WHERE officer_id = ?", (officer_id,)
        )
        return int(row.fetchone()[0])

    def delete_officer(self, officer_id: int) -> None:
        self.conn.execute("DELETE FROM officers WHERE id = ?", (officer_id,))
        self.conn.execute("DELETE FROM officers_fts WHERE rowid = ?", (officer_id,))
