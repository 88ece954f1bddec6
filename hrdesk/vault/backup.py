"""Whole-vault snapshots for backups, and turning a verified snapshot into a new vault folder.

Plaintext never touches the disk. A snapshot is ``sqlcipher_export``-ed, inside one read
transaction of a second connection (so it is consistent and never blocks the app), into a
database encrypted under a fresh throw-away key; that key travels with the snapshot's bytes
inside the encrypted backup file (``backup_file``). Restoring writes the snapshot, still under
its throw-away key, to a private temporary folder, checks it completely, and only then exports
it under a new master key into a staging folder that is renamed into place.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, cast

import sqlcipher3

from hrdesk import __version__
from hrdesk.private_files import fsync_dir, make_private_dir
from hrdesk.vault import attempts
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.database import (
    Connection,
    DatabaseError,
    WriteFailed,
    is_write_failure,
    open_database,
    silence_sqlcipher_logging,
)
from hrdesk.vault.errors import VaultError, VaultExists
from hrdesk.vault.folder import DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, VaultFolder
from hrdesk.vault.kdf import KEY_BYTES, KdfParams
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.migrations import LATEST_VERSION, migrate
from hrdesk.vault.restore_staging import (
    RESTORE_WORK_PREFIX,
    STAGING_INFIX,
    claimed,
    sweep_restore_leftovers,
)
from hrdesk.vault.side_files import WORK_PREFIX
from hrdesk.vault.vault import Vault

PAYLOAD_MAGIC = b"hrdesk-snapshot-1\n"
_one_at_a_time = threading.Lock()  # a snapshot clears stale work folders: never two at once
RESTORE_FAILED = "The vault could not be restored"
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


# -- taking a snapshot -----------------------------------------------------------------------
def take_snapshot(vault: Vault) -> bytes:
    """The plaintext of a backup: a JSON line (throw-away key, schema version) + the snapshot file."""
    with snapshot_stream(vault) as (source, _size):
        return source.read()


@contextlib.contextmanager
def snapshot_stream(vault: Vault) -> Iterator[tuple[BinaryIO, int]]:
    """``take_snapshot`` as a file to read (and its size) instead of bytes in memory.

    The snapshot stays encrypted under its throw-away key on disk, in a work folder inside the
    vault folder that is removed when the ``with`` block ends.
    """
    with _one_at_a_time, _snapshot_file(vault) as (head, target), target.open("rb") as body:
        yield cast(BinaryIO, _Joined(head, body)), len(head) + target.stat().st_size


@contextlib.contextmanager
def _snapshot_file(vault: Vault) -> Iterator[tuple[bytes, Path]]:
    for stale in vault.folder.path.glob(WORK_PREFIX + "*"):  # left by a crash (the vault is locked to us)
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=vault.folder.path))
    try:
        key = os.urandom(KEY_BYTES)
        target = work / "snapshot.db"
        reader = vault.open_reader()
        try:
            version = _export(reader, target, key, "The backup could not be made")
        finally:
            reader.close()
        meta = {"db_key": key.hex(), "schema": version, "made": _now(), "by": __version__}
        yield PAYLOAD_MAGIC + json.dumps(meta).encode("ascii") + b"\n", target
    finally:
        shutil.rmtree(work, ignore_errors=True)


class _Joined:
    """Reads ``head`` and then ``body``, as one file (only ``read`` is needed)."""

    def __init__(self, head: bytes, body: BinaryIO) -> None:
        self._head = head
        self._body = body

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._body.read(size)
        if 0 <= size < len(self._head):
            part, self._head = self._head[:size], self._head[size:]
            return part
        part, self._head = self._head, b""
        return part + self._body.read(-1 if size < 0 else size - len(part))


def _export(conn: Connection, target: Path, key: bytes, what_failed: str) -> int:
    """Copy ``conn``'s main database into ``target`` (encrypted under ``key``) in one read transaction."""
    try:
        return _export_unchecked(conn, target, key)
    except DatabaseError as exc:
        if is_write_failure(exc):
            raise WriteFailed(f"{what_failed}: the disk is full or refused a write.") from None
        raise


def _export_unchecked(conn: Connection, target: Path, key: bytes) -> int:
    conn.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{key.hex()}'\"", (str(target),))
    try:
        conn.execute("BEGIN")
        try:
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('copy')").fetchall()
            conn.execute(f"PRAGMA copy.user_version = {version}")  # not copied by sqlcipher_export
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE copy")
    return version


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- restoring -------------------------------------------------------------------------------
def check_restore_target(target: Path) -> None:
    """Refuse early (nothing written) when ``target`` holds a vault or other files, or is in use."""
    if not target.exists():
        return
    if not target.is_dir():
        raise VaultError(f"{target} is a file, not a folder.")
    folder = VaultFolder(target)
    if folder.exists():
        raise VaultExists(
            f"A vault already exists in {target}: restore into a new folder, or erase it first."
        )
    if any(p.name != LOCK_NAME for p in target.iterdir()):
        raise VaultError(f"{target} is not empty: restore into a new folder.")
    if folder.lock_file.exists():
        folder.acquire()  # VaultInUse when an app still has this (erased) folder open
        folder.release()


def restore_snapshot(
    payload: bytes, target: Path, passphrase: str, kdf: KdfParams | None = None
) -> tuple[str, int]:
    """Check ``payload`` completely, then make a new vault in ``target`` under ``passphrase``.
    Returns the new vault's id and its attempt limit (0: none), for this device's note of it.

    On any failure nothing is left behind: not the target, not a parent folder made for it.
    """
    return restore_snapshot_from(lambda out: out.write(payload), target, passphrase, kdf)


