"""What the controller does for safety: lock and hide, emergency erase, erase after too many wrong
passphrases, automatic backups after unlock, and telling the user about a tampered attempt counter.

Kept apart from ``AppController`` so the controller stays about which window is up; it calls
``attach_window`` and ``attach_dialog`` and this object does the rest.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.gui.common.messages import Messages
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.vault_dialog_base import VaultDialogBase
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.lock_hide import LockHideWatcher
from hrdesk.gui.safety.settings_box import SafetyBox
from hrdesk.services.backups import make_auto_backup
from hrdesk.services.emergency import emergency_erase
from hrdesk.settings import LOCK_HIDE_SHORTCUT

# Automatic backups run here, off the GUI thread, on their own database connection.
_backup_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hrdesk-auto-backup")

if TYPE_CHECKING:
    from hrdesk.gui.controller import AppController
    from hrdesk.gui.main_window import MainWindow


class SafetyActions(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.context = controller.context
        self.watcher = LockHideWatcher(controller.app, self.context.settings.get(LOCK_HIDE_SHORTCUT), self)
        self.watcher.triggered.connect(self.lock_and_hide)
        self.backup: Future[object] | None = None

    # -- wiring -------------------------------------------------------------------------------
    def attach_window(self, window: MainWindow) -> None:
        """A main window just opened: wire its Settings box, back up if due, report tampering."""
        box = window.screens["settings"].findChild(SafetyBox)
        if box is not None:
            box.erase_requested.connect(self.confirm_erase)
            box.shortcut_changed.connect(self.watcher.set_sequence)
        vault = self.context.session.vault
        if vault is not None and not self.context.demo:
            # A failed automatic backup must never disturb the user's work; the next unlock retries.
            self.backup = _backup_worker.submit(make_auto_backup, vault)
        notice, self.context.session.unlock_notice = self.context.session.unlock_notice, ""
        if notice:
            QTimer.singleShot(0, lambda: self._tampering_noticed(window))

    def attach_dialog(self, dialog: VaultDialogBase) -> None:
        erased = getattr(dialog, "erased", None)
        if erased is not None:
            erased.connect(self._erased_by_limit)

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
        """Close every window that showed data, erase, then offer to create a new vault."""
        session = self.context.session
        if self.backup is not None:
            wait([self.backup], timeout=30)  # so no backup is written after the folder is emptied
        self.controller.idle.stop()
        self.controller._close_vault_windows()
        session.lock()
        emergency_erase(session.folder)
        self._show_create(self.tr("The vault was erased. You can create a new, empty vault."))

    def _erased_by_limit(self) -> None:
        self._show_create(
            self.tr("Too many wrong passphrases: the vault was erased. You can create a new, empty vault.")
        )

    def _show_create(self, message: str) -> None:
        old = self.controller.dialog
        if old is not None:
            with contextlib.suppress(RuntimeError):
                old.rejected.disconnect(self.controller.quit)
            old.hide()
            old.deleteLater()
            self.controller.dialog = None
        self.controller._show_dialog(CreateVaultDialog(self.context))
        Messages.info(self.controller.dialog, self.tr("Vault erased"), message)

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
