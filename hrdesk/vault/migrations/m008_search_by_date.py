"""Version 8: the interactions' search index is keyed by date, so a search stops after a page.

Until now an interaction's row in ``interactions_fts`` had the interaction's id as its rowid,
so finding the newest matches of a common word meant collecting all of them first (54 ms at
1,000,000 interactions). Keyed by (date, id) instead (``contacts_search.interaction_key``),
FTS5 hands them over newest first and stops after a page (9 ms).

The index is contentless (it never held a second copy of the text), so it cannot be re-keyed
in place: it is made again and every interaction is indexed anew from its own row. That takes
about a minute at 1,000,000 interactions and a fraction of a second at the sizes people have.
"""

from __future__ import annotations

from hrdesk.vault.contacts_search import write_interaction_index
from hrdesk.vault.database import Connection

VERSION = 8

SQL = """
DROP TABLE interactions_fts;
CREATE VIRTUAL TABLE interactions_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
INSERT INTO interactions_fts(interactions_fts, rank) VALUES ('secure-delete', 1);
"""

_BATCH = 5000  # rows read at a time: memory stays flat at any size


def apply(conn: Connection) -> None:
    """Index every interaction again, under its new key, a batch at a time."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, date, summary, asked, committed FROM interactions WHERE id > ? ORDER BY id LIMIT ?",
            (last, _BATCH),
        ).fetchall()
        if not rows:
            return
        for iid, date, summary, asked, committed in rows:
            write_interaction_index(conn, iid, date, (summary, asked, committed))
        last = rows[-1][0]
