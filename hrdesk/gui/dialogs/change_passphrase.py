"""Change the passphrase: instant, since only the small key file is rewritten."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hrdesk.domain.passphrase import MIN_LENGTH
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.context import AppContext
from hrdesk.vault.errors import VaultError, WrongPassphrase


class ChangePassphraseDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current, self.new, self.repeat = PassphraseEdit(), PassphraseEdit(), PassphraseEdit()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.current, self.new, self.repeat), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setProperty("error", True)
        self.status.setWordWrap(True)
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
        texts = (
            self.tr("&Current passphrase:"),
            self.tr("&New passphrase:"),
            self.tr("&Repeat new passphrase:"),
        )
        names = (self.tr("Current passphrase"), self.tr("New passphrase"), self.tr("Repeat new passphrase"))
        for label, field, text, name in zip(
            self.labels, (self.current, self.new, self.repeat), texts, names, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change(self) -> None:
        vault = self.context.session.vault
        if vault is None:
            self.reject()
            return
        if len(self.new.text()) < MIN_LENGTH:
            self.status.setText(
                self.tr("The new passphrase must have at least %n characters.", "", MIN_LENGTH)
            )
            self.new.setFocus()
            return
        if not self.new.text().strip():
            self.status.setText(self.tr("A passphrase cannot be only spaces."))
            self.new.setFocus()
            return
        if self.new.text() != self.repeat.text():
            self.status.setText(self.tr("The two new passphrases are not the same."))
            self.repeat.setFocus()
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
            self.status.setText(self.tr("The current passphrase is not correct. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, (VaultError, OSError)):
            self.status.setText(self.tr("The passphrase could not be changed. Nothing was changed."))
        else:
            raise error
