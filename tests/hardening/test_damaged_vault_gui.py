"""A vault whose database was emptied: the unlock dialog says it is damaged and offers the newest
automatic backup, which brings the records back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.services.backups import list_auto_backups, make_auto_backup
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with
from tests.helpers import run_cli
from tests.safety.test_gui_backup import shown

MARKER = "Records worth keeping"


def test_emptied_database_offers_the_newest_automatic_backup(
    qtbot: QtBot, make_controller, messages, tmp_path: Path
) -> None:
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    CaseService(vault).create_case(MARKER)
    newest = make_auto_backup(vault)
    vault.close()
    folder.release()
    for path in folder.path.glob("vault.db*"):
        path.write_bytes(b"")  # ": > vault.db": the records are gone, the key file is not

    controller = make_controller()
    dialog = unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: "damaged" in dialog.status.text(), timeout=10_000)
    assert dialog.restore_button.isVisible()
    assert (folder.path / "vault.db").stat().st_size == 0  # nothing was rewritten
    assert list_auto_backups(folder.path) == [newest]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restore = shown(RestoreDialog)
    assert restore.source == newest and restore.replacing
    qtbot.keyClicks(restore.passphrase, PASS)
    qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages) and messages[-1][1] == "Vault restored", timeout=10_000)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    titles = [s.title for s in CaseService(controller.context.session.vault).list_cases()]
    assert titles == [MARKER]


def test_a_vault_erased_from_the_command_line_is_reported_as_erased(
    qtbot: QtBot, make_controller, messages, tmp_path: Path
) -> None:
    controller = make_controller(existing_vault=True)
    assert run_cli("erase", "--yes", "--vault", str(tmp_path / "vault")).code == 0  # while the app waits
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, CreateVaultDialog), timeout=10_000)
    _kind, title, text = messages[-1]
    assert title == "Vault erased" and "erased outside this window" in text and "damaged" not in text
