"""The vault with real SQLCipher files: create, unlock, lock, passphrase change, damage, locking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.vault.database import open_database
from hrdesk.vault.errors import NotAVault, VaultError, VaultExists, VaultInUse, WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault, erase_vault
from tests.helpers import files_containing

PASS = "correct horse battery"


def make_vault(path: Path, passphrase: str = PASS) -> VaultFolder:
    folder = VaultFolder(path)
    Vault.create(folder, passphrase).close()
    folder.release()
    return folder


def put(vault: Vault, key: str, value: str) -> None:
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def get(vault: Vault, key: str) -> str | None:
    row = vault.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def test_create_then_unlock_keeps_data(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    put(vault, "note", "مرحبا — привет")
    vault.close()
    folder.release()
    again = Vault.unlock(VaultFolder(tmp_path / "v"), PASS)
    assert get(again, "note") == "مرحبا — привет"
    assert again.check().ok


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    folder = make_vault(tmp_path / "v")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "not the passphrase")


def test_short_passphrase_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        Vault.create(VaultFolder(tmp_path / "v"), "short")
    assert not VaultFolder(tmp_path / "v").exists()


def test_create_refuses_an_existing_vault(tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    with pytest.raises(VaultExists):
        Vault.create(VaultFolder(tmp_path / "v"), "another passphrase")


def test_closed_vault_refuses_queries(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultError):
        _ = vault.connection


def test_change_passphrase_is_instant_and_keeps_data(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    put(vault, "note", "kept")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = folder.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong passphrase", "new passphrase here")
    vault.change_passphrase(PASS, "new passphrase here")
    vault.close()
    assert folder.database.read_bytes() == db_before  # only the key file changed
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)
    assert get(Vault.unlock(folder, "new passphrase here"), "note") == "kept"


def test_database_pragmas(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    conn = vault.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_key_file_records_argon2id_parameters(tmp_path: Path) -> None:
    folder = make_vault(tmp_path / "v")
    slots = json.loads(folder.keyslots.read_text())
    kdf = slots["slots"][0]["kdf"]
    assert kdf["name"] == "argon2id"
    assert kdf["memory_kib"] > 0 and kdf["time_cost"] > 0 and len(bytes.fromhex(kdf["salt"])) == 16


def test_default_kdf_is_memory_hard(monkeypatch: pytest.MonkeyPatch) -> None:
    from hrdesk.vault.kdf import default_params

    monkeypatch.delenv("HRDESK_TEST_FAST_KDF")
    params = default_params()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3


@pytest.mark.parametrize(
    "damage",
    [
        "truncate-db",
        "zero-db",
        "random-db",
        "plain-sqlite-db",
        "truncate-keys",
        "zero-keys",
        "foreign-keys",
        "no-db",
    ],
)
def test_damaged_or_foreign_files_are_not_a_vault(tmp_path: Path, damage: str) -> None:
    folder = make_vault(tmp_path / "v")
    db, keys = folder.database, folder.keyslots
    if damage == "truncate-db":
        db.write_bytes(db.read_bytes()[:1000])
    elif damage == "zero-db":
        db.write_bytes(bytes(db.stat().st_size))
    elif damage == "random-db":
        db.write_bytes(bytes(range(256)) * 32)
    elif damage == "plain-sqlite-db":
        import sqlite3

        db.unlink()
        sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.commit()
    elif damage == "truncate-keys":
        keys.write_bytes(keys.read_bytes()[:50])
    elif damage == "zero-keys":
        keys.write_bytes(bytes(400))
    elif damage == "foreign-keys":
        keys.write_text('{"format": "something-else", "version": 1}')
    elif damage == "no-db":
        db.unlink()
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)


def test_second_opener_is_refused_until_release(tmp_path: Path) -> None:
    first = VaultFolder(tmp_path / "v")
    vault = Vault.create(first, PASS)
    with pytest.raises(VaultInUse):
        Vault.unlock(VaultFolder(tmp_path / "v"), PASS)
    vault.close()
    first.release()
    Vault.unlock(VaultFolder(tmp_path / "v"), PASS).close()


def test_marker_is_in_no_file_of_vault_or_config(tmp_path: Path) -> None:
    marker = "MARKER-7f3a-شاهد-свидетель"
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    for i in range(50):  # enough to fill WAL pages before any checkpoint
        put(vault, f"k{i}", marker * 20)
    assert files_containing(marker, tmp_path) == []  # while open: the WAL is encrypted too
    vault.close()
    assert files_containing(marker, tmp_path) == []
    # The scanner itself finds markers: a plain file written on purpose is caught.
    (tmp_path / "plain.txt").write_text(marker, encoding="utf-16")
    assert files_containing(marker, tmp_path) == [tmp_path / "plain.txt"]


def test_erase_makes_the_vault_undecryptable(tmp_path: Path) -> None:
    folder = make_vault(tmp_path / "v")
    copy = folder.database.read_bytes()
    erase_vault(folder)
    assert not folder.exists()
    # Even with the database bytes and the passphrase, nothing opens: the key file is gone.
    folder.database.write_bytes(copy)
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)


def test_raw_key_opens_only_with_the_right_key(tmp_path: Path) -> None:
    path = tmp_path / "db"
    conn = open_database(path, b"k" * 32)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(NotAVault):
        open_database(path, b"j" * 32)
