"""The optional "remember on this device" convenience, through the OS keyring.

Only a random device key is stored in the keyring (never the passphrase); it opens the
vault's ``keyring`` key slot. Anyone who can use this computer's logged-in session can then
open the vault without the passphrase; the GUI says so before the user turns it on.
"""

from __future__ import annotations

import contextlib
import os

import keyring
import keyring.errors
from keyring.backends import fail

from hrdesk.vault.errors import KeyringUnavailable

SERVICE = "hrdesk"


def _username(vault_id: str) -> str:
    return f"vault-{vault_id}"


def keyring_status() -> tuple[bool, str]:
    """Whether a usable keyring exists here, and the backend's name (or why not)."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration must not stop the app
        return False, str(exc)
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return False, "no keyring service is running on this device"
    return True, type(backend).__name__


def store_device_key(vault_id: str) -> bytes:
    """Create a new random device key, store it in the keyring and return it."""
    key = os.urandom(32)
    try:
        keyring.set_password(SERVICE, _username(vault_id), key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring refused to store the key: {exc}") from None
    return key


def load_device_key(vault_id: str) -> bytes | None:
    """The stored device key, or None when there is none (or no keyring at all)."""
    try:
        value = keyring.get_password(SERVICE, _username(vault_id))
    except keyring.errors.KeyringError:
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete_device_key(vault_id: str) -> None:
    """Forget the device key; absent keys and missing keyrings are fine."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _username(vault_id))
