"""Restore from a backup: choose the file, type its passphrase; the whole file is checked before
anything changes. ``restored`` carries the folder the backup was restored (and checked) into; the
receiver moves it into place (``restore_in_place.install_restored``) and shows the unlock dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.context import AppContext
from hrdesk.gui.safety.progress_dialog import DISK_FULL, ProgressDialog, native, show_progress
from hrdesk.services.backups import SUFFIX
from hrdesk.services.restore_in_place import stage_restore
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.database import WriteFailed
from hrdesk.vault.errors import VaultError, WrongPassphrase


class RestoreDialog(ProgressDialog):
    """``replacing``: a vault exists here and the restore replaces it (asks once, danger style)."""

    restored = Signal(object)  # the Path of the checked, restored vault, beside the vault folder

    def __init__(self, context: AppContext, replacing: bool, parent: QWidget | None = None) -> None:
        super().__init__("restoreDialog", selectable_status=False, parent=parent)
        self.context = context
        self.replacing = replacing
        self.source: Path | None = None
        layout = self.body
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(replacing)
        layout.addWidget(self.warning)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.choose_button)
        form.addRow(self.file_label, row)
        self.passphrase = PassphraseEdit()
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        layout.addLayout(form)

        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        if replacing:  # it replaces the current vault: looks dangerous, never the default button
            self.restore_button.setObjectName("danger")
            self.restore_button.setAutoDefault(False)
        else:
            self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.add_footer()
        self.passphrase.textEdited.connect(lambda _text: self.show_status(""))
        self.retranslate()
        self.choose_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore — hrdesk"))
        self.heading.setText(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "Choose a backup file made by hrdesk and type the passphrase that protects it. hrdesk "
                "checks the whole file before it changes anything. Afterwards the vault opens with the "
                "backup's passphrase."
            )
        )
        self.warning.setText(
            self.tr(
                "This replaces the vault on this computer: everything it holds now, and its automatic "
                "backups, will be erased and replaced by the contents of the backup."
            )
        )
        self.file_label.setText(self.tr("Backup &file:"))
        self.file.setAccessibleName(self.tr("Backup file"))
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.passphrase_label.setText(self.tr("Backup &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.restore_button.setText(self.tr("&Replace the vault") if self.replacing else self.tr("&Restore"))
        self.cancel_button.setText(self.tr("&Cancel"))

    def choose_file(self) -> None:
        chosen = FileDialogs.open_path(
            self,
            self.tr("Choose a backup"),
            self.tr("hrdesk backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if chosen:
            self.set_source(Path(chosen))

    def set_source(self, source: Path) -> None:
        """Use ``source`` as the backup (chosen by the user, or the newest automatic one)."""
        self.source = source
        self.file.setText(native(source))  # the cursor at the end: the file's name shows
        self.file.setToolTip(native(source))
        self.show_status("")
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.show_busy(busy, (self.choose_button, self.passphrase, self.buttons))

    def _progressed(self, done: int, total: int) -> None:
        value = show_progress(self.progress, done, total)
        if value < 100:
            text = self.tr("Checking the backup… %1% done.").replace("%1", QLocale().toString(value))
        else:  # decrypted: the database is checked and put in place, which takes a moment more
            text = self.tr("Checking the restored vault and putting it in place…")
        self.show_status(text)

    def _restore(self) -> None:
        passphrase = self.passphrase.text()
        if self.source is None:
            self.show_status(self.tr("Choose the backup file first."), error=True)
            self.choose_button.setFocus()
            return
        if not passphrase:
            self.show_status(self.tr("Type the backup's passphrase first."), error=True)
            self.passphrase.setFocus()
            return
        if self.replacing and not Messages.confirm(
            self,
            self.tr("Replace the vault"),
            self.tr(
                "Replace the vault on this computer by this backup? Everything in the vault now, and its "
                "automatic backups, will be erased. This cannot be undone."
            ),
            danger=True,
        ):
            return
        source, folder = self.source, self.context.session.folder
        vault = self.context.session.vault
        unlocked_id = vault.vault_id if vault is not None and vault.is_open else None
        self.show_status(self.tr("Checking and restoring the backup… This can take a moment."))
        self.set_busy(True)
        task = BackgroundCall(
            lambda report: stage_restore(folder, source, passphrase, unlocked_id, report),
            self,
            reports_progress=True,
        )
        task.progressed.connect(self._progressed)
        task.done.connect(self._done)
        task.failed.connect(self._failed)

    def _done(self, staged: Path) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.show_status("")
        self.restored.emit(staged)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.set_busy(False)
        if isinstance(error, WrongPassphrase):
            text = self.tr("This passphrase does not open the backup. Nothing was changed.")
        elif isinstance(error, BackupError):
            text = self.tr(
                "This file is not an hrdesk backup, or it is damaged, incomplete or was altered. Nothing "
                "was changed."
            )
        elif isinstance(error, WriteFailed) or (isinstance(error, OSError) and error.errno in DISK_FULL):
            text = self.tr("The disk is full: the backup could not be restored. Nothing was changed.")
        elif isinstance(error, OSError):
            text = self.tr("The backup could not be read or restored: %1. Nothing was changed.").replace(
                "%1", error.strerror or str(error)
            )
        elif isinstance(error, VaultError):
            text = self.tr("The backup could not be restored. Nothing was changed.")
        else:
            raise error
        self.show_status(text, error=True)
        Messages.error(self, self.tr("Restore"), text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
