"""Passphrases: one Unicode form (with a path for vaults made before), the CLI's line handling,
spaces-only refused, bounded KDF costs, and the attempt limit carried through a restore."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from hrdesk.services import attempt_limits
from hrdesk.services.backups import create_backup, restore_backup
from hrdesk.vault import backup_file
from hrdesk.vault.errors import NotAVault, VaultError, WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.kdf import KdfParams, default_params, derive_key
from hrdesk.vault.keyslots import KeySlots
from hrdesk.vault.vault import Vault
from tests.helpers import run_cli

SPANISH = "contraseña de la señora Peña"
ARABIC = "كلمة مرور طويلة جدا"
NFD = unicodedata.normalize("NFD", SPANISH)
# The same Arabic letters as presentation forms (what some keyboards and PDFs produce).
PRESENTATION = unicodedata.normalize("NFKC", ARABIC).translate(
    {0x0643: 0xFEDB, 0x0644: 0xFEDF, 0x0645: 0xFEE3}
)


def test_composed_and_decomposed_accents_open_the_same_vault(tmp_path: Path) -> None:
    assert NFD != SPANISH
    folder = VaultFolder(tmp_path / "v")
    Vault.create(folder, SPANISH).close()
    Vault.unlock(folder, NFD).close()
    Vault.unlock(folder, SPANISH).close()


def test_arabic_presentation_forms_open_the_same_vault(tmp_path: Path) -> None:
    assert PRESENTATION != ARABIC and unicodedata.normalize("NFKC", PRESENTATION) == ARABIC
    folder = VaultFolder(tmp_path / "v")
    Vault.create(folder, PRESENTATION).close()
    Vault.unlock(folder, ARABIC).close()


def test_a_vault_made_before_normalisation_opens_and_is_rewrapped(tmp_path: Path) -> None:
    """Its slot was derived from the bytes as typed (NFD): it opens with that form, once, and is then
    re-wrapped under the normalised form, so the composed form opens it too."""
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, SPANISH)
    master = bytes(vault._master_key)
    vault.close()
    keyslots = KeySlots.load(folder.keyslots)
    params = default_params()
    legacy = keyslots._wrap("passphrase", derive_key(NFD, params), master, params)  # the old way
    keyslots.slots = [s for s in keyslots.slots if s.kind != "passphrase"] + [legacy]
    keyslots.save(folder.keyslots)
    with pytest.raises(WrongPassphrase):
        KeySlots.load(folder.keyslots)._unwrap(legacy, derive_key(SPANISH, params))
    Vault.unlock(folder, NFD).close()  # migrated here
    slot = KeySlots.load(folder.keyslots).slot("passphrase")
    assert slot is not None and slot.kdf is not None and slot.kdf.salt != params.salt
    Vault.unlock(folder, SPANISH).close()


def test_backups_use_the_same_form(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), "a long vault passphrase")
    data = create_backup(vault, NFD)
    vault.close()
    restore_backup(data, tmp_path / "restored", SPANISH)
    assert (tmp_path / "restored" / "keyslots.json").exists()


@pytest.mark.parametrize("spaces", [" " * 12, "\u00a0" * 10, "\u3000" * 9])
def test_a_passphrase_of_spaces_only_is_refused(tmp_path: Path, spaces: str) -> None:
    with pytest.raises(VaultError, match="spaces only"):
        Vault.create(VaultFolder(tmp_path / "v"), spaces)
    assert not (tmp_path / "v" / "keyslots.json").exists()
    done = run_cli("init", "--vault", str(tmp_path / "cli"), stdin=spaces + "\n")
    assert done.code == 1 and "spaces only" in done.stderr


def test_stdin_lines_end_at_newline_only(tmp_path: Path) -> None:
    passphrase = "first part\u2028second\x85third\x1cfourth"
    assert run_cli("init", "--vault", str(tmp_path / "v"), stdin=passphrase + "\n").code == 0
    assert run_cli("check", "--vault", str(tmp_path / "v"), stdin="first part\n").code == 3
    assert run_cli("check", "--vault", str(tmp_path / "v"), stdin=passphrase + "\r\n").code == 0


def test_non_utf8_stdin_is_a_usage_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers import ROOT

    done = subprocess.run(
        [sys.executable, "-m", "hrdesk", "init", "--vault", str(tmp_path / "v")],
        input=b"caf\xe9 latin-1 passphrase\n", capture_output=True, check=False,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C"},
    )  # fmt: skip
    assert done.returncode == 2
    assert (
        done.stderr.decode() == "hrdesk: standard input is not UTF-8 text (passphrases are read as UTF-8)\n"
    )


def test_init_compares_a_second_line(tmp_path: Path) -> None:
    differ = run_cli("init", "--vault", str(tmp_path / "v"), stdin="a long passphrase\na long passphrasf\n")
    assert differ.code == 2 and "differ" in differ.stderr
    assert not (tmp_path / "v" / "keyslots.json").exists()
    same = run_cli("init", "--vault", str(tmp_path / "v"), stdin="a long passphrase\na long passphrase\n")
    assert same.code == 0


@pytest.mark.parametrize(
    "costs",
    [
        {"memory_kib": 8192, "time_cost": 1_000_000, "parallelism": 1},
        {"memory_kib": 8 * 1024 * 1024, "time_cost": 1, "parallelism": 1},
        {"memory_kib": 1024 * 1024, "time_cost": 8, "parallelism": 4},  # each in range, together not
        {"memory_kib": 65536, "time_cost": 3, "parallelism": 10_000},
        {"memory_kib": 65536, "time_cost": True, "parallelism": 1},
    ],
)
def test_key_file_kdf_costs_are_bounded(tmp_path: Path, costs: dict) -> None:
    folder = VaultFolder(tmp_path / "v")
    Vault.create(folder, "a long passphrase").close()
    folder.release()
    data = json.loads(folder.keyslots.read_text())
    data["slots"][0]["kdf"].update(costs)
    folder.keyslots.write_text(json.dumps(data))
    with pytest.raises(NotAVault):
        Vault.unlock(VaultFolder(folder.path), "a long passphrase")  # refused before any derivation


def test_backup_header_kdf_costs_are_bounded() -> None:
    params = KdfParams(2 * 1024 * 1024, 2, 1, b"s" * 16)  # 2 GiB: a forged header's demand
    sealed = backup_file.seal_with_vault_key(b"payload", "id", b"k" * 32)
    header = {"key": "passphrase", "kdf": params.to_json(), "nonce": "00" * 12, "wrapped": "00" * 48}
    raw = json.dumps({**header, "salt": "00" * 16, "chunk": 1024 * 1024}).encode()
    with pytest.raises(backup_file.BackupError):
        backup_file._check_header(raw)
    assert sealed  # a normal backup still parses
    backup_file.parse(sealed)


def test_restored_vault_has_its_attempt_limit_from_the_start(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), "a long passphrase")
    attempt_limits.set_attempt_limit(vault, 4)
    data = create_backup(vault, "a long passphrase")
    vault.close()
    target = tmp_path / "restored"
    restore_backup(data, target, "a long passphrase")
    state = attempt_limits.status(VaultFolder(target))
    assert state is not None and state.limit == 4 and state.remaining == 4 and not state.notice
    done = run_cli("check", "--vault", str(target), stdin="wrong passphrase\n")
    assert done.code == 3 and "3 attempts left" in done.stderr
    ok = run_cli("check", "--vault", str(target), stdin="a long passphrase\n")
    assert ok.code == 0 and ok.stderr == ""  # no false tampering warning
