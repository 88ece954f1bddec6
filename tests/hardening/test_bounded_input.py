"""Bad input files: one short line and exit 4, never a 10 MB echo, never 'unexpected error', never
reading /dev/zero or waiting on a FIFO."""

from __future__ import annotations

import contextlib
import copy
import json
import os
import random
from pathlib import Path

import pytest

from hrdesk.domain.echo import ECHO_LIMIT, shown
from hrdesk.services.case_files import CaseFileError, export_case, import_case_file
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import example_case
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.helpers import run_cli

PASS = "correct horse battery"
BASE = json.loads(export_case(example_case(), include_never=True))


def vault_at(path: Path) -> Path:
    folder = VaultFolder(path)
    Vault.create(folder, PASS).close()
    folder.release()
    return path


def assert_one_short_line(stderr: str) -> None:
    assert stderr.count("\n") == 1 and stderr.startswith("hrdesk: "), stderr[:500]
    assert len(stderr) < 300 and "unexpected error" not in stderr and "Traceback" not in stderr


def test_shown_bounds_every_echo() -> None:
    assert len(shown("x" * 10_000_000)) <= ECHO_LIMIT
    assert shown("a\nb\x1b[31m") == "'a\\nb\\x1b[31m'"  # control characters never reach a terminal
    assert shown("short") == "'short'"


def test_a_huge_value_is_not_echoed(tmp_path: Path) -> None:
    document = copy.deepcopy(BASE)
    document["case"]["status"] = "S" * 10_000_000
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(document))
    done = run_cli(
        "case", "import", str(case_file), "--vault", str(vault_at(tmp_path / "v")), stdin=PASS + "\n"
    )
    assert done.code == 4
    assert_one_short_line(done.stderr)
    assert "case.status: unknown value 'SSS" in done.stderr


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
@pytest.mark.parametrize("command", ["case import", "restore"])
def test_devices_and_fifos_are_refused_before_reading(tmp_path: Path, kind: str, command: str) -> None:
    if kind == "fifo":
        source = tmp_path / "pipe"
        os.mkfifo(source)  # nobody writes to it: reading would wait for ever
    else:
        source = Path("/dev/zero")  # reading would never end
    target = tmp_path / ("v" if command == "case import" else "restored")
    if command == "case import":
        vault_at(target)
    done = run_cli(*command.split(), str(source), "--vault", str(target), stdin=PASS + "\n", timeout=30)
    assert done.code == 4, done.stderr
    assert_one_short_line(done.stderr)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("version",), True),  # JSON true is not version 1
        (("case", "timeline", 0, "date"), ""),
        (("case", "timeline", 0, "end_date"), "9999-12"),
        (("case", "title"), "\ud800 lone surrogate"),
        (("case", "request", "embassies"), ["ok", "\udfff"]),
    ],
)
def test_fuzz_findings_are_refused_as_invalid_files(tmp_path: Path, where: tuple, value: object) -> None:
    document = copy.deepcopy(BASE)
    node = document
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    if where[-1] == "end_date":
        node["date"] = "9999-12"
        node["precision"] = "month"
        vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
        CaseService(vault).import_case(import_case_file(json.dumps(document).encode()))  # valid: stored
        vault.close()
        return
    with pytest.raises(CaseFileError):
        import_case_file(json.dumps(document).encode())
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(document))
    done = run_cli(
        "case", "import", str(case_file), "--vault", str(vault_at(tmp_path / "v")), stdin=PASS + "\n"
    )
    assert done.code == 4
    assert_one_short_line(done.stderr)


VALUES = ["", " ", "\ud800", "9999", "9999-12", "9999-12-31", "0000", "2024-02-30", True, False, 0, 1, -1,
          10**30, 1.5, None, [], {}, "x" * 200, "day", "month", "year", "\x00", "2024-13"]  # fmt: skip


def test_mutated_case_files_are_stored_or_refused_never_crash(tmp_path: Path) -> None:
    """Up to three fields of a real case file replaced by awkward values, 400 times: every file is
    either stored or refused with CaseFileError (the CLI's exit 4)."""
    paths: list[list] = []

    def walk(node: object, path: list) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for key, child in items:
            paths.append([*path, key])
            walk(child, [*path, key])

    walk(BASE, [])
    vault = Vault.create(VaultFolder(tmp_path / "v"), PASS)
    service = CaseService(vault)
    chance = random.Random(17)
    for _ in range(400):
        document = copy.deepcopy(BASE)
        for _ in range(chance.randint(1, 3)):
            path = chance.choice(paths)
            try:
                node = document
                for key in path[:-1]:
                    node = node[key]
                node[path[-1]] = chance.choice(VALUES)
            except (KeyError, IndexError, TypeError):
                continue
        with contextlib.suppress(CaseFileError):
            service.import_case(import_case_file(json.dumps(document).encode()))
    vault.close()
