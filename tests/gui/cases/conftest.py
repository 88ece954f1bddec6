"""The Cases screen on its own, for the many tests that need neither the main window nor a lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.cases.screen import CasesScreen
from hrdesk.gui.context import AppContext
from hrdesk.vault.folder import VaultFolder
from tests.gui.conftest import PASS


@pytest.fixture
def solo_screen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, messages: list
) -> Iterator[tuple[AppContext, CasesScreen]]:
    """The Cases screen alone on a fresh unlocked vault: ten times quicker than a whole app.

    Tests that need the main window, locking or unlocking use ``make_controller`` instead.
    """
    create_application()
    context = build_context(qapp, VaultFolder(tmp_path / "solo-vault"))
    context.session.acquire()
    context.session.create(PASS)
    screen = CasesScreen(context)
    screen.resize(1100, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=5_000)
    yield context, screen
    screen.hide()
    screen.deleteLater()
    context.session.release()
    context.languages.apply("en")
    QApplication.processEvents()
