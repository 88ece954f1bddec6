"""``hrdesk case list | export | import``: move cases in and out of the vault as case files."""

from __future__ import annotations

import argparse
from pathlib import Path

from hrdesk.cli.common import (
    EXIT_NOT_A_VAULT,
    CliError,
    SecretInput,
    check_output,
    note,
    open_vault,
    write_output_file,
)

# The services are imported in the commands: every start of ``hrdesk`` (``check`` too) registers
# these subcommands, and only ``case`` needs the case files' code.


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    case = subparsers.add_parser(
        "case", parents=[parent], help="list, export and import cases (case files are NOT encrypted)"
    )
    commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", parents=[parent], help="one case a line: id and title")
    listing.set_defaults(func=run_list)
    export = commands.add_parser("export", parents=[parent], help="write a case file (JSON, not encrypted)")
    export.add_argument("case_id", type=int, metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--include-never", action="store_true", help='include items marked "never print"')
    export.set_defaults(func=run_export)
    imp = commands.add_parser(
        "import", parents=[parent], help="add a case from a case file; prints its new id"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(func=run_import)


def run_list(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.cases import CaseService

    vault = open_vault(args, secrets)
    try:
        cases = CaseService(vault).list_cases()
    finally:
        vault.close()
    for case in cases:
        print(f"{case.id}\t{case.title}")
    if not cases:
        note("no cases in this vault")
    return 0


def run_export(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.accountability_files import export_case_file
    from hrdesk.services.cases import CaseNotFound

    check_output(args.out)
    vault = open_vault(args, secrets)
    try:  # the case with its accountability package
        data = export_case_file(vault, args.case_id, include_never=args.include_never)
    except CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.close()
    write_output_file(args.out, data)
    return 0


def run_import(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.accountability_files import import_into, load_case_file
    from hrdesk.services.case_files import CaseFileError

    try:
        parsed = load_case_file(args.file)  # checked completely before the vault is even opened
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    except CaseFileError as exc:
        raise CliError(f"{args.file}: {exc}", EXIT_NOT_A_VAULT) from None
    vault = open_vault(args, secrets)
    try:
        print(import_into(vault, parsed))
    finally:
        vault.close()
    return 0
