"""Opening the SQLCipher database with a raw 256-bit key, and transactions on it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from hrdesk.vault.errors import NotAVault

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError

_logging_silenced = False


def _silence_sqlcipher_logging() -> None:
    """SQLCipher prints "hmac check failed" to stderr on a bad key; once per process is enough."""
    global _logging_silenced
    if not _logging_silenced:
        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
        _logging_silenced = True


def open_database(path: Path, key: bytes) -> Connection:
    """Open (or create) the encrypted database at ``path`` with the raw ``key``.

    A raw key skips SQLCipher's own PBKDF2: our key already comes from Argon2id key slots.
    Raises ``NotAVault`` when the file is not a database under this key (damaged or foreign).
    """
    _silence_sqlcipher_logging()
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see ``transaction``).
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 2000")
    except DatabaseError:
        conn.close()
        raise NotAVault("The vault's database is damaged or is not an hrdesk vault.") from None
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run a block atomically: everything in it is committed, or nothing is."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
