"""No network: the main flows run with socket creation made to raise, and nothing tries.

The CLI flows run in a child process whose socket functions are replaced before hrdesk is
even imported (so import-time use would be caught too); the GUI runs here, under pytest-qt,
with the same functions patched. A source scan makes sure Qt's network module is never used.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.services.case_files import export_case
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import example_case
from tests.gui.conftest import PASS
from tests.helpers import ROOT

BANNED_IMPORTS = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "socket", "urllib.request", "http.client")
BANNED_IMPORTS += ("requests", "httpx", "aiohttp", "ftplib", "smtplib")

GUARD = """
import io, socket, sys

def refuse(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT\\n")
    raise OSError("network use is forbidden in this test")

class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse()

socket.socket = NoSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse

from hrdesk.cli.main import main
from hrdesk.vault.folder import VaultFolder
from hrdesk.reference.content import LANGUAGES
from hrdesk.reference.loading import load_library

held = []
real_acquire = VaultFolder.acquire
def acquire(self):
    real_acquire(self)
    held.append(self)
VaultFolder.acquire = acquire

for language in LANGUAGES:
    assert load_library(language).topics, language

work, pass_ = sys.argv[1], sys.argv[2]
flows = [
    (["init", "--vault", f"{work}/v"], pass_),
    (["case", "import", f"{work}/case.json", "--vault", f"{work}/v"], pass_),
    (["case", "list", "--vault", f"{work}/v"], pass_),
    (["case", "export", "1", "--out", f"{work}/out.json", "--vault", f"{work}/v"], pass_),
    (["brief", "1", "--out", f"{work}/brief.pdf", "--vault", f"{work}/v"], pass_),
    (["backup", "--out", f"{work}/b.hrdesk-backup", "--vault", f"{work}/v"], pass_),
    (["restore", f"{work}/b.hrdesk-backup", "--vault", f"{work}/r"], pass_),
    (["check", "--vault", f"{work}/r"], pass_),
    (["erase", "--yes", "--vault", f"{work}/r"], ""),
]
for argv, stdin in flows:
    sys.stdin = io.StringIO(stdin + "\\n")
    code = main(argv)
    assert code == 0, (argv, code)
    # Each command keeps its vault lock until its process ends; here they share one process.
    while held:
        held.pop().release()
print("flows done")
"""


def test_cli_flows_never_touch_the_network(tmp_path: Path) -> None:
    (tmp_path / "case.json").write_bytes(export_case(example_case()))
    done = subprocess.run(
        [sys.executable, "-c", GUARD, str(tmp_path), PASS],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        timeout=120,
        check=False,
    )
    assert "NETWORK ATTEMPT" not in done.stderr
    assert done.returncode == 0, done.stderr[-3000:]
    assert "flows done" in done.stdout
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")


def test_the_gui_never_touches_the_network(
    qtbot: QtBot, make_controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise OSError("network use is forbidden in this test")

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    controller = make_controller()
    dialog = controller.dialog
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.repeat, PASS)
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    CaseService(controller.context.session.vault).import_case(example_case())
    for key in controller.window.screens:
        controller.window.show_screen(key)
        qtbot.wait(20)
    controller.lock()
    unlock = controller.dialog
    qtbot.keyClicks(unlock.passphrase, PASS)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    controller.safety.backup.result(timeout=10)  # the automatic backup ran too
    assert attempts == []


def test_no_module_imports_network_code() -> None:
    offenders = []
    for path in sorted((ROOT / "hrdesk").rglob("*.py")):
        source = path.read_text("utf-8")
        if "QtNetwork" in source:
            offenders.append(f"{path}: mentions QtNetwork")
        for node in ast.walk(ast.parse(source)):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                if any(name == banned or name.startswith(banned + ".") for banned in BANNED_IMPORTS):
                    offenders.append(f"{path.relative_to(ROOT)}: imports {name}")
    assert offenders == []
