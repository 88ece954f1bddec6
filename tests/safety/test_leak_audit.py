"""Leak audit: a whole GUI session leaves the marker nowhere on disk except where it was exported.

A child pytest (``leak_session.py``) runs with HOME, TMPDIR and every XDG folder inside one
temporary tree: it creates a vault through the dialog, a case with a marker in every field,
contacts, an interaction with follow-ups, a brief preview, clipboard use, lock, unlock, lock
and hide, quit. Then every byte of every file in the tree is scanned for the marker in UTF-8
and UTF-16: the vault (encrypted), its automatic backup, settings, caches, temporary files.
The only hits allowed are the two exports the session wrote on purpose.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, files_containing

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def test_a_full_session_leaves_no_case_content_on_disk(tmp_path: Path) -> None:
    marker = "LEAK" + secrets.token_hex(6).upper()
    tree = tmp_path / "tree"
    folders = {"HOME": tree / "home", "TMPDIR": tree / "tmp"}
    folders.update({name: tree / "home" / name.lower() for name in XDG})
    exports = tmp_path / "exports"
    for folder in [*folders.values(), exports]:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "HRDESK_"))}
    env.update({name: str(path) for name, path in folders.items()})
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "HRDESK_LEAK_MARKER": marker,
            "HRDESK_LEAK_EXPORTS": str(exports),
            "HRDESK_LEAK_TREE": str(tree),
        }
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "tests/safety/leak_session.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]

    report = json.loads((exports / "report.json").read_text())
    vault = Path(report["vault"])
    # The session really used the folders under scan, and really wrote the marker somewhere.
    assert vault.is_relative_to(tree) and (vault / "vault.db").stat().st_size > 0
    assert any((vault / "backups").iterdir())
    assert Path(report["settings"]).is_relative_to(tree) and Path(report["settings"]).exists()
    # Positive control: the scan finds the marker where it was exported on purpose.
    assert "case.json" in {p.name for p in files_containing(marker, exports)}
    scanned = sum(1 for p in tree.rglob("*") if p.is_file())
    assert scanned >= 5

    assert files_containing(marker, tree) == []
