"""Emergency erase: make the vault undecryptable at once, then remove everything it left behind.

The key file goes first (overwritten, flushed, deleted): from that instant the database and
the automatic backups are undecryptable even with the passphrase. Then the database, the
backups, the attempt counter, the keyring entry and this device's note of the attempt limit go.
What erasing cannot promise on SSDs and copy-on-write filesystems is written in docs/security.md.
"""

from __future__ import annotations

import contextlib

from hrdesk.services import attempt_limits
from hrdesk.vault.errors import NotAVault
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.keyslots import KeySlots, destroy
from hrdesk.vault.side_files import attempts_file, backups_dir
from hrdesk.vault.vault import erase_vault


def has_anything(folder: VaultFolder) -> bool:
    """True when there is a vault, or leftovers of one (backups, counter), to erase."""
    path = folder.path
    return folder.exists() or backups_dir(path).exists() or attempts_file(path).exists()


def emergency_erase(folder: VaultFolder) -> None:
    """Erase the vault in ``folder`` without needing its passphrase. The folder itself stays."""
    finish_erase(folder, destroy_key_file(folder))


def destroy_key_file(folder: VaultFolder) -> str | None:
    """The first step, milliseconds: from here on nothing can decrypt the vault or its automatic
    backups, even with the passphrase. Returns the vault's id (for ``finish_erase``)."""
    vault_id = None
    with contextlib.suppress(NotAVault):
        vault_id = KeySlots.load(folder.keyslots).vault_id
    destroy(folder.keyslots)
    return vault_id


def finish_erase(folder: VaultFolder, vault_id: str | None) -> None:
    """The rest, which can take seconds (a large database, a slow keyring): the database, automatic
    backups, attempt counter, keyring entry and this device's note of the attempt limit."""
    if vault_id is not None:
        from hrdesk.vault.device_keyring import delete_device_key  # keyring loads slowly: only here

        with contextlib.suppress(Exception):  # a keyring that fails must not stop the erase
            delete_device_key(vault_id)
    erase_vault(folder)
    if vault_id is not None:
        attempt_limits.forget_device_copy(vault_id)
