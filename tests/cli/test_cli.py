"""The command line in a real process: exit codes, one-line errors, passphrases from stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT, run_cli

PASS = "correct horse battery"


def init(vault: Path) -> None:
    result = run_cli("init", "--vault", str(vault), stdin=PASS + "\n")
    assert result.code == 0, result.stderr


def assert_one_line_error(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("hrdesk: ")
    assert "Traceback" not in stderr


def test_init_check_passwd(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    init(vault)
    check = run_cli("check", "--vault", str(vault), stdin=PASS + "\n")
    assert check.code == 0, check.stderr
    assert "integrity: ok" in check.stdout
    assert "cases: 0" in check.stdout
    assert check.stderr == ""
    changed = run_cli("passwd", "--vault", str(vault), stdin=f"{PASS}\nnew passphrase here\n")
    assert changed.code == 0, changed.stderr
    assert run_cli("check", "--vault", str(vault), stdin=PASS + "\n").code == 3
    assert run_cli("check", "--vault", str(vault), stdin="new passphrase here\n").code == 0


def test_a_weak_new_passphrase_is_accepted_with_a_warning(tmp_path: Path) -> None:
    """The app's zxcvbn rule on the command line: it cannot ask the risk question on standard input,
    so it says the risk in one line; a strong passphrase gets no warning, a short one is refused."""
    vault = tmp_path / "v"
    weak = run_cli("init", "--vault", str(vault), stdin="cairo2024\n")
    assert weak.code == 0 and weak.stdout.startswith("created")
    (line,) = weak.stderr.strip().splitlines()
    assert line.startswith("warning: this passphrase is weak (") and "a year or a date" in line
    assert "cairo2024" not in line  # the passphrase itself is never echoed
    changed = run_cli("passwd", "--vault", str(vault), stdin="cairo2024\npassword123\n")
    assert changed.code == 0 and "a common password" in changed.stderr
    strong = run_cli("passwd", "--vault", str(vault), stdin=f"password123\n{PASS}\n")
    assert strong.code == 0 and strong.stderr == ""
    short = run_cli("init", "--vault", str(tmp_path / "w"), stdin="abc\n")
    assert short.code == 1 and "warning" not in short.stderr and "8 characters" in short.stderr


def test_vault_dir_from_environment(tmp_path: Path) -> None:
    env = {"HRDESK_VAULT_DIR": str(tmp_path / "env-vault")}
    assert run_cli("init", stdin=PASS + "\n", env=env).code == 0
    assert (tmp_path / "env-vault" / "vault.db").exists()
    assert run_cli("check", stdin=PASS + "\n", env=env).code == 0


def test_wrong_passphrase_exit_3_one_line(tmp_path: Path) -> None:
    init(tmp_path / "v")
    result = run_cli("check", "--vault", str(tmp_path / "v"), stdin="wrong passphrase\n")
    assert result.code == 3
    assert_one_line_error(result.stderr)
    assert "passphrase" in result.stderr


def test_damaged_files_exit_4_one_line(tmp_path: Path) -> None:
    for damage in ("truncated", "zeroed", "foreign"):
        vault = tmp_path / damage
        init(vault)
        db = vault / "vault.db"
        if damage == "truncated":
            db.write_bytes(db.read_bytes()[:2048])
        elif damage == "zeroed":
            db.write_bytes(bytes(db.stat().st_size))
        else:
            db.write_bytes(b"%PDF-1.7 this is not a vault\n" * 200)
        result = run_cli("check", "--vault", str(vault), stdin=PASS + "\n")
        assert result.code == 4, (damage, result)
        assert_one_line_error(result.stderr)  # and no "hmac check failed" noise from SQLCipher


def test_missing_vault_exit_4(tmp_path: Path) -> None:
    result = run_cli("check", "--vault", str(tmp_path / "nothing"), stdin=PASS + "\n")
    assert result.code == 4
    assert_one_line_error(result.stderr)


def test_vault_in_use_exit_5(tmp_path: Path) -> None:
    init(tmp_path / "v")
    holder = VaultFolder(tmp_path / "v")
    vault = Vault.unlock(holder, PASS)
    try:
        result = run_cli("check", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    finally:
        vault.close()
        holder.release()
    assert result.code == 5
    assert_one_line_error(result.stderr)


def test_usage_error_exit_2_one_line() -> None:
    result = run_cli("no-such-command")
    assert result.code == 2
    assert_one_line_error(result.stderr)


def test_missing_passphrase_on_stdin_is_a_usage_error(tmp_path: Path) -> None:
    init(tmp_path / "v")
    result = run_cli("passwd", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert result.code == 2
    assert_one_line_error(result.stderr)


def test_help_documents_exit_codes() -> None:
    result = run_cli("--help")
    assert result.code == 0
    for line in ("3  wrong passphrase", "4  not a vault", "5  the vault is in use"):
        assert line in result.stdout


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hrdesk", "--version"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("hrdesk ")
