"""The opt-in unlock attempt limit: off by default, counts across restarts, erases, notices tampering."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hrdesk.services import attempt_limits, unlock_guard
from hrdesk.services.attempt_limits import device_limits, set_attempt_limit
from hrdesk.services.unlock_guard import AttemptsLeft, VaultErased
from hrdesk.settings import IDLE_MINUTES, Settings
from hrdesk.vault.errors import NotAVault, WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT, run_cli
from tests.safety.conftest import PASS, case_documents, filled_vault

WRONG = "not the passphrase"


def make_vault(path: Path, limit: int = 0) -> VaultFolder:
    vault = filled_vault(path)
    if limit:
        set_attempt_limit(vault, limit)
    vault.close()
    vault.folder.release()
    return VaultFolder(path)


def attempt(folder: Path, passphrase: str) -> unlock_guard.UnlockOutcome:
    """One unlock as a fresh process would do it: a new folder object, the lock released after."""
    handle = VaultFolder(folder)
    try:
        outcome = unlock_guard.unlock(handle, passphrase)
        outcome.vault.close()
        return outcome
    finally:
        handle.release()


def test_the_limit_is_off_by_default(tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    assert attempt_limits.status(VaultFolder(tmp_path / "v")) is None
    for _ in range(12):
        with pytest.raises(WrongPassphrase) as caught:
            attempt(tmp_path / "v", WRONG)
        assert not isinstance(caught.value, AttemptsLeft)
    assert attempt(tmp_path / "v", PASS).notice == ""
    assert not (tmp_path / "v" / "attempts.json").exists()


def test_the_count_survives_restarts_and_the_last_failure_erases(tmp_path: Path) -> None:
    """Each attempt is a separate process (the CLI), as restarts of the app would be."""
    folder = tmp_path / "v"
    make_vault(folder, limit=3)
    first = run_cli("check", "--vault", str(folder), stdin=WRONG + "\n")
    assert first.code == 3 and "2 attempts left" in first.stderr
    second = run_cli("check", "--vault", str(folder), stdin=WRONG + "\n")
    assert second.code == 3 and "1 attempt left" in second.stderr
    # A right passphrase forgives the failures so far.
    assert run_cli("check", "--vault", str(folder), stdin=PASS + "\n").code == 0
    assert attempt_limits.status(VaultFolder(folder)).remaining == 3
    for left in (2, 1):
        with pytest.raises(AttemptsLeft) as caught:
            attempt(folder, WRONG)
        assert caught.value.remaining == left
    last = run_cli("check", "--vault", str(folder), stdin=WRONG + "\n")
    assert last.code == 3 and "erased" in last.stderr and last.stderr.count("\n") == 1
    assert not (folder / "keyslots.json").exists() and not (folder / "vault.db").exists()
    assert not (folder / "backups").exists() and not (folder / "attempts.json").exists()
    assert device_limits() == {}


def test_an_attempt_is_counted_before_the_passphrase_is_tried(tmp_path: Path) -> None:
    """Killing the app in the middle of an attempt (to dodge the count) does not help."""
    folder = tmp_path / "v"
    make_vault(folder, limit=5)
    slow_kdf = (
        "import sys, time; import hrdesk.vault.keyslots as k;"
        "real = k.derive_key;"
        "k.derive_key = lambda p, s: (print('trying', flush=True), time.sleep(30), real(p, s))[2];"
        "from hrdesk.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", slow_kdf, "check", "--vault", str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASS + "\n")  # even the right passphrase: it was never checked
    child.stdin.close()
    assert child.stdout.readline().strip() == "trying"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert attempt_limits.status(VaultFolder(folder)).remaining == 4
    assert attempt(folder, PASS).notice == ""
    assert attempt_limits.status(VaultFolder(folder)).remaining == 5


def test_a_started_last_attempt_that_never_finished_erases_at_the_next_try(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=3)
    vault_id = json.loads((folder / "keyslots.json").read_text())["vault_id"]
    from hrdesk.vault.attempts import AttemptState, save_state

    save_state(folder, vault_id, AttemptState(3, 3))  # as left by a kill during the last attempt
    with pytest.raises(VaultErased):
        attempt(folder, PASS)
    assert not (folder / "keyslots.json").exists()


def test_an_edited_counter_leaves_exactly_one_attempt(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=10)
    for _ in range(4):
        with pytest.raises(AttemptsLeft):
            attempt(folder, WRONG)
    data = json.loads((folder / "attempts.json").read_text())
    data["failures"] = 0  # "reset" by hand, keeping the old MAC
    (folder / "attempts.json").write_text(json.dumps(data))
    state = attempt_limits.status(VaultFolder(folder))
    assert (state.remaining, state.notice) == (1, "edited")
    outcome = attempt(folder, PASS)
    assert outcome.notice == "edited"  # the app tells the user once ...
    assert attempt(folder, PASS).notice == ""  # ... and the counter is sound again
    assert attempt_limits.status(VaultFolder(folder)).remaining == 10


def test_an_edited_counter_then_a_wrong_passphrase_erases(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=10)
    (folder / "attempts.json").write_text('{"format": "hrdesk-attempts", "limit": 1000, "failures": 0}')
    with pytest.raises(VaultErased):
        attempt(folder, WRONG)
    assert not (folder / "keyslots.json").exists()


def test_a_deleted_counter_is_noticed_from_this_devices_note(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=6)
    (folder / "attempts.json").unlink()
    state = attempt_limits.status(VaultFolder(folder))
    assert (state.limit, state.remaining, state.notice) == (6, 1, "missing")
    with pytest.raises(VaultErased):
        attempt(folder, WRONG)


def test_deleting_counter_and_device_note_is_noticed_at_the_next_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=6)
    (folder / "attempts.json").unlink()
    (Path(os.environ["HRDESK_CONFIG_DIR"]) / attempt_limits.DEVICE_FILE).unlink()
    assert attempt_limits.status(VaultFolder(folder)) is None  # before unlocking nobody can know
    outcome = attempt(folder, PASS)
    assert outcome.notice == "missing"  # the vault's own, encrypted copy of the limit tells
    state = attempt_limits.status(VaultFolder(folder))
    assert (state.limit, state.remaining, state.notice) == (6, 6, "")


def test_the_settings_file_has_no_say(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=4)
    settings = Settings()
    settings.set(IDLE_MINUTES, 7)
    raw = json.loads(settings.path.read_text())
    raw.update({"attempt_limit": 0, "unlock_attempt_limit": 0})  # what someone might try
    settings.path.write_text(json.dumps(raw))
    with pytest.raises(AttemptsLeft) as caught:
        attempt(folder, WRONG)
    assert caught.value.remaining == 3


def test_turning_the_limit_off_removes_every_trace(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=4)
    vault = Vault.unlock(VaultFolder(folder), PASS)
    assert attempt_limits.attempt_limit(vault) == 4
    set_attempt_limit(vault, 0)
    assert attempt_limits.attempt_limit(vault) == 0
    vault.close()
    vault.folder.release()
    assert not (folder / "attempts.json").exists() and device_limits() == {}
    assert attempt(folder, PASS).notice == ""


def test_a_damaged_database_is_not_a_failed_attempt(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, limit=4)
    with open(folder / "vault.db", "r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(64))
    with pytest.raises(NotAVault):
        attempt(folder, PASS)
    assert attempt_limits.status(VaultFolder(folder)).remaining == 4


def test_the_vault_survives_the_limit_being_reached_only_without_a_limit(tmp_path: Path) -> None:
    """Sanity: the data is still all there after failures that did not reach the limit."""
    folder = tmp_path / "v"
    make_vault(folder, limit=3)
    for _ in range(2):
        with pytest.raises(AttemptsLeft):
            attempt(folder, WRONG)
    handle = VaultFolder(folder)
    vault = unlock_guard.unlock(handle, PASS).vault
    assert len(case_documents(vault)) == 2
    vault.close()
    handle.release()


def test_automatic_backups_cannot_be_used_to_guess_around_the_limit(tmp_path: Path) -> None:
    """A review found this: an automatic backup opens with the vault's passphrase, so restoring it
    from the CLI allowed unlimited, uncounted guesses. With a limit set it is now refused."""
    from hrdesk.services.backups import BackupError, make_auto_backup, restore_backup_file

    vault = filled_vault(tmp_path / "v")
    set_attempt_limit(vault, 3)
    backup = make_auto_backup(vault, force=True)
    assert backup is not None
    vault_id = vault.vault_id
    for guess in ("guess one", "guess two", "guess three", "guess four"):
        result = run_cli(
            "restore", str(backup), "--vault", str(tmp_path / f"out-{guess[-3:]}"), stdin=guess + "\n"
        )
        assert result.code == 4 and "limits wrong passphrases" in result.stderr, result
    # Not even the right passphrase opens it from outside the unlocked vault...
    with pytest.raises(BackupError):
        restore_backup_file(backup, tmp_path / "outside", PASS)
    # ...but the app with this very vault unlocked may restore it.
    restore_backup_file(backup, tmp_path / "inside", PASS, unlocked_vault_id=vault_id)
    assert (tmp_path / "inside" / "vault.db").exists()
    vault.close()
    vault.folder.release()
    assert (tmp_path / "v" / "vault.db").exists()  # four refused guesses erased nothing
