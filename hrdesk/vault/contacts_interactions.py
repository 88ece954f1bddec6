# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""The interactions of the contact log (a meeting, call or message, the officers met, the cases it
concerned): saved, read, deleted, and listed a page at a time with keyset paging on (date, id)."""

from __future__ import annotations

import datetime as dt

from hrdesk.domain.contacts import Interaction, InteractionChannel, InteractionRow
from hrdesk.vault.contacts_search import forget_interaction, write_interaction_index
from hrdesk.vault.contacts_tables import LINKED, ContactTables, day, split_names, stamp
from hrdesk.vault.database import inserted_id

PageKey = tuple[str, int]  # (date, id) of the last row of the page before


class InteractionTables(ContactTables):
    def save_interaction(self, interaction: Interaction) -> int:
        now = stamp()
        values = (
            interaction.date.isoformat(),
            interaction.channel.value,
            interaction.summary,
            interaction.asked,
            interaction.committed,
        )
        if interaction.id is None:
            cur = self.conn.execute(
                "INSERT INTO interactions(date, channel, summary, asked, committed, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*values, now, now),
            )
            interaction.id = iid = inserted_id(cur)
            previous_date = None
        else:
            iid = interaction.id
            previous_date = self._date_of(iid)
            self.conn.execute(
                "UPDATE interactions SET date = ?, channel = ?, summary = ?, asked = ?, committed = ?, "
                "updated_at = ? WHERE id = ?",
                (*values, now, iid),
            )
            self.conn.execute("DELETE FROM interaction_officers WHERE interaction_id = ?", (iid,))
            self.conn.execute("DELETE FROM interaction_cases WHERE interaction_id = ?", (iid,))
        self.conn.executemany(
            "INSERT INTO interaction_officers(interaction_id, officer_id, embassy_id, date) "
            "SELECT ?, id, embassy_id, ? FROM officers WHERE id = ?",
            [(iid, values[0], oid) for oid in dict.fromkeys(interaction.officer_ids)],
        )
        self.conn.executemany(
            "INSERT INTO interaction_cases(interaction_id, case_id, date) VALUES (?, ?, ?)",
            [(iid, cid, values[0]) for cid in dict.fromkeys(interaction.case_ids)],
        )
        self._set_follow_up("interaction_id", iid, interaction.follow_up, interaction.follow_up_done)
        write_interaction_index(self.conn, iid, values[0], values[2:], previous_date)
        return iid

    def _date_of(self, interaction_id: int) -> str | None:
        row = self.conn.execute("SELECT date FROM interactions WHERE id = ?", (interaction_id,)).fetchone()
        return None if row is None else str(row[0])

    def interaction(self, interaction_id: int) -> Interaction | None:
        row = self.conn.execute(
            "SELECT i.id, i.date, i.channel, i.summary, i.asked, i.committed, f.due, f.done_at "
            "FROM interactions i LEFT JOIN follow_ups f ON f.interaction_id = i.id WHERE i.id = ?",
            (interaction_id,),
        ).fetchone()
        if row is None:
            return None
        officers = self.conn.execute(
            "SELECT officer_id FROM interaction_officers WHERE interaction_id = ?", (interaction_id,)
        )
        cases = self.conn.execute(
            "SELECT case_id FROM interaction_cases WHERE interaction_id = ?", (interaction_id,)
        )
        return Interaction(
            id=row[0],
            date=dt.date.fromisoformat(row[1]),
            channel=InteractionChannel(row[2]),
            summary=row[3],
            asked=row[4],
            committed=row[5],
            follow_up=day(row[6]),
            follow_up_done=row[7] is not None,
            officer_ids=sorted(r[0] for r in officers),
            case_ids=sorted(r[0] for r in cases),
        )

    def delete_interaction(self, interaction_id: int) -> None:
        date = self._date_of(interaction_id)
        self.conn.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))
        if date is not None:
            forget_interaction(self.conn, interaction_id, date)

    def interaction_rows(
        self,
        after: PageKey | None,
        limit: int,
        officer_id: int | None = None,
        embassy_id: int | None = None,
        case_id: int | None = None,
    ) -> list[InteractionRow]:
        """A page of interactions, newest first, optionally one officer's, embassy's or case's."""
        if officer_id is not None:
            table, column, key = "interaction_officers", "officer_id", officer_id
        elif embassy_id is not None:
            table, column, key = "interaction_officers", "embassy_id", embassy_id
        elif case_id is not None:
            table, column, key = "interaction_cases", "case_id", case_id
        else:
            table, column, key = "", "", None
        if table:
            page = f"SELECT DISTINCT date, interaction_id FROM {table} WHERE {column} = ?"
            args: list[object] = [key]
            if after is not None:
                page += " AND (date, interaction_id) < (?, ?)"
                args += list(after)
            page += " ORDER BY date DESC, interaction_id DESC LIMIT ?"
        else:
            page = "SELECT date, id FROM interactions"
            args = []
            if after is not None:
                page += " WHERE (date, id) < (?, ?)"
                args += list(after)
            page += " ORDER BY date DESC, id DESC LIMIT ?"
        rows = self.conn.execute(
            f"WITH page(date, iid) AS ({page}) "
            "SELECT i.id, i.date, i.channel, substr(i.summary, 1, 300), f.due, f.done_at, "
            f"{LINKED} FROM page JOIN interactions i ON i.id = page.iid "
            "LEFT JOIN follow_ups f ON f.interaction_id = i.id ORDER BY page.date DESC, page.iid DESC",
            [*args, limit],
        ).fetchall()
        labels = self.embassy_labels() if rows else {}
        return [
            InteractionRow(
                id=r[0],
                date=dt.date.fromisoformat(r[1]),
                channel=InteractionChannel(r[2]),
                summary=r[3],
                follow_up=day(r[4]),
                follow_up_done=r[5] is not None,
                officer_names=split_names(r[6]),
                embassy_names=self._labels(r[7], labels),
            )
            for r in rows
        ]
