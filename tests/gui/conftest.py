"""A real app controller on a throw-away vault, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.controller import AppController
from hrdesk.settings import LANGUAGE, Settings
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault

PASS = "correct horse battery"


@pytest.fixture
def messages() -> Iterator[list[tuple[str, str, str]]]:
    """Message boxes are recorded and answered "yes" instead of blocking."""
    Messages.log = []
    Messages.answer = lambda kind, title, text: True
    yield Messages.log
    Messages.answer = None


@pytest.fixture
def make_controller(
    qapp: QApplication, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> Iterator[object]:
    made: list[AppController] = []

    def make(existing_vault: bool = False, language: str = "en") -> AppController:
        create_application()
        Settings().set(LANGUAGE, language)
        folder = VaultFolder(tmp_path / "vault")
        if existing_vault:
            Vault.create(folder, PASS).close()
            folder.release()
        context = build_context(qapp, folder)
        context.session.acquire()
        controller = AppController(qapp, context)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.quit()
        controller.context.session.release()
        qapp.removeEventFilter(controller.idle)
        controller.context.languages.apply("en")
        controller.deleteLater()
    QApplication.processEvents()
