"""A case's contact history: every interaction logged for it, with any embassy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hrdesk.domain.contacts import CaseRef
from hrdesk.gui.contacts.models import interactions_model
from hrdesk.gui.contacts.page_base import ContactPage
from hrdesk.services.contacts import ContactLog


class CasePage(ContactPage):
    def __init__(self, log: ContactLog, case: CaseRef, parent: QWidget | None = None) -> None:
        super().__init__(log, parent)
        self.case = case
        self.log_button = self.add_action("mdi6.message-plus-outline")
        self.log_button.clicked.connect(lambda: self.log_interaction.emit([], [case.id]))
        self.heading.setText(case.title)
        self.body.hide()
        self.set_history(interactions_model(log, case_id=case.id))
        self.retranslate()

    def reload(self) -> None:
        self.reload_history()

    def retranslate(self) -> None:
        super().retranslate()
        self.log_button.setText(self.tr("Log an interaction"))
        self.history_label.setText(self.tr("&Contact with embassies about this case"))
        self.history_empty.setText(
            self.tr(
                "No contact with an embassy logged for this case yet. "
                "Engage early: be known before an emergency."
            )
        )
