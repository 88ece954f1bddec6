# ruff: noqa: S608 - SQL is only ever formatted from this package's constants; values are bound.
"""What the contact log's tables share: the connection, the helpers that turn rows into values, the
follow-up row of an interaction or an item, and the search index written with each row.

``ContactsRepository`` (contacts_repository.py) brings the tables of each entity together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from datetime import UTC, datetime

from hrdesk.domain.contacts import Embassy
from hrdesk.vault.contacts_search import write_index
from hrdesk.vault.database import Connection

SEP = "\x1f"  # joins names inside one column (a control character no name contains)


def stamp() -> str:
    """Now, in UTC, as stored in the created_at / updated_at / done_at columns."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def split_names(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(SEP)) if value else ()


# The officers' names and the embassies an interaction (alias i) links to, for list rows.
OFFICER_NAMES = (
    "(SELECT group_concat(o.name, char(31) ORDER BY o.name) FROM interaction_officers io "
    "JOIN officers o ON o.id = io.officer_id WHERE io.interaction_id = i.id)"
)
EMBASSY_IDS = (
    "(SELECT group_concat(DISTINCT io.embassy_id) FROM interaction_officers io "
    "WHERE io.interaction_id = i.id)"
)
LINKED = f"{OFFICER_NAMES}, {EMBASSY_IDS}"


class ContactTables:
    """The contact log's tables over one open connection (the parts every entity's rows use)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def embassy_labels(self) -> dict[int, str]:
        rows = self.conn.execute("SELECT id, government, place FROM embassies")
        return {r[0]: Embassy(r[1], r[2]).label for r in rows}

    @staticmethod
    def _labels(ids: str | None, labels: dict[int, str]) -> tuple[str, ...]:
        return tuple(labels.get(int(i), "") for i in ids.split(",")) if ids else ()

    def _set_follow_up(self, column: str, source_id: int, due: dt.date | None, done: bool) -> None:
        if due is None:
            self.conn.execute(f"DELETE FROM follow_ups WHERE {column} = ?", (source_id,))
            return
        self.conn.execute(
            f"INSERT INTO follow_ups({column}, due, done_at) VALUES (?, ?, ?) "
            f"ON CONFLICT({column}) DO UPDATE SET due = excluded.due, "
            "done_at = CASE WHEN excluded.done_at IS NULL THEN NULL "
            "ELSE coalesce(done_at, excluded.done_at) END",
            (source_id, due.isoformat(), stamp() if done else None),
        )

    def _index(self, table: str, rowid: int, texts: Iterable[str]) -> None:
        write_index(self.conn, table, rowid, texts)
