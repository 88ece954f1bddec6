"""Helpers shared by tests: an in-memory keyring, running the CLI, scanning files for a marker."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend

ROOT = Path(__file__).resolve().parent.parent


class InMemoryKeyring(KeyringBackend):
    """A real keyring backend (the library's own interface) that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60) -> CliResult:
    """Run ``python -m hrdesk ARGS`` in a fresh process, as a script or a user would."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "hrdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def encodings_of(marker: str) -> list[bytes]:
    """The byte patterns a marker could leave on disk: UTF-8 and both UTF-16 orders."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(marker: str, *folders: Path) -> list[Path]:
    """Every file under ``folders`` whose bytes contain ``marker`` in any of its encodings."""
    patterns = encodings_of(marker)
    found = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(p in data for p in patterns):
                    found.append(path)
    return found
