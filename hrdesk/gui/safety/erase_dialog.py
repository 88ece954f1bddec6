"""Emergency erase confirmation: the button stays disabled until a word is typed, so a stray click
or key press can never erase the vault."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from hrdesk.domain.isolate import isolated


class EmergencyEraseDialog(QDialog):
    """Accepted only after the confirmation word was typed and the danger button pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.word = QLineEdit()
        self.prompt.setBuddy(self.word)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.setObjectName("danger")
        self.erase_button.setEnabled(False)
        # Enter never presses a button by itself: only a typed word and a deliberate press erase.
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        for widget in (self.heading, self.warning, self.prompt, self.word, self.buttons):
            layout.addWidget(widget)
        self.word.textChanged.connect(self._update)
        self.word.returnPressed.connect(self._erase_if_confirmed)
        self.buttons.accepted.connect(self._erase_if_confirmed)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.word.setFocus()

    def confirmation_word(self) -> str:
        # Translators: a short, ordinary word in capitals that the user must type to confirm.
        return self.tr("ERASE")

    def is_confirmed(self) -> bool:
        return self.word.text().strip().casefold() == self.confirmation_word().casefold()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Emergency erase — hrdesk"))
        self.heading.setText(self.tr("Erase the vault now?"))
        self.warning.setText(
            self.tr(
                "This destroys the vault's key at once, then deletes the vault, its automatic backups and "
                "the system keyring entry. Nobody can open it afterwards, not even with the passphrase. "
                "It cannot be undone. Backups you saved elsewhere are not touched."
            )
        )
        self.prompt.setText(
            self.tr("To confirm, type %1 here:").replace("%1", isolated(self.confirmation_word()))
        )
        self.word.setAccessibleName(self.tr("Confirmation word"))
        self.erase_button.setText(self.tr("&Erase everything"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self._update()

    def _update(self) -> None:
        self.erase_button.setEnabled(self.is_confirmed())

    def _erase_if_confirmed(self) -> None:
        if self.is_confirmed():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
