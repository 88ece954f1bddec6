"""A vault whose database was emptied, cut short or lost its schema is damaged, never a new vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdesk.services import backups
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import example_case
from hrdesk.vault import vault as vault_module
from hrdesk.vault.database import open_database
from hrdesk.vault.errors import NotAVault
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.migrations import LATEST_VERSION
from hrdesk.vault.vault import Vault
from tests.helpers import run_cli

PASS = "correct horse battery"


def make_vault(path: Path) -> VaultFolder:
    folder = VaultFolder(path)
    Vault.create(folder, PASS).close()
    folder.release()
    return folder


@pytest.mark.parametrize("size", [0, 100])
def test_emptied_database_is_refused_and_left_as_it_is(tmp_path: Path, size: int) -> None:
    folder = make_vault(tmp_path / "v")
    with folder.database.open("r+b") as handle:
        handle.truncate(size)
    for suffix in ("-wal", "-shm"):
        folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)
    assert folder.database.stat().st_size == size  # not rewritten as a new, empty vault


def test_cli_check_of_an_emptied_database_exits_4(tmp_path: Path) -> None:
    folder = make_vault(tmp_path / "v")
    folder.database.write_bytes(b"")
    result = run_cli("check", "--vault", str(folder.path), stdin=PASS + "\n")
    assert result.code == 4, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "empty or damaged" in result.stderr
    assert folder.database.stat().st_size == 0


def test_database_without_schema_marker_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database that opens under the vault's key but has no schema (user_version 0) is damaged."""
    folder = make_vault(tmp_path / "v")
    vault = Vault.unlock(folder, PASS)
    key = bytes(vault._master_key)
    vault.close()
    for path in folder.path.glob("vault.db*"):
        path.unlink()
    open_database(folder.database, key).close()  # a fresh, empty database under the right key
    with pytest.raises(NotAVault, match="empty or damaged"):
        Vault.unlock(folder, PASS)


@pytest.mark.parametrize("version", [0, LATEST_VERSION + 1])
def test_refused_database_is_closed_and_key_zeroed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int
) -> None:
    folder = make_vault(tmp_path / "v")
    vault = Vault.unlock(folder, PASS)
    vault.connection.execute(f"PRAGMA user_version = {version}")
    vault.close()
    opened, closed_keys = [], []
    real_open, real_close = vault_module.open_database, Vault.close

    def spy_open(path: Path, key: bytes) -> object:
        opened.append(real_open(path, key))
        return opened[-1]

    def spy_close(self: Vault) -> None:
        real_close(self)
        closed_keys.append(bytes(self._master_key))

    monkeypatch.setattr(vault_module, "open_database", spy_open)
    monkeypatch.setattr(Vault, "close", spy_close)
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)
    assert len(opened) == 1
    with pytest.raises(Exception, match="closed"):
        opened[0].execute("SELECT 1")
    assert closed_keys and set(closed_keys[-1]) == {0}


def test_automatic_backup_of_an_empty_vault_keeps_the_older_ones(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    service = CaseService(vault)
    case_id = service.import_case(example_case())
    day = datetime(2026, 3, 1, 9, tzinfo=UTC)
    kept = backups.make_auto_backup(vault, keep=1, now=day)
    assert kept is not None
    service.delete_case(case_id)
    service.purge_deleted()
    assert not vault.holds_records()
    for n in range(1, 6):
        assert backups.make_auto_backup(vault, keep=1, now=day + timedelta(days=n)) is None
    assert backups.list_auto_backups(vault.folder.path) == [kept]
    service.import_case(example_case())  # records again: backups resume and rotate as before
    newest = backups.make_auto_backup(vault, keep=1, now=day + timedelta(days=7))
    assert backups.list_auto_backups(vault.folder.path) == [newest]
    vault.close()
