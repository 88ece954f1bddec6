# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""All SQL of the contact log: rows in and out, histories a page at a time, follow-ups, search.

Each entity's rows live in their own module (contacts_embassies, contacts_officers,
contacts_interactions, contacts_items, contacts_follow_ups); ``ContactsRepository`` is all of them
over one connection, plus what spans them (counts, cases, search, vault settings).

Writes do not open transactions: the service wraps each use case in ``vault.transaction()``, so
a row and its search-index entry are committed together or not at all. Lists come a page at a
time with keyset paging on (date, id), which stays as fast on page 500 as on page 1.
"""

from __future__ import annotations

import datetime as dt

from hrdesk.domain.contacts import CaseRef, QuietContact, SearchHit, SearchKind, SearchResults
from hrdesk.vault.contacts_embassies import EmbassyTable
from hrdesk.vault.contacts_follow_ups import FollowUpTable
from hrdesk.vault.contacts_interactions import InteractionTables
from hrdesk.vault.contacts_items import TrackedItemTable
from hrdesk.vault.contacts_officers import OfficerTable
from hrdesk.vault.contacts_search import count_matches, matching_ids
from hrdesk.vault.contacts_tables import LINKED, day, split_names


class ContactsRepository(EmbassyTable, OfficerTable, InteractionTables, TrackedItemTable, FollowUpTable):
    """The contact log's tables over one open connection."""

    def counts(self) -> tuple[int, int]:
        row = self.conn.execute("SELECT (SELECT count(*) FROM embassies), (SELECT count(*) FROM officers)")
        embassies, officers = row.fetchone()
        return int(embassies), int(officers)

    def open_case_last_contacts(self) -> list[QuietContact]:
        rows = self.conn.execute(
            "SELECT c.id, c.title, (SELECT max(date) FROM interaction_cases WHERE case_id = c.id) "
            "FROM cases c WHERE c.status = 'open' AND c.deleted_at IS NULL "
            "ORDER BY c.title COLLATE NOCASE, c.id"
        )
        return [QuietContact(r[0], r[1], day(r[2])) for r in rows]

    # -- cases (read only: they belong to the cases feature) ----------------------------------
    def cases(self, include_archived: bool = False) -> list[CaseRef]:
        where = "deleted_at IS NULL" + ("" if include_archived else " AND status = 'open'")
        rows = self.conn.execute(
            f"SELECT id, title FROM cases WHERE {where} ORDER BY title COLLATE NOCASE, id"
        )
        return [CaseRef(r[0], r[1]) for r in rows]

    # -- search (the index and the queries live in contacts_search) ---------------------------
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
            f"{LINKED} FROM interactions i WHERE i.id IN ({marks}) ORDER BY i.date DESC, i.id DESC",
            ids,
        )
        hits = []
        for r in rows:
            title = next((t.strip().split("\n")[0] for t in r[2:5] if t.strip()), "")
            hits.append(
                SearchHit(
                    SearchKind.INTERACTION,
                    r[0],
                    title,
                    date=dt.date.fromisoformat(r[1]),
                    names=split_names(r[5]),
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
