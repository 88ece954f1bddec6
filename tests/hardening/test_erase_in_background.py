"""Emergency erase from the app: the key file goes at once, on the GUI thread; the rest is removed
in the background while the app stays responsive, and only then may a new vault be made."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.safety import actions
from tests.safety.test_gui_safety import open_erase_dialog, unlocked


def test_key_file_goes_first_and_the_rest_in_the_background(
    qtbot: QtBot, make_controller, messages, tmp_path: Path, monkeypatch
) -> None:
    controller = unlocked(qtbot, make_controller)
    vault = tmp_path / "vault"
    qtbot.waitUntil(lambda: (vault / "backups").exists(), timeout=10_000)
    release = threading.Event()
    real_finish = actions.finish_erase

    def slow_finish(folder: object, vault_id: str | None) -> None:  # as a slow disk would be
        release.wait(30)
        real_finish(folder, vault_id)

    monkeypatch.setattr(actions, "finish_erase", slow_finish)
    dialog = open_erase_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.word, "ERASE")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    # The click returned while the rest is still being removed: the GUI thread is free.
    assert not (vault / "keyslots.json").exists()
    assert (vault / "vault.db").exists() and (vault / "backups").exists()
    create = controller.dialog
    assert isinstance(create, CreateVaultDialog)
    assert not create.create_button.isEnabled() and "Erasing" in create.status.text()
    release.set()
    qtbot.waitUntil(lambda: bool(messages) and messages[-1][1] == "Vault erased", timeout=30_000)
    assert sorted(p.name for p in vault.iterdir()) == ["vault.lock"]
    assert create.create_button.isEnabled()
