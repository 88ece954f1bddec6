"""Backup and restore in the GUI, driven as a person would: Settings → Back up now… / Restore from a
backup…, and "Restore from a backup…" on the create-vault dialog of a new computer."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.controller import AppController
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with
from tests.safety.conftest import fingerprint
from tests.safety.test_gui_safety import safety_box, unlocked

BACKUP_PASS = "a separate backup passphrase"
MARKER = "Backup marker case"
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def file_answers() -> Iterator[list[str]]:
    """Paths the (non-native) file dialogs answer, first in, first out."""
    answers: list[str] = []
    FileDialogs.log = []
    FileDialogs.answer = lambda kind, title: answers.pop(0)
    yield answers
    FileDialogs.answer = None


@pytest.fixture
def new_computer(qapp: QApplication, messages) -> Iterator[object]:
    """A controller on an empty vault folder: the first start of hrdesk on another computer."""
    made: list[AppController] = []

    def make(folder: Path) -> AppController:
        create_application()
        context = build_context(qapp, VaultFolder(folder))
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
        controller.deleteLater()
    QApplication.processEvents()


def shown(kind: type[QWidget]) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def with_a_case(qtbot: QtBot, make_controller) -> AppController:
    controller = unlocked(qtbot, make_controller)
    CaseService(controller.context.session.vault).create_case(MARKER)
    return controller


def titles(controller: AppController) -> list[str]:
    return [s.title for s in CaseService(controller.context.session.vault).list_cases()]


def open_backup(qtbot: QtBot, controller: AppController) -> BackupDialog:
    box = safety_box(controller)
    assert box.backup_now.isEnabled() and box.backup_now.text() == "&Back up now…"
    qtbot.mouseClick(box.backup_now, CLICK)
    return shown(BackupDialog)


def press_backup(qtbot: QtBot, dialog: BackupDialog) -> None:
    qtbot.mouseClick(dialog.save_button, CLICK)


def wait_for_backup(qtbot: QtBot, dialog: BackupDialog) -> None:
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and bool(dialog.status.text()), timeout=10_000)


def restore_in(qtbot: QtBot, dialog: RestoreDialog, source: Path, passphrase: str) -> None:
    qtbot.mouseClick(dialog.choose_button, CLICK)
    assert dialog.file.text() == str(source)
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.restore_button, CLICK)


def wait_for_error(qtbot: QtBot, messages: list[tuple[str, str, str]]) -> None:
    qtbot.waitUntil(lambda: bool(messages) and messages[-1][0] == "error", timeout=10_000)


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir())


def test_backup_with_the_vault_passphrase_restores_on_a_new_computer(
    qtbot: QtBot, make_controller, new_computer, file_answers, messages, tmp_path: Path
) -> None:
    controller = with_a_case(qtbot, make_controller)
    dialog = open_backup(qtbot, controller)
    assert "USB stick" in dialog.intro.text() and "encrypted" in dialog.intro.text()
    assert dialog.use_vault.isChecked() and not dialog.separate.isVisible()
    out = tmp_path / "usb" / "my-backup.hrdesk-backup"
    out.parent.mkdir()
    # A mistyped vault passphrase would make a backup nobody can open: refused, nothing written.
    file_answers.append(str(out))
    qtbot.keyClicks(dialog.vault_passphrase, "not the passphrase")
    press_backup(qtbot, dialog)
    wait_for_backup(qtbot, dialog)
    assert "not the vault's passphrase" in dialog.status.text() and not any(out.parent.iterdir())
    dialog.vault_passphrase.clear()
    qtbot.keyClicks(dialog.vault_passphrase, PASS)
    file_answers.append(str(out.with_suffix("")))  # no suffix typed: it is added
    press_backup(qtbot, dialog)
    assert dialog.progress.isVisible() and not dialog.save_button.isEnabled()
    wait_for_backup(qtbot, dialog)
    assert dialog.saved_to == out and out.exists()
    assert dialog.status.text().startswith("Done.") and str(out) in dialog.status.text()
    assert MARKER.encode() not in out.read_bytes()
    qtbot.mouseClick(dialog.close_button, CLICK)
    controller.quit()
    controller.context.session.release()

    # A new computer: no vault yet; restore instead of creating one.
    fresh = new_computer(tmp_path / "new" / "vault")
    create = fresh.dialog
    assert isinstance(create, CreateVaultDialog)
    qtbot.mouseClick(create.restore_button, CLICK)
    restore = shown(RestoreDialog)
    assert not restore.replacing and not restore.warning.isVisible()
    file_answers.append(str(out))
    restore_in(qtbot, restore, out, PASS)
    qtbot.waitUntil(lambda: isinstance(fresh.dialog, UnlockDialog), timeout=10_000)
    assert messages[-1][1] == "Vault restored" and "backup's passphrase" in messages[-1][2]
    assert siblings(tmp_path / "new" / "vault") == ["vault"]  # nothing left beside it
    unlock_with(qtbot, fresh, PASS)
    qtbot.waitUntil(lambda: fresh.window is not None, timeout=10_000)
    assert titles(fresh) == [MARKER]


def test_backup_with_a_separate_passphrase_replaces_the_vault_from_settings(
    qtbot: QtBot, make_controller, file_answers, messages, tmp_path: Path
) -> None:
    controller = with_a_case(qtbot, make_controller)
    dialog = open_backup(qtbot, controller)
    qtbot.mouseClick(dialog.use_separate, CLICK)
    assert dialog.separate.isVisible() and not dialog.vault_box.isVisible()
    qtbot.keyClicks(dialog.separate.passphrase, "short")
    assert dialog.separate.strength.text().startswith("Too short")
    press_backup(qtbot, dialog)
    assert "at least 8 characters" in dialog.status.text() and FileDialogs.log == []
    dialog.separate.passphrase.clear()
    qtbot.keyClicks(dialog.separate.passphrase, BACKUP_PASS)
    assert dialog.separate.strength.text() in ("Good.", "Strong.")
    qtbot.keyClicks(dialog.separate.repeat, BACKUP_PASS + "x")
    press_backup(qtbot, dialog)
    assert "not the same" in dialog.status.text() and FileDialogs.log == []
    qtbot.keyClick(dialog.separate.repeat, Qt.Key.Key_Backspace)
    out = tmp_path / "separate.hrdesk-backup"
    file_answers.append(str(out))
    press_backup(qtbot, dialog)
    wait_for_backup(qtbot, dialog)
    assert dialog.saved_to == out, dialog.status.text()
    qtbot.mouseClick(dialog.close_button, CLICK)

    # The vault changes after the backup; restoring brings back the backup's content.
    CaseService(controller.context.session.vault).create_case("Made after the backup")
    qtbot.waitUntil(lambda: controller.safety.backup is None or controller.safety.backup.done())
    box = safety_box(controller)
    qtbot.mouseClick(box.restore, CLICK)
    restore = shown(RestoreDialog)
    assert restore.replacing and restore.warning.isVisible()
    assert restore.restore_button.objectName() == "danger"
    # Answered "no": nothing happens.
    Messages.answer = lambda kind, title, text: kind != "confirm"
    file_answers.append(str(out))
    restore_in(qtbot, restore, out, BACKUP_PASS)
    assert messages[-1][0] == "confirm" and "erased" in messages[-1][2]
    assert controller.context.session.is_unlocked and restore.isVisible()
    # Answered "yes": the vault is replaced, the app locks and asks for the backup's passphrase.
    Messages.answer = lambda kind, title, text: True
    qtbot.mouseClick(restore.restore_button, CLICK)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=10_000)
    assert controller.window is None and not controller.context.session.is_unlocked
    assert messages[-1][1] == "Vault restored"
    vault_dir = tmp_path / "vault"
    assert not (vault_dir / "backups").exists()  # the old vault's automatic backups went with it
    assert not [p for p in tmp_path.iterdir() if ".restored-" in p.name]
    unlock_with(qtbot, controller, PASS)  # the old passphrase no longer opens it
    qtbot.waitUntil(lambda: "not correct" in controller.dialog.status.text(), timeout=10_000)
    unlock_with(qtbot, controller, BACKUP_PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert titles(controller) == [MARKER]


def test_a_wrong_passphrase_or_a_truncated_file_is_refused_and_changes_nothing(
    qtbot: QtBot, make_controller, new_computer, file_answers, messages, tmp_path: Path
) -> None:
    controller = with_a_case(qtbot, make_controller)
    dialog = open_backup(qtbot, controller)
    qtbot.keyClicks(dialog.vault_passphrase, PASS)
    good = tmp_path / "good.hrdesk-backup"
    file_answers.append(str(good))
    press_backup(qtbot, dialog)
    wait_for_backup(qtbot, dialog)
    assert dialog.saved_to == good
    dialog.close()
    truncated = tmp_path / "truncated.hrdesk-backup"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    foreign = tmp_path / "holiday.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 not a backup at all" * 50)

    # Over the open vault, from Settings: refused before anything changes, the vault stays open.
    qtbot.waitUntil(lambda: controller.safety.backup is None or controller.safety.backup.done())
    before = fingerprint(tmp_path / "vault")
    qtbot.mouseClick(safety_box(controller).restore, CLICK)
    restore = shown(RestoreDialog)
    for source, passphrase, expected in (
        (good, "wrong passphrase here", "does not open the backup"),
        (truncated, PASS, "damaged, incomplete"),
        (foreign, PASS, "not an hrdesk backup"),
    ):
        file_answers.append(str(source))
        restore_in(qtbot, restore, source, passphrase)
        wait_for_error(qtbot, messages)
        assert expected in messages[-1][2] and "Nothing was changed" in messages[-1][2]
        assert restore.isVisible() and restore.restore_button.isEnabled()
        messages.clear()
    assert controller.context.session.is_unlocked and controller.window is not None
    assert titles(controller) == [MARKER]
    restore.reject()
    after = fingerprint(tmp_path / "vault")
    assert {k: v for k, v in after.items() if not k.startswith("vault.db")} == {
        k: v for k, v in before.items() if not k.startswith("vault.db")
    }
    assert not [p for p in tmp_path.iterdir() if ".restored-" in p.name]

    # Into the empty folder of a new computer: refused, and nothing is left behind.
    controller.quit()
    controller.context.session.release()
    fresh = new_computer(tmp_path / "new" / "vault")
    qtbot.mouseClick(fresh.dialog.restore_button, CLICK)
    restore = shown(RestoreDialog)
    for source, passphrase in ((good, "wrong passphrase here"), (truncated, PASS)):
        file_answers.append(str(source))
        restore_in(qtbot, restore, source, passphrase)
        wait_for_error(qtbot, messages)
        messages.clear()
    assert isinstance(fresh.dialog, CreateVaultDialog) and not fresh.context.session.has_vault
    assert sorted(p.name for p in (tmp_path / "new" / "vault").iterdir()) == ["vault.lock"]
    assert siblings(tmp_path / "new" / "vault") == ["vault"]


def test_a_missing_folder_or_a_full_disk_gets_a_clear_message(
    qtbot: QtBot, make_controller, file_answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = with_a_case(qtbot, make_controller)
    dialog = open_backup(qtbot, controller)
    qtbot.keyClicks(dialog.vault_passphrase, PASS)
    file_answers.append(str(tmp_path / "gone" / "b.hrdesk-backup"))
    press_backup(qtbot, dialog)
    wait_for_backup(qtbot, dialog)
    assert "cannot write in" in dialog.status.text() and not (tmp_path / "gone").exists()

    def full(path: Path, write: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("hrdesk.gui.safety.backup_tasks.write_export_stream", full)
    file_answers.append(str(tmp_path / "b.hrdesk-backup"))
    press_backup(qtbot, dialog)
    wait_for_backup(qtbot, dialog)
    assert "not enough space" in dialog.status.text() and "USB stick" in dialog.status.text()
    assert dialog.saved_to is None and not (tmp_path / "b.hrdesk-backup").exists()
