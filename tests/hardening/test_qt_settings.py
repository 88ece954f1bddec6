"""Qt's file dialog must not record export folders in ~/.config/QtProject.conf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

PROBE = Path(__file__).with_name("qt_settings_probe.py")


def conf_after(setup: str, tmp_path: Path) -> Path:
    config = tmp_path / setup / "config"
    exports = tmp_path / setup / "SECRET-EXPORT-FOLDER"
    exports.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, str(PROBE), setup, str(exports)], env=env, check=True, timeout=60)
    return config / "QtProject.conf"


@pytest.mark.skipif(os.name != "posix", reason="Qt keeps these in the registry on Windows")
def test_file_dialog_leaves_no_folder_history(tmp_path: Path) -> None:
    plain = conf_after("plain", tmp_path)  # plain Qt does write it: the check below can fail
    assert plain.exists() and "SECRET-EXPORT-FOLDER" in plain.read_text()
    assert not conf_after("hrdesk", tmp_path).exists()
