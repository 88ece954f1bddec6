"""Work folders of a restore, and removing the ones a killed restore left behind.

A restore writes into two private folders before anything is put in place: a work folder in the
system's temp folder (``hrdesk-restore-*``, the checked snapshot) and a staging folder beside the
target (``.<target>.restore-*``, the new vault). A restore that is killed leaves them behind; the
staging folder even opens with the backup's passphrase. Each restore holds the folder lock of its
own work and staging folders (``VaultFolder``, released by the OS when the process dies), so the
next restore can tell a leftover (lock free) from another restore at work (lock held).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hrdesk.private_files import TEMP_PREFIX
from hrdesk.vault.errors import VaultInUse
from hrdesk.vault.folder import DATABASE_NAME, KEYSLOTS_NAME, LOCK_NAME, VaultFolder

RESTORE_WORK_PREFIX = "hrdesk-restore-"
STAGING_INFIX = ".restore-"
# What a restore writes; a folder holding anything else is not ours and is never removed.
_OURS = {
    LOCK_NAME,
    KEYSLOTS_NAME,
    DATABASE_NAME,
    DATABASE_NAME + "-wal",
    DATABASE_NAME + "-shm",
    DATABASE_NAME + "-journal",
    "snapshot.db",
    "snapshot.db-journal",
}


def claimed(folder: Path) -> VaultFolder:
    """Hold ``folder`` for this restore (release it with ``.release()`` when done)."""
    held = VaultFolder(folder)
    held.acquire()
    return held


def sweep_restore_leftovers(target: Path) -> list[Path]:
    """Remove work and staging folders of restores that were killed, beside ``target`` and in the
    temp folder; folders another restore holds, or that hold files we never write, are kept."""
    candidates = list(Path(tempfile.gettempdir()).glob(RESTORE_WORK_PREFIX + "*"))
    if target.parent.is_dir():
        # Any target's, not only this one's: the GUI restores into a new hidden name each time.
        candidates += target.parent.glob(f".*{STAGING_INFIX}*")
    removed = []
    for folder in candidates:
        if folder.is_symlink() or not folder.is_dir():
            continue
        if not all(_ours(entry) for entry in folder.iterdir()):
            continue
        held = VaultFolder(folder)
        try:
            held.acquire()
        except (VaultInUse, OSError):
            continue
        held.release()
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _ours(entry: Path) -> bool:
    if entry.is_symlink() or not entry.is_file():
        return False
    return entry.name in _OURS or entry.name.startswith(TEMP_PREFIX)
