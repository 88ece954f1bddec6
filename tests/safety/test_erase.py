"""Emergency erase from the command line: refuses without --yes, and leaves nothing decryptable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from hrdesk.services import backups
from hrdesk.services.attempt_limits import device_limits, set_attempt_limit
from hrdesk.vault.errors import NotAVault
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import InMemoryKeyring, run_cli
from tests.safety.conftest import PASS, case_documents, filled_vault, fingerprint

NO_KEYRING = "keyring.backends.fail.Keyring"


def test_erase_without_yes_is_a_usage_error_and_changes_nothing(tmp_path: Path) -> None:
    vault = filled_vault(tmp_path / "v")
    vault.close()
    vault.folder.release()
    before = fingerprint(tmp_path / "v")
    done = run_cli("erase", "--vault", str(tmp_path / "v"))
    assert done.code == 2
    assert done.stderr.count("\n") == 1 and "--yes" in done.stderr
    assert fingerprint(tmp_path / "v") == before


def test_erase_of_nothing_says_so(tmp_path: Path) -> None:
    done = run_cli("erase", "--vault", str(tmp_path / "none"), "--yes")
    assert done.code == 4 and "nothing erased" in done.stderr
    assert not (tmp_path / "none").exists()


def test_erase_leaves_nothing_that_the_passphrase_can_open(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    folder = tmp_path / "v"
    vault = filled_vault(folder)
    vault.remember_on_device()
    backups.make_auto_backup(vault)
    set_attempt_limit(vault, 5)
    assert memory_keyring.store and device_limits()
    vault.close()
    vault.folder.release()
    # What a forensic copy taken before the erase could hold, except the key file.
    shutil.copytree(folder, tmp_path / "seized")
    shutil.copy(folder / "keyslots.json", tmp_path / "keyslots-control.json")
    (tmp_path / "seized" / "keyslots.json").unlink()

    # The erase runs in another process, as a panic script would (the keyring entry's removal is
    # tested in-process below: this child sees no keyring at all).
    done = run_cli("erase", "--vault", str(folder), "--yes", env={"PYTHON_KEYRING_BACKEND": NO_KEYRING})
    assert done.code == 0, done.stderr
    assert not folder.exists()

    seized = VaultFolder(tmp_path / "seized")
    with pytest.raises(NotAVault):
        Vault.unlock(seized, PASS)
    conn = sqlcipher3.connect(str(seized.database))
    conn.execute(f"PRAGMA key = '{PASS}'")  # the passphrase as SQLCipher's own key: no
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    auto = next((seized.path / "backups").iterdir())
    with pytest.raises(NotAVault):
        backups.restore_backup_file(auto, tmp_path / "r", PASS)
    assert not (tmp_path / "r").exists()

    # Control: with the key file, the same copy opens. Destroying it is what the erase relies on.
    shutil.copy(tmp_path / "keyslots-control.json", seized.keyslots)
    reopened = Vault.unlock(seized, PASS)
    assert len(case_documents(reopened)) == 2
    reopened.close()
    seized.release()


def test_erase_in_process_also_forgets_keyring_and_device_note(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    from hrdesk.services.emergency import emergency_erase

    vault = filled_vault(tmp_path / "v")
    vault.remember_on_device()
    backups.make_auto_backup(vault)
    set_attempt_limit(vault, 5)
    vault.close()
    emergency_erase(vault.folder)
    assert memory_keyring.store == {}
    assert device_limits() == {}
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == ["vault.lock"]


def test_erase_works_while_another_process_has_the_vault_open(tmp_path: Path) -> None:
    """A panic script must not be stopped by the app being open: the key file goes regardless."""
    vault = filled_vault(tmp_path / "v")  # this process holds the vault's lock, like the app
    done = run_cli("erase", "--vault", str(tmp_path / "v"), "--yes")
    assert done.code == 0, done.stderr
    assert not (tmp_path / "v" / "keyslots.json").exists()
    assert not (tmp_path / "v" / "vault.db").exists()
    vault.close()
    vault.folder.release()
