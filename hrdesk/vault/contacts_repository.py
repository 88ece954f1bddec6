# ruff: noqa: S608 - SQL is only ever formatted from this module's constants; values are bound.
"""All SQL of the contact log: rows in and out, histories a page at a time, follow-ups, search.

Writes do not open transactions: the service wraps each use case in ``vault.transaction()``, so
a row and its search-index entry are committed together or not at all. Lists come a page at a
time with keyset paging on (date, id), which stays as fast on page 500 as on page 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import (
    CaseRef,
    Embassy,
    EmbassyRow,
    FollowUp,
    FollowUpSource,
    Interaction,
    InteractionChannel,
    InteractionRow,
    ItemKind,
    ItemRow,
    ItemStatus,
    Officer,
    OfficerRow,
    OfficerStatus,
    QuietContact,
    SearchHit,
    SearchKind,
    SearchResults,
    TrackedItem,
)
from hrdesk.vault.contacts_search import count_matches, matching_ids, write_index
from hrdesk.vault.database import Connection, inserted_id

SEP = "\x1f"  # joins names inside one column (a control character no name contains)
PageKey = tuple[str, int]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _names(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(SEP)) if value else ()


_EMBASSY_COLS = "e.id, e.government, e.place, e.website, e.contacts, e.priorities"
_OFFICER_COLS = (
    "o.id, o.name, o.embassy_id, o.role, o.email, o.phone, o.secure_handle, o.languages, o.notes, "
    "o.posting_start, o.posting_end, o.status, o.left_on, o.successor_id"
)
_ITEM_COLS = (
    "t.id, t.kind, t.what, t.embassy_id, t.status, t.officer_id, t.case_id, t.interaction_id, t.due, "
    "t.status_note, (SELECT due FROM follow_ups WHERE item_id = t.id AND done_at IS NULL)"
)
# The officers' names and the embassies an interaction (alias i) links to, for list rows.
_OFFICER_NAMES = (
    "(SELECT group_concat(o.name, char(31) ORDER BY o.name) FROM interaction_officers io "
    "JOIN officers o ON o.id = io.officer_id WHERE io.interaction_id = i.id)"
)
_EMBASSY_IDS = (
    "(SELECT group_concat(DISTINCT io.embassy_id) FROM interaction_officers io "
    "WHERE io.interaction_id = i.id)"
)
_LINKED = f"{_OFFICER_NAMES}, {_EMBASSY_IDS}"


def _embassy(row: Sequence[Any]) -> Embassy:
    return Embassy(
        id=row[0], government=row[1], place=row[2], website=row[3], contacts=row[4], priorities=row[5]
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
        posting_start=_day(row[9]),
        posting_end=_day(row[10]),
        status=OfficerStatus(row[11]),
        left_on=_day(row[12]),
        successor_id=row[13],
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
        due=_day(row[8]),
        status_note=row[9],
        next_follow_up=_day(row[10]),
    )


class ContactsRepository:
    """The contact log's tables over one open connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def counts(self) -> tuple[int, int]:
        row = self.conn.execute("SELECT (SELECT count(*) FROM embassies), (SELECT count(*) FROM officers)")
        embassies, officers = row.fetchone()
        return int(embassies), int(officers)

    # -- embassies ----------------------------------------------------------------------------
    def save_embassy(self, embassy: Embassy) -> int:
        now = _now()
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
        return [EmbassyRow(_embassy(r), r[6], _day(r[7])) for r in rows]

    def embassy_labels(self) -> dict[int, str]:
        rows = self.conn.execute("SELECT id, government, place FROM embassies")
        return {r[0]: Embassy(r[1], r[2]).label for r in rows}

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

    # -- officers -----------------------------------------------------------------------------
    def save_officer(self, officer: Officer) -> int:
        now = _now()
        values = (
            officer.name,
            officer.embassy_id,
            officer.role.value,
            officer.email,
            officer.phone,
            officer.secure_handle,
            officer.languages,
            officer.notes,
            _iso(officer.posting_start),
            _iso(officer.posting_end),
            officer.status.value,
            _iso(officer.left_on),
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
        return [OfficerRow(_officer(r), Embassy(r[14], r[15]).label, _day(r[16])) for r in rows]

    def count_interactions_with(self, officer_id: int) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM interaction_officers WHERE officer_id = ?", (officer_id,)
        )
        return int(row.fetchone()[0])

    def delete_officer(self, officer_id: int) -> None:
        self.conn.execute("DELETE FROM officers WHERE id = ?", (officer_id,))
        self.conn.execute("DELETE FROM officers_fts WHERE rowid = ?", (officer_id,))

    # -- interactions -------------------------------------------------------------------------
    def save_interaction(self, interaction: Interaction) -> int:
        now = _now()
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
        else:
            iid = interaction.id
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
        self._index("interactions_fts", iid, values[2:])
        return iid

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
            follow_up=_day(row[6]),
            follow_up_done=row[7] is not None,
            officer_ids=sorted(r[0] for r in officers),
            case_ids=sorted(r[0] for r in cases),
        )

    def delete_interaction(self, interaction_id: int) -> None:
        self.conn.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))
        self.conn.execute("DELETE FROM interactions_fts WHERE rowid = ?", (interaction_id,))

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
            f"{_LINKED} FROM page JOIN interactions i ON i.id = page.iid "
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
                follow_up=_day(r[4]),
                follow_up_done=r[5] is not None,
                officer_names=_names(r[6]),
                embassy_names=self._labels(r[7], labels),
            )
            for r in rows
        ]

    @staticmethod
    def _labels(ids: str | None, labels: dict[int, str]) -> tuple[str, ...]:
        return tuple(labels.get(int(i), "") for i in ids.split(",")) if ids else ()

    # -- tracked requests and commitments -----------------------------------------------------
    def save_item(self, item: TrackedItem) -> int:
        now = _now()
        values = (
            item.kind.value,
            item.what,
            item.embassy_id,
            item.status.value,
            item.officer_id,
            item.case_id,
            item.interaction_id,
            _iso(item.due),
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

    # -- follow-ups ---------------------------------------------------------------------------
    def _set_follow_up(self, column: str, source_id: int, due: dt.date | None, done: bool) -> None:
        if due is None:
            self.conn.execute(f"DELETE FROM follow_ups WHERE {column} = ?", (source_id,))
            return
        self.conn.execute(
            f"INSERT INTO follow_ups({column}, due, done_at) VALUES (?, ?, ?) "
            f"ON CONFLICT({column}) DO UPDATE SET due = excluded.due, "
            "done_at = CASE WHEN excluded.done_at IS NULL THEN NULL "
            "ELSE coalesce(done_at, excluded.done_at) END",
            (source_id, due.isoformat(), _now() if done else None),
        )

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
            f"WHEN i.id IS NOT NULL THEN {_OFFICER_NAMES} "
            "ELSE (SELECT name FROM officers WHERE id = t.officer_id) END, "
            f"CASE WHEN i.id IS NOT NULL THEN {_EMBASSY_IDS} ELSE CAST(t.embassy_id AS TEXT) END "
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
                happened=_day(r[5]),
                channel=InteractionChannel(r[6]) if r[6] else None,
                item_kind=ItemKind(r[7]) if r[7] else None,
                officer_names=_names(r[8]),
                embassy_names=self._labels(r[9], labels),
            )
            for r in rows
        ]
        return follow_ups, int(total)

    def follow_up_done(self, follow_up_id: int) -> None:
        self.conn.execute("UPDATE follow_ups SET done_at = ? WHERE id = ?", (_now(), follow_up_id))

    def reschedule_follow_up(self, follow_up_id: int, due: dt.date) -> None:
        self.conn.execute(
            "UPDATE follow_ups SET due = ?, done_at = NULL WHERE id = ?", (due.isoformat(), follow_up_id)
        )

    # -- last contact -------------------------------------------------------------------------
    def embassy_last_contacts(self) -> list[QuietContact]:
        return [QuietContact(r.embassy.id or 0, r.embassy.label, r.last_contact) for r in self.embassy_rows()]

    def open_case_last_contacts(self) -> list[QuietContact]:
        rows = self.conn.execute(
            "SELECT c.id, c.title, (SELECT max(date) FROM interaction_cases WHERE case_id = c.id) "
            "FROM cases c WHERE c.status = 'open' AND c.deleted_at IS NULL "
            "ORDER BY c.title COLLATE NOCASE, c.id"
        )
        return [QuietContact(r[0], r[1], _day(r[2])) for r in rows]

    # -- cases (read only: they belong to the cases feature) ----------------------------------
    def cases(self, include_archived: bool = False) -> list[CaseRef]:
        where = "deleted_at IS NULL" + ("" if include_archived else " AND status = 'open'")
        rows = self.conn.execute(
            f"SELECT id, title FROM cases WHERE {where} ORDER BY title COLLATE NOCASE, id"
        )
        return [CaseRef(r[0], r[1]) for r in rows]

    # -- search (the index and the queries live in contacts_search) ---------------------------
    def _index(self, table: str, rowid: int, texts: Iterable[str]) -> None:
        write_index(self.conn, table, rowid, texts)

    def search(self, query: str, limit: int = 25, offset: int = 0) -> SearchResults:
        """Embassies and officers by relevance, interactions newest first; ``limit`` of each kind
        after the first ``offset`` (the next page)."""
        ids = matching_ids(self.conn, query, limit, offset)
        results = SearchResults(more=ids.more)
        labels = self.embassy_labels() if ids.embassies or ids.officers else {}
        for embassy_id in ids.embassies:
            embassy = self.embassy(embassy_id)
            if embassy is not None:
                detail = embassy.website or embassy.priorities.strip().split("\n")[0]
                results.embassies.append(SearchHit(SearchKind.EMBASSY, embassy_id, embassy.label, detail))
        for officer_id in ids.officers:
            officer = self.officer(officer_id)
            if officer is not None:
                detail = labels.get(officer.embassy_id, "")
                results.officers.append(SearchHit(SearchKind.OFFICER, officer_id, officer.name, detail))
        results.interactions = self._interaction_hits(ids.interactions)
        return results

    def search_counts(self, query: str) -> dict[SearchKind, int]:
        """How many embassies, officers and interactions match ``query`` in all."""
        return count_matches(self.conn, query)

    def _interaction_hits(self, ids: list[int]) -> list[SearchHit]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT i.id, i.date, substr(i.summary, 1, 300), substr(i.asked, 1, 200), "
            "substr(i.committed, 1, 200), "
            f"{_LINKED} FROM interactions i WHERE i.id IN ({marks}) ORDER BY i.date DESC, i.id DESC",
            ids,
        )
        hits = []
        for r in rows:
            title = next((t.strip().split("\n")[0] for t in r[2:5] if t.strip()), "")
            hits.append(
                SearchHit(
                    SearchKind.INTERACTION, r[0], title, date=dt.date.fromisoformat(r[1]), names=_names(r[5])
                )
            )
        return hits

    # -- settings kept in the vault -----------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
