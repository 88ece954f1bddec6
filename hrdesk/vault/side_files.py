"""Names of the vault folder's files besides the database and the key file, and their removal.

Automatic backups, the unlock-attempt counter and short-lived work folders all live inside the
vault folder, so "erase the vault" can find every one of them in a single place.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from hrdesk.private_files import TEMP_PREFIX as TEMP_PREFIX  # half-written files; re-exported for the vault
from hrdesk.vault.keyslots import destroy

BACKUPS_DIR = "backups"
ATTEMPTS_NAME = "attempts.json"
WORK_PREFIX = ".work-"  # private folders for a backup snapshot being made (removed after use)


def backups_dir(vault_dir: Path) -> Path:
    return vault_dir / BACKUPS_DIR


def attempts_file(vault_dir: Path) -> Path:
    return vault_dir / ATTEMPTS_NAME


def remove_side_files(vault_dir: Path) -> None:
    """Delete automatic backups, the attempt counter and work folders (missing ones are fine).

    Called after the key file is destroyed: the backups are encrypted under a key derived from
    the vault's master key, so from then on they are undecryptable even if a copy survives.
    """
    if not vault_dir.is_dir():
        return
    shutil.rmtree(backups_dir(vault_dir), ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        attempts_file(vault_dir).unlink()
    for work in vault_dir.glob(WORK_PREFIX + "*"):
        shutil.rmtree(work, ignore_errors=True)


def remove_stale_files(vault_dir: Path) -> None:
    """Clear what a crash (power cut, kill) can leave behind; call only while holding the vault lock,
    before this process writes anything.

    A half-written ``.tmp-*`` may be a key file: after a passphrase change it would still open the
    vault with the *old* passphrase, so it is overwritten before it is deleted, like the key file.
    """
    for stray in vault_dir.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            destroy(stray)
    for work in vault_dir.glob(WORK_PREFIX + "*"):
        shutil.rmtree(work, ignore_errors=True)
    for stray in backups_dir(vault_dir).glob(TEMP_PREFIX + "*"):
        stray.unlink(missing_ok=True)
