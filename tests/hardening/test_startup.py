"""Start-up hardening in every entry point, one adoption path for every unlock, and the test
suite's cheap KDF only where the test suite runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrdesk.services import attempt_limits
from hrdesk.services.vault_session import UnlockCancelled, VaultSession
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT, InMemoryKeyring

PASS = "correct horse battery"

# The CLI's entry point with a command that ends at once; then what the process looks like.
PROBE = """
import ctypes, os, resource, sys
from hrdesk.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)
print(oct(os.umask(0)), resource.getrlimit(resource.RLIMIT_CORE), dumpable)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("args", [["--version"], ["case", "list", "--vault", "/nonexistent"], ["--help"]])
def test_every_entry_is_hardened_before_it_does_anything(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.splitlines()[-1] == "0o77 (0, 0) 0"


def test_keyring_unlock_takes_the_same_adoption_path(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    """A stale key-file copy (still opening with the old passphrase) goes at a keyring unlock too,
    a lock during it wins, and an attempt limit is reset without a false tampering notice."""
    folder = VaultFolder(tmp_path / "v")
    vault = Vault.create(folder, PASS)
    vault.remember_on_device()
    attempt_limits.set_attempt_limit(vault, 5)
    vault.close()
    folder.release()
    stale = folder.path / ".tmp-crashed"
    stale.write_bytes(folder.keyslots.read_bytes())

    session = VaultSession(VaultFolder(folder.path))
    session.acquire()
    started = session.lock_count
    session.lock()  # the panic key while the keyring was being asked
    with pytest.raises(UnlockCancelled):
        session.unlock_with_keyring(started)
    assert not session.is_unlocked

    assert session.unlock_with_keyring(session.lock_count) is not None
    assert session.is_unlocked and session.unlock_notice == ""
    assert not stale.exists()
    session.release()


def test_no_display_is_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), HRDESK_VAULT_DIR=str(tmp_path / "v"))
    done = subprocess.run(
        [sys.executable, "-m", "hrdesk"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    assert done.returncode == 1
    from hrdesk.gui.app import NO_DISPLAY

    assert done.stderr == f"hrdesk: {NO_DISPLAY}\n"
    assert not (tmp_path / "v").exists()


def test_a_missing_x11_library_is_named() -> None:
    from hrdesk.gui.app import NO_XCB_CURSOR, display_problem

    found = display_problem({"DISPLAY": ":0"})
    assert found in ("", NO_XCB_CURSOR)
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) == ""
