"""Page 2, Request: what support is asked for, from which embassies, whom to meet, and why.

The first of the three things guidance says to bring: a specific request. Long texts are read
only when saving (see ``CaseEditor.add_collector``); lists are copied into the case as they
change.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.dates import PartialDate
from hrdesk.domain.rules import suggested_officers
from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.embassies_editor import EmbassiesEditor
from hrdesk.gui.cases.wizard.officers_editor import OfficersEditor
from hrdesk.gui.cases.wizard.page_base import WizardPage, page_layout, scrolling
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.policies_panel import PoliciesPanel
from hrdesk.gui.cases.wizard.support_catalogue import SupportCatalogue
from hrdesk.gui.common.date_text import DateInputError, edit_text, parse_date_input
from hrdesk.gui.common.reference_links import ReferenceLinks
from hrdesk.gui.common.status_line import StatusLine


def _text_box(minimum_height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(minimum_height)
    return edit


class RequestPage(WizardPage):
    page_id = PageId.REQUEST
    reference_requested = Signal(str)  # a Reference entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.add_heading(layout)
        self.links = ReferenceLinks()
        self.links.requested.connect(self.reference_requested)
        layout.addWidget(self.links)

        self.support_box = QGroupBox()
        self.catalogue = SupportCatalogue()
        QVBoxLayout(self.support_box).addWidget(self.catalogue)
        layout.addWidget(self.support_box)

        self.ask_box = QGroupBox()
        ask_layout = QFormLayout(self.ask_box)
        ask_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.ask_edit = _text_box(110)
        self.ask_label = QLabel()
        self.ask_label.setBuddy(self.ask_edit)
        ask_layout.addRow(self.ask_label, self.ask_edit)
        self.urgency_edit = QLineEdit()
        self.urgency_edit.setMaxLength(2000)
        self.urgency_label = QLabel()
        self.urgency_label.setBuddy(self.urgency_edit)
        ask_layout.addRow(self.urgency_label, self.urgency_edit)
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setMaxLength(20)
        self.deadline_label = QLabel()
        self.deadline_label.setBuddy(self.deadline_edit)
        ask_layout.addRow(self.deadline_label, self.deadline_edit)
        self.deadline_error = StatusLine(error=True)
        ask_layout.addRow(self.deadline_error)
        layout.addWidget(self.ask_box)

        self.embassies_box = QGroupBox()
        self.embassies = EmbassiesEditor()
        QVBoxLayout(self.embassies_box).addWidget(self.embassies)
        layout.addWidget(self.embassies_box)

        self.policies_box = QGroupBox()
        self.policies = PoliciesPanel()
        self.policies.requested.connect(self.reference_requested)
        QVBoxLayout(self.policies_box).addWidget(self.policies)
        layout.addWidget(self.policies_box)

        self.officers_box = QGroupBox()
        self.officers = OfficersEditor()
        QVBoxLayout(self.officers_box).addWidget(self.officers)
        layout.addWidget(self.officers_box)

        self.why_box = QGroupBox()
        why_layout = QFormLayout(self.why_box)
        why_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.why_edit = _text_box()
        self.why_label = QLabel()
        self.why_label.setBuddy(self.why_edit)
        why_layout.addRow(self.why_label, self.why_edit)
        self.can_do_edit = _text_box()
        self.can_do_label = QLabel()
        self.can_do_label.setBuddy(self.can_do_edit)
        why_layout.addRow(self.can_do_label, self.can_do_edit)
        layout.addWidget(self.why_box)

        # What the brief's "at a glance" box on page 1 says besides the ask and the deadline.
        self.glance_box = QGroupBox()
        glance_layout = QFormLayout(self.glance_box)
        glance_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.glance_hint = QLabel()
        self.glance_hint.setObjectName("hint")
        self.glance_hint.setWordWrap(True)
        glance_layout.addRow(self.glance_hint)
        self.please_do_not_edit, self.safe_channel_edit, self.confirmed_by_edit = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.glance_labels = [QLabel(), QLabel(), QLabel()]
        for label, edit in zip(self.glance_labels, self._glance_edits(), strict=True):
            edit.setMaxLength(2000)
            label.setBuddy(edit)
            glance_layout.addRow(label, edit)
            edit.textEdited.connect(self.save_soon)
        layout.addWidget(self.glance_box)
        layout.addStretch(1)
        page_layout(self).addWidget(scrolling(content))

        # Ticks and lists are few and small: saved at once, readiness follows.
        self.catalogue.changed.connect(self.save_now)
        self.embassies.changed.connect(self.save_now)
        self.embassies.changed.connect(lambda: self.policies.set_embassies(self.embassies.embassies()))
        self.officers.changed.connect(self.save_now)
        for text_box in (self.ask_edit, self.why_edit, self.can_do_edit):
            text_box.textChanged.connect(self.save_soon)
        self.urgency_edit.textEdited.connect(self.save_soon)
        self.deadline_edit.textEdited.connect(self._deadline_edited)
        self.retranslate()

    def _glance_edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.please_do_not_edit, self.safe_channel_edit, self.confirmed_by_edit)

    def title(self) -> str:
        return self.tr("Request")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your specific request for help"))
        self.intro.setText(
            self.tr(
                "Embassies act on a clear, specific request. Tick what you ask for, say it in your own "
                "words, and name the embassies and officers you want to reach."
            )
        )
        self.links.set_links(
            self.tr("Read first:"),
            [
                ("public-statements", self.tr("What an embassy can do")),
                ("human-rights-officer", self.tr("Who to meet")),
                ("specific-request", self.tr("Making a specific request")),
            ],
        )
        self.support_box.setTitle(self.tr("What support you ask for"))
        self.ask_box.setTitle(self.tr("The ask"))
        self.ask_label.setText(self.tr("Your request in your own &words:"))
        self.ask_edit.setAccessibleName(self.tr("Your request in your own words"))
        self.urgency_label.setText(self.tr("&Urgency:"))
        self.urgency_edit.setAccessibleName(self.tr("Urgency"))
        self.urgency_edit.setPlaceholderText(self.tr("For example: the trial opens next month"))
        self.deadline_label.setText(self.tr("&Deadline (optional):"))
        self.deadline_edit.setAccessibleName(self.tr("Deadline"))
        self.deadline_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.embassies_box.setTitle(self.tr("Embassies to approach"))
        self.policies_box.setTitle(self.tr("These governments' policies on defenders"))
        self.officers_box.setTitle(self.tr("Officers to ask to meet"))
        self.why_box.setTitle(self.tr("Why it matters"))
        self.why_label.setText(self.tr("Why the case matters to that &government:"))
        self.why_edit.setAccessibleName(self.tr("Why the case matters to that government"))
        self.can_do_label.setText(self.tr("What the embassy &could do:"))
        self.can_do_edit.setAccessibleName(self.tr("What the embassy could do"))
        self.glance_box.setTitle(self.tr("At a glance, on page 1 of the brief"))
        self.glance_hint.setText(
            self.tr(
                "An officer reads the top of page 1 first. Left empty, the brief asks the embassy to "
                "reach you only through whoever hands it over, and to name no one nor go public "
                "without your consent."
            )
        )
        texts = (
            (self.tr("&Please do not:"), self.tr("Please do not"),
             self.tr("For example: name the source, or raise the case publicly")),
            (self.tr("How to reach you &safely:"), self.tr("How to reach you safely"),
             self.tr("For example: through our lawyer, in person only")),
            (self.tr("Who can c&onfirm the facts:"), self.tr("Who can confirm the facts"),
             self.tr("For example: the national bar association")),
        )  # fmt: skip
        for label, edit, (text, name, example) in zip(
            self.glance_labels, self._glance_edits(), texts, strict=True
        ):
            label.setText(text)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(example)

    # -- case data -----------------------------------------------------------------------------
    def load(self, editor: CaseEditor) -> None:
        super().load(editor)
        request = editor.case.request
        self.catalogue.set_support(request.support)
        self.embassies.set_embassies(request.embassies)
        self.policies.set_embassies(request.embassies)
        self.officers.set_state(request.officers, suggested_officers(editor.case))
        for text_box, text in ((self.ask_edit, request.ask), (self.why_edit, request.why_it_matters),
                               (self.can_do_edit, request.embassy_can_do)):  # fmt: skip
            text_box.blockSignals(True)
            text_box.setPlainText(text)
            text_box.blockSignals(False)
        self.urgency_edit.setText(request.urgency)
        for edit, text in zip(
            self._glance_edits(),
            (request.please_do_not, request.safe_channel, request.confirmed_by),
            strict=True,
        ):
            edit.setText(text)
        self.deadline_edit.setText(edit_text(request.deadline))
        self.deadline_error.hide()
        editor.add_collector(self._collect)

    def unload(self) -> None:
        super().unload()
        self.catalogue.clear()
        self.embassies.set_embassies([])
        self.policies.set_embassies([])
        for text_box in (self.ask_edit, self.why_edit, self.can_do_edit):
            text_box.blockSignals(True)
            text_box.clear()
            text_box.blockSignals(False)
        self.urgency_edit.clear()
        for edit in self._glance_edits():
            edit.clear()
        self.deadline_edit.clear()

    def refresh(self) -> None:
        """The Basics facts may have changed the suggested officers."""
        if self.editor is not None:
            self.officers.set_state(self.editor.case.request.officers, suggested_officers(self.editor.case))

    def _collect(self) -> None:
        if self.editor is None:
            return
        request = self.editor.case.request
        request.support = self.catalogue.support()
        request.embassies = self.embassies.embassies()
        request.officers = self.officers.chosen()
        request.ask = self.ask_edit.toPlainText()
        request.urgency = self.urgency_edit.text()
        request.why_it_matters = self.why_edit.toPlainText()
        request.embassy_can_do = self.can_do_edit.toPlainText()
        request.please_do_not, request.safe_channel, request.confirmed_by = (
            edit.text() for edit in self._glance_edits()
        )
        deadline = self._deadline()
        if deadline is not False:
            request.deadline = deadline

    def _deadline(self) -> PartialDate | Literal[False] | None:
        """The typed deadline, None when empty, False when it is not a date (then not saved)."""
        text = self.deadline_edit.text().strip()
        if not text:
            return None
        try:
            return parse_date_input(text)
        except DateInputError:
            return False

    def _deadline_edited(self, text: str) -> None:
        try:
            if text.strip():
                parse_date_input(text)
            self.deadline_error.hide()
        except DateInputError as error:
            self.deadline_error.setText(str(error))
            self.deadline_error.show()
        self.save_soon()
