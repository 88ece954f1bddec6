"""The accountability package of one case: who is responsible, for what, shown by which events.

The people are listed on one side, the selected person's form on the other; every edit is
saved a moment later, and at once when another person is selected, when the dialog closes or
hides, before an export and before the vault locks. An explanation at the top says what the
package is for and links to the reference entries.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.accountability import ResponsiblePerson
from hrdesk.domain.isolate import isolated
from hrdesk.gui.accountability.editor import AccountabilityEditor
from hrdesk.gui.accountability.export_dialog import AccountabilityExportDialog
from hrdesk.gui.accountability.intro_panel import AccountabilityIntro
from hrdesk.gui.accountability.people_panel import AccountabilityPeoplePanel
from hrdesk.gui.accountability.person_form import AccountabilityPersonForm
from hrdesk.gui.common.dialog_fit import limit_to_screen
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.context import AppContext
from hrdesk.services.accountability import AccountabilityService


class AccountabilityDialog(QDialog):
    reference_requested = Signal(str)  # a reference entry id to show

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        vault = context.session.vault
        if vault is None:
            raise RuntimeError("the vault is locked")
        service = AccountabilityService(vault)
        events = service.cases.load_case(case_id).timeline
        self.editor = AccountabilityEditor(service, case_id, self)
        self.export_dialog: AccountabilityExportDialog | None = None
        limit_to_screen(self, QSize(1060, 860))

        self.intro = AccountabilityIntro()
        self.intro.reference_requested.connect(self.reference_requested)
        self.people = AccountabilityPeoplePanel()
        self.form = AccountabilityPersonForm(events)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.people)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 760])

        self.export_button = QPushButton(icon("mdi6.file-pdf-box"), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.open_export)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.editor.set_collector(self.form.collect)
        self.editor.saved.connect(self._saved)
        self.form.edited.connect(self.editor.schedule_save)
        self.people.add_requested.connect(self.add_person)
        self.people.edit_requested.connect(self.edit_person)
        self.people.delete_requested.connect(self.delete_person)
        self.people.current_changed.connect(self._show_person)
        self.people.set_people(self.editor.file.people)
        if not self.editor.file.people:
            self._show_person(-1)

        me = weakref.ref(self)

        def before_lock() -> None:
            dialog = me()
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.editor.flush()
                dialog.close()

        context.session.on_lock(before_lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accountability package"))
        self.export_button.setText(self.tr("&Export the package as PDF…"))
        self.export_button.setToolTip(
            self.tr("Choose the language and an optional password, then where to save it")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- people ----------------------------------------------------------------------------------
    def _show_person(self, person_id: int) -> None:
        self.editor.flush()
        person = self.editor.person(person_id) if person_id >= 0 else None
        self.form.load(person, self.editor.file.conduct_of(person_id) if person else [])

    def _saved(self, person: ResponsiblePerson) -> None:
        self.people.rename(person)
        if self.form.person_id() == person.id:
            self.form.saved(person, self.editor.file.conduct_of(person.id))

    def add_person(self, full_name: str) -> None:
        person = self.editor.add_person(full_name)
        if person is None:
            return
        self.people.name_input.clear()
        self.people.append(person)  # selects it, which loads the form
        self.form.aliases_edit.setFocus()

    def edit_person(self) -> None:
        if self.people.current_id() >= 0:
            self.form.name_edit.setFocus()
            self.form.name_edit.selectAll()

    def delete_person(self) -> None:
        person = self.editor.person(self.people.current_id())
        if person is None:
            return
        if not Messages.confirm(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete %1 and the conduct recorded for them from this case? This cannot be undone."
            ).replace("%1", isolated(person.full_name)),
            danger=True,
        ):
            return
        if self.editor.delete_person(int(person.id or 0)):
            self.form.load(None, [])
            self.people.remove_current()

    # -- export and closing ------------------------------------------------------------------------
    def open_export(self) -> AccountabilityExportDialog:
        self.editor.flush()  # the package is rendered from the vault: it must hold the last keystroke
        dialog = AccountabilityExportDialog(self.context, self.case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "export_dialog", None))
        dialog.open()
        return dialog

    def flush(self) -> None:
        self.editor.flush()

    def done(self, result: int) -> None:
        self.editor.flush()
        super().done(result)

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.flush()
        super().hideEvent(event)
