"""Back up now: choose what protects the file, where to save it, then wait and see the result."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.new_passphrase import NewPassphraseFields
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.context import AppContext
from hrdesk.gui.safety.backup_tasks import with_suffix, write_backup
from hrdesk.gui.safety.progress_dialog import DISK_FULL, NOT_ALLOWED, ProgressDialog, native, show_progress
from hrdesk.services.backups import SUFFIX
from hrdesk.vault.database import WriteFailed
from hrdesk.vault.errors import VaultError, WrongPassphrase


class BackupDialog(ProgressDialog):
    """Writes one encrypted backup file of the whole (unlocked) vault."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("backupDialog", selectable_status=True, parent=parent)
        self.context = context
        self.saved_to: Path | None = None
        layout = self.body

        self.protect_label = QLabel()
        layout.addWidget(self.protect_label)
        self.use_vault = QRadioButton()
        self.use_separate = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.use_vault)
        self.choice.addButton(self.use_separate)
        self.use_vault.setChecked(True)
        layout.addWidget(self.use_vault)

        self.vault_box = QWidget()
        vault_form = QFormLayout(self.vault_box)
        vault_form.setContentsMargins(24, 0, 0, 0)
        vault_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vault_passphrase = PassphraseEdit()
        self.vault_passphrase_label = QLabel()
        self.vault_passphrase_label.setBuddy(self.vault_passphrase)
        vault_form.addRow(self.vault_passphrase_label, self.vault_passphrase)
        layout.addWidget(self.vault_box)

        layout.addWidget(self.use_separate)
        self.separate = NewPassphraseFields()
        if separate_layout := self.separate.layout():
            separate_layout.setContentsMargins(24, 0, 0, 0)
        self.separate_note = QLabel()
        self.separate_note.setObjectName("hint")
        self.separate_note.setWordWrap(True)
        self.separate_note.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.separate)
        layout.addWidget(self.separate_note)

        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.add_footer()

        self.use_vault.toggled.connect(self._choice_changed)
        self.vault_passphrase.textEdited.connect(lambda _text: self.show_status(""))
        self.separate.passphrase.textEdited.connect(lambda _text: self.show_status(""))
        self.separate.repeat.textEdited.connect(lambda _text: self.show_status(""))
        self.retranslate()
        self._choice_changed()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up — hrdesk"))
        self.heading.setText(self.tr("Back up your vault"))
        self.intro.setText(
            self.tr(
                "The backup is one encrypted file that holds your whole vault. Without its passphrase it "
                "shows nothing but its size, so you can copy it to a USB stick or another computer. Keep "
                "it away from this computer: it is what lets you start again if this one is lost, "
                "seized or broken."
            )
        )
        self.protect_label.setText(self.tr("Protect the backup with:"))
        self.use_vault.setText(self.tr("The &vault's passphrase"))
        self.use_separate.setText(self.tr("A &separate passphrase, only for this backup"))
        self.vault_passphrase_label.setText(self.tr("Vault &passphrase:"))
        self.vault_passphrase.setAccessibleName(self.tr("Vault passphrase"))
        self.separate.set_labels(
            self.tr("Backup &passphrase:"),
            self.tr("&Repeat it:"),
            self.tr("Backup passphrase"),
            self.tr("Repeat the backup passphrase"),
        )
        self.separate_note.setText(
            self.tr(
                "You will need this passphrase to restore the backup, and the restored vault will open "
                "with it. If you forget it, nobody can open the backup."
            )
        )
        self.save_button.setText(self.tr("Choose a file and &back up…"))
        self.close_button.setText(self.tr("&Close"))

    def _choice_changed(self) -> None:
        separate = self.use_separate.isChecked()
        self.vault_box.setVisible(not separate)
        self.separate.setVisible(separate)
        self.separate_note.setVisible(separate)
        self.show_status("")
        (self.separate.passphrase if separate else self.vault_passphrase).setFocus()
        self.adjustSize()
        self.fit_height()

    # -- backing up ---------------------------------------------------------------------------
    def _start(self) -> None:
        separate = self.use_separate.isChecked()
        passphrase = self.separate.text() if separate else self.vault_passphrase.text()
        problem = self.separate.problem() if separate else ""
        if not separate and not passphrase:
            problem = self.tr("Type the vault's passphrase first.")
        if problem:
            self.show_status(problem, error=True)
            (self.separate.passphrase if separate else self.vault_passphrase).setFocus()
            return
        if separate and not self.separate.accept_risk():
            self.separate.passphrase.setFocus()
            return
        vault = self.context.session.vault
        if vault is None:
            return
        suggested = Path.home() / f"backup-{date.today().isoformat()}{SUFFIX}"
        chosen = FileDialogs.save_path(
            self,
            self.tr("Save the backup"),
            str(suggested),
            self.tr("hrdesk backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if not chosen:
            return
        path = with_suffix(Path(chosen))
        self.show_status(self.tr("Backing up… This can take a moment."))
        self.set_busy(True)
        task = BackgroundCall(
            lambda report: write_backup(vault, passphrase, path, not separate, report),
            self,
            reports_progress=True,
        )
        task.progressed.connect(self._progressed)
        task.done.connect(lambda size: self._done(path, size))
        task.failed.connect(lambda error: self._failed(path, error))

    def set_busy(self, busy: bool) -> None:
        self.show_busy(busy, (self.use_vault, self.use_separate, self.vault_box, self.separate, self.buttons))

    def _progressed(self, done: int, total: int) -> None:
        value = show_progress(self.progress, done, total)
        self.show_status(self.tr("Backing up… %1% done.").replace("%1", QLocale().toString(value)))

    def _done(self, path: Path, size: int) -> None:
        self.set_busy(False)
        self.saved_to = path
        self.vault_passphrase.clear()
        self.separate.clear()
        self.show_status(
            self.tr(
                "Done. The backup is saved in %1 (%2). You can now copy it to a USB stick or another safe "
                "place."
            )
            .replace("%1", isolated(native(path)))
            .replace("%2", isolated(QLocale().formattedDataSize(size)))
        )
        self.close_button.setFocus()

    def _failed(self, path: Path, error: Exception) -> None:
        self.set_busy(False)
        folder = native(path.parent)
        if isinstance(error, WrongPassphrase):
            text = self.tr("This is not the vault's passphrase. No backup was written.")
            self.vault_passphrase.selectAll()
            self.vault_passphrase.setFocus()
        elif isinstance(error, WriteFailed):
            text = self.tr(
                "The disk that holds the vault is full: the backup could not be made. Free some space and "
                "try again."
            )
        elif isinstance(error, OSError) and error.errno in DISK_FULL:
            text = self.tr(
                "There is not enough space in %1 for the backup. No backup was written. Free some space "
                "or choose another place, such as a USB stick."
            ).replace("%1", isolated(folder))
        elif isinstance(error, OSError) and error.errno in NOT_ALLOWED:
            text = self.tr(
                "hrdesk cannot write in %1 (the folder is missing, read-only or not yours). No backup was "
                "written. Choose another folder."
            ).replace("%1", isolated(folder))
        elif isinstance(error, OSError):
            text = (
                self.tr("The backup could not be written in %1: %2. No backup was written.")
                .replace("%1", isolated(folder))
                .replace("%2", isolated(error.strerror or str(error)))
            )
        elif isinstance(error, VaultError):
            text = self.tr("The backup could not be made. No backup was written.")
        else:
            raise error
        self.show_status(text, error=True)