def restore_snapshot_from(
    fill: Callable[[BinaryIO], object], target: Path, passphrase: str, kdf: KdfParams | None = None
) -> tuple[str, int]:
    """``restore_snapshot`` of a payload that ``fill`` writes (a backup decrypted chunk by chunk).

    The snapshot goes to a private temporary file as it arrives (it is still encrypted under its
    throw-away key), so memory stays bounded whatever the vault's size.
    """
    check_restore_target(target)
    sweep_restore_leftovers(target)  # what a killed restore left (it may open with a passphrase)
    try:
        with tempfile.TemporaryDirectory(prefix=RESTORE_WORK_PREFIX) as work:
            held = claimed(Path(work))  # ours while we run: the next sweep leaves it alone
            try:
                snapshot = Path(work) / "snapshot.db"
                with snapshot.open("wb") as handle:
                    writer = _PayloadWriter(handle)
                    fill(cast(BinaryIO, writer))
                meta = writer.finish()
                conn = _open_checked(snapshot, bytes.fromhex(str(meta["db_key"])))
                try:
                    return _install(conn, target, passphrase, kdf)
                finally:
                    conn.close()
            finally:
                held.release()
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise WriteFailed(RESTORE_FAILED + ": the disk is full or refused a write.") from None
        raise


class _PayloadWriter:
    """Takes a payload's bytes: keeps its first line (the JSON meta), sends the rest to ``body``."""

    _MAX_HEAD = len(PAYLOAD_MAGIC) + 4096  # the meta line is a few hundred bytes

    def __init__(self, body: BinaryIO) -> None:
        self._body = body
        self._head = bytearray()
        self._meta: dict[str, object] | None = None
        self._body_bytes = 0

    def write(self, data: bytes) -> int:
        if self._meta is None:
            self._head += data
            if b"\n" not in self._head[len(PAYLOAD_MAGIC) :]:
                if len(self._head) > self._MAX_HEAD:
                    raise BackupError("The backup's content is damaged.")
                return len(data)
            meta, rest = _split(bytes(self._head))
            self._meta, self._head = meta, bytearray()
            data = rest
        self._body.write(data)
        self._body_bytes += len(data)
        return len(data)

    def finish(self) -> dict[str, object]:
        if self._meta is None or not self._body_bytes:
            raise BackupError("The backup's content is damaged.")
        return self._meta


def _split(payload: bytes) -> tuple[dict[str, object], bytes]:
    """The meta line's content and whatever follows it (possibly nothing yet)."""
    try:
        if not payload.startswith(PAYLOAD_MAGIC):
            raise ValueError("no snapshot")
        line, _, db_bytes = payload[len(PAYLOAD_MAGIC) :].partition(b"\n")
        meta = json.loads(line.decode("ascii"))
        if not isinstance(meta, dict) or len(bytes.fromhex(meta["db_key"])) != KEY_BYTES:
            raise ValueError("bad snapshot")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BackupError("The backup's content is damaged.") from None
    return meta, db_bytes


def _open_checked(path: Path, key: bytes) -> Connection:
    """Open the snapshot and run SQLCipher's and SQLite's integrity checks on it."""
    silence_sqlcipher_logging()  # a damaged snapshot must not print dozens of SQLCipher log lines
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except DatabaseError:
        conn.close()
        raise BackupError("The backup's content is damaged.") from None
    if problems or "meta" not in tables or version < 1:
        conn.close()
        raise BackupError("The backup's content is damaged.")
    if version > LATEST_VERSION:
        conn.close()
        raise BackupError("This backup was made by a newer version of hrdesk; please update hrdesk.")
    return conn


def _install(snapshot: Connection, target: Path, passphrase: str, kdf: KdfParams | None) -> tuple[str, int]:
    created = _make_parents(target.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING_INFIX}", dir=target.parent))
    held = claimed(staging)
    try:
        master_key = secrets.token_bytes(KEY_BYTES)
        keyslots = KeySlots(vault_id=secrets.token_hex(16))
        keyslots.set_passphrase(master_key, passphrase, kdf)
        keyslots.save(staging / KEYSLOTS_NAME)
        _export(snapshot, staging / DATABASE_NAME, master_key, RESTORE_FAILED)
        conn = open_database(staging / DATABASE_NAME, master_key)  # WAL, as every vault
        try:
            migrate(conn)  # a backup from an older hrdesk is brought up to date
            limit = attempts.read_vault_limit(conn)
        finally:
            conn.close()
        if limit:  # the attempt limit holds from the first unlock on, not from the second
            attempts.save_state(staging, keyslots.vault_id, attempts.AttemptState(limit))
        _put_in_place(staging, target)
    except BaseException:
        held.release()
        shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    held.release()
    return keyslots.vault_id, limit


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents (private); return those created, outermost first."""
    missing = [p for p in [folder, *folder.parents] if not p.exists()]
    missing.reverse()
    if missing:
        make_private_dir(folder)
    return missing


def _put_in_place(staging: Path, target: Path) -> None:
    if target.exists():
        check_restore_target(target)
        with contextlib.suppress(FileNotFoundError):
            (target / LOCK_NAME).unlink()
        target.rmdir()
    os.rename(staging, target)
    fsync_dir(target.parent)
