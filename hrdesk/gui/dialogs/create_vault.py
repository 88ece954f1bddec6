"""First run: create the vault, with passphrase-strength feedback and an honest warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.domain.passphrase import MIN_LENGTH
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.new_passphrase import NewPassphraseFields
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.vault_dialog_base import VaultDialogBase
from hrdesk.vault.errors import VaultError


class CreateVaultDialog(VaultDialogBase):
    restore_requested = Signal()  # "Restore from a backup…" (handled by gui.safety.actions)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)

        self.fields = NewPassphraseFields()
        # The names the shell, the tests and the screenshot helper already use.
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.meter, self.strength = self.fields.meter, self.fields.strength
        self.body.addWidget(self.fields)

        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.body.addWidget(self.warning)
        self.understood = QCheckBox()
        self.body.addWidget(self.understood)

        restore_row = QHBoxLayout()
        self.restore_hint = QLabel()
        self.restore_hint.setObjectName("hint")  # one line: wrapped labels here squeeze the fields
        self.restore_button = QPushButton()
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_requested)
        restore_row.addWidget(self.restore_hint, 1)
        restore_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(restore_row)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)

        self.passphrase.textChanged.connect(lambda _text: self.show_status(""))
        self.repeat.textChanged.connect(lambda _text: self.show_status(""))
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your vault — hrdesk"))
        self.heading.setText(self.tr("Create your vault"))
        self.intro.setText(
            self.tr(
                "hrdesk keeps your cases and contacts in one encrypted vault on this computer. "
                "Choose a passphrase to lock it: four or more unrelated words are easier to remember "
                "and much harder to guess than a short password."
            )
        )
        self.fields.set_labels(
            self.tr("&Passphrase:"),
            self.tr("&Repeat passphrase:"),
            self.tr("Passphrase"),
            self.tr("Repeat passphrase"),
        )
        self.warning.setText(
            self.tr(
                "If you forget this passphrase, nobody can open the vault: not you, not the hrdesk "
                "developers, not anyone else. There is no reset. Write it down and keep it somewhere "
                "safe, away from this computer."
            )
        )
        self.understood.setText(self.tr("I understand that a forgotten passphrase &cannot be recovered"))
        self.create_button.setText(self.tr("Create &vault"))
        self.quit_button.setText(self.tr("&Quit"))
        self.restore_hint.setText(self.tr("Starting again on a new computer?"))
        self.restore_button.setText(self.tr("Restore from a &backup…"))

    def _create(self) -> None:
        passphrase = self.passphrase.text()
        problem = self.fields.problem()
        culprit: QWidget = self.passphrase
        if problem and len(passphrase) >= MIN_LENGTH and passphrase.strip():  # they differ
            culprit = self.repeat
        elif not problem and not self.understood.isChecked():
            problem = self.tr(
                "Please confirm that you understand a forgotten passphrase cannot be recovered."
            )
            culprit = self.understood
        if problem:
            self.show_status(problem, error=True)
            culprit.setFocus()
            return
        if not self.fields.accept_risk():
            self.passphrase.setFocus()
            return
        self.show_status(self.tr("Creating the vault…"))
        self.set_busy(True)
        task = BackgroundCall(lambda: self.context.session.create(passphrase), self)
        task.done.connect(self._created)
        task.failed.connect(self._failed)

    def _created(self, _vault: object) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.unlocked.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.set_busy(False)
        if isinstance(error, OSError):
            text = self.tr("The vault could not be written: %1").replace(
                "%1", isolated(error.strerror or str(error))
            )
        elif isinstance(error, VaultError):
            text = self.tr("The vault could not be created. Check that the folder is writable and try again.")
        else:
            raise error
        self.show_status(text, error=True)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
