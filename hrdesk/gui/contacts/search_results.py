"""Search results grouped by kind — embassies, officers, interactions — each opening its page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from hrdesk.domain.contacts import SearchHit, SearchKind, SearchResults
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
        self.totals: dict[SearchKind, int] = {}  # counted after the first page shows (see set_totals)
        self.retranslate()

    def show_results(self, results: SearchResults) -> None:
        self.results = results
        self.totals = {}
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
        if first is not None and first.childCount():
            self.setCurrentItem(first.child(0))

    @staticmethod
    def _columns(hit: SearchHit) -> list[str]:
        if hit.kind == SearchKind.INTERACTION:
            return [hit.title, " · ".join(t for t in (day_text(hit.date), names_text(hit.names)) if t)]
        return [hit.title, hit.detail]

    def set_totals(self, totals: dict[SearchKind, int]) -> None:
        """How many match in all, for the groups that show only their first hits."""
        self.totals = totals
        self._retitle_groups()

    def _retitle_groups(self) -> None:
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            kind = SearchKind(group.data(0, KIND_ROLE))
            more = kind in self.results.more
            total = self.totals.get(kind, 0) if more else 0
            if total > group.childCount():
                title = self._partial_title(kind).replace("%1", QLocale().toString(group.childCount()))
                title = title.replace("%2", QLocale().toString(total))
            else:
                title = self._group_title(kind, group.childCount(), more)
            group.setText(0, title)

    def _partial_title(self, kind: SearchKind) -> str:
        if kind == SearchKind.EMBASSY:
            return self.tr("Embassies: the first %1 of %2")
        if kind == SearchKind.OFFICER:
            return self.tr("Officers: the first %1 of %2")
        return self.tr("Interactions: the newest %1 of %2")

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
