"""Backups and restore: a full round trip with real data, and every way a restore must be refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdesk.services import backups
from hrdesk.services.cases import CaseService
from hrdesk.vault import backup_file
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.errors import WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT, encodings_of, run_cli
from tests.safety.conftest import PASS, case_documents, filled_vault, fingerprint

MARKER = "MARKER-Zq7"
OTHER_PASS = "a separate backup passphrase"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed vault with real cases, and a backup of it made through the CLI (made once)."""
    root = tmp_path_factory.mktemp("made")
    vault = filled_vault(root / "v", MARKER)
    vault.close()
    vault.folder.release()
    cli_backup(root / "v", root / "backup.hrdesk-backup")
    return root / "v", root / "backup.hrdesk-backup"


@pytest.fixture
def source(made: tuple[Path, Path]) -> Path:
    return made[0]


@pytest.fixture
def backup(made: tuple[Path, Path]) -> bytes:
    return made[1].read_bytes()


def documents_of(folder: Path, passphrase: str = PASS) -> list[dict]:
    vault = Vault.unlock(VaultFolder(folder), passphrase)
    try:
        assert vault.check().ok
        return case_documents(vault)
    finally:
        vault.close()
        vault.folder.release()


def cli_backup(source: Path, out: Path, stdin: str = PASS + "\n") -> None:
    done = run_cli("backup", "--vault", str(source), "--out", str(out), stdin=stdin)
    assert done.code == 0, done.stderr


def test_round_trip_through_the_cli_keeps_every_case(made: tuple[Path, Path], tmp_path: Path) -> None:
    source, out = made
    before = documents_of(source)
    done = run_cli("restore", str(out), "--vault", str(tmp_path / "restored"), stdin=PASS + "\n")
    assert done.code == 0, done.stderr
    assert documents_of(tmp_path / "restored") == before
    assert len(before) == 2 and before[0]["case"]["timeline"]
    # The restored vault is a new vault: its own key slots, not a copy of the old key file.
    old = json.loads((source / "keyslots.json").read_text())
    new = json.loads((tmp_path / "restored" / "keyslots.json").read_text())
    assert old["vault_id"] != new["vault_id"] and old["slots"][0]["wrapped"] != new["slots"][0]["wrapped"]


def test_a_separate_backup_passphrase_protects_the_file(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.hrdesk-backup"
    cli_backup(source, out, stdin=f"{PASS}\n{OTHER_PASS}\n")
    refused = run_cli("restore", str(out), "--vault", str(tmp_path / "r1"), stdin=PASS + "\n")
    assert refused.code == 3 and refused.stderr.count("\n") == 1
    assert not (tmp_path / "r1").exists()
    backups.restore_backup_file(out, tmp_path / "r2", OTHER_PASS)
    assert documents_of(tmp_path / "r2", OTHER_PASS) == documents_of(source)


def test_the_file_reveals_nothing_but_its_size(made: tuple[Path, Path], tmp_path: Path) -> None:
    source, first = made
    vault = Vault.unlock(VaultFolder(source), PASS)
    other = backups.create_backup(vault, PASS)
    vault.close()
    vault.folder.release()
    data = first.read_bytes()
    assert not any(p in data for p in encodings_of(MARKER))
    assert not any(p in data for p in encodings_of("Riverside"))
    header = backup_file.parse(data).header
    assert set(header) == {"key", "kdf", "nonce", "wrapped", "salt", "chunk"}
    assert set(header["kdf"]) == {"name", "memory_kib", "time_cost", "parallelism", "salt"}
    # Same vault, same moment: still nothing in common past the magic and the cost parameters.
    vault_salt = json.loads((source / "keyslots.json").read_text())["slots"][0]["kdf"]["salt"]
    assert vault_salt.encode() not in data
    body = len(data) - len(backup_file.parse(data).body)
    assert data[body : body + 4096] != other[body : body + 4096]


def test_wrong_passphrase_is_refused_and_nothing_is_written(made: tuple[Path, Path], tmp_path: Path) -> None:
    out = made[1]
    target = tmp_path / "new" / "deeper" / "vault"
    done = run_cli(
        "restore",
        str(out),
        "--vault",
        str(target),
        stdin="not the passphrase\n",
        env={"TMPDIR": str(tmp_path)},
    )
    assert done.code == 3
    assert done.stderr == "hrdesk: the passphrase does not open this backup\n"
    assert not (tmp_path / "new").exists()
    assert not list(tmp_path.glob("hrdesk-restore-*"))


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda n, body: n // 2, id="half"),
        pytest.param(lambda n, body: n - 1, id="last-byte"),
        pytest.param(lambda n, body: n - 16, id="last-tag"),
        pytest.param(lambda n, body: 30, id="in-header"),
        pytest.param(lambda n, body: n - body, id="no-chunks"),
        pytest.param(lambda n, body: 0, id="empty"),
    ],
)
def test_truncated_file_is_refused_and_leaves_nothing(backup: bytes, tmp_path: Path, cut) -> None:
    body = len(backup_file.parse(backup).body)
    target = tmp_path / "new" / "vault"
    with pytest.raises(BackupError):
        backups.restore_backup(backup[: cut(len(backup), body)], target, PASS)
    assert not (tmp_path / "new").exists()


