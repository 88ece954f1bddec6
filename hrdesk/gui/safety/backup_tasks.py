"""The slow, Qt-free step behind the backup dialog (run through ``BackgroundCall``).

The restore dialog's steps are in ``hrdesk.services.restore_in_place``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hrdesk.private_files import write_export_stream
from hrdesk.services.backups import SUFFIX, ensure_vault_passphrase, write_backup_to

if TYPE_CHECKING:
    from hrdesk.vault.vault import Vault


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
        ensure_vault_passphrase(vault, passphrase)
    sizes: list[int] = []
    # Streamed into a temp file beside it, then renamed: never half a backup, never the whole
    # vault in memory.
    write_export_stream(
        path, lambda out: sizes.append(write_backup_to(out, vault, passphrase, progress=progress))
    )
    return sizes[0]
