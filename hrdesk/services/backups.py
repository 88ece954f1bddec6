"""Backups: to a file the user keeps elsewhere, automatic ones inside the vault folder, restore.

* ``create_backup`` seals a snapshot under a passphrase (the vault's or a separate one) with a
  fresh Argon2id salt: the file cannot be linked to the vault and reveals nothing but its size.
* ``make_auto_backup`` runs after unlock, at most once a calendar day (UTC), keeping the newest
  ``DEFAULT_KEEP``. Automatic backups are sealed under a key derived from the vault's master key:
  no second key derivation, they open with the vault's key file and *current* passphrase, and
  destroying the key file (erase) kills them too. They guard against damage and mistakes, not
  against losing the computer: for that, keep a ``create_backup`` file somewhere else.
* ``restore_backup`` verifies a backup completely before it writes anything.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from hrdesk.private_files import InputTooLarge, NotARegularFile, read_input_file, write_private_stream
from hrdesk.services import attempt_limits
from hrdesk.vault import backup_file
from hrdesk.vault.backup import restore_snapshot_from, snapshot_stream
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.folder import KEYSLOTS_NAME
from hrdesk.vault.kdf import KdfParams
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.side_files import TEMP_PREFIX, backups_dir
from hrdesk.vault.subkeys import AUTO_BACKUP, subkey
from hrdesk.vault.vault import Vault, check_new_passphrase

DEFAULT_KEEP = 5
KEEP_RANGE = (1, 10)  # at 1M interactions one backup is ~0.5 GB: ten is plenty, one is the least
AUTO_PREFIX = "auto-"
SUFFIX = ".hrdesk-backup"
_STAMP = "%Y%m%d-%H%M%S-%f"

__all__ = [
    "BackupError",
    "create_backup",
    "make_auto_backup",
    "restore_backup",
    "restore_backup_file",
    "write_backup_to",
]


def create_backup(vault: Vault, passphrase: str, kdf: KdfParams | None = None) -> bytes:
    """The bytes of a backup file of the whole vault, opened by ``passphrase``."""
    out = io.BytesIO()
    write_backup_to(out, vault, passphrase, kdf)
    return out.getvalue()


def ensure_vault_passphrase(vault: Vault, passphrase: str) -> None:
    """``WrongPassphrase`` unless ``passphrase`` opens ``vault`` (before a backup under the same
    passphrase: a typing mistake would otherwise make a backup nobody can open)."""
    KeySlots.load(vault.folder.keyslots).unlock_with_passphrase(passphrase)


def write_backup_to(
    out: BinaryIO,
    vault: Vault,
    passphrase: str,
    kdf: KdfParams | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Seal a backup of the whole vault into ``out`` chunk by chunk; return its size in bytes.

    Memory stays bounded whatever the vault's size; ``progress(done, total)`` counts plaintext bytes.
    """
    check_new_passphrase(passphrase, "A backup passphrase")
    with snapshot_stream(vault) as (source, total):
        told = None if progress is None else (lambda done: progress(done, total))
        return backup_file.seal_stream_with_passphrase(source, out, passphrase, kdf, told)


# -- automatic backups -----------------------------------------------------------------------
def list_auto_backups(vault_dir: Path) -> list[Path]:
    """Automatic backups in the vault folder, oldest first (their names sort by time)."""
    folder = backups_dir(vault_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(AUTO_PREFIX) and p.name.endswith(SUFFIX))


def auto_backups_usage(vault_dir: Path) -> tuple[int, int]:
    """How many automatic backups the vault folder holds, and their size together in bytes."""
    count = size = 0
    for path in list_auto_backups(vault_dir):
        try:
            size += path.stat().st_size
        except OSError:  # deleted meanwhile (rotated by a backup in the background)
            continue
        count += 1
    return count, size


def keep_within_range(keep: int) -> int:
    """``keep`` brought into ``KEEP_RANGE`` (a settings file edited by hand may hold anything)."""
    low, high = KEEP_RANGE
    return max(low, min(high, keep))


def _made_at(path: Path) -> datetime | None:
    try:
        stamp = path.name[len(AUTO_PREFIX) : -len(SUFFIX)]
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def auto_backup_due(vault_dir: Path, now: datetime | None = None) -> bool:
    """True unless an automatic backup was already made on ``now``'s calendar day (UTC)."""
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    made = [_made_at(p) for p in list_auto_backups(vault_dir)]
    return not any(m is not None and m.date() == today for m in made)


