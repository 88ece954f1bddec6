"""First run: create the vault, with passphrase-strength feedback and an honest warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.domain.passphrase import MIN_LENGTH, Strength, assess
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
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

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase = PassphraseEdit()
        self.repeat = PassphraseEdit()
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        form.addRow("", self.meter)
        form.addRow("", self.strength)
        self.body.addLayout(form)

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

        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(lambda _text: self.show_status(""))
        self.retranslate()
        self._update_strength("")
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
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
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
        self._update_strength(self.passphrase.text())

    def _update_strength(self, text: str) -> None:
        strength = assess(text).strength
        words = {
            Strength.TOO_SHORT: self.tr("Too short: use at least %n characters.", "", MIN_LENGTH),
            Strength.WEAK: self.tr("Weak: easy to guess. Add more words."),
            Strength.FAIR: self.tr("Fair: add another word or two."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }
        self.meter.setValue(int(strength))
        self.meter.setProperty("strength", int(strength))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.strength.setText(words[strength] if text else "")
        self.show_status("")

    def _create(self) -> None:
        passphrase = self.passphrase.text()
        problem = ""
        culprit: QWidget = self.passphrase  # or the field or box at fault
        if len(passphrase) < MIN_LENGTH:
            problem = self.tr("The passphrase must have at least %n characters.", "", MIN_LENGTH)
        elif not passphrase.strip():
            problem = self.tr("A passphrase cannot be only spaces.")
        elif passphrase != self.repeat.text():
            problem, culprit = self.tr("The two passphrases are not the same. Type them again."), self.repeat
        elif not self.understood.isChecked():
            problem = self.tr(
                "Please confirm that you understand a forgotten passphrase cannot be recovered."
            )
            culprit = self.understood
        if problem:
            self.show_status(problem, error=True)
            culprit.setFocus()
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
