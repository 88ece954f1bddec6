"""Change the passphrase: instant, since only the small key file is rewritten."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrdesk.domain.passphrase import MIN_LENGTH
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.new_passphrase import NewPassphraseFields
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.common.status_line import StatusLine
from hrdesk.gui.context import AppContext
from hrdesk.vault.errors import VaultError, WrongPassphrase


class ChangePassphraseDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        # The same fields, meter, suggestion and risk question as when the vault was created.
        self.fields = NewPassphraseFields()
        self.new, self.repeat = self.fields.passphrase, self.fields.repeat
        self.current = PassphraseEdit()
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.fields.add_row_above(self.current_label, self.current)
        layout.addWidget(self.fields)
        self.status = StatusLine()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields.set_labels(
            self.tr("&New passphrase:"),
            self.tr("&Repeat new passphrase:"),
            self.tr("New passphrase"),
            self.tr("Repeat new passphrase"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change(self) -> None:
        vault = self.context.session.vault
        if vault is None:
            self.reject()
            return
        problem = self.fields.problem()
        if problem:
            self.status.say(problem, error=True)
            (self.new if len(self.new.text()) < MIN_LENGTH else self.repeat).setFocus()
            return
        if not self.fields.accept_risk():
            self.new.setFocus()
            return
        old, new = self.current.text(), self.new.text()
        self.setEnabled(False)
        task = BackgroundCall(lambda: vault.change_passphrase(old, new), self)
        task.done.connect(self._done)
        task.failed.connect(self._failed)

    def _done(self, _result: object) -> None:
        self.setEnabled(True)
        Messages.info(self, self.tr("Change passphrase"), self.tr("The passphrase has been changed."))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            self.status.say(
                self.tr("The current passphrase is not correct. Nothing was changed."), error=True
            )
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, (VaultError, OSError)):
            self.status.say(self.tr("The passphrase could not be changed. Nothing was changed."), error=True)
        else:
            raise error
