"""``hrdesk init``, ``hrdesk check`` and ``hrdesk passwd``."""

from __future__ import annotations

import argparse
import sys
import time

from hrdesk.cli.common import (
    EXIT_ERROR,
    EXIT_NOT_A_VAULT,
    CliError,
    SecretInput,
    open_vault,
    unlock_with_limit,
    vault_folder,
    warn_if_weak,
)
from hrdesk.vault.vault import Vault, check_new_passphrase


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    init = subparsers.add_parser("init", parents=[parent], help="create a new, empty vault")
    init.set_defaults(func=run_init)
    check = subparsers.add_parser(
        "check",
        parents=[parent],
        help="check the passphrase and the vault's integrity (fast: every page's authentication code "
        "and SQLite's quick check); print record counts",
    )
    check.add_argument(
        "--full",
        action="store_true",
        help="also match every index against its table (SQLite's integrity_check; slow on large vaults)",
    )
    check.set_defaults(func=run_check)
    passwd = subparsers.add_parser(
        "passwd", parents=[parent], help="change the passphrase (stdin: current on line 1, new on line 2)"
    )
    passwd.set_defaults(func=run_passwd)


def run_init(args: argparse.Namespace, secrets: SecretInput) -> int:
    folder = vault_folder(args)
    if folder.exists():
        raise CliError(f"a vault already exists in {folder.path}", EXIT_ERROR)
    passphrase = secrets.read_new("New passphrase: ")
    check_new_passphrase(passphrase)  # too short: refused before any warning about strength
    warn_if_weak(passphrase)
    vault = Vault.create(folder, passphrase)
    vault.close()
    print(f"created a vault in {folder.path}")
    return 0


def run_check(args: argparse.Namespace, secrets: SecretInput) -> int:
    vault = open_vault(args, secrets)
    spinner = _Spinner() if args.full and sys.stderr.isatty() else None
    try:
        report = vault.check(full=args.full, progress=spinner)
    finally:
        vault.close()
        if spinner is not None:
            spinner.clear()
    if not report.ok:
        raise CliError(f"integrity check failed: {report.problems[0]}", EXIT_NOT_A_VAULT)
    kdf = report.kdf
    print("integrity: ok" if args.full else "integrity: ok (quick check; --full also matches every index)")
    print(f"schema version: {report.schema_version}")
    if kdf is not None:
        print(
            f"key derivation: argon2id, {kdf.memory_kib // 1024} MiB, "
            f"{kdf.time_cost} passes, {kdf.parallelism} lanes"
        )
    for label, count in user_counts(report.counts):
        print(f"{label}: {count}")
    return 0


class _Spinner:
    """Shows on the terminal that a long full check is still working (SQLite cannot say how far)."""

    def __init__(self) -> None:
        self._started = time.monotonic()
        self._shown = -1

    def __call__(self) -> None:
        seconds = int(time.monotonic() - self._started)
        if seconds != self._shown:
            self._shown = seconds
            sys.stderr.write(f"\rfull check running: {seconds} s ")
            sys.stderr.flush()

    def clear(self) -> None:
        if self._shown >= 0:
            sys.stderr.write("\r" + " " * 40 + "\r")
            sys.stderr.flush()


# What a person counts, in the order they think of it; link tables and the vault's own metadata
# are not shown. A table not listed (a newer schema) is shown under its own name.
_COUNTED = {
    "cases": "cases",
    "timeline_events": "timeline events",
    "outreach": "previous outreach",
    "case_support": "kinds of support requested",
    "embassies": "embassies",
    "officers": "officers",
    "interactions": "contacts logged",
    "follow_ups": "follow-ups",
    "tracked_items": "requests and promises tracked",
    "responsible_people": "people responsible",
    "conduct": "conduct records",
    "case_people": "people named in cases",
}
_NOT_COUNTED = {"meta", "interaction_cases", "interaction_officers", "conduct_events"}


def user_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    known = [(label, counts[table]) for table, label in _COUNTED.items() if table in counts]
    other = sorted(t for t in counts if t not in _COUNTED and t not in _NOT_COUNTED)
    return known + [(table.replace("_", " "), counts[table]) for table in other]


def run_passwd(args: argparse.Namespace, secrets: SecretInput) -> int:
    folder = vault_folder(args)
    if not folder.exists():
        raise CliError(f"no vault in {folder.path}", EXIT_NOT_A_VAULT)
    current = secrets.read("Current passphrase: ")
    folder.acquire()
    vault = unlock_with_limit(folder, current)
    try:
        new = secrets.read_new("New passphrase: ")
        check_new_passphrase(new)
        warn_if_weak(new)
        vault.change_passphrase(current, new)
    finally:
        vault.close()
    print("passphrase changed")
    return 0
