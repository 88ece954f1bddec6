"""Layering: everything outside hrdesk.gui imports without Qt (the CLI and services run headless),
and the import-linter contracts in pyproject.toml hold (layers, Qt only in the GUI, no cycles)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import hrdesk
from tests.helpers import ROOT

BLOCK_QT = """
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'qtpy', 'qtawesome'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(hrdesk.__path__, "hrdesk."):
        if not info.name.startswith("hrdesk.gui") and info.name != "hrdesk.__main__":
            names.append(info.name)
    return names


def test_non_gui_modules_import_without_qt() -> None:
    modules = non_gui_modules()
    assert "hrdesk.vault.vault" in modules and "hrdesk.cli.main" in modules
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr


def test_blocker_really_blocks() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "hrdesk.gui.app"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode != 0 and "Qt is blocked" in done.stderr


def test_import_contracts_are_kept() -> None:
    """``make lint`` runs the contracts; here too, so a plain test run catches a broken layer."""
    pytest.importorskip("importlinter")  # in the dev extra, which `make test` installs
    check = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
