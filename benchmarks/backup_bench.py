"""Peak memory of the automatic backup and of restoring it, against the vault's size.

    python benchmarks/backup_bench.py 64 256     # vault sizes in MiB

Each size runs in a fresh process: a vault is padded with random bytes (a table of blobs, so
the pages are as incompressible as encrypted case text), then the process's peak RSS is read
before and after ``make_auto_backup`` and ``restore_backup_file``. Streaming keeps the growth
flat whatever the size; the old whole-file code grew by about twice the vault's size.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(size_mib: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from hrdesk.services.backups import make_auto_backup, restore_backup_file
    from hrdesk.vault import backup_file
    from hrdesk.vault.backup import take_snapshot
    from hrdesk.vault.folder import VaultFolder
    from hrdesk.vault.vault import Vault

    passphrase = "benchmark passphrase"  # noqa: S105 - a throw-away vault
    with tempfile.TemporaryDirectory() as work:
        vault = Vault.create(VaultFolder(Path(work) / "v"), passphrase)
        conn = vault.connection
        conn.execute("CREATE TABLE bench_padding(b BLOB)")
        conn.execute("BEGIN")
        for _ in range(size_mib * 16):
            conn.execute("INSERT INTO bench_padding VALUES (randomblob(65536))")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault_mib = (Path(work) / "v" / "vault.db").stat().st_size / 1024**2
        before = _peak_mib()
        started = time.perf_counter()
        path = make_auto_backup(vault, force=True)
        backup_s = time.perf_counter() - started
        after_backup = _peak_mib()
        vault.close()
        vault.folder.release()
        assert path is not None
        started = time.perf_counter()
        restore_backup_file(path, Path(work) / "restored", passphrase)
        restore_s = time.perf_counter() - started
        after_restore = _peak_mib()
        # The whole-file way (what the automatic backup did before): for comparison, last,
        # since a peak cannot be undone.
        vault = Vault.unlock(VaultFolder(Path(work) / "v"), passphrase)
        sealed = backup_file.seal_with_vault_key(take_snapshot(vault), vault.vault_id, b"k" * 32)
        whole = _peak_mib() - after_restore
        del sealed
        vault.close()
        vault.folder.release()
    return {
        "vault MiB": round(vault_mib, 1),
        "backup: peak RSS growth MiB": round(after_backup - before, 1),
        "backup s": round(backup_s, 2),
        "restore: peak RSS growth MiB": round(after_restore - after_backup, 1),
        "restore s": round(restore_s, 2),
        "whole-file backup (before streaming): peak RSS growth MiB": round(whole, 1),
    }


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    for size in sys.argv[1:] or ["64", "256"]:
        done = subprocess.run(  # a fresh process per size: its peak RSS is its own
            [sys.executable, __file__, "--child", size], capture_output=True, text=True, check=True
        )
        print(done.stdout.strip())


if __name__ == "__main__":
    main()
