"""The choices for one export of a brief: language, which document, sections, names, password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hrdesk.brief.options import ALL_SECTIONS, BriefOptions, Section, Variant
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.gui.common.pdf_password import PdfPasswordFields
from hrdesk.services.briefs import names_a_government
from hrdesk.settings import Settings, number_style


class _ClickableLabel(QLabel):
    """A wrapping label that toggles its check box when clicked, like the box's own text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class BriefOptionsPanel(QWidget):
    """Emits ``changed`` whenever a choice that alters the PDF's content changes."""

    changed = Signal()

    def __init__(self, embassies: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # Labels above their fields: a narrow side panel, and long choices (French, Russian) whole.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.language = QComboBox()
        for code in BRIEF_LANGUAGES:  # each language in its own name, so anyone finds theirs
            self.language.addItem(brief_texts(code).get("meta.language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.variant = QComboBox()
        self.variant.addItems(["", ""])
        for combo in (self.language, self.variant):
            # Wide enough for the whole choice ("Brief to hand over to the embassy"), never cut mid-word.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(18)
        self.embassy = QComboBox()
        self.embassy.setEditable(True)
        self.embassy.addItems(["", *embassies])
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.language, self.variant, self.embassy), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        # A name in which no government is recognised (a typo: "Canda") gets a brief without any
        # government's policy; say so while there is time to fix it.
        self.embassy_hint = QLabel()
        self.embassy_hint.setWordWrap(True)
        self.embassy_hint.setObjectName("hint")
        self.embassy_hint.hide()
        form.addRow(self.embassy_hint)
        layout.addLayout(form)

        self.sections_box = QGroupBox()
        box = QVBoxLayout(self.sections_box)
        self.sections: dict[Section, QCheckBox] = {}
        for section in ALL_SECTIONS:
            check = QCheckBox()
            # The contact history is opt-in: it names officers and what was said to them.
            check.setChecked(section is not Section.CONTACTS)
            self.sections[section] = check
            box.addWidget(check)
        layout.addWidget(self.sections_box)

        self.redact = QCheckBox()
        self.redact_label = _ClickableLabel()  # the check box's text, wrapped (a QCheckBox cannot wrap)
        self.redact_label.setWordWrap(True)
        self.redact_label.clicked.connect(self.redact.toggle)
        self.redact_hint = QLabel()
        self.redact_hint.setWordWrap(True)
        self.redact_hint.setObjectName("hint")
        redact_row = QHBoxLayout()
        redact_row.addWidget(self.redact, 0, Qt.AlignmentFlag.AlignTop)
        redact_row.addWidget(self.redact_label, 1)
        layout.addLayout(redact_row)
        layout.addWidget(self.redact_hint)

        self.pdf_password = fields = PdfPasswordFields()
        self.protect, self.password, self.repeat = fields.protect, fields.password, fields.repeat
        layout.addWidget(self.pdf_password)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self.changed)
        self.variant.currentIndexChanged.connect(self.changed)
        self.embassy.currentTextChanged.connect(self.changed)
        self.embassy.currentTextChanged.connect(self._check_embassy)
        self.redact.toggled.connect(self.changed)
        for check in self.sections.values():
            check.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Language of the brief:"))
        self.labels[1].setText(self.tr("&Document:"))
        self.labels[2].setText(self.tr("&For the embassy:"))
        self.variant.setItemText(0, self.tr("Brief to hand over to the embassy"))
        self.variant.setItemText(1, self.tr("My speaker notes (adds items for my eyes only)"))
        if embassy_line := self.embassy.lineEdit():  # the combo box is editable: always there
            embassy_line.setPlaceholderText(self.tr("Optional"))
        self.embassy_hint.setText(
            self.tr(
                "No government is recognised in this name, so the brief cannot cite its policy. "
                "Type a country's name or its two-letter code (Canada, CA)."
            )
        )
        self.sections_box.setTitle(self.tr("Sections"))
        names = {
            Section.SUMMARY: self.tr("Summary of the case"),
            Section.REQUEST: self.tr("Our request"),
            Section.TIMELINE: self.tr("Timeline of events"),
            Section.OUTREACH: self.tr("Previous outreach"),
            Section.CONTACTS: self.tr("Contact history with the embassy"),
        }
        for section, check in self.sections.items():
            check.setText(names[section])
        self.redact_label.setText(self.tr('Replace the names of people with "Person A", "Person B"…'))
        self.redact.setAccessibleName(self.redact_label.text())
        self.redact_hint.setText(
            self.tr(
                "The names typed as the person at risk, the people of each event and the contacts are "
                "replaced everywhere, each word of them too, with Arabic prefixes and Russian case forms; "
                'institutions and "Unknown" stay. Nicknames, spellings never typed there and details that '
                "identify someone are not caught: read the preview."
            )
        )

    def _check_embassy(self, text: str) -> None:
        self.embassy_hint.setVisible(bool(text.strip()) and not names_a_government(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def options(self) -> BriefOptions:
        """The brief options as chosen now (the password is asked separately)."""
        return BriefOptions(
            language=str(self.language.currentData()),
            variant=Variant.NOTES if self.variant.currentIndex() == 1 else Variant.HAND_OVER,
            sections=frozenset(s for s, check in self.sections.items() if check.isChecked()),
            redact_names=self.redact.isChecked(),
            embassy=self.embassy.currentText().strip(),
            number_style=number_style(Settings()),
        )
