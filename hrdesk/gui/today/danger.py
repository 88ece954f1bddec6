"""The "In danger now" way in: one Reference entry reachable from every screen and from Today."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from hrdesk.gui.common.icons import icon

# The first entry of the reference's first topic ("in-danger-now"): the steps for tonight.
IN_DANGER_ENTRY = "in-danger-tonight"
# Ctrl+Shift+D ("danger"): no screen, dialog or table uses it (Ctrl+D duplicates table rows).
DANGER_SHORTCUT = "Ctrl+Shift+D"


class DangerLink(QPushButton):
    """A button that opens the "in danger tonight" entry; the caller connects ``clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon("mdi6.alert-octagon-outline"), "", parent)
        self.setObjectName("dangerButton")

    def retranslate(self) -> None:
        text = self.tr("In danger now? What to do tonight")
        self.setText(text)
        self.setAccessibleName(text)
