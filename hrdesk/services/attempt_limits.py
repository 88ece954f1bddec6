"""The opt-in unlock-attempt limit: turning it on and off, and what the unlock screen shows.

Three records agree when nobody tampered: the counter file in the vault folder (authenticated,
``hrdesk.vault.attempts``), the limit inside the encrypted vault, and a note on this device
(``attempt-limits.json`` beside the settings) naming the vaults that have a limit. A counter file
that is edited, or deleted while this device's note says it should exist, is *tampering*: the
limit counts as reached minus one, so exactly one more attempt is allowed (and the user is told
after a successful unlock). Deleting the counter file *and* the note is noticed at the next
successful unlock, from the vault's own copy.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from hrdesk.config_folder import config_dir
from hrdesk.private_files import write_private_file
from hrdesk.vault import attempts
from hrdesk.vault.attempts import AttemptState, CounterTampered
from hrdesk.vault.errors import NotAVault, VaultError
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.vault import Vault

DEFAULT_LIMIT = 10
LIMIT_RANGE = (3, 100)
DEVICE_FILE = "attempt-limits.json"
EDITED = "edited"
MISSING = "missing"


# -- this device's note ----------------------------------------------------------------------
def _device_path() -> Path:
    return config_dir() / DEVICE_FILE


def device_limits() -> dict[str, int]:
    """Vault id -> limit, for the vaults this device knows to have a limit (unreadable: none)."""
    try:
        data = json.loads(_device_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int) and v > 0}


def _set_device_limit(vault_id: str, limit: int, noted: int | None = None) -> None:
    """Note ``limit`` for ``vault_id`` on this device; ``noted`` is the note read just before (when
    known it spares reading the file again when nothing changes)."""
    if noted == limit:
        return
    limits = device_limits()
    if limits.get(vault_id, 0) == limit:
        return
    if limit:
        limits[vault_id] = limit
    else:
        limits.pop(vault_id, None)
    # A note for noticing tampering early; a full or read-only disk must not stop the app.
    with contextlib.suppress(OSError):
        write_private_file(_device_path(), json.dumps(limits, indent=1, sort_keys=True).encode("ascii"))


def note_device_limit(vault_id: str, limit: int) -> None:
    """This device's copy of a vault's limit (a restored vault's, before its first unlock)."""
    _set_device_limit(vault_id, limit)


def forget_device_copy(vault_id: str) -> None:
    _set_device_limit(vault_id, 0)


# -- state -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BeforeUnlock:
    """What is known of the limit before unlocking, read once: the counter as far as it can be
    trusted (None: no limit) and this device's note of the limit (0: none)."""

    state: AttemptState | None
    noted: int


def read_before_unlock(vault_dir: Path, vault_id: str) -> BeforeUnlock:
    """The counter file and this device's note, each read once, judged together."""
    noted = device_limits().get(vault_id, 0)
    try:
        state = attempts.read_state(vault_dir, vault_id)
    except CounterTampered:
        limit = noted or DEFAULT_LIMIT
        return BeforeUnlock(AttemptState(limit, limit - 1, EDITED), noted)
    if state is None and noted:
        return BeforeUnlock(AttemptState(noted, noted - 1, MISSING), noted)
    return BeforeUnlock(state, noted)


def current_state(vault_dir: Path, vault_id: str) -> AttemptState | None:
    """The counter as far as it can be trusted before unlocking (None: no limit)."""
    return read_before_unlock(vault_dir, vault_id).state


def status(folder: VaultFolder) -> AttemptState | None:
    """What the unlock screen shows (read-only): the limit and attempts left, or None when off."""
    try:
        vault_id = KeySlots.load(folder.keyslots).vault_id
    except NotAVault:
        return None
    return current_state(folder.path, vault_id)


# -- settings --------------------------------------------------------------------------------
def attempt_limit(vault: Vault) -> int:
    """The limit set for this vault (0 = off), from the vault's own copy."""
    return attempts.read_vault_limit(vault.connection)


def set_attempt_limit(vault: Vault, limit: int) -> None:
    """Turn the limit on (``limit`` failures in a row erase the vault) or off (0); resets the count."""
    if limit and not LIMIT_RANGE[0] <= limit <= LIMIT_RANGE[1]:
        raise VaultError(f"The limit must be between {LIMIT_RANGE[0]} and {LIMIT_RANGE[1]}.")
    # The vault's copy first: a crash in between then errs on the side of noticing.
    attempts.write_vault_limit(vault.connection, limit)
    if limit:
        attempts.save_state(vault.folder.path, vault.vault_id, AttemptState(limit))
    else:
        attempts.remove_state(vault.folder.path)
    _set_device_limit(vault.vault_id, limit)


def settle_after_unlock(vault: Vault, counted: AttemptState | None, noted: int | None = None) -> str:
    """After a successful unlock: reset the count to zero, repair what was tampered with, and
    return the tampering notice to show the user ("" when all was well). ``noted`` is this
    device's note as read before the unlock (None: not read)."""
    limit = attempts.read_vault_limit(vault.connection)
    notice = counted.notice if counted is not None else ""
    if limit and counted is None:
        notice = MISSING  # the counter file and this device's note were both removed
    if limit:
        attempts.save_state(vault.folder.path, vault.vault_id, AttemptState(limit))
    elif counted is not None:
        attempts.remove_state(vault.folder.path)  # a counter the vault never asked for
    _set_device_limit(vault.vault_id, limit, noted)
    return notice
