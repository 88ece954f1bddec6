"""The Cases screen."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.context import AppContext
from hrdesk.gui.screens.base import Screen


class CasesScreen(Screen):
    icon_name = "mdi6.briefcase-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self.icon_name)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Cases")

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("No cases yet"),
            self.tr(
                "A case gathers the three things an embassy needs from you: your specific request for help, "
                "the facts as a timeline of events, and the outreach you have already done. "
                "Until the case wizard is available, read the Reference panels to prepare what to bring."
            ),
        )
