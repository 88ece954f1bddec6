"""Version 1: vault metadata (creation time, app version that made it, and small settings that
belong to the vault rather than the device)."""

VERSION = 1

SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""
