"""Restoring a backup over the vault folder this app holds (the GUI's restore; no Qt).

Restoring from the GUI differs from ``hrdesk restore`` in one way: the app holds the lock of its
vault folder for the whole run, and may have a vault open there. So a backup is restored, and
thereby checked completely, into a hidden folder *next to* the vault folder (``stage_restore``);
only when that succeeded does ``install_restored`` erase what the vault folder held and move the
restored files in. A refused backup leaves nothing behind and changes nothing.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from hrdesk.private_files import fsync_dir
from hrdesk.services.backups import restore_backup_file
from hrdesk.services.emergency import emergency_erase, has_anything
from hrdesk.vault.folder import KEYSLOTS_NAME, LOCK_NAME, VaultFolder

STAGING_INFIX = ".restored-"


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
