"""Errors the vault raises; the CLI maps each to a documented exit code and the GUI to a message."""

from __future__ import annotations


class VaultError(Exception):
    """Anything that went wrong with a vault; the message is safe to show (no case content)."""


class WrongPassphrase(VaultError):
    """The passphrase (or keyring entry) does not unlock this vault."""


class NotAVault(VaultError):
    """The folder holds no vault, or its files are damaged or foreign."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultInUse(VaultError):
    """Another process has this vault open."""


class KeyringUnavailable(VaultError):
    """No usable OS keyring backend on this device."""
