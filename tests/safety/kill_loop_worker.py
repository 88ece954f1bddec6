"""Kill loop, run as its own process: ``python kill_loop_worker.py VAULT_DIR SECONDS SEED``.

Forks a writer (cases, key-file rewrites, automatic backups), SIGKILLs it at a random moment,
then opens the vault and checks it; again and again until the time is up. The fork keeps
every cycle cheap (no interpreter start), so hundreds of kills fit in a few seconds.
Prints one JSON line: cycles, acknowledged writes, and every problem found (none expected).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from hrdesk.domain.case import Case, EventKind, Outreach, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.services import unlock_guard
from hrdesk.services.backups import list_auto_backups, make_auto_backup
from hrdesk.services.cases import CaseService
from hrdesk.vault import backup_file
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.subkeys import AUTO_BACKUP
from hrdesk.vault.vault import Vault

PASS = "correct horse battery"
EVENTS = 3


def a_case(tag: str) -> Case:
    events = [
        TimelineEvent(PartialDate(2025, 1, day + 1), EventKind.OTHER, f"{tag} {'x' * 900}")
        for day in range(EVENTS)
    ]
    return Case(
        title=tag, summary="s" * 2000, timeline=events, outreach=[Outreach(PartialDate(2025, 2), tag)]
    )


def writer(folder: Path, cycle: int, ack: int) -> None:
    """In the child: write until killed; a tag is written to ``ack`` only after its commit."""
    vault = Vault.unlock(VaultFolder(folder), PASS)
    service = CaseService(vault)
    for n in range(10**9):
        tag = f"c{cycle}-{n}"
        service.import_case(a_case(tag))
        os.write(ack, f"{tag}\n".encode())
        if n % 7 == 3:
            vault.change_passphrase(PASS, PASS)  # the key file is rewritten: old or new, never torn
        if n % 11 == 5:
            make_auto_backup(vault, keep=2, force=True)


def verify(folder: Path, acknowledged: set[str]) -> list[str]:
    problems: list[str] = []
    handle = VaultFolder(folder)
    try:
        vault = unlock_guard.unlock(handle, PASS).vault  # as the app: also clears crash leftovers
    except Exception as exc:  # report, don't stop: the loop's job is to find every failure
        handle.release()
        return [f"cannot unlock: {type(exc).__name__}: {exc}"]
    try:
        report = vault.check()
        if not report.ok:
            problems.append(f"integrity: {report.problems[:3]}")
        rows = vault.connection.execute(
            "SELECT c.title, (SELECT count(*) FROM timeline_events t WHERE t.case_id = c.id),"
            " (SELECT count(*) FROM outreach o WHERE o.case_id = c.id) FROM cases c"
        ).fetchall()
        titles = {row[0] for row in rows}
        problems += [f"lost acknowledged {tag}" for tag in sorted(acknowledged - titles)]
        problems += [f"partial case {r[0]}" for r in rows if (r[1], r[2]) != (EVENTS, 1)]
        leftovers = [p.name for p in folder.glob(".*")] + [p.name for p in folder.glob("backups/.*")]
        problems += [f"crash leftover {name}" for name in leftovers]
        newest = list_auto_backups(folder)[-1:]
        for path in newest:
            parsed = backup_file.parse(path.read_bytes())
            backup_file.decrypt(parsed, vault.derive_key(AUTO_BACKUP))
    except Exception as exc:
        problems.append(f"check failed: {type(exc).__name__}: {exc}")
    finally:
        vault.close()
        handle.release()
    return problems


def main() -> None:
    folder, seconds, seed = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    problems: list[str] = []
    cycles = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not problems:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns: it is killed
            os.close(read_end)
            try:
                writer(folder, cycles, write_end)
            finally:
                os._exit(3)
        os.close(write_end)
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            acknowledged |= {line.decode() for line in pipe.read().splitlines()}
        problems = verify(folder, acknowledged)
        cycles += 1
    print(json.dumps({"cycles": cycles, "acknowledged": len(acknowledged), "problems": problems[:20]}))


if __name__ == "__main__":
    main()
