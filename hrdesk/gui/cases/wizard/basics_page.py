"""Page 1, Basics: title, country, who is at risk, organisation, summary and three facts.

The three yes/no facts drive later advice (which officers to ask for), so each says why it
is asked. An empty title is refused: the old title stays until a new one is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.page_base import WizardPage, page_layout, scrolling
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.people_editor import PeopleEditor
from hrdesk.gui.common.plain_label import hint_label
from hrdesk.gui.common.status_line import StatusLine

MAX_LINE = 2000


class BasicsPage(WizardPage):
    page_id = PageId.BASICS
    # Made by _line() (by name, with setattr).
    title_label: QLabel
    country_label: QLabel
    at_risk_label: QLabel
    organisation_label: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.add_heading(layout)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = self._line(form, "title_label")
        self.title_error = StatusLine(error=True)
        form.addRow("", self.title_error)
        self.country_edit = self._line(form, "country_label")
        self.at_risk_edit = self._line(form, "at_risk_label")
        self.organisation_edit = self._line(form, "organisation_label")
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        lines = self.summary_edit.fontMetrics().lineSpacing()
        self.summary_edit.setMinimumHeight(lines * 4 + 16)
        self.summary_edit.setMaximumHeight(lines * 7 + 16)  # the three facts stay in view
        self.summary_label = QLabel()
        self.summary_label.setBuddy(self.summary_edit)
        form.addRow(self.summary_label, self.summary_edit)
        layout.addLayout(form)

        self.facts_box = QGroupBox()
        facts = QVBoxLayout(self.facts_box)
        self.business_check, self.business_hint = self._fact(facts)
        self.security_check, self.security_hint = self._fact(facts)
        self.profile_check, self.profile_hint = self._fact(facts)
        layout.addWidget(self.facts_box)
        self.people_box = QGroupBox()
        self.people = PeopleEditor()
        QVBoxLayout(self.people_box).addWidget(self.people)
        layout.addWidget(self.people_box)
        layout.addStretch(1)
        page_layout(self).addWidget(scrolling(content))

        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.editingFinished.connect(self._title_finished)
        for edit in (self.country_edit, self.at_risk_edit, self.organisation_edit):
            edit.textEdited.connect(self.save_soon)
        self.summary_edit.textChanged.connect(self.save_soon)
        self.people.changed.connect(self.save_soon)
        for check in (self.business_check, self.security_check, self.profile_check):
            check.toggled.connect(self.save_now)  # the facts change the suggested officers
        self.retranslate()

    def _line(self, form: QFormLayout, label_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_LINE)
        label = QLabel()
        label.setBuddy(edit)
        setattr(self, label_name, label)
        form.addRow(label, edit)
        return edit

    @staticmethod
    def _fact(layout: QVBoxLayout) -> tuple[QCheckBox, QLabel]:
        check = QCheckBox()
        hint = hint_label()
        hint.setIndent(28)
        layout.addWidget(check)
        layout.addWidget(hint)
        return check, hint

    def title(self) -> str:
        return self.tr("Basics")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The basics of the case"))
        self.intro.setText(
            self.tr(
                "Who is at risk, where, and what is happening, in a few words. "
                "You can use a pseudonym: you decide later what is printed."
            )
        )
        self.title_label.setText(self.tr("&Title:"))
        self.title_edit.setAccessibleName(self.tr("Title of the case"))
        self.title_edit.setPlaceholderText(self.tr("A name you will recognise"))
        self.country_label.setText(self.tr("&Country:"))
        self.country_edit.setAccessibleName(self.tr("Country where the defender works"))
        self.country_edit.setPlaceholderText(
            self.tr("Country where the defender works (name or two-letter code)")
        )
        self.at_risk_label.setText(self.tr("&Who is at risk:"))
        self.at_risk_edit.setAccessibleName(self.tr("Who is at risk"))
        self.at_risk_edit.setPlaceholderText(self.tr("A name or a pseudonym"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        self.summary_label.setText(self.tr("&Summary:"))
        self.summary_edit.setAccessibleName(self.tr("Summary of the case"))
        self.summary_edit.setPlaceholderText(self.tr("What is happening, and why you are at risk"))
        self.facts_box.setTitle(self.tr("Three facts that shape the advice"))
        self.people_box.setTitle(self.tr("People named in the case"))
        self.business_check.setText(self.tr("A &business activity is involved"))
        self.business_hint.setText(
            self.tr("For example a mine, a plantation or a dam. Suggests meeting the economic officer too.")
        )
        self.security_check.setText(self.tr("Security forces are &involved"))
        self.security_hint.setText(
            self.tr(
                "Police, army or intelligence. The human rights officer can bring colleagues who follow "
                "security matters; hrdesk does not ask for them in writing."
            )
        )
        self.profile_check.setText(self.tr("The case is hi&gh-profile"))
        self.profile_hint.setText(
            self.tr("Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.")
        )
        for check, hint in (
            (self.business_check, self.business_hint),
            (self.security_check, self.security_hint),
            (self.profile_check, self.profile_hint),
        ):
            check.setAccessibleDescription(hint.text())
        if self.editor is not None and not self.title_error.isHidden():
            self._show_title_error()

    # -- case data -----------------------------------------------------------------------------
    def load(self, editor: CaseEditor) -> None:
        super().load(editor)
        case = editor.case
        widgets = (
            self.title_edit, self.country_edit, self.at_risk_edit, self.organisation_edit, self.summary_edit,
            self.business_check, self.security_check, self.profile_check,
        )  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.title_edit.setText(case.title)
        self.country_edit.setText(case.country)
        self.at_risk_edit.setText(case.at_risk)
        self.organisation_edit.setText(case.organisation)
        self.summary_edit.setPlainText(case.summary)
        self.business_check.setChecked(case.business_involved)
        self.security_check.setChecked(case.security_forces_involved)
        self.profile_check.setChecked(case.high_profile)
        self.people.set_people(case.people)
        for widget in widgets:
            widget.blockSignals(False)
        self.title_error.hide()
        editor.add_collector(self._collect)

    def unload(self) -> None:
        super().unload()
        for edit in (self.title_edit, self.country_edit, self.at_risk_edit, self.organisation_edit):
            edit.clear()
        self.summary_edit.blockSignals(True)
        self.summary_edit.clear()
        self.summary_edit.blockSignals(False)
        self.people.set_people([])

    def _collect(self) -> None:
        if self.editor is None:
            return
        case = self.editor.case
        title = self.title_edit.text().strip()
        if title:
            case.title = title
        case.country = self.country_edit.text().strip()
        case.at_risk = self.at_risk_edit.text()
        case.organisation = self.organisation_edit.text()
        case.summary = self.summary_edit.toPlainText()
        case.business_involved = self.business_check.isChecked()
        case.security_forces_involved = self.security_check.isChecked()
        case.high_profile = self.profile_check.isChecked()
        case.people = self.people.people()

    def _title_edited(self, text: str) -> None:
        if self.editor is None:
            return
        if text.strip():
            self.title_error.hide()
            self.editor.schedule_save()
        else:
            self._show_title_error()

    def _show_title_error(self) -> None:
        if self.editor is None:
            return
        self.title_error.setText(
            self.tr("A case needs a title. The old title “%1” is kept until you type a new one.").replace(
                "%1", self.editor.case.title
            )
        )
        self.title_error.show()

    def _title_finished(self) -> None:
        """Leaving an empty title puts the old one back, so what is shown is what is stored."""
        if self.editor is not None and not self.title_edit.text().strip():
            self.title_edit.setText(self.editor.case.title)
            self.title_error.hide()
