"""docs/cli.md names every command and every option the parser has, and every exit code.

A command or option added without a word in the reference fails here, so the reference cannot
quietly fall behind the code.
"""

from __future__ import annotations

import argparse
import re

from hrdesk.cli import common
from hrdesk.cli.main import build_parser
from tests.helpers import ROOT

REFERENCE = ROOT / "docs" / "cli.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    """Every command and sub-command, by its full name ("case export"), with its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                found[full] = sub
                found.update(_commands(sub, f"{full} "))
    return found


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }


def test_every_command_has_a_heading_and_every_option_is_named() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    headings = re.findall(r"^### `hrdesk ([^`]+)`", text, flags=re.MULTILINE)
    parser = build_parser()
    commands = _commands(parser)
    leaves = {name: sub for name, sub in commands.items() if not _commands(sub)}
    assert leaves, "the parser has no commands: the test would prove nothing"
    for name, sub in leaves.items():
        heading = next((h for h in headings if h == name or h.startswith(name + " ")), None)
        assert heading is not None, f"docs/cli.md has no '### `hrdesk {name} ...`' heading"
        section = text.split(f"### `hrdesk {heading}`", 1)[1].split("\n### ", 1)[0]
        for option in _options(sub) - {"--vault"}:
            assert option in heading or option in section, f"docs/cli.md: {name} does not name {option}"
    for option in _options(parser) - {"--vault"}:
        assert f"`{option}`" in text, f"docs/cli.md does not name {option}"


def test_every_exit_code_is_in_the_table() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    codes = {
        value for name, value in vars(common).items() if name.startswith("EXIT_") and isinstance(value, int)
    }
    assert {0, 1, 2, 3, 4, 5} <= codes  # the codes hrdesk --help lists
    for code in codes:
        assert re.search(rf"^\| {code} \| \S", text, flags=re.MULTILINE), (
            f"docs/cli.md: no row for exit {code}"
        )
