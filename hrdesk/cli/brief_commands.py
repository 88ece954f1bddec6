"""``hrdesk brief CASE_ID --out FILE.pdf``: print a case's brief to a PDF file; ``hrdesk
accountability CASE_ID --out FILE.pdf``: print its accountability package; ``hrdesk email
CASE_ID``: print the meeting-request email draft to standard output.

Standard input, when it is not a terminal: line 1 the vault's passphrase, line 2 the PDF
password (only with ``--encrypt``). The PDF is built in memory and written only to
``--out``, through a temporary file in the same folder that is removed on failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the argument parser needs is imported here: every start of ``hrdesk`` (``check``
# too) builds the whole parser. The brief's options, services and ReportLab come in the commands.
from hrdesk.brief.choices import ALL_SECTIONS, Section, Variant
from hrdesk.cli.common import EXIT_USAGE, CliError, SecretInput, check_output, open_vault, write_output_file
from hrdesk.domain.echo import shown
from hrdesk.domain.languages import LANGUAGES as BRIEF_LANGUAGES  # the brief speaks all five

if TYPE_CHECKING:  # ReportLab comes with the services: imported only when a command needs them
    from hrdesk.services.briefs import BriefService
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
        help=f"sections to include (default: all but contacts): {SECTION_NAMES}; separate by spaces "
        "or commas",
    )
    brief.add_argument(
        "--embassy",
        default="",
        metavar="NAME",
        help="the embassy the brief is for: cites its government's defender policy and limits the "
        "contact history to it",
    )
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

    email = subparsers.add_parser(
        "email",
        parents=[parent],
        help="print a case's meeting-request email draft to standard output",
        description="Print the draft of a first email to an embassy: who you are, what your work is and "
        "that you want to discuss a human rights concern, with no names or details of the case. "
        "--detailed prints the longer draft with the facts instead (send that only through a channel "
        "the embassy has confirmed as safe).",
    )
    email.add_argument("case_id", type=int, metavar="CASE_ID")
    email.add_argument("--lang", choices=BRIEF_LANGUAGES, default="en", help="language (default: en)")
    email.add_argument("--embassy", default="", metavar="NAME", help="the embassy the email is for")
    email.add_argument(
        "--detailed",
        action="store_true",
        help="the detailed draft with the facts of the case and names (warning on stderr)",
    )
    email.add_argument(
        "--redact-names", action="store_true", help='with --detailed: names of people as "Person A"...'
    )
    email.set_defaults(func=run_email)


def _sections(values: list[str] | None) -> frozenset[Section]:
    if not values:  # the contact history names officers: only when asked for, as in the GUI
        return frozenset(s for s in ALL_SECTIONS if s is not Section.CONTACTS)
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    try:
        return frozenset(Section(name) for name in names)
    except ValueError:
        unknown = next(n for n in names if n not in {s.value for s in Section})
        raise CliError(f"unknown section {unknown!r} (choose from {SECTION_NAMES})", EXIT_USAGE) from None


def _export(
    args: argparse.Namespace,
    secrets: SecretInput,
    make: Callable[[Vault, str | None], bytes],
    before: Callable[[Vault], None] | None = None,
) -> int:
    """Open the vault, check the options against it (``before``), read the PDF password if asked,
    build the PDF in memory, write it to --out."""
    from hrdesk.brief.protect import MIN_PASSWORD_LENGTH, PasswordTooShort
    from hrdesk.services.cases import CaseNotFound

    target = check_output(args.out)
    vault = open_vault(args, secrets)
    try:
        if before is not None:
            before(vault)
        password = secrets.read_new("PDF password: ") if args.encrypt else None
        if password is not None and not password:
            raise CliError("the PDF password is empty; nothing was written", EXIT_USAGE)
        if password is not None and len(password) < MIN_PASSWORD_LENGTH:
            raise CliError(
                f"the PDF password is shorter than {MIN_PASSWORD_LENGTH} characters; nothing was written",
                EXIT_USAGE,
            )
        try:
            pdf = make(vault, password)
        except CaseNotFound as exc:
            raise CliError(str(exc)) from None
        except PasswordTooShort as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
    finally:
        vault.close()
    write_output_file(target, pdf)
    print(f"wrote {target}")
    return 0


REDACTION_WARNING = (
    "warning: --redact-names replaces the names typed in the people fields (and their word forms); "
    "it cannot catch nicknames, spellings you never typed there, or details that identify someone "
    "without naming them: read the PDF before you hand it over"
)


def refuse_unknown_embassy(service: BriefService, embassy: str) -> None:
    """A typo in ``--embassy`` would quietly give a brief that cites no policy and no contact."""
    if embassy and not service.knows_embassy(embassy):
        raise CliError(
            f"--embassy {shown(embassy)} names no government hrdesk recognises and no embassy of the "
            "contact log: type a country's name or its two-letter code (Canada, CA)",
            EXIT_USAGE,
        )


def run_brief(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.brief.options import BriefOptions
    from hrdesk.services.briefs import BriefService  # ReportLab: imported only when a PDF is made

    if args.redact_names:  # the same limits the export dialog states, before anything is printed
        print(REDACTION_WARNING, file=sys.stderr)
    options = BriefOptions(
        language=args.lang,
        variant=Variant(args.variant),
        sections=_sections(args.sections),
        redact_names=args.redact_names,
        embassy=args.embassy.strip(),
    )
    return _export(
        args,
        secrets,
        lambda vault, pw: BriefService(vault).export_brief(args.case_id, options, pw),
        before=lambda vault: refuse_unknown_embassy(BriefService(vault), options.embassy),
    )


def run_accountability(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.services.accountability import AccountabilityService  # ReportLab, as above

    def make(vault: Vault, password: str | None) -> bytes:
        return AccountabilityService(vault).export_package(args.case_id, args.lang, password)

    return _export(args, secrets, make)


def run_email(args: argparse.Namespace, secrets: SecretInput) -> int:
    from hrdesk.brief.options import BriefOptions
    from hrdesk.services.briefs import BriefService  # ReportLab: imported only by brief commands
    from hrdesk.services.cases import CaseNotFound

    options = BriefOptions(language=args.lang, redact_names=args.redact_names, embassy=args.embassy.strip())
    vault = open_vault(args, secrets)
    try:
        service = BriefService(vault)
        refuse_unknown_embassy(service, options.embassy)
        draft = service.email_draft(args.case_id, options, detailed=args.detailed)
    except CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.close()
    if args.detailed:  # the warning names nothing of the case, so stderr may carry it
        print(
            "warning: this detailed draft contains the facts of the case and names; ordinary email can be "
            "read by others: send it only through a channel the embassy has confirmed as safe",
            file=sys.stderr,
        )
    print(draft.as_text())
    return 0