def test_truncated_file_through_the_cli_is_one_line_and_exit_4(backup: bytes, tmp_path: Path) -> None:
    (tmp_path / "cut").write_bytes(backup[:-100])
    done = run_cli("restore", str(tmp_path / "cut"), "--vault", str(tmp_path / "new"), stdin=PASS + "\n")
    assert done.code == 4
    assert done.stderr == "hrdesk: the backup file is damaged, truncated or was altered\n"
    assert not (tmp_path / "new").exists()


def test_a_multi_chunk_backup_with_a_dropped_or_swapped_chunk_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_file, "CHUNK", 4096)  # the snapshot then spans dozens of chunks
    data = backup_file.seal_with_passphrase(os.urandom(4096 * 5 + 100), PASS)
    parsed = backup_file.parse(data)
    start, size = len(data) - len(parsed.body), 4096 + 16
    assert len(backup_file.decrypt(parsed, backup_file.root_from_passphrase(parsed, PASS))) == 4096 * 5 + 100
    chunks = [data[start + i : start + i + size] for i in range(0, len(data) - start, size)]
    variants = {
        "dropped-middle": chunks[:2] + chunks[3:],
        "dropped-final": chunks[:-1],
        "swapped": [chunks[1], chunks[0], *chunks[2:]],
        "duplicated": [*chunks[:3], chunks[2], *chunks[3:]],
    }
    for name, parts in variants.items():
        forged = backup_file.parse(data[:start] + b"".join(parts))
        with pytest.raises(BackupError):
            backup_file.decrypt(forged, backup_file.root_from_passphrase(forged, PASS))
        assert name


def test_any_flipped_byte_is_refused_before_anything_is_written(backup: bytes, tmp_path: Path) -> None:
    data = backup
    header_end = len(data) - len(backup_file.parse(data).body)
    # Every byte of magic, header and digest; then a spread of positions through the body.
    positions = list(range(header_end)) + list(range(header_end, len(data), 997)) + [len(data) - 1]
    target = tmp_path / "never"
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 0x20
        with pytest.raises(BackupError):
            backups.restore_backup(bytes(flipped), target, PASS)
        assert not target.exists(), position
    backups.restore_backup(data, target, PASS)  # the original still restores
    assert target.exists()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(os.urandom(5000), id="random"),
        pytest.param(b"HRDESKBK" + os.urandom(300), id="magic-then-noise"),
        pytest.param(b'{"format": "hrdesk-case", "version": 1}', id="case-file"),
    ],
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(BackupError):
        backups.restore_backup(content, tmp_path / "new", PASS)
    assert not (tmp_path / "new").exists()


def test_a_vault_database_is_not_a_backup(source: Path, tmp_path: Path) -> None:
    done = run_cli("restore", str(source / "vault.db"), "--vault", str(tmp_path / "new"), stdin=PASS + "\n")
    assert done.code == 4 and "not an hrdesk backup" in done.stderr


def test_restore_never_replaces_an_existing_vault(made: tuple[Path, Path], tmp_path: Path) -> None:
    out = made[1]
    other = filled_vault(tmp_path / "other", "OTHER-MARK")
    other.close()
    other.folder.release()
    before = fingerprint(tmp_path / "other")
    done = run_cli("restore", str(out), "--vault", str(tmp_path / "other"), stdin=PASS + "\n")
    assert done.code == 1 and "already exists" in done.stderr
    assert fingerprint(tmp_path / "other") == before


