"""Entry point: ``hrdesk`` opens the GUI; ``hrdesk COMMAND`` runs a headless command."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from hrdesk import __version__
from hrdesk.cli import (
    brief_commands,
    case_commands,
    contacts_commands,
    reference_commands,
    safety_commands,
    vault_commands,
)
from hrdesk.cli.common import EXIT_CODES_HELP, EXIT_ERROR, EXIT_USAGE, CliError, SecretInput, exit_code_for
from hrdesk.domain.echo import one_line
from hrdesk.hardening import harden_process
from hrdesk.vault.errors import VaultError
from hrdesk.vault.folder import VAULT_DIR_ENV

# Each module adds its subcommands; later features append theirs here.
COMMAND_MODULES = [
    vault_commands,
    case_commands,
    contacts_commands,
    brief_commands,
    safety_commands,
    reference_commands,
]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"hrdesk: {message} (see 'hrdesk --help')\n")
        raise SystemExit(EXIT_USAGE)


def _vault_dir(text: str) -> str:
    """An empty --vault must not mean the default vault (``erase --vault ""`` erased it)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value is not a folder")
    return text


def build_parser() -> argparse.ArgumentParser:
    vault_option = _Parser(add_help=False)
    vault_option.add_argument(
        "--vault",
        metavar="DIR",
        type=_vault_dir,
        default=argparse.SUPPRESS,
        help="vault folder (default: $HRDESK_VAULT_DIR or the user data folder)",
    )
    parser = _Parser(
        prog="hrdesk",
        description="Prepare, safely and offline, to ask foreign embassies for help. "
        "Without a command, opens the desktop app. Passphrases are read from the terminal without echo, "
        "or, when standard input is not a terminal, one per line from standard input.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[vault_option],
    )
    parser.add_argument("--version", action="version", version=f"hrdesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a throw-away vault (case, briefs in five languages); exit 0 or 1",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throw-away vault with a fictional example case (for workshops); erased on quit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers, vault_option)
    return parser


def main(argv: list[str] | None = None) -> int:
    harden_process()  # before anything reads a key or a case (see hrdesk.hardening)
    args = build_parser().parse_args(argv)
    if getattr(args, "vault", None) is None and os.environ.get(VAULT_DIR_ENV, "x").strip() == "":
        return _fail(f"{VAULT_DIR_ENV} is set but empty: set it to a folder, or unset it", EXIT_USAGE)
    if args.self_test:
        from hrdesk.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from hrdesk.gui.app import run_gui  # Qt only when the GUI is asked for

        return run_gui(args)
    try:
        return int(args.func(args, SecretInput()))
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except VaultError as exc:
        return _fail(str(exc), exit_code_for(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_ERROR)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), EXIT_ERROR)
    except Exception as exc:
        # Never a traceback (it could show case content); the type is enough to report a bug.
        return _fail(f"unexpected error ({type(exc).__name__})", EXIT_ERROR)


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"hrdesk: {styled(one_line(message))}\n")
    return code


def styled(message: str) -> str:
    """One style for every error line: it starts in lower case (unless with a name such as
    SQLCipher or HRDESK_VAULT_DIR) and ends without a full stop, like argparse's own."""
    first, _, _rest = message.partition(" ")
    if first[:1].isupper() and (len(first) == 1 or first[1:].islower() or first[1] == "'"):
        message = message[0].lower() + message[1:]
    return message[:-1] if message.endswith(".") and not message.endswith("..") else message


if __name__ == "__main__":
    sys.exit(main())
