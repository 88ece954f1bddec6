"""A row of small links to the Reference entries that explain the screen they sit on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hrdesk.gui.common.icons import icon


class ReferenceLinks(QWidget):
    """``requested(entry_id)`` when one is clicked; the main window shows that entry."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("hint")
        self._layout.addWidget(self.label)
        self.buttons: dict[str, QPushButton] = {}
        self._layout.addStretch(1)

    def set_links(self, label: str, links: list[tuple[str, str]]) -> None:
        """``links``: (entry id, translated text) pairs; called again on every language change."""
        self.label.setText(label)
        for entry_id, text in links:
            button = self.buttons.get(entry_id)
            if button is None:
                button = QPushButton(icon("mdi6.book-open-variant"), "")
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _checked=False, e=entry_id: self.requested.emit(e))
                self._layout.insertWidget(self._layout.count() - 1, button)
                self.buttons[entry_id] = button
            button.setText(text)
            button.setAccessibleName(text)
