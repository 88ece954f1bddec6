"""``hrdesk backup``, ``hrdesk restore`` and ``hrdesk erase``.

backup   stdin line 1: the vault's passphrase; line 2 (optional): a separate passphrase for the
         backup file (without it, the vault's passphrase protects the backup).
restore  stdin line 1: the passphrase that protects the backup. The new vault gets that passphrase.
erase    no passphrase (it must work when you are forced or in a hurry); ``--yes`` is required.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
from pathlib import Path

from hrdesk.cli.common import (
    EXIT_NOT_A_VAULT,
    EXIT_USAGE,
    CliError,
    SecretInput,
    check_output,
    unlock_with_limit,
    vault_folder,
    write_output_stream,
)
from hrdesk.vault.errors import VaultInUse
from hrdesk.vault.folder import KEYSLOTS_NAME

# Backups, restore and erase bring their own code in the commands: every start of ``hrdesk``
# (``check`` too) registers these subcommands.


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[parent],
        help="write an encrypted backup of the whole vault (stdin: the vault's passphrase; "
        "optional line 2: a separate passphrase for the backup)",
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE", help="the backup file to write")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore",
        parents=[parent],
        help="make a new vault from a backup file, checked completely first "
        "(stdin: the backup's passphrase; --vault must not hold a vault)",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="a backup made by 'hrdesk backup' or automatically"
    )
    restore.set_defaults(func=run_restore)
    erase = subparsers.add_parser(
        "erase",
        parents=[parent],
        help="destroy the vault's key, then delete the vault, its automatic backups and keyring entry "
        "(no passphrase; cannot be undone)",
    )
    erase.add_argument("--yes", action="store_true", help="confirm: required, the vault is lost for good")
    erase.set_defaults(func=run_erase)


def run_backup(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.backups import write_backup_to

    check_output(args.out)
    folder = vault_folder(args)
    if not folder.exists():
        raise CliError(f"no vault in {folder.path}", EXIT_NOT_A_VAULT)
    passphrase = secrets.read("Passphrase: ")
    folder.acquire()
    vault = unlock_with_limit(folder, passphrase)
    sizes: list[int] = []
    try:
        backup_passphrase = _backup_passphrase(secrets) or passphrase
        # Streamed into a temp file beside the target, then renamed: memory stays bounded.
        write_output_stream(
            args.out, lambda out: sizes.append(write_backup_to(out, vault, backup_passphrase))
        )
    finally:
        vault.close()
    print(f"backup written to {args.out} ({sizes[0]} bytes)")
    return 0


def _backup_passphrase(secrets: SecretInput) -> str:
    """The optional separate passphrase: line 2 of stdin, or asked twice on a terminal ('' = none)."""
    if secrets.interactive:
        first = getpass.getpass("Separate backup passphrase (Enter: use the vault's): ")
        if first and getpass.getpass("Repeat it: ") != first:
            raise CliError("the two passphrases differ; no backup was written", EXIT_USAGE)
        return first
    with contextlib.suppress(CliError):  # no second line: the vault's passphrase protects the backup
        return secrets.read("")
    return ""


def run_restore(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.backups import refuse_non_file, restore_backup_file
    from hrdesk.vault import backup_file
    from hrdesk.vault.backup import check_restore_target

    target = vault_folder(args).path
    refuse_non_file(args.file)
    try:
        with args.file.open("rb") as handle:  # only the start: the body is read chunk by chunk later
            # a foreign or damaged file is refused before any passphrase is asked
            backup_file.parse_file(handle, os.fstat(handle.fileno()).st_size)
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    check_restore_target(target)
    passphrase = secrets.read("Backup passphrase: ")
    try:
        restore_backup_file(args.file, target, passphrase, key_file=args.file.parent.parent / KEYSLOTS_NAME)
    except OSError as exc:
        if exc.filename != str(args.file):
            raise
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    print(f"restored into {target}")
    return 0


def run_erase(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.emergency import emergency_erase, has_anything

    folder = vault_folder(args)
    if not args.yes:
        raise CliError(
            f"erase destroys the vault in {folder.path} for good: add --yes to confirm", EXIT_USAGE
        )
    if not has_anything(folder):
        raise CliError(f"no vault in {folder.path}: nothing erased", EXIT_NOT_A_VAULT)
    # No lock needed, on purpose: a panic script must work while the app has the vault open.
    emergency_erase(folder)
    with contextlib.suppress(VaultInUse, OSError):
        folder.acquire()  # nobody else has it open: remove the lock file and the empty folder too
        folder.lock_file.unlink()
        folder.release()
        folder.path.rmdir()
    print(f"erased the vault in {folder.path}")
    return 0
