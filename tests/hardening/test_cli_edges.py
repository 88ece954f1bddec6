"""The command line at its edges: empty vault paths, a file where a folder belongs, --vault anywhere,
one message style, counts a person understands, notes for empty results, damaged vaults and
backups as exit 4 with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.cli.main import styled
from hrdesk.gui.app import no_dbus_autolaunch
from hrdesk.services.cases import CaseService
from hrdesk.vault import backup_file
from hrdesk.vault.backup import take_snapshot
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import run_cli

PASS = "correct horse battery"
COMMANDS = [
    ["check"], ["passwd"], ["init"], ["erase", "--yes"], ["case", "list"], ["contacts", "list"],
    ["followups"], ["backup", "--out", "b.hrdesk-backup"], ["brief", "1", "--out", "b.pdf"],
]  # fmt: skip


def make_vault(path: Path) -> Path:
    folder = VaultFolder(path)
    Vault.create(folder, PASS).close()
    folder.release()
    return path


def one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1 and stderr.startswith("hrdesk: "), stderr
    assert "unexpected error" not in stderr
    return stderr[len("hrdesk: ") : -1]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_empty_vault_path_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    default = make_vault(tmp_path / "default")  # what an empty value used to mean
    for extra, env in ((["--vault", ""], {}), ([], {"HRDESK_VAULT_DIR": ""})):
        done = run_cli(*command, *extra, stdin=PASS + "\n", env={"XDG_DATA_HOME": str(tmp_path), **env})
        assert done.code == 2, (command, extra, env, done.stderr)
        one_line(done.stderr)
    assert (default / "keyslots.json").exists()


def test_erase_with_an_empty_vault_erases_nothing(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    done = run_cli("erase", "--yes", "--vault", "", env={"HRDESK_VAULT_DIR": str(vault)})
    assert done.code == 2 and (vault / "keyslots.json").exists()


@pytest.mark.parametrize("command", [["check"], ["init"], ["case", "list"], ["erase", "--yes"]], ids=str)
def test_a_file_is_not_a_vault_folder(tmp_path: Path, command: list[str]) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    done = run_cli(*command, "--vault", str(a_file), stdin=PASS + "\n")
    assert done.code == 4
    assert one_line(done.stderr) == f"{a_file} is a file, not a vault folder"
    assert a_file.read_text() == "mine"


def test_vault_option_is_accepted_anywhere(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    for args in (["--vault", str(vault), "case", "list"], ["case", "--vault", str(vault), "list"],
                 ["case", "list", "--vault", str(vault)]):  # fmt: skip
        done = run_cli(*args, stdin=PASS + "\n")
        assert done.code == 0, (args, done.stderr)


def test_one_message_style() -> None:
    assert styled("The passphrase is not correct.") == "the passphrase is not correct"
    assert styled("A vault already exists in /x.") == "a vault already exists in /x"
    assert styled("HRDESK_VAULT_DIR is set but empty.") == "HRDESK_VAULT_DIR is set but empty"
    assert styled("SQLCipher refused it") == "SQLCipher refused it"
    assert (
        styled("no vault in /x (create one with 'hrdesk init')")
        == "no vault in /x (create one with 'hrdesk init')"
    )


def test_wrong_passphrase_line_has_the_common_style(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    done = run_cli("check", "--vault", str(vault), stdin="not the passphrase\n")
    assert done.code == 3 and done.stderr == "hrdesk: the passphrase is not correct\n"


def test_check_prints_what_a_person_counts(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    CaseService(vault).create_case("One case")
    vault.close()
    vault.folder.release()
    done = run_cli("check", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert done.code == 0
    assert "cases: 1" in done.stdout.splitlines()
    assert "people responsible: 0" in done.stdout.splitlines()
    for internal in ("meta", "case_support", "responsible_people", "interaction_officers", "_"):
        assert not any(
            line.startswith(internal) or "_" in line.split(":")[0] for line in done.stdout.splitlines()
        )


@pytest.mark.parametrize(
    ("command", "note"),
    [
        (["case", "list"], "no cases in this vault"),
        (["contacts", "list"], "no officers in the contact log"),
        (["followups", "--date", "2026-01-01"], "no follow-ups due by 2026-01-01"),
    ],
)
def test_empty_results_say_so_on_stderr_only(tmp_path: Path, command: list[str], note: str) -> None:
    vault = make_vault(tmp_path / "v")
    done = run_cli(*command, "--vault", str(vault), stdin=PASS + "\n")
    assert done.code == 0 and done.stdout == ""
    assert done.stderr == f"hrdesk: {note}\n"


@pytest.mark.parametrize(
    "damage",
    [
        {"memory_kib": 10**30},  # OverflowError in Argon2
        {"memory_kib": 8, "parallelism": 4},  # HashingError: below Argon2's minimum
        {"salt": "zz"},
    ],
)
def test_damaged_key_files_exit_4_with_one_line(tmp_path: Path, damage: dict) -> None:
    vault = make_vault(tmp_path / "v")
    data = json.loads((vault / "keyslots.json").read_text())
    data["slots"][0]["kdf"].update(damage)
    (vault / "keyslots.json").write_text(json.dumps(data))
    done = run_cli("check", "--vault", str(vault), stdin=PASS + "\n")
    assert done.code == 4
    one_line(done.stderr)


def test_a_bad_nonce_in_the_key_file_exits_4(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    data = json.loads((vault / "keyslots.json").read_text())
    data["slots"][0]["nonce"] = "00"
    (vault / "keyslots.json").write_text(json.dumps(data))
    done = run_cli("check", "--vault", str(vault), stdin=PASS + "\n")
    assert done.code == 4
    one_line(done.stderr)


def test_a_backup_with_a_corrupt_inner_database_is_one_line(tmp_path: Path) -> None:
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    CaseService(vault).create_case("Inner database")
    payload = bytearray(take_snapshot(vault))
    vault.close()
    header_end = payload.index(b"\n", len(b"hrdesk-snapshot-1\n")) + 1
    for offset in range(header_end + 4096, len(payload), 997):  # pages after the first, damaged
        payload[offset] ^= 0xFF
    sealed = backup_file.seal_with_passphrase(bytes(payload), PASS)
    (tmp_path / "b.hrdesk-backup").write_bytes(sealed)
    done = run_cli("restore", str(tmp_path / "b.hrdesk-backup"), "--vault", str(tmp_path / "new"),
                   stdin=PASS + "\n")  # fmt: skip
    assert done.code == 4
    one_line(done.stderr)
    assert not (tmp_path / "new").exists()


def test_no_dbus_daemon_is_auto_launched(tmp_path: Path) -> None:
    env: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_dbus_autolaunch(env)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    kept = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    no_dbus_autolaunch(kept)
    assert kept["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
