"""The app's hold on one vault: the folder lock for the whole run, and the vault while unlocked.

The GUI and the demo mode use this instead of the vault layer directly, so "lock" means the
same everywhere: the database is closed and every listener drops what it showed.
"""

from __future__ import annotations

from collections.abc import Callable

from hrdesk.services import unlock_guard
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault


class VaultSession:
    """Holds the folder lock from ``acquire`` until ``release``; unlock and lock in between."""

    def __init__(self, folder: VaultFolder) -> None:
        self.folder = folder
        self.vault: Vault | None = None
        self.unlock_notice = ""  # attempt-counter tampering noticed by the last unlock (see unlock_guard)
        self._on_lock: list[Callable[[], None]] = []

    def acquire(self) -> None:
        self.folder.acquire()

    @property
    def has_vault(self) -> bool:
        return self.folder.exists()

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_open

    def create(self, passphrase: str) -> Vault:
        self.vault = Vault.create(self.folder, passphrase)
        return self.vault

    def unlock(self, passphrase: str) -> Vault:
        outcome = unlock_guard.unlock(self.folder, passphrase)  # applies the opt-in attempt limit
        self.vault, self.unlock_notice = outcome.vault, outcome.notice
        return self.vault

    def unlock_with_keyring(self) -> Vault | None:
        self.vault = Vault.unlock_with_keyring(self.folder)
        return self.vault

    def remembered_on_device(self) -> bool:
        return Vault.is_remembered_on_device(self.folder)

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` just before the database closes (drop models, widgets, caches)."""
        self._on_lock.append(callback)

    def lock(self) -> None:
        if self.vault is None:
            return
        for callback in list(self._on_lock):
            callback()
        self.vault.close()
        self.vault = None

    def release(self) -> None:
        self.lock()
        self.folder.release()
