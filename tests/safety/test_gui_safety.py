"""Safety in the GUI: emergency erase, lock and hide, the attempt limit, automatic backups."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.settings_box import SafetyBox
from hrdesk.resources import resource_path
from hrdesk.services import attempt_limits
from hrdesk.settings import LOCK_HIDE_SHORTCUT, Settings
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def unlocked(qtbot: QtBot, make_controller, **kwargs):
    controller = make_controller(existing_vault=True, **kwargs)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    return controller


def safety_box(controller) -> SafetyBox:
    controller.window.show_screen("settings")
    return controller.window.screens["settings"].safety_box


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def open_erase_dialog(qtbot: QtBot, controller) -> EmergencyEraseDialog:
    box = safety_box(controller)
    assert box.erase.objectName() == "danger"
    qtbot.mouseClick(box.erase, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, EmergencyEraseDialog) and w.isVisible()
    )
    return dialog


def test_danger_buttons_have_a_style_rule() -> None:
    assert "QPushButton#danger" in resource_path("style", "app.qss").read_text("utf-8")


def test_emergency_erase_needs_the_typed_word(qtbot: QtBot, make_controller, tmp_path: Path) -> None:
    controller = unlocked(qtbot, make_controller)
    dialog = open_erase_dialog(qtbot, controller)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.word, "ERAS")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)  # Enter alone does nothing
    assert not dialog.erase_button.isEnabled() and controller.window is not None
    qtbot.keyClicks(dialog.word, "E")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "vault" / "keyslots.json").exists() and controller.window is not None


def test_emergency_erase_destroys_the_vault_and_offers_a_new_one(
    qtbot: QtBot, make_controller, messages, tmp_path: Path
) -> None:
    controller = unlocked(qtbot, make_controller)
    qtbot.waitUntil(lambda: (tmp_path / "vault" / "backups").exists(), timeout=10_000)
    dialog = open_erase_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.word, "erase")  # case does not matter
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert controller.window is None and not controller.context.session.is_unlocked
    assert isinstance(controller.dialog, CreateVaultDialog)
    qtbot.waitUntil(lambda: bool(messages) and messages[-1][1] == "Vault erased", timeout=30_000)
    assert sorted(p.name for p in (tmp_path / "vault").iterdir()) == ["vault.lock"]
    # A new vault can be made right away, in the same folder.
    new = controller.dialog
    qtbot.keyClicks(new.passphrase, PASS)
    qtbot.keyClicks(new.repeat, PASS)
    qtbot.mouseClick(new.understood, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(new.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def test_lock_and_hide_locks_and_hides_everything(qtbot: QtBot, make_controller) -> None:
    controller = unlocked(qtbot, make_controller)
    dialog = open_erase_dialog(qtbot, controller)  # a dialog open over the main window
    qtbot.keyClick(dialog.word, Qt.Key.Key_L, CTRL_SHIFT)
    assert not controller.context.session.is_unlocked and controller.window is None
    assert isinstance(controller.dialog, UnlockDialog)
    qtbot.waitUntil(lambda: visible_windows() in ([], [controller.dialog]))
    assert all(w is controller.dialog for w in visible_windows())
    assert controller.dialog.isMinimized() or not controller.dialog.isVisible()
    assert "hrdesk" in controller.dialog.windowTitle()
    # Pressed again while locked: still nothing shown, and nothing breaks.
    qtbot.keyClick(controller.dialog, Qt.Key.Key_L, CTRL_SHIFT)
    controller.dialog.showNormal()
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def test_the_lock_and_hide_keys_can_be_changed(qtbot: QtBot, make_controller) -> None:
    controller = unlocked(qtbot, make_controller)
    box = safety_box(controller)
    assert box.shortcut.keySequence().toString() == "Ctrl+Shift+L"
    box.shortcut.setFocus()
    qtbot.keyClick(box.shortcut, Qt.Key.Key_L, CTRL_SHIFT)  # typed into the field: recorded, no lock
    assert controller.context.session.is_unlocked
    box.shortcut.clear()
    qtbot.keyClick(box.shortcut, Qt.Key.Key_K, CTRL_SHIFT)
    box.shortcut.editingFinished.emit()
    assert Settings().get(LOCK_HIDE_SHORTCUT) == "Ctrl+Shift+K"
    qtbot.keyClick(controller.window, Qt.Key.Key_L, CTRL_SHIFT)
    assert controller.context.session.is_unlocked  # the old keys no longer lock
    qtbot.keyClick(controller.window, Qt.Key.Key_K, CTRL_SHIFT)
    assert not controller.context.session.is_unlocked


def test_attempt_limit_from_settings_to_erase(
    qtbot: QtBot, make_controller, messages, tmp_path: Path
) -> None:
    controller = unlocked(qtbot, make_controller)
    box = safety_box(controller)
    box.limit.setValue(3)
    qtbot.mouseClick(box.limit_on, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "confirm"  # answered "yes" by the fixture
    assert attempt_limits.attempt_limit(controller.context.session.vault) == 3
    controller.lock()
    dialog = controller.dialog
    assert dialog.attempts.isVisible() and dialog.attempts.text().endswith(": 3.")
    unlock_with(qtbot, controller, "wrong passphrase one")
    qtbot.waitUntil(lambda: "not correct" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text().endswith(": 2.") and dialog.attempts.text().endswith(": 2.")
    unlock_with(qtbot, controller, "wrong passphrase two")
    qtbot.waitUntil(lambda: dialog.status.text().endswith(": 1."), timeout=10_000)
    unlock_with(qtbot, controller, "wrong passphrase three")
    qtbot.waitUntil(lambda: isinstance(controller.dialog, CreateVaultDialog), timeout=10_000)
    assert not (tmp_path / "vault" / "keyslots.json").exists()
    assert "Too many wrong passphrases" in messages[-1][2]


def test_a_tampered_counter_is_shown_before_and_reported_after_unlock(
    qtbot: QtBot, make_controller, messages, tmp_path: Path
) -> None:
    controller = unlocked(qtbot, make_controller)
    attempt_limits.set_attempt_limit(controller.context.session.vault, 5)
    controller.lock()
    counter = tmp_path / "vault" / "attempts.json"
    counter.write_text(json.dumps({**json.loads(counter.read_text()), "limit": 99}))
    controller.lock()
    dialog = controller.dialog
    dialog.retranslate()
    assert "edited or deleted" in dialog.attempts.text() and dialog.attempts.text().endswith(": 1.")
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: any(m[1] == "Attempt counter" for m in messages), timeout=10_000)
    assert controller.window is not None


def test_an_automatic_backup_is_made_after_unlock(qtbot: QtBot, make_controller, tmp_path: Path) -> None:
    controller = unlocked(qtbot, make_controller)
    backups = tmp_path / "vault" / "backups"
    qtbot.waitUntil(lambda: backups.exists() and any(backups.iterdir()), timeout=10_000)
    controller.lock()
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    controller.safety.backup.result(timeout=10)
    assert len(list(backups.iterdir())) == 1  # at most once a day
