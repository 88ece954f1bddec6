"""A language chooser, shown in the language's own name so anyone can find theirs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from hrdesk.gui.context import AppContext
from hrdesk.gui.i18n import LANGUAGES


class LanguageCombo(QComboBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(context.languages.current))
        self.currentIndexChanged.connect(self._chosen)
        context.languages.changed.connect(self._follow)
        self._retranslate()

    def _chosen(self, index: int) -> None:
        self._context.set_language(self.itemData(index))

    def _follow(self, code: str) -> None:
        index = self.findData(code)
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
