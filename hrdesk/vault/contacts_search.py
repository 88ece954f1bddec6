# ruff: noqa: S608 - SQL is only ever formatted from this module's table names; values are bound.
"""The contact log's full-text search: what goes into the index, and how a query finds rows.

The index is three contentless FTS5 tables inside the encrypted database (see migration 3): they
hold only tokens, never a second copy of the text, and nothing is indexed outside the vault.
Text is folded before it is indexed and before it is searched, so accents, Arabic vowel marks
and letter variants do not matter: "muller" finds "Müller", "محمد" finds "مُحَمَّد".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from hrdesk.domain.contacts import SearchKind
from hrdesk.vault.database import Connection

# Arabic letter variants that people type interchangeably, and Latin letters that Unicode does
# not decompose. Marks (accents, Arabic vowel signs, ...) are dropped separately.
_FOLD = str.maketrans(
    {"ى": "ي", "ة": "ه", "ـ": "", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "ss"}
)
_WORD = re.compile(r"\w+")
_FEW_MATCHES = 1000  # below this, sorting the matches beats walking the date index


def fold_for_search(text: str) -> str:
    """Text as the index stores it: no accents or vowel marks, case folded, variants unified."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).casefold()


def match_expression(query: str) -> str:
    """An FTS5 query from what the user typed: every word must appear, each as a prefix.

    Each word is quoted, so nothing typed can be read as FTS5 syntax (no operators, no errors).
    """
    words = _WORD.findall(fold_for_search(query).replace("_", " "))
    return " ".join(f'"{w}"*' for w in words)


def write_index(conn: Connection, table: str, rowid: int, texts: Iterable[str]) -> None:
    """(Re)index one row; called in the same transaction as the row's own write."""
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
    conn.execute(
        f"INSERT INTO {table}(rowid, text) VALUES (?, ?)", (rowid, fold_for_search("\n".join(texts)))
    )


@dataclass(frozen=True)
class MatchingIds:
    embassies: list[int]
    officers: list[int]
    interactions: list[int]
    more: frozenset[SearchKind]


def matching_ids(conn: Connection, query: str, limit: int, offset: int = 0) -> MatchingIds:
    """Up to ``limit`` ids of each kind after the first ``offset``; ``more`` names the kinds that had more.

    Ordered and paged in SQL: embassies and officers by relevance (FTS5's bm25 ``rank``),
    interactions newest first. Only ``limit + 1`` rows of each kind leave SQLite; how many match
    in all is ``count_matches``, asked separately (and only when someone wants to know).
    """
    match = match_expression(query)
    if not match:
        return MatchingIds([], [], [], frozenset())
    found = {
        SearchKind.EMBASSY: _by_rank(conn, "embassies_fts", match, limit + 1, offset),
        SearchKind.OFFICER: _by_rank(conn, "officers_fts", match, limit + 1, offset),
        SearchKind.INTERACTION: _newest_interactions(conn, match, limit + 1, offset),
    }
    more = frozenset(kind for kind, ids in found.items() if len(ids) > limit)
    return MatchingIds(
        found[SearchKind.EMBASSY][:limit],
        found[SearchKind.OFFICER][:limit],
        found[SearchKind.INTERACTION][:limit],
        more,
    )


_TABLES = {
    SearchKind.EMBASSY: "embassies_fts",
    SearchKind.OFFICER: "officers_fts",
    SearchKind.INTERACTION: "interactions_fts",
}


def count_matches(conn: Connection, query: str) -> dict[SearchKind, int]:
    """How many rows of each kind match: counted in the index alone (no row is read or ranked)."""
    match = match_expression(query)
    if not match:
        return dict.fromkeys(_TABLES, 0)
    return {
        kind: conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,)).fetchone()[0]
        for kind, table in _TABLES.items()
    }


def _by_rank(conn: Connection, table: str, match: str, limit: int, offset: int = 0) -> list[int]:
    rows = conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (match, limit, offset),
    )
    return [r[0] for r in rows]


def _newest_interactions(conn: Connection, match: str, limit: int, offset: int = 0) -> list[int]:
    """The newest matches by date. Few matches: look each one up and sort them. Many (a common
    word): walk the date index from the end and keep those in the match set, which stops after
    ``offset + limit`` rows instead of sorting thousands. Both stay near 10 ms at 100,000
    interactions.

    Not bm25 here: ranking a common word's 28,000 matches at 100,000 interactions took 65 ms
    against 30 ms for this (and grows with the vault), and in a log people look for the latest."""
    count = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ? LIMIT ?)",
        (match, _FEW_MATCHES + 1),
    ).fetchone()[0]
    if count <= _FEW_MATCHES:
        sql = (
            "SELECT id FROM interactions WHERE id IN "
            "(SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?) "
            "ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
        )
    else:
        sql = (
            "WITH hits(id) AS MATERIALIZED "
            "(SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ?) "
            "SELECT i.id FROM interactions i INDEXED BY interactions_date WHERE i.id IN hits "
            "ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?"
        )
    return [r[0] for r in conn.execute(sql, (match, limit, offset))]
