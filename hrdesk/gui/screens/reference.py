"""The Reference screen."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.context import AppContext
from hrdesk.gui.screens.base import Screen


class ReferenceScreen(Screen):
    icon_name = "mdi6.book-open-variant"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self.icon_name)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reference")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("Reference"),
            self.tr(
                "Offline guidance on what embassies can do, who to meet, emergency funds, visa routes "
                "and sanctions tools will appear here."
            ),
        )