def test_restore_into_a_vault_in_use_is_refused_with_exit_5(made: tuple[Path, Path], tmp_path: Path) -> None:
    out = made[1]
    target = VaultFolder(tmp_path / "erased-but-open")
    target.acquire()  # an app that still has this (empty) folder open
    try:
        done = run_cli("restore", str(out), "--vault", str(target.path), stdin=PASS + "\n")
    finally:
        target.release()
    assert done.code == 5
    assert [p.name for p in target.path.iterdir()] == ["vault.lock"]
    backups.restore_backup(out.read_bytes(), target.path, PASS)  # once nobody holds it, the folder is fine
    assert (target.path / "keyslots.json").exists()


def test_a_refused_restore_of_a_good_file_leaves_a_full_disk_clean(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    """Running out of space while the new vault is written: a clear error and nothing left behind."""
    out = made[1]
    script = (
        "import resource, sys; from hrdesk.cli.main import main;"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000)); sys.exit(main(sys.argv[1:]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script, "restore", str(out), "--vault", str(tmp_path / "new" / "v")],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr == "hrdesk: the vault could not be restored: the disk is full or refused a write\n"
    assert not (tmp_path / "new").exists()
    assert not list(tmp_path.glob("hrdesk-restore-*"))


# -- automatic backups -----------------------------------------------------------------------
def test_automatic_backups_are_made_once_a_day_and_rotate(tmp_path: Path) -> None:
    vault = filled_vault(tmp_path / "v")
    day = datetime(2026, 1, 1, 9, tzinfo=UTC)
    made = []
    for n in range(8):
        now = day + timedelta(days=n)
        made.append(backups.make_auto_backup(vault, keep=5, now=now))
        assert backups.make_auto_backup(vault, keep=5, now=now + timedelta(hours=5)) is None
    kept = backups.list_auto_backups(vault.folder.path)
    assert kept == made[-5:] and all(p.exists() for p in kept)
    assert not any(p.exists() for p in made[:3])
    assert backups.rotate(vault.folder.path, keep=2) == made[-5:-2]
    vault.close()


def test_an_automatic_backup_opens_with_the_vaults_current_passphrase(tmp_path: Path) -> None:
    vault = filled_vault(tmp_path / "v")
    before = case_documents(vault)
    auto = backups.make_auto_backup(vault)
    assert auto is not None and auto.parent == tmp_path / "v" / "backups"
    vault.change_passphrase(PASS, "a brand new passphrase")
    CaseService(vault).create_case("made after the backup")
    vault.close()
    vault.folder.release()
    assert run_cli("restore", str(auto), "--vault", str(tmp_path / "r"), stdin=PASS + "\n").code == 3
    done = run_cli("restore", str(auto), "--vault", str(tmp_path / "r"), stdin="a brand new passphrase\n")
    assert done.code == 0, done.stderr
    assert documents_of(tmp_path / "r", "a brand new passphrase") == before


def test_an_automatic_backup_is_useless_without_its_vaults_key_file(tmp_path: Path) -> None:
    vault = filled_vault(tmp_path / "v")
    auto = backups.make_auto_backup(vault)
    vault.close()
    assert auto is not None
    elsewhere = tmp_path / "copy" / "backups" / auto.name
    elsewhere.parent.mkdir(parents=True)
    elsewhere.write_bytes(auto.read_bytes())
    done = run_cli("restore", str(elsewhere), "--vault", str(tmp_path / "r"), stdin=PASS + "\n")
    assert done.code == 4 and "key file" in done.stderr
    # Next to another vault's key file it does not open either.
    other = Vault.create(VaultFolder(tmp_path / "copy"), PASS)
    other.close()
    with pytest.raises(BackupError, match="another vault"):
        backups.restore_backup_file(elsewhere, tmp_path / "r", PASS)
    with pytest.raises(WrongPassphrase):
        backups.restore_backup_file(auto, tmp_path / "r", "wrong passphrase")
    assert not (tmp_path / "r").exists()
