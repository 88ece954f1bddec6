"""The app's hold on one vault: the folder lock for the whole run, and the vault while unlocked.

The GUI and the demo mode use this instead of the vault layer directly, so "lock" means the
same everywhere: the database is closed and every listener drops what it showed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from hrdesk.services import unlock_guard
from hrdesk.vault.errors import VaultError
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault


class UnlockCancelled(VaultError):
    """A lock came while the vault was being opened: it stays locked."""


class VaultSession:
    """Holds the folder lock from ``acquire`` until ``release``; unlock and lock in between."""

    def __init__(self, folder: VaultFolder) -> None:
        self.folder = folder
        self.vault: Vault | None = None
        self.unlock_notice = ""  # attempt-counter tampering noticed by the last unlock (see unlock_guard)
        self._on_lock: list[Callable[[], None]] = []
        # Every lock() bumps this, even with nothing open: an unlock that started before a lock
        # (the KDF runs in the background for half a second) must not open the vault after it.
        self.lock_count = 0
        self._guard = threading.RLock()

    def acquire(self) -> None:
        self.folder.acquire()

    @property
    def has_vault(self) -> bool:
        return self.folder.exists()

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_open

    def create(self, passphrase: str, started: int | None = None) -> Vault:
        return self._adopt(Vault.create(self.folder, passphrase), "", started)

    def unlock(self, passphrase: str, started: int | None = None) -> Vault:
        """Unlock; ``started`` is ``lock_count`` when the user asked, so a lock since then wins."""
        outcome = unlock_guard.unlock(self.folder, passphrase)  # applies the opt-in attempt limit
        return self._adopt(outcome.vault, outcome.notice, started)

    def _adopt(self, vault: Vault, notice: str, started: int | None) -> Vault:
        with self._guard:
            if started is not None and started != self.lock_count:
                vault.close()
                raise UnlockCancelled("The vault was locked while it was being opened.")
            self.vault, self.unlock_notice = vault, notice
            return vault

    def unlock_with_keyring(self, started: int | None = None) -> Vault | None:
        """Unlock with the device key in the OS keyring (None when not remembered), through the same
        adoption as a passphrase: post-unlock cleanup, and a lock since ``started`` wins."""
        vault = Vault.unlock_with_keyring(self.folder)
        if vault is None:
            return None
        try:
            outcome = unlock_guard.adopt_keyring_unlock(vault)
        except BaseException:
            vault.close()
            raise
        return self._adopt(outcome.vault, outcome.notice, started)

    def remembered_on_device(self) -> bool:
        return Vault.is_remembered_on_device(self.folder)

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` just before the database closes (drop models, widgets, caches)."""
        self._on_lock.append(callback)

    def lock(self) -> None:
        with self._guard:
            self.lock_count += 1
            if self.vault is None:
                return
            for callback in list(self._on_lock):
                callback()
            self.vault.close()
            self.vault = None

    def release(self) -> None:
        self.lock()
        self.folder.release()