def make_auto_backup(
    vault: Vault,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path | None:
    """Write an automatic backup if one is due (or ``force``), then keep only the newest ``keep``.

    ``progress(done, total)`` counts plaintext bytes sealed, as in ``write_backup_to``.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if not force and not auto_backup_due(vault.folder.path, now):
        return None
    if list_auto_backups(vault.folder.path) and not vault.holds_records():
        # An empty vault must not rotate out the backups of one that had records: if the data was
        # lost (not deleted by the user), those older backups are the way back.
        return None
    folder = backups_dir(vault.folder.path)
    root = vault.derive_key(AUTO_BACKUP)
    for stale in folder.glob(TEMP_PREFIX + "*"):  # a backup interrupted by a crash
        stale.unlink(missing_ok=True)
    path = folder / f"{AUTO_PREFIX}{now.strftime(_STAMP)}{SUFFIX}"
    with snapshot_stream(vault) as (source, total):
        told = None if progress is None else (lambda done: progress(done, total))
        # Streamed into the temp file: a 1M-interaction vault never sits in memory.
        write_private_stream(
            path,
            lambda out: backup_file.seal_stream_with_vault_key(source, out, vault.vault_id, root, told),
        )
    rotate(vault.folder.path, keep)
    return path


def rotate(vault_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; return the ones deleted."""
    backups = list_auto_backups(vault_dir)
    doomed = backups[: max(0, len(backups) - max(1, keep))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


# -- restoring -------------------------------------------------------------------------------
def restore_backup(
    data: bytes,
    target: Path,
    passphrase: str,
    key_file: Path | None = None,
    kdf: KdfParams | None = None,
    unlocked_vault_id: str | None = None,
) -> None:
    """Verify ``data`` completely, then write it as a new vault in ``target`` under ``passphrase``.

    ``WrongPassphrase`` or ``BackupError`` (a ``NotAVault``) before anything is written;
    ``key_file`` is the vault key file an automatic backup needs; ``unlocked_vault_id`` names the
    vault this process has unlocked (see ``_auto_backup_root``).
    """
    handle = io.BytesIO(data)
    _restore_from(handle, len(data), target, passphrase, key_file, kdf, unlocked_vault_id)


def restore_backup_file(
    path: Path,
    target: Path,
    passphrase: str,
    kdf: KdfParams | None = None,
    unlocked_vault_id: str | None = None,
    key_file: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """``restore_backup`` of a file, read chunk by chunk (memory bounded whatever its size).

    An automatic backup finds its key file two folders up unless ``key_file`` is given;
    ``progress(done, total)`` counts the bytes decrypted so far (checking and installing follow).
    """
    key_file = key_file or path.parent.parent / KEYSLOTS_NAME
    refuse_non_file(path)
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        _restore_from(handle, size, target, passphrase, key_file, kdf, unlocked_vault_id, progress)


def _restore_from(
    handle: BinaryIO,
    size: int,
    target: Path,
    passphrase: str,
    key_file: Path | None,
    kdf: KdfParams | None,
    unlocked_vault_id: str | None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    parsed, body_size = backup_file.parse_file(handle, size)
    sealed_chunk = int(parsed.header.get("chunk", backup_file.CHUNK)) + backup_file.TAG_BYTES
    plain_size = body_size - backup_file.TAG_BYTES * -(-body_size // sealed_chunk)  # less one tag a chunk
    told = None if progress is None else (lambda done: progress(done, plain_size))
    if parsed.kind == backup_file.VAULT_KEY:
        root = _auto_backup_root(parsed, passphrase, key_file, unlocked_vault_id)
    else:
        root = backup_file.root_from_passphrase(parsed, passphrase)
    vault_id, limit = restore_snapshot_from(
        lambda out: backup_file.decrypt_into(parsed, root, handle, body_size, out, told),
        target,
        passphrase,
        kdf,
    )
    if limit:
        attempt_limits.note_device_limit(vault_id, limit)


def refuse_non_file(path: Path) -> None:
    """``BackupError`` for a FIFO or a device: opening a FIFO to read it would wait for ever."""
    if path.exists() and not path.is_file():
        raise BackupError("This is not a file (a device or a pipe), so not an hrdesk backup.")


def read_backup_file(path: Path) -> bytes:
    """The bytes of a backup file, refusing anything far too large (or not a file) before reading it."""
    try:
        return read_input_file(path, backup_file.MAX_BACKUP_BYTES)
    except InputTooLarge:
        raise BackupError("The file is too large to be an hrdesk backup.") from None
    except NotARegularFile:
        raise BackupError("This is not a file (a device or a pipe), so not an hrdesk backup.") from None


def _auto_backup_root(
    parsed: backup_file.ParsedBackup, passphrase: str, key_file: Path | None, unlocked_vault_id: str | None
) -> bytes:
    if key_file is None or not key_file.exists():
        raise BackupError(
            "This is an automatic backup: it opens only next to the key file of its vault "
            "(keyslots.json, two folders up), which is not there."
        )
    keyslots = KeySlots.load(key_file)
    if keyslots.vault_id != parsed.vault_id:
        raise BackupError("This automatic backup belongs to another vault.")
    # An automatic backup opens with its vault's own passphrase: guessing here would get around
    # the unlock attempt limit. Where a limit is set, only the vault unlocked in this very app
    # (whose passphrase is already proven) may restore its automatic backups.
    limited = attempt_limits.current_state(key_file.parent, keyslots.vault_id) is not None
    if limited and unlocked_vault_id != keyslots.vault_id:
        raise BackupError(
            "This vault limits wrong passphrases, so its automatic backups can be restored only "
            "from inside hrdesk with the vault unlocked (Settings, Restore from a backup)."
        )
    return subkey(keyslots.unlock_with_passphrase(passphrase), AUTO_BACKUP)
