"""A new passphrase typed twice: strength meter, what makes it guessable, a suggested one, and a
confirmation that names the risk when it is not strong.

Used by every dialog that sets a passphrase (create the vault, change it, a separate backup
passphrase), so each gets the same feedback. The owner sets the field labels (``set_labels``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from hrdesk.domain.passphrase import (
    GENERATED_WORDS,
    MIN_LENGTH,
    Hint,
    Strength,
    WordListMissing,
    assess,
    generate_passphrase,
)
from hrdesk.gui.common.dialog_fit import fit_height
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.passphrase_edit import PassphraseEdit

_HINTS_SHOWN = 2  # more than two reasons is a wall of text for someone under stress


class NewPassphraseFields(QWidget):
    """``problem()`` says what is wrong with the two fields ("" when they may be used);
    ``accept_risk()`` asks once before a passphrase that is not strong is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form = QFormLayout(self)
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
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.meter)
        form.addRow("", self.strength)

        suggest_row = QHBoxLayout()
        self.suggest_button = QPushButton()
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.suggest)
        self.suggest_hint = QLabel()
        self.suggest_hint.setObjectName("hint")
        self.suggest_hint.setWordWrap(True)
        suggest_row.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignTop)
        suggest_row.addWidget(self.suggest_hint, 1)
        form.addRow("", suggest_row)

        self.passphrase.textChanged.connect(self._update_strength)
        self.retranslate()

    def add_row_above(self, label: QLabel, field: QWidget) -> None:
        """A row of the owner's (the current passphrase) in the same form, so the columns line up."""
        self.form.insertRow(0, label, field)

    def set_labels(self, passphrase: str, repeat: str, passphrase_name: str, repeat_name: str) -> None:
        """The owner's words for the two fields (it calls this from its own ``retranslate``)."""
        self.passphrase_label.setText(passphrase)
        self.repeat_label.setText(repeat)
        self.passphrase.setAccessibleName(passphrase_name)
        self.repeat.setAccessibleName(repeat_name)

    def retranslate(self) -> None:
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.suggest_button.setText(self.tr("&Suggest a passphrase"))
        self.suggest_hint.setText(
            self.tr(
                # The repeat field is above the button, not below it: say which field, not where.
                "%n random words, hidden until you press the eye. Write them down, then type them "
                "again in the repeat field.",
                "",
                GENERATED_WORDS,
            )
        )
        self._update_strength(self.passphrase.text())

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def suggest(self) -> None:
        """Put random words in the first field, never on the clipboard; the person types them again,
        which is the first step of remembering them."""
        try:
            words = generate_passphrase()
        except WordListMissing:  # a broken install: say so once, typing a passphrase still works
            self.suggest_button.setEnabled(False)
            self.suggest_hint.setText(self.tr("The word list is missing, so no passphrase can be suggested."))
            return
        self.passphrase.setText(words)
        self.repeat.clear()
        self.repeat.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self) -> str:
        if len(self.passphrase.text()) < MIN_LENGTH:
            return self.tr("The passphrase must have at least %n characters.", "", MIN_LENGTH)
        if not self.passphrase.text().strip():  # the vault refuses it too (any Unicode space)
            return self.tr("A passphrase cannot be only spaces.")
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return ""

    def accept_risk(self) -> bool:
        """True when the passphrase is strong, or the person read the risk and chose to go on."""
        assessment = assess(self.passphrase.text())
        if not assessment.needs_confirmation:
            return True
        text = self.tr(
            "%1\n\nSomeone who takes or copies this computer can try guesses against the vault for as "
            "long as they like. A passphrase like this one could be found, and with it every case and "
            "contact in the vault.\n\nUse it anyway?"
        ).replace("%1", self.describe(assessment.strength, assessment.hints))
        return Messages.confirm(self, self.tr("Use a passphrase that is not strong?"), text, danger=True)

    def describe(self, strength: Strength, hints: tuple[Hint, ...]) -> str:
        level = {
            Strength.TOO_SHORT: self.tr("Too short: use at least %n characters.", "", MIN_LENGTH),
            Strength.VERY_WEAK: self.tr("Very weak."),
            Strength.WEAK: self.tr("Weak."),
            Strength.FAIR: self.tr("Fair, but not strong."),
            Strength.STRONG: self.tr("Strong."),
        }[strength]
        reasons = {
            Hint.COMMON_PASSWORD: self.tr("It is one of the most common passwords."),
            Hint.COMMON_WORD: self.tr("A single common word is easy to guess."),
            Hint.NAME: self.tr("It contains a name."),
            Hint.YEAR_OR_DATE: self.tr("It contains a year or a date."),
            Hint.KEYBOARD: self.tr("It follows the keys of a keyboard."),
            Hint.REPEAT: self.tr("It repeats letters or words."),
            Hint.SEQUENCE: self.tr("It contains a sequence such as abc or 123."),
            Hint.SUBSTITUTION: self.tr(
                "Symbols in place of letters (@ for a) do not fool guessing programs."
            ),
            Hint.TOO_FEW_WORDS: self.tr("Add another word or two, or use a suggested passphrase."),
        }
        return " ".join([level, *(reasons[hint] for hint in hints[:_HINTS_SHOWN])])

    def _update_strength(self, text: str) -> None:
        assessment = assess(text)
        self.meter.setValue(int(assessment.strength))
        self.meter.setProperty("strength", int(assessment.strength))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.strength.setText(self.describe(assessment.strength, assessment.hints) if text else "")
        if self.isVisible():
            # The verdict may wrap onto another line: grow the dialog rather than squash the fields.
            # Our own layout first, so the dialog's layout learns our new height before it is asked.
            self.form.activate()
            fit_height(self.window())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
