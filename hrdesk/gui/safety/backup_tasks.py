"""The slow, Qt-free steps behind the backup and restore dialogs (run through ``BackgroundCall``).

Restoring from the GUI differs from ``hrdesk restore`` in one way: the app holds the lock of its
vault folder for the whole run, and may have a vault open there. So a backup is restored, and
thereby checked completely, into a hidden folder *next to* the vault folder (``stage_restore``);
only when that succeeded does ``install_restored`` erase what the vault folder held and move the
restored files in. A refused backup leaves nothing behind and changes nothing.

These functions belong with ``hrdesk.services.backups``; they live here for now because only the
GUI needs them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from hrdesk.private_files import fsync_dir, write_export_stream
from hrdesk.services.backups import SUFFIX, restore_backup_file, write_backup_to
from hrdesk.services.emergency import emergency_erase, has_anything
from hrdesk.vault.folder import KEYSLOTS_NAME, LOCK_NAME, VaultFolder
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.vault import Vault

STAGING_INFIX = ".restored-"


def with_suffix(path: Path) -> Path:
    """``path``, with the backup suffix added when the name chosen has no suffix at all."""
    return path if path.suffix else path.with_name(path.name + SUFFIX)


def write_backup(
    vault: Vault,
    passphrase: str,
    path: Path,
    check_vault_passphrase: bool,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Seal the whole vault under ``passphrase`` into ``path``; return the file's size in bytes.

    With ``check_vault_passphrase``, ``passphrase`` must be the vault's (``WrongPassphrase``): a
    typing mistake would otherwise make a backup that nobody can open. ``progress(done, total)``
    as in ``write_backup_to``.
    """
    if check_vault_passphrase:
        KeySlots.load(vault.folder.keyslots).unlock_with_passphrase(passphrase)
    sizes: list[int] = []
    # Streamed into a temp file beside it, then renamed: never half a backup, never the whole
    # vault in memory.
    write_export_stream(
        path, lambda out: sizes.append(write_backup_to(out, vault, passphrase, progress=progress))
    )
    return sizes[0]


def stage_restore(
    folder: VaultFolder,
    source: Path,
    passphrase: str,
    unlocked_vault_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Check ``source`` completely and restore it into a new hidden folder beside ``folder``.

    ``WrongPassphrase`` or ``BackupError`` (nothing written), ``WriteFailed`` or ``OSError``
    (nothing left behind). The vault folder is not touched.
    """
    prefix = f".{folder.path.name}{STAGING_INFIX}"
    for stale in folder.path.parent.glob(prefix + "*"):  # a restore cut short (app closed, crash)
        discard_staged(stale)  # safe: this app holds the vault folder's lock, nobody else restores here
    staged = folder.path.parent / f"{prefix}{secrets.token_hex(6)}"
    restore_backup_file(source, staged, passphrase, unlocked_vault_id=unlocked_vault_id, progress=progress)
    return staged


def discard_staged(staged: Path) -> None:
    shutil.rmtree(staged, ignore_errors=True)


def install_restored(folder: VaultFolder, staged: Path) -> None:
    """Replace whatever vault ``folder`` holds by the restored one in ``staged``.

    Call with the vault locked (closed). The old vault is erased as by the emergency erase (its key
    file first, then its database, automatic backups, attempt counter and keyring entry); the
    folder and its lock file stay, so this app keeps its hold on the folder. The key file of the
    restored vault moves in last: until then the folder holds no vault, never a mixture.
    """
    if has_anything(folder):
        emergency_erase(folder)
    files = [p for p in staged.iterdir() if p.name not in (KEYSLOTS_NAME, LOCK_NAME)]
    for path in files:
        os.replace(path, folder.path / path.name)
    os.replace(staged / KEYSLOTS_NAME, folder.keyslots)
    fsync_dir(folder.path)
    with contextlib.suppress(OSError):
        (staged / LOCK_NAME).unlink(missing_ok=True)
        staged.rmdir()
