"""Opening the SQLCipher database with a raw 256-bit key, and transactions on it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from hrdesk.vault.errors import NotAVault, VaultError

Connection = dbapi2.Connection
Cursor = dbapi2.Cursor
DatabaseError = dbapi2.DatabaseError

_logging_silenced = False


def silence_sqlcipher_logging() -> None:
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
    silence_sqlcipher_logging()
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


class WriteFailed(VaultError):
    """The disk is full or refused a write: the transaction was rolled back, nothing of it was saved."""


# SQLite's messages for SQLITE_FULL and SQLITE_IOERR (a size limit or a failing disk gives the latter).
_WRITE_FAILURES = ("database or disk is full", "disk i/o error")


def inserted_id(cursor: Cursor) -> int:
    """The rowid of the row an INSERT just added (SQLite sets it on every successful INSERT)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise VaultError("The database did not report the new row.")
    return rowid


def is_write_failure(error: DatabaseError) -> bool:
    """True for a full disk or a refused write (as opposed to a damaged or foreign database)."""
    return any(text in str(error).lower() for text in _WRITE_FAILURES)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run a block atomically: everything in it is committed, or nothing is.

    A full disk (or any refused write) surfaces as ``WriteFailed`` with a message a person can act
    on; the database keeps its last committed state (WAL: an uncommitted frame is ignored).
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(DatabaseError):  # SQLite may have rolled back by itself
                conn.execute("ROLLBACK")
            raise
    except DatabaseError as exc:
        if is_write_failure(exc):
            raise WriteFailed(
                "The vault could not be written: the disk is full or refused the write. "
                "Nothing of this change was saved."
            ) from None
        raise
