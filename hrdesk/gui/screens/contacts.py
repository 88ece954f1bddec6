"""The Contacts screen."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.context import AppContext
from hrdesk.gui.screens.base import Screen


class ContactsScreen(Screen):
    icon_name = "mdi6.card-account-details-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self.icon_name)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("No contacts yet"),
            self.tr(
                "The contact log keeps the embassy officers you meet, what they promised "
                "and when to follow up. "
                "Officers move to new posts every three or four years, so keep a note of every meeting "
                "and ask who will take over before someone leaves."
            ),
        )
