"""What the controller does for safety: lock and hide, emergency erase, erase after too many wrong
passphrases, automatic backups after unlock, backup and restore, and telling the user about a
tampered attempt counter.

Kept apart from ``AppController`` so the controller stays about which window is up; it calls
``attach_window`` and ``attach_dialog`` and this object does the rest. The actions see the
controller only through ``VaultWindows``, so neither module imports the other.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.idle import IdleWatcher
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.dialogs.vault_dialog_base import VaultDialogBase
from hrdesk.gui.safety.auto_backup_status import AutoBackupStatus
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.lock_hide import LockHideWatcher
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.gui.safety.settings_box import SafetyBox
from hrdesk.services.backups import keep_within_range, list_auto_backups, make_auto_backup
from hrdesk.services.emergency import destroy_key_file, finish_erase
from hrdesk.services.restore_in_place import install_restored
from hrdesk.settings import AUTO_BACKUPS_KEPT, LOCK_HIDE_SHORTCUT

# Automatic backups run here, off the GUI thread, on their own database connection.
_backup_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hrdesk-auto-backup")

if TYPE_CHECKING:
    from hrdesk.gui.main_window import MainWindow


class VaultWindows(Protocol):
    """The controller as the safety actions see it (``AppController`` is one): the window or the
    create/unlock dialog that is up, and the few things the actions ask of it."""

    app: QApplication
    context: AppContext
    idle: IdleWatcher

    @property
    def window(self) -> QWidget | None: ...

    @property
    def dialog(self) -> VaultDialogBase | None: ...

    def lock(self) -> None: ...

    def quit(self) -> None: ...

    def close_vault_windows(self) -> None:
        """Close the main window and every other window that showed vault data."""

    def show_dialog(self, dialog: VaultDialogBase) -> None:
        """Show ``dialog`` (create or unlock) as the window that is up while locked."""


class SafetyActions(QObject):
    def __init__(self, controller: VaultWindows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.context = controller.context
        self.watcher = LockHideWatcher(controller.app, self.context.settings.get(LOCK_HIDE_SHORTCUT), self)
        self.watcher.triggered.connect(self.lock_and_hide)
        self.backup: Future[object] | None = None

    # -- wiring -------------------------------------------------------------------------------
    def _wire_safety_box(self, settings_screen: QWidget) -> None:
        box = settings_screen.findChild(SafetyBox)
        if box is not None:
            box.erase_requested.connect(self.confirm_erase)
            box.shortcut_changed.connect(self.watcher.set_sequence)
            box.backup_requested.connect(self.open_backup)
            box.restore_requested.connect(self.open_restore)

    def attach_window(self, window: MainWindow) -> None:
        """A main window just opened: wire its Settings box, back up if due, report tampering."""
        window.screens.when_built("settings", self._wire_safety_box)  # Settings is built on first visit
        vault = self.context.session.vault
        if vault is not None and not self.context.demo:
            # A failed automatic backup must never disturb the user's work; the next unlock retries.
            status = AutoBackupStatus(window)
            keep = keep_within_range(self.context.settings.get(AUTO_BACKUPS_KEPT))
            self.backup = _backup_worker.submit(make_auto_backup, vault, keep, progress=status.report)
            status.watch(self.backup)
        notice, self.context.session.unlock_notice = self.context.session.unlock_notice, ""
        if notice:
            QTimer.singleShot(0, lambda: self._tampering_noticed(window))

    def attach_dialog(self, dialog: VaultDialogBase) -> None:
        erased = getattr(dialog, "erased", None)
        if erased is not None:
            erased.connect(self._erased_by_limit)
        vanished = getattr(dialog, "vanished", None)
        if vanished is not None:
            vanished.connect(self._erased_elsewhere)
        restore_requested = getattr(dialog, "restore_requested", None)
        if restore_requested is not None:  # no vault yet, or a damaged one: restore from a backup
            restore_requested.connect(lambda: self._restore_into_empty(dialog))

    # -- lock and hide ------------------------------------------------------------------------
    def lock_and_hide(self) -> None:
        """Lock now and hide every window; the unlock dialog waits minimized (titled neutrally)."""
        self.controller.lock()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.controller.dialog:
                widget.hide()
        if self.controller.dialog is not None:
            self.controller.dialog.showMinimized()

    # -- emergency erase ----------------------------------------------------------------------
    def confirm_erase(self) -> None:
        parent = self.controller.window
        dialog = EmergencyEraseDialog(parent)
        dialog.accepted.connect(self.erase_now)
        dialog.open()

    def erase_now(self) -> None:
        """Close every window that showed data and destroy the key file at once (the vault is
        undecryptable from then on); remove the rest in the background, then offer a new vault."""
        session = self.context.session
        self.controller.idle.stop()
        self.controller.close_vault_windows()
        session.lock()
        vault_id = destroy_key_file(session.folder)  # milliseconds, here on the GUI thread
        backup = self.backup
        dialog = CreateVaultDialog(self.context)
        self._replace_dialog(dialog)
        dialog.set_busy(True)
        dialog.show_status(self.tr("Erasing the rest of the vault…"))

        def finish() -> None:
            if backup is not None:
                wait([backup], timeout=30)  # so no backup is written after the folder is emptied
            finish_erase(session.folder, vault_id)

        task = BackgroundCall(finish, dialog)
        task.done.connect(lambda _result: self._erase_finished(dialog))
        task.failed.connect(lambda _error: self._erase_finished(dialog))

    def _erase_finished(self, dialog: CreateVaultDialog) -> None:
        dialog.set_busy(False)
        dialog.show_status("")
        Messages.info(
            dialog,
            self.tr("Vault erased"),
            self.tr("The vault was erased. You can create a new, empty vault."),
        )

    def _erased_by_limit(self) -> None:
        self._show_create(
            self.tr("Too many wrong passphrases: the vault was erased. You can create a new, empty vault.")
        )

    def _erased_elsewhere(self) -> None:
        self._show_create(
            self.tr(
                "The vault was erased outside this window (for example with the command line). "
                "You can create a new, empty vault, or restore a backup."
            )
        )

    def _show_create(self, message: str) -> None:
        self._replace_dialog(CreateVaultDialog(self.context))
        Messages.info(self.controller.dialog, self.tr("Vault erased"), message)

    def _replace_dialog(self, dialog: VaultDialogBase) -> None:
        """Swap the create or unlock dialog that is up (if any) for ``dialog``, without quitting."""
        old = self.controller.dialog
        if old is not None:
            with contextlib.suppress(RuntimeError):
                old.rejected.disconnect(self.controller.quit)
            old.hide()
            old.deleteLater()
        self.controller.show_dialog(dialog)  # which becomes the controller's dialog

    # -- backup and restore -------------------------------------------------------------------
    def open_backup(self) -> None:
        dialog = BackupDialog(self.context, self.controller.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_restore(self) -> None:
        """From Settings: the restored vault replaces the open one (the dialog asks first)."""
        dialog = RestoreDialog(
            self.context, replacing=self.context.session.has_vault, parent=self.controller.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._replace_vault)
        dialog.open()

    def _replace_vault(self, staged: Path) -> None:
        """Lock, put the restored vault in place of the old one, then ask for the backup's passphrase."""
        if self.backup is not None:
            wait([self.backup], timeout=30)  # an automatic backup must not run into the swap
        self.controller.idle.stop()
        self.controller.close_vault_windows()
        self.context.session.lock()
        self._install_then_unlock(staged)

    def _restore_into_empty(self, vault_dialog: VaultDialogBase) -> None:
        """From the create-vault dialog (no vault yet) or the unlock dialog of a damaged vault: restore
        instead. A damaged vault's newest automatic backup is chosen already (it opens with the vault's
        passphrase, as long as the key file survived)."""
        dialog = RestoreDialog(self.context, replacing=self.context.session.has_vault, parent=vault_dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        newest = list_auto_backups(self.context.session.folder.path)[-1:]
        if newest:
            dialog.set_source(newest[0])
        dialog.restored.connect(self._install_then_unlock)
        dialog.open()

    def _install_then_unlock(self, staged: Path) -> None:
        try:
            install_restored(self.context.session.folder, staged)
        except OSError as error:  # rare (same disk, renames only); keep the restored copy for the user
            self._replace_dialog(
                UnlockDialog(self.context)
                if self.context.session.has_vault
                else CreateVaultDialog(self.context)
            )
            Messages.error(
                self.controller.dialog,
                self.tr("Restore"),
                self.tr("The restored vault could not be put in place (%1). It was left in the folder %2.")
                .replace("%1", isolated(error.strerror or str(error)))
                .replace("%2", isolated(str(staged))),
            )
            return
        self._replace_dialog(UnlockDialog(self.context))
        Messages.info(
            self.controller.dialog,
            self.tr("Vault restored"),
            self.tr(
                "The backup was checked and restored. Unlock the vault with the backup's passphrase: the "
                "one you typed to restore it."
            ),
        )

    # -- tampering ----------------------------------------------------------------------------
    def _tampering_noticed(self, parent: QWidget) -> None:
        Messages.error(
            parent,
            self.tr("Attempt counter"),
            self.tr(
                "The record of wrong passphrases was edited or deleted since you last unlocked. "
                "Someone may have tried to guess your passphrase. The count has been reset."
            ),
        )
