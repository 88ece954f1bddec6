"""``hrdesk check``: quick by default, ``--full`` on request, and light to start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.cli.test_cli import init
from tests.helpers import ROOT, run_cli
from tests.safety.conftest import PASS

# What ``hrdesk check`` must never load: the PDF and Qt stacks, the language libraries (month
# names, word forms, passphrase rating), the OS keyring, and the modules of other commands.
HEAVY = (
    "reportlab",
    "pikepdf",
    "PySide6",
    "babel",
    "pymorphy3",
    "zxcvbn",
    "keyring",
    "hrdesk.brief.options",
    "hrdesk.domain.rotation",
    "hrdesk.services.cases",
    "hrdesk.services.contacts",
    "hrdesk.services.backups",
    "hrdesk.settings",
)


def test_check_does_not_import_pdf_qt_or_language_libraries(tmp_path: Path) -> None:
    init(tmp_path / "v")
    code = (
        "import sys\n"
        "from hrdesk.cli.main import main\n"
        f"code = main(['check', '--vault', {str(tmp_path / 'v')!r}])\n"
        f"print('HEAVY', sorted(m for m in sys.modules if m in {HEAVY!r} or m.split('.')[0] in {HEAVY!r}))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "integrity: ok" in done.stdout
    assert "HEAVY []" in done.stdout
    # The same probe sees them when a command does need them: the probe itself can fail.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; import hrdesk.services.briefs, hrdesk.settings; "
            "from hrdesk.domain.number_style import month_names; month_names('ar'); "
            "print(sorted(sys.modules))",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert (
        "'reportlab'" in done.stdout
        and "'babel'" in done.stdout
        and "'hrdesk.domain.rotation'" in done.stdout
    )


def test_quick_and_full_check_both_pass_and_say_which_ran(tmp_path: Path) -> None:
    init(tmp_path / "v")
    quick = run_cli("check", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert quick.code == 0 and "quick check" in quick.stdout and "cases: 0" in quick.stdout
    full = run_cli("check", "--full", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert full.code == 0 and "integrity: ok\n" in full.stdout and "cases: 0" in full.stdout
    assert full.stderr == ""  # no progress line when stderr is not a terminal


def test_the_quick_check_finds_a_damaged_page(tmp_path: Path) -> None:
    init(tmp_path / "v")
    db = tmp_path / "v" / "vault.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100] ^= 0x55  # inside page 3, away from the file's first bytes (the salt)
    db.write_bytes(bytes(data))
    done = run_cli("check", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert done.code == 4, done.stdout + done.stderr
    assert "integrity check failed" in done.stderr and "Traceback" not in done.stderr


def test_the_quick_check_finds_a_damaged_free_page(tmp_path: Path) -> None:
    """A page no table uses any more is read by the HMAC check alone (now on its own connection,
    in a thread): damage there must still fail ``check``, though SQLite's quick check passes."""
    init(tmp_path / "v")
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.unlock(folder, PASS)
    with vault.transaction() as conn:  # 60 pages at the end of the file, then freed
        conn.execute("CREATE TABLE scratch(b)")
        conn.execute("INSERT INTO scratch VALUES (zeroblob(240000))")
    with vault.transaction() as conn:
        conn.execute("DROP TABLE scratch")
    assert vault.connection.execute("PRAGMA freelist_count").fetchone()[0] > 50
    vault.close()
    folder.release()
    db = tmp_path / "v" / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 4096 + 100] ^= 0x55  # inside the last page: a free one
    db.write_bytes(bytes(data))

    vault = Vault.unlock(folder, PASS)  # the probe can fail: SQLite alone does not see it
    assert vault.connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    vault.close()
    folder.release()
    done = run_cli("check", "--vault", str(tmp_path / "v"), stdin=PASS + "\n")
    assert done.code == 4, done.stdout + done.stderr
    assert "integrity check failed" in done.stderr and "Traceback" not in done.stderr
