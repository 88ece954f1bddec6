"""``hrdesk brief CASE_ID --out FILE.pdf``: print a case's brief to a PDF file; ``hrdesk
accountability CASE_ID --out FILE.pdf``: print its accountability package.

Standard input, when it is not a terminal: line 1 the vault's passphrase, line 2 the PDF
password (only with ``--encrypt``). The PDF is built in memory and written only to
``--out``, through a temporary file in the same folder that is removed on failure.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from hrdesk.brief.options import ALL_SECTIONS, BriefOptions, Section, Variant
from hrdesk.brief.protect import EmptyPassword
from hrdesk.brief.texts import BRIEF_LANGUAGES
from hrdesk.cli.common import EXIT_USAGE, CliError, SecretInput, check_output, open_vault, write_output_file
from hrdesk.services.accountability import AccountabilityService
from hrdesk.services.briefs import BriefService
from hrdesk.services.cases import CaseNotFound
from hrdesk.vault.vault import Vault

SECTION_NAMES = ", ".join(s.value for s in ALL_SECTIONS)


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    brief = subparsers.add_parser(
        "brief",
        parents=[parent],
        help="print a case's brief for an embassy to a PDF file",
        description="Print a case's brief (or the speaker notes) to a PDF file. Items marked "
        "'never print' are always left out; the hand-over brief also leaves out 'for my eyes only' items.",
    )
    brief.add_argument("case_id", type=int, metavar="CASE_ID")
    brief.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    brief.add_argument("--lang", choices=BRIEF_LANGUAGES, default="en", help="language (default: en)")
    brief.add_argument(
        "--variant",
        choices=[v.value for v in Variant],
        default=Variant.HAND_OVER.value,
        help="hand-over: for the embassy (default); notes: your own speaker notes, with private items",
    )
    brief.add_argument(
        "--redact-names", action="store_true", help='replace the names of people by "Person A", "Person B"...'
    )
    brief.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help=f"sections to include (default: all): {SECTION_NAMES}; separate by spaces or commas",
    )
    brief.add_argument("--embassy", default="", metavar="NAME", help="the embassy the brief is for")
    brief.add_argument(
        "--encrypt",
        action="store_true",
        help="protect the PDF with a password (AES-256); stdin line 2, or asked on the terminal",
    )
    brief.set_defaults(func=run_brief)

    package = subparsers.add_parser(
        "accountability",
        parents=[parent],
        help="print a case's accountability package (Section 7031(c), Global Magnitsky) to a PDF file",
    )
    package.add_argument("case_id", type=int, metavar="CASE_ID")
    package.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    package.add_argument("--lang", choices=BRIEF_LANGUAGES, default="en", help="language (default: en)")
    package.add_argument(
        "--encrypt", action="store_true", help="protect the PDF with a password (stdin line 2)"
    )
    package.set_defaults(func=run_accountability)


def _sections(values: list[str] | None) -> frozenset[Section]:
    if not values:
        return frozenset(ALL_SECTIONS)
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    try:
        return frozenset(Section(name) for name in names)
    except ValueError:
        unknown = next(n for n in names if n not in {s.value for s in Section})
        raise CliError(f"unknown section {unknown!r} (choose from {SECTION_NAMES})", EXIT_USAGE) from None


def _export(
    args: argparse.Namespace, secrets: SecretInput, make: Callable[[Vault, str | None], bytes]
) -> int:
    """Open the vault, read the PDF password if asked, build the PDF in memory, write it to --out."""
    target = check_output(args.out)
    vault = open_vault(args, secrets)
    try:
        password = secrets.read_new("PDF password: ") if args.encrypt else None
        if password is not None and not password:
            raise CliError("the PDF password is empty; nothing was written", EXIT_USAGE)
        try:
            pdf = make(vault, password)
        except CaseNotFound as exc:
            raise CliError(str(exc)) from None
        except EmptyPassword as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
    finally:
        vault.close()
    write_output_file(target, pdf)
    print(f"wrote {target}")
    return 0


def run_brief(args: argparse.Namespace, secrets: SecretInput) -> int:
    options = BriefOptions(
        language=args.lang,
        variant=Variant(args.variant),
        sections=_sections(args.sections),
        redact_names=args.redact_names,
        embassy=args.embassy.strip(),
    )
    return _export(
        args, secrets, lambda vault, pw: BriefService(vault).export_brief(args.case_id, options, pw)
    )


def run_accountability(args: argparse.Namespace, secrets: SecretInput) -> int:
    def make(vault: Vault, password: str | None) -> bytes:
        return AccountabilityService(vault).export_package(args.case_id, args.lang, password)

    return _export(args, secrets, make)
