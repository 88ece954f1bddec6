"""What every command shares: exit codes, the error type, reading passphrases, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hrdesk.private_files import write_export_stream
from hrdesk.services import unlock_guard
from hrdesk.vault.errors import KeyringUnavailable, NotAVault, VaultError, VaultInUse, WrongPassphrase
from hrdesk.vault.folder import VaultFolder, default_vault_dir
from hrdesk.vault.vault import Vault

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_NOT_A_VAULT = 4
EXIT_IN_USE = 5

EXIT_CODES_HELP = """exit codes:
  0  success
  1  any other error
  2  usage error (bad arguments)
  3  wrong passphrase
  4  not a vault, damaged vault, or an invalid input file
  5  the vault is in use by another hrdesk process"""


class CliError(Exception):
    """An error to print as one line on stderr, exiting with ``code``."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def exit_code_for(error: VaultError) -> int:
    if isinstance(error, WrongPassphrase):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, NotAVault):
        return EXIT_NOT_A_VAULT
    if isinstance(error, VaultInUse):
        return EXIT_IN_USE
    if isinstance(error, KeyringUnavailable):
        return EXIT_ERROR
    return EXIT_ERROR


NOT_UTF8 = "standard input is not UTF-8 text (passphrases are read as UTF-8)"


class SecretInput:
    """Passphrases from the terminal without echo, or, when stdin is not a terminal, one per line.

    Line 1 is the vault's passphrase; line 2 the new one (``init``'s first line is the new one),
    or a PDF password for ``brief --encrypt``. After a new passphrase, a further line is its
    repetition and must be the same, as on a terminal. Lines end at ``\\n`` only (a trailing
    ``\\r`` is dropped): a passphrase may hold any other character, U+2028 included.
    """

    MAX_INPUT = 64 * 1024  # passphrases, not files: /dev/zero on stdin must not fill the memory

    def __init__(self) -> None:
        self._lines: list[str] | None = None
        self._next = 0

    @property
    def interactive(self) -> bool:
        return sys.stdin is not None and sys.stdin.isatty()

    def _read_lines(self) -> list[str]:
        if sys.stdin is None:
            return []
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read(self.MAX_INPUT + 1) if stream is not None else sys.stdin.read().encode()
        if len(raw) > self.MAX_INPUT:
            raise CliError("standard input is too long for passphrases (one per line)", EXIT_USAGE)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise CliError(NOT_UTF8, EXIT_USAGE) from None
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the newline that ends the last line
        return [line.removesuffix("\r") for line in lines]

    def read(self, prompt: str) -> str:
        if self.interactive:
            return getpass.getpass(prompt)
        if self._lines is None:
            self._lines = self._read_lines()
        if self._next >= len(self._lines):
            raise CliError("expected a passphrase on standard input (one per line)", EXIT_USAGE)
        line = self._lines[self._next]
        self._next += 1
        return line

    def read_new(self, prompt: str) -> str:
        """A new passphrase, asked twice on a terminal so a typo cannot lock the user out; from
        standard input, a following line is taken as the repetition and compared the same way."""
        first = self.read(prompt)
        if self.interactive:
            again: str | None = getpass.getpass("Repeat it: ")
        else:
            again = self._lines[self._next] if self._lines and self._next < len(self._lines) else None
            self._next += again is not None
        if again is not None and again != first:
            raise CliError("the two passphrases differ; nothing was changed", EXIT_USAGE)
        return first


_HINTS = {
    "COMMON_PASSWORD": "a common password",
    "COMMON_WORD": "common words",
    "NAME": "a name",
    "YEAR_OR_DATE": "a year or a date",
    "KEYBOARD": "a keyboard pattern",
    "REPEAT": "repeats",
    "SEQUENCE": "a sequence such as abc or 123",
    "SUBSTITUTION": "well-known substitutions such as @ for a",
    "TOO_FEW_WORDS": "too few words",
}


def warn_if_weak(passphrase: str) -> None:
    """The app's strength rule (zxcvbn) for a new vault passphrase, as one warning line: the
    command line cannot ask the app's risk question on standard input, so it says the risk."""
    from hrdesk.domain.passphrase import Strength, assess  # zxcvbn: only for new passphrases

    rating = assess(passphrase)
    if rating.strength >= Strength.STRONG or rating.strength == Strength.TOO_SHORT:
        return  # too short is refused with its own error
    verdict = {Strength.VERY_WEAK: "very weak", Strength.WEAK: "weak"}.get(rating.strength, "only fair")
    found = ", ".join(_HINTS[hint.name] for hint in rating.hints)
    print(
        f"warning: this passphrase is {verdict}{f' ({found})' if found else ''}: someone who takes the "
        "computer can guess offline without any limit; six random words are far safer",
        file=sys.stderr,
    )


def check_output(path: Path) -> Path:
    """Fail before asking for any passphrase if ``--out`` could not be written: its folder is missing,
    or it exists and is not a regular file (a folder, a FIFO, a device, a symlink)."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise CliError(f"cannot write {target}: the folder {target.parent} does not exist", EXIT_ERROR)
    if target.is_symlink() or (target.exists() and not target.is_file()):
        what = "a folder" if target.is_dir() and not target.is_symlink() else "not a regular file"
        raise CliError(f"cannot write {target}: it is {what}", EXIT_ERROR)
    return target


def write_output_file(path: Path, data: bytes) -> None:
    """Write an export the user asked for (whole or not at all); errors become one line."""
    write_output_stream(path, lambda handle: handle.write(data))


def write_output_stream(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write_output_file`` of content that ``write`` produces piece by piece into the file."""
    try:
        write_export_stream(path, write)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None


def note(text: str) -> None:
    """A remark for the person at the terminal (an empty result): stderr, so stdout stays data."""
    sys.stderr.write(f"hrdesk: {text}\n")


def vault_folder(args: argparse.Namespace) -> VaultFolder:
    """The vault folder named by --vault or $HRDESK_VAULT_DIR (or the default); a file is refused."""
    path = Path(args.vault).expanduser() if getattr(args, "vault", None) else default_vault_dir()
    if path.exists() and not path.is_dir():
        raise CliError(f"{path} is a file, not a vault folder", EXIT_NOT_A_VAULT)
    return VaultFolder(path)


def open_vault(args: argparse.Namespace, secrets: SecretInput) -> Vault:
    """Lock the folder and unlock the vault with the passphrase from ``secrets``."""
    folder = vault_folder(args)
    if not folder.exists():
        raise CliError(f"no vault in {folder.path} (create one with 'hrdesk init')", EXIT_NOT_A_VAULT)
    folder.acquire()
    return unlock_with_limit(folder, secrets.read("Passphrase: "))


def unlock_with_limit(folder: VaultFolder, passphrase: str) -> Vault:
    """Unlock through the attempt limit (hrdesk.services.unlock_guard); warn about tampering on stderr."""
    outcome = unlock_guard.unlock(folder, passphrase)
    if outcome.notice:
        sys.stderr.write(
            "hrdesk: warning: the unlock attempt counter was edited or deleted since the last unlock\n"
        )
    return outcome.vault
