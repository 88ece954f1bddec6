"""A main-window screen: a widget that knows its title and retranslates itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    @classmethod
    def title(cls) -> str:
        """The screen's name in the current language, known before the screen is built."""
        raise NotImplementedError

    def start_new(self) -> None:
        """Ctrl+N pressed in the sidebar while this screen shows: start what the screen's Ctrl+N starts."""

    def focus_search(self) -> None:
        """Ctrl+F pressed in the sidebar while this screen shows: go to the screen's search field."""

    def retranslate(self) -> None:
        """Set every visible text; called at creation and whenever the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
