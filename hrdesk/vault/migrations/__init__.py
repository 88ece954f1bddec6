"""Numbered schema migrations, applied in order and recorded in ``PRAGMA user_version``.

Each migration is a module with ``VERSION`` (its number, starting at 1) and ``SQL``, and
optionally ``apply(conn)`` for what SQL alone cannot do (re-indexing text the way the app
folds it), run after the SQL in the same transaction. To change the schema, add the next
module and append it to ``MIGRATIONS``; never edit a released one.
"""

from __future__ import annotations

from types import ModuleType

from sqlcipher3.dbapi2 import complete_statement

from hrdesk.vault.database import Connection
from hrdesk.vault.errors import NotAVault
from hrdesk.vault.migrations import (
    m001_initial,
    m002_cases,
    m003_contacts,
    m004_accountability,
    m005_glance,
    m006_people,
    m007_handover,
    m008_search_by_date,
)

MIGRATIONS: list[ModuleType] = [
    m001_initial,
    m002_cases,
    m003_contacts,
    m004_accountability,
    m005_glance,
    m006_people,
    m007_handover,
    m008_search_by_date,
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database up to ``target``, one migration per transaction. Returns the new version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise NotAVault("This vault was made by a newer version of hrdesk; please update hrdesk.")
    for module in MIGRATIONS[current:target]:
        assert current + 1 == module.VERSION, "migrations must be numbered without gaps"  # noqa: S101
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(module.SQL):
                conn.execute(statement)
            if hasattr(module, "apply"):
                module.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(module.VERSION)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        current = module.VERSION
    return current


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (SQLite's own test, so triggers with inner ';' survive)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
