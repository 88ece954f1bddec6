"""Search results grouped by kind — embassies, officers, interactions — each opening its page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from hrdesk.domain.contacts import SearchHit, SearchKind, SearchResults
from hrdesk.gui.common.tree_items import top_level_items
from hrdesk.gui.contacts.text import day_text, names_text

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchResultsView(QTreeWidget):
    open_embassy = Signal(int)
    open_officer = Signal(int)
    open_interaction = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._activated)
        self.results = SearchResults()
        self.retranslate()

    def show_results(self, results: SearchResults) -> None:
        self.results = results
        self.clear()
        for kind, hits in (
            (SearchKind.EMBASSY, results.embassies),
            (SearchKind.OFFICER, results.officers),
            (SearchKind.INTERACTION, results.interactions),
        ):
            if not hits:
                continue
            group = QTreeWidgetItem([""])
            group.setData(0, KIND_ROLE, kind.value)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for hit in hits:
                item = QTreeWidgetItem(self._columns(hit))
                item.setData(0, KIND_ROLE, kind.value)
                item.setData(0, ID_ROLE, hit.id)
                item.setToolTip(0, hit.title)
                group.addChild(item)
        self.expandAll()
        self._retitle_groups()
        first = self.topLevelItem(0)
        if first is not None and (child := first.child(0)) is not None:
            self.setCurrentItem(child)

    @staticmethod
    def _columns(hit: SearchHit) -> list[str]:
        if hit.kind == SearchKind.INTERACTION:
            return [hit.title, " · ".join(t for t in (day_text(hit.date), names_text(hit.names)) if t)]
        return [hit.title, hit.detail]

    def _retitle_groups(self) -> None:
        for group in top_level_items(self):
            kind = SearchKind(group.data(0, KIND_ROLE))
            group.setText(0, self._group_title(kind, group.childCount(), kind in self.results.more))

    def _group_title(self, kind: SearchKind, count: int, more: bool) -> str:
        if kind == SearchKind.EMBASSY:
            if more:
                return self.tr("Embassies: the first %n", "", count)
            return self.tr("Embassies (%n)", "", count)
        if kind == SearchKind.OFFICER:
            if more:
                return self.tr("Officers: the first %n", "", count)
            return self.tr("Officers (%n)", "", count)
        if more:
            return self.tr("Interactions: the newest %n", "", count)
        return self.tr("Interactions (%n)", "", count)

    def _activated(self, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is None:
            return
        kind = SearchKind(item.data(0, KIND_ROLE))
        signal = {
            SearchKind.EMBASSY: self.open_embassy,
            SearchKind.OFFICER: self.open_officer,
            SearchKind.INTERACTION: self.open_interaction,
        }[kind]
        signal.emit(int(record_id))

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.setAccessibleName(self.tr("Search results"))
        self._retitle_groups()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
