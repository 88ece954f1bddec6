"""Demo mode: fictional data in a throw-away vault, a banner, and nothing left after quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.controller import AppController
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import DemoVault
from hrdesk.settings import config_dir


def test_demo_vault_has_the_example_and_is_erased(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    create_application()
    demo = DemoVault()
    context = build_context(qapp, demo.folder, demo=True)
    context.session.vault = demo.create()
    controller = AppController(qapp, context)
    controller.start()
    try:
        window = controller.window
        assert window is not None and window.banner.isVisible()
        assert "Demo" in window.banner.text()
        cases = CaseService(context.session.vault).list_cases()
        assert (
            len(cases) == 1
            and "fictional" in CaseService(context.session.vault).load_case(cases[0].id).country
        )
        context.set_language("fr")  # the demo never writes the device's settings
        assert not (config_dir() / "settings.json").exists()
    finally:
        controller.quit()
        qapp.removeEventFilter(controller.idle)
        context.languages.apply("en")
        demo.erase()
    assert not demo.root.exists()
