"""``hrdesk reference import FILE``: install a signed reference update (no network, no vault).

Exit 4 when the file is refused (tampered, truncated, not a pack, invalid content, or not newer
than the reference in use); nothing is changed then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hrdesk.cli.common import EXIT_NOT_A_VAULT, CliError, SecretInput

EXIT_PACK_REFUSED = EXIT_NOT_A_VAULT  # 4: "an invalid input file"


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    reference = subparsers.add_parser("reference", help="the offline reference content")
    actions = reference.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="install a signed reference update, checked completely first "
        "(exit 4 if refused: tampered, truncated, invalid or not newer)",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="a pack made by 'make reference-pack'")
    importing.set_defaults(func=run_import)


def run_import(args: argparse.Namespace, _secrets: SecretInput) -> int:
    from hrdesk.reference.installed import install_pack
    from hrdesk.reference.packs import PackError

    data = args.file.read_bytes()  # OSError becomes one line (exit 1) in main
    try:
        pack = install_pack(data)
    except PackError as exc:
        raise CliError(f"reference update refused: {exc}", EXIT_PACK_REFUSED) from None
    sys.stdout.write(f"reference updated to the content of {pack.date}, signed by {pack.signer}\n")
    return 0
