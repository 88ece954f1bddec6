"""A new passphrase typed twice, with strength feedback (as in the create-vault dialog)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QWidget

from hrdesk.domain.passphrase import MIN_LENGTH, Strength, assess
from hrdesk.gui.common.passphrase_edit import PassphraseEdit


class NewPassphraseFields(QWidget):
    """``problem()`` says what is wrong with the two fields ("" when they may be used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
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
        self.passphrase.textChanged.connect(self._update_strength)
        self.retranslate()

    def retranslate(self) -> None:
        self.passphrase_label.setText(self.tr("Backup &passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the backup passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self._update_strength(self.passphrase.text())

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def problem(self) -> str:
        if len(self.passphrase.text()) < MIN_LENGTH:
            return self.tr("The backup passphrase must have at least %n characters.", "", MIN_LENGTH)
        if not self.passphrase.text().strip():
            return self.tr("A passphrase cannot be only spaces.")
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two backup passphrases are not the same. Type them again.")
        return ""

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
