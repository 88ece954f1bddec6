"""Exports killed half-way leave nothing readable for long; --out never replaces a FIFO, a symlink or
a device; a failed write leaves nothing; restores clean up what a killed restore left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hrdesk.private_files import EXPORT_TEMP_PREFIX, NotARegularFile, sweep_export_leftovers, write_export
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT, run_cli

PASS = "correct horse battery"

# A child that starts an export and is killed while the plaintext sits in its temp file.
KILLED_EXPORT = """
import os, sys, time
from pathlib import Path
import hrdesk.private_files as pf
def stuck(fd):
    print("writing", flush=True)
    time.sleep(600)
pf.os.fsync = stuck
pf.write_export(Path(sys.argv[1]), b"SECRET-CASE-TEXT" * 100)
"""


def killed_export(target: Path) -> Path:
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline() == "writing\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    (leftover,) = target.parent.glob(".tmp-*")
    return leftover


def test_a_killed_export_is_removed_by_the_next_export_to_that_folder(tmp_path: Path) -> None:
    leftover = killed_export(tmp_path / "brief.pdf")
    assert leftover.name.startswith(EXPORT_TEMP_PREFIX) and b"SECRET-CASE-TEXT" in leftover.read_bytes()
    assert not (tmp_path / "brief.pdf").exists()
    write_export(tmp_path / "other.pdf", b"%PDF-1.7 new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.pdf"]


def test_the_sweep_leaves_an_export_in_progress_and_other_programs_files(tmp_path: Path) -> None:
    in_progress = tmp_path / f"{EXPORT_TEMP_PREFIX}busy"
    in_progress.write_bytes(b"being written")
    foreign = tmp_path / ".tmp-someone-else"
    foreign.write_bytes(b"not ours")
    import fcntl

    with in_progress.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # as the exporting process holds it
        assert sweep_export_leftovers(tmp_path) == []
    assert in_progress.exists() and foreign.exists()
    assert sweep_export_leftovers(tmp_path) == [in_progress]
    assert foreign.exists()


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_export_never_replaces_what_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(elsewhere)
    else:
        target = Path("/dev/null")
    with pytest.raises(NotARegularFile):
        write_export(target, b"case text")
    assert elsewhere.read_text() == "keep me"
    if kind == "fifo":
        assert target.is_fifo()
    if kind == "symlink":
        assert target.is_symlink()
    assert not list(tmp_path.glob(".tmp-*"))


# The CLI with a file size limit set just before the export is written (SIGXFSZ ignored, so the
# write fails with EFBIG as it would with ENOSPC on a full disk).
LIMITED_WRITE = """
import resource, signal, sys
import hrdesk.cli.common as common
real = common.write_export_stream
def limited(path, write):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    real(path, write)
common.write_export_stream = limited
from hrdesk.cli.main import main
sys.exit(main())
"""


def make_vault(path: Path) -> Path:
    folder = VaultFolder(path)
    Vault.create(folder, PASS).close()
    folder.release()
    return path


def test_cli_out_refuses_a_fifo_with_one_line_exit_1(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = run_cli("backup", "--vault", str(vault), "--out", str(fifo), stdin=PASS + "\n")
    assert done.code == 1
    assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr
    assert fifo.is_fifo() and done.stdout == ""


def test_cli_reports_a_failed_write_and_leaves_nothing(tmp_path: Path) -> None:
    """A write the file system refuses (here a file size limit, as a full disk would): one line,
    exit 1, and neither the export nor its temp file is left."""
    vault = make_vault(tmp_path / "v")
    out = tmp_path / "usb" / "backup.hrdesk-backup"
    out.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", LIMITED_WRITE, "backup", "--vault", str(vault), "--out", str(out)],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("hrdesk: ") and "write" in done.stderr and done.stderr.count("\n") == 1
    assert list(out.parent.iterdir()) == []


def test_restore_removes_what_killed_restores_left(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    backup = tmp_path / "b.hrdesk-backup"
    assert run_cli("backup", "--vault", str(vault), "--out", str(backup), stdin=PASS + "\n").code == 0
    temp = tmp_path / "tmp"
    temp.mkdir()
    work = temp / "hrdesk-restore-abc123"
    staging = tmp_path / ".old.restore-xyz789"
    for folder in (work, staging):
        folder.mkdir()
        (folder / "keyslots.json").write_text("{}")
        (folder / "vault.db").write_bytes(b"x" * 4096)
    busy = tmp_path / ".other.restore-busy"  # another restore at work: it holds the folder's lock
    busy.mkdir()
    held = VaultFolder(busy)
    held.acquire()
    not_ours = tmp_path / ".photos.restore-2024"  # a user's folder that happens to match
    not_ours.mkdir()
    (not_ours / "holiday.jpg").write_bytes(b"jpeg")

    done = run_cli("restore", str(backup), "--vault", str(tmp_path / "new"), stdin=PASS + "\n",
                   env={"TMPDIR": str(temp)})  # fmt: skip
    held.release()
    assert done.code == 0, done.stderr
    assert not work.exists() and not staging.exists()
    assert busy.exists() and (not_ours / "holiday.jpg").exists()
    assert list(temp.iterdir()) == []
