"""The unlock use case: unlocking with a passphrase, counting failures when the attempt limit is on.

Every passphrase unlock of the app (``VaultSession.unlock``) and the CLI (``cli.common.open_vault``)
goes through ``unlock``, in one pass: load the key file and read the attempt state once, count the
attempt, unlock, settle, and return an ``UnlockOutcome``. An attempt is counted (and flushed to
disk) *before* the passphrase is tried and forgiven after it succeeds, so killing the app in the
middle of an attempt never saves one. When the count reaches the limit, the vault is erased
(``emergency_erase``) and ``VaultErased`` is raised.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hrdesk.services import attempt_limits
from hrdesk.services.emergency import emergency_erase
from hrdesk.vault import attempts
from hrdesk.vault.errors import WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.side_files import remove_stale_files
from hrdesk.vault.vault import Vault


class AttemptsLeft(WrongPassphrase):
    """A wrong passphrase while the limit is on; ``remaining`` attempts before the vault is erased."""

    def __init__(self, remaining: int) -> None:
        noun = "attempt" if remaining == 1 else "attempts"
        super().__init__(
            f"The passphrase is not correct. {remaining} {noun} left before the vault is erased."
        )
        self.remaining = remaining


class VaultErased(WrongPassphrase):
    """The last allowed attempt failed: the vault has been erased."""

    def __init__(self) -> None:
        super().__init__(
            "The passphrase is not correct and no attempts were left: the vault has been erased."
        )


@dataclass(frozen=True)
class UnlockOutcome:
    vault: Vault
    notice: str = ""  # a tampering notice to show once ("" when all was well)


def unlock(folder: VaultFolder, passphrase: str) -> UnlockOutcome:
    """``Vault.unlock`` with the attempt limit applied (``AttemptsLeft``, ``VaultErased``)."""
    folder.acquire()  # the count is read and written under the vault's process lock
    keyslots = KeySlots.load(folder.keyslots)
    before = attempt_limits.read_before_unlock(folder.path, keyslots.vault_id)
    state = before.state
    if state is None:
        vault = Vault.unlock(folder, passphrase, keyslots)
        return _settled(vault, None, before.noted)
    if state.remaining == 0:  # the last attempt started but never finished
        emergency_erase(folder)
        raise VaultErased()
    counted = replace(state, failures=state.failures + 1)
    attempts.save_state(folder.path, keyslots.vault_id, counted)
    try:
        vault = Vault.unlock(folder, passphrase, keyslots)
    except WrongPassphrase:
        if counted.remaining == 0:
            emergency_erase(folder)
            raise VaultErased() from None
        raise AttemptsLeft(counted.remaining) from None
    except BaseException:
        attempts.save_state(folder.path, keyslots.vault_id, state)  # not a wrong passphrase: not a failure
        raise
    return _settled(vault, counted, before.noted)


def adopt_keyring_unlock(vault: Vault) -> UnlockOutcome:
    """The same steps after an unlock through the OS keyring as after a passphrase: the attempt count
    is reset (the current state counts as this unlock's, so no false tampering notice) and what a
    crash left is removed (a stale key file copy would still open with an old passphrase)."""
    before = attempt_limits.read_before_unlock(vault.folder.path, vault.vault_id)
    return _settled(vault, before.state, before.noted)


def _settled(vault: Vault, counted: attempts.AttemptState | None, noted: int) -> UnlockOutcome:
    notice = attempt_limits.settle_after_unlock(vault, counted, noted)
    remove_stale_files(vault.folder.path)  # what a crash of an earlier run left (we hold the lock)
    return UnlockOutcome(vault, notice)
