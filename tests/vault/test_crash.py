"""A writer killed with SIGKILL mid-transaction leaves a vault that opens, checks, and holds every commit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import ROOT

PASS = "correct horse battery"

WRITER = """
import sys
from pathlib import Path
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
vault = Vault.unlock(VaultFolder(Path(sys.argv[1])), sys.argv[2])
i = 0
while True:
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"row{i}", "x" * 3000))
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"pair{i}", "y" * 3000))
    print(i, flush=True)  # acknowledged: committed before this line was written
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.parametrize("seed", range(6))
def test_sigkill_mid_write_loses_nothing_acknowledged(tmp_path: Path, seed: int) -> None:
    folder = VaultFolder(tmp_path / "v")
    Vault.create(folder, PASS).close()
    folder.release()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder.path), PASS], stdout=subprocess.PIPE, text=True, env=env
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()  # the writer is up and has committed once
    assert first.strip() == "0"
    time.sleep(random.Random(seed).uniform(0.0, 0.3))
    writer.send_signal(signal.SIGKILL)
    acknowledged = [int(first)] + [int(line) for line in writer.stdout.read().split()]
    writer.wait()

    vault = Vault.unlock(VaultFolder(folder.path), PASS)
    report = vault.check()
    assert report.ok, report.problems
    keys = {row[0] for row in vault.connection.execute("SELECT key FROM meta")}
    for i in acknowledged:
        assert f"row{i}" in keys and f"pair{i}" in keys
    # Transactions are atomic: every row has its pair, committed or not.
    rows = {k for k in keys if k.startswith("row")}
    assert {k.replace("row", "pair") for k in rows} == {k for k in keys if k.startswith("pair")}
