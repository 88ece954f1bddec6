"""'Remember on this device': an in-memory keyring backend here, a real Secret Service in CI."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from hrdesk.vault.device_keyring import keyring_status
from hrdesk.vault.errors import KeyringUnavailable, WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault, erase_vault
from tests.helpers import InMemoryKeyring

PASS = "correct horse battery"


def test_no_keyring_is_reported_and_refused(tmp_path: Path) -> None:
    ok, reason = keyring_status()
    assert not ok and reason
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    with pytest.raises(KeyringUnavailable):
        vault.remember_on_device()
    assert not vault.remembered_on_device


def _remember_round_trip(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('x', 'remembered')")
    vault.remember_on_device()
    vault.close()
    folder.release()

    again = Vault.unlock_with_keyring(VaultFolder(tmp_path / "v"))
    assert again is not None
    assert again.connection.execute("SELECT value FROM meta WHERE key = 'x'").fetchone() == ("remembered",)
    stored = keyring.get_password("hrdesk", f"vault-{again.vault_id}")
    assert stored and PASS not in stored  # a random device key, never the passphrase
    again.forget_on_device()
    assert keyring.get_password("hrdesk", f"vault-{again.vault_id}") is None
    again.close()
    again.folder.release()
    assert Vault.unlock_with_keyring(VaultFolder(tmp_path / "v")) is None


def test_remember_with_in_memory_backend(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    assert keyring_status()[0]
    _remember_round_trip(tmp_path)


def test_a_wrong_device_key_does_not_unlock(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    vault.remember_on_device()
    memory_keyring.store[("hrdesk", f"vault-{vault.vault_id}")] = "00" * 32
    vault.close()
    folder.release()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_keyring(VaultFolder(tmp_path / "v"))


def test_erase_removes_the_keyring_entry(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    vault.remember_on_device()
    vault.close()
    erase_vault(folder)
    assert memory_keyring.store == {}


@pytest.mark.keyring_service
def test_remember_with_real_secret_service(tmp_path: Path) -> None:
    ok, backend = keyring_status()
    assert ok, backend
    chosen = keyring.get_keyring()  # often a ChainerBackend wrapping the real ones
    names = [type(b).__module__ for b in getattr(chosen, "backends", [chosen])]
    assert any("SecretService" in name for name in names), names
    _remember_round_trip(tmp_path)
