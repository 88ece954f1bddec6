"""Which window is up: create or unlock dialog while locked, the main window while unlocked."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.gui.common.capture_guard import exclude_from_capture
from hrdesk.gui.common.idle import IdleWatcher
from hrdesk.gui.common.selection_guard import SelectionGuard
from hrdesk.gui.common.session_watch import SessionWatcher
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.dialogs.vault_dialog_base import VaultDialogBase
from hrdesk.gui.main_window import MainWindow
from hrdesk.gui.safety.actions import SafetyActions
from hrdesk.gui.safety.lock_hide import LockHideWatcher
from hrdesk.settings import IDLE_MINUTES
from hrdesk.vault.errors import VaultError

LOCK_SEQUENCE = "Ctrl+L"


class AppController(QObject):
    def __init__(self, app: QApplication, context: AppContext) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.window: MainWindow | None = None
        self.dialog: VaultDialogBase | None = None
        self.idle = IdleWatcher(app, context.settings.get(IDLE_MINUTES))
        self.idle.idle.connect(self.lock)
        self.safety = SafetyActions(self, self)  # lock and hide, emergency erase, automatic backups
        # Ctrl+L from every window, a modal dialog too: a QAction shortcut is blocked while a modal
        # dialog (Brief, email, a message box) is open, an application-wide key filter is not.
        self.lock_key = LockHideWatcher(app, LOCK_SEQUENCE, self)
        self.lock_key.triggered.connect(self.lock)
        self.selection = SelectionGuard(self, context.session)  # X11 PRIMARY and clipboard on lock
        self.session_watch = SessionWatcher(self)
        self.session_watch.lock_needed.connect(self.lock)

    def start(self) -> None:
        """Show the first window: create on first run, else try the keyring, else ask to unlock."""
        session = self.context.session
        if session.is_unlocked:
            self._open_main_window()
        elif not session.has_vault:
            self.show_dialog(CreateVaultDialog(self.context))
        else:
            vault = None
            if session.remembered_on_device():
                with contextlib.suppress(VaultError):
                    vault = session.unlock_with_keyring()
            if vault is not None:
                self._open_main_window()
            else:
                self.show_dialog(UnlockDialog(self.context))

    def show_dialog(self, dialog: VaultDialogBase) -> None:
        """Show ``dialog`` (create or unlock) as the window that is up while locked."""
        self.dialog = dialog
        dialog.unlocked.connect(self._open_main_window)
        dialog.rejected.connect(self.quit)
        self.safety.attach_dialog(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _open_main_window(self) -> None:
        if not self.context.session.is_unlocked or self.window is not None:
            # A dialog's "unlocked" that arrives after a lock (or twice) opens nothing: the
            # vault is closed again, and the unlock dialog now up stays.
            return
        just_created = isinstance(self.dialog, CreateVaultDialog)  # the safety card, once
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        # Settings is built on its first visit; its signal is wired then.
        self.window.screens.when_built(
            "settings",
            lambda screen: screen.idle_minutes_changed.connect(self.idle.set_minutes),  # type: ignore[attr-defined]
        )
        self.window.show()
        exclude_from_capture(self.window)
        self.idle.start()
        self.safety.attach_window(self.window)  # automatic backup (background), settings wiring
        if just_created:
            self.window.show_safety_card()

    def lock(self) -> None:
        """Close the database and destroy every window that showed vault data, then ask to unlock."""
        if not self.context.session.is_unlocked:
            self.context.session.lock()  # still counts: an unlock in progress will not open after it
            return
        self.idle.stop()
        self.close_vault_windows()
        self.context.session.lock()
        self.show_dialog(UnlockDialog(self.context))

    def close_vault_windows(self) -> None:
        """Close the main window and every other window that showed vault data."""
        if self.window is not None:
            self.window.save_geometry()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        # Any other top-level window (a dialog opened from the main window) goes too.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QWidget) and widget.isVisible() and widget is not self.dialog:
                widget.hide()
                widget.deleteLater()

    def quit(self) -> None:
        self.app.removeEventFilter(self.lock_key)  # this controller is done (tests make several)
        self.idle.stop()
        self.close_vault_windows()
        self.context.session.lock()
        if self.dialog is not None:
            self.dialog.hide()
        self.app.quit()
