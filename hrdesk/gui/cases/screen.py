"""The Cases screen: the list of cases, and the wizard for the case being prepared.

The screen lives only while the vault is unlocked (the main window is deleted on lock). Before
it goes, everything typed is saved: when the screen is hidden (locking hides the window first)
and again from the session's lock hook, which runs while the database is still open.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hrdesk.gui.cases.list_panel import CaseListPanel
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.wizard import CaseWizard
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.context import AppContext
from hrdesk.gui.screen_list import screen_title
from hrdesk.services.cases import CaseService


class CasesScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        vault = context.session.vault
        assert vault is not None  # noqa: S101 - the main window exists only while unlocked
        self.service = CaseService(vault)
        self.service.purge_deleted()  # deletions left waiting by a crash become final
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list_panel = CaseListPanel(self.service)
        self.stack.addWidget(self.list_panel)
        self._wizard: CaseWizard | None = None  # built when the first case is opened
        self.list_panel.open_requested.connect(self.open_case)
        self.list_panel.refresh()
        me = weakref.ref(self)

        def before_lock() -> None:
            screen = me()
            if screen is not None and shiboken6.isValid(screen):
                screen.save_and_drop()

        context.session.on_lock(before_lock)
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return screen_title("cases")

    def start_new(self) -> None:
        if self.stack.currentWidget() is self.list_panel:
            self.list_panel.start_new_case()

    @property
    def wizard(self) -> CaseWizard:
        """The wizard, made on first use: most unlocks only glance at the list."""
        if self._wizard is None:
            self._wizard = CaseWizard(self.service)
            self._wizard.closed.connect(self._wizard_closed)
            self._wizard.brief_requested.connect(self.open_brief)
            self._wizard.accountability_requested.connect(self.open_accountability)
            self._wizard.reference_requested.connect(self.context.show_reference)
            self.stack.addWidget(self._wizard)
        return self._wizard

    def open_case(self, case_id: int, page: PageId = PageId.BASICS) -> None:
        self.list_panel.commit_pending()
        self.wizard.open_case(case_id, page)
        self.stack.setCurrentWidget(self.wizard)

    def open_brief(self, case_id: int) -> None:
        """The export dialog: a preview from memory; saved or printed only where the user chooses."""
        # Imported here: ReportLab and QtPdf take a while to load, and most sessions never print.
        from hrdesk.gui.brief.export_dialog import BriefExportDialog
        from hrdesk.services.briefs import BriefService

        dialog = BriefExportDialog(self.context, case_id, self)
        vault = self.context.session.vault
        if vault is not None:
            dialog.set_contact_history(BriefService(vault).contact_history(case_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_accountability(self, case_id: int) -> None:
        """The people responsible and their conduct; not modal, so Reference can be read alongside."""
        # Imported when first opened: its export brings in the PDF renderer, which start-up can do without.
        from hrdesk.gui.accountability.dialog import AccountabilityDialog

        dialog = AccountabilityDialog(self.context, case_id, self)
        dialog.reference_requested.connect(self.context.show_reference)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()

    def _wizard_closed(self, case_id: int) -> None:
        self.list_panel.refresh(case_id or None)
        self.stack.setCurrentWidget(self.list_panel)
        self.list_panel.view.setFocus()

    def flush(self) -> None:
        """Save what is typed; safe to call at any time."""
        if self._wizard is not None:
            self._wizard.flush()

    def save_and_drop(self) -> None:
        """Before the vault closes: save, make pending deletions final, forget the open case."""
        if self._wizard is not None:
            self._wizard.unload()
        self.list_panel.commit_pending()
        self.list_panel.model.set_cases([])

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
