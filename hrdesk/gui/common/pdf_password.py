"""The optional password of a saved PDF (the brief and the accountability package): a check box, the
password typed twice, and one rule for when it can be used."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.services.briefs import MIN_PASSWORD_LENGTH


class PdfPasswordFields(QWidget):
    """Unticked, the password fields are hidden and emptied: nothing typed lingers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.protect = QCheckBox()
        self.password, self.repeat = PassphraseEdit(), PassphraseEdit()
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.password, self.repeat), strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        self.protect.toggled.connect(self._show_password)
        self._show_password(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.protect.setText(self.tr("Protect the saved PDF with a password"))
        self.labels[0].setText(self.tr("&Password:"))
        self.labels[1].setText(self.tr("&Repeat password:"))
        self.password.setAccessibleName(self.tr("PDF password"))
        self.repeat.setAccessibleName(self.tr("Repeat PDF password"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_password(self, on: bool) -> None:
        for widget in (self.password, self.repeat, *self.labels):
            widget.setVisible(on)
        if not on:
            self.password.clear()
            self.repeat.clear()

    def problem(self) -> str | None:
        """Why the password cannot be used (translated), or None when it is fine or not wanted."""
        if not self.protect.isChecked():
            return None
        if not self.password.text():
            return self.tr("Type a password for the PDF, or untick the password option.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("The PDF password needs at least %n characters.", "", MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords are not the same.")
        return None

    def chosen(self) -> str | None:
        """The password to protect the PDF with, or None (unticked, or ticked with nothing typed)."""
        return (self.password.text() if self.protect.isChecked() else None) or None
