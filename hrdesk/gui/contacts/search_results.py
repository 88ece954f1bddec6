"""Search results grouped by kind — embassies, officers, interactions — each opening its page."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from hrdesk.domain.contacts import SearchHit, SearchKind, SearchResults
from hrdesk.gui.common.tree_items import top_level_items
from hrdesk.gui.contacts.text import day_text, names_text

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the "Show more…" line at the end of a cut group


class SearchResultsView(QTreeWidget):
    open_embassy = Signal(int)
    open_officer = Signal(int)
    open_interaction = Signal(int)
    more_requested = Signal(str)  # a SearchKind value: the next page of that group, please

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
            self._add_hits(group, kind, hits, kind in results.more)
        self.expandAll()
        self._retitle_groups()
        self._fit_title_column()
        first = self.topLevelItem(0)
        if first is not None and (child := first.child(0)) is not None:
            self.setCurrentItem(child)

    def _add_hits(self, group: QTreeWidgetItem, kind: SearchKind, hits: list[SearchHit], more: bool) -> None:
        for hit in hits:
            item = QTreeWidgetItem(self._columns(hit))
            item.setData(0, KIND_ROLE, kind.value)
            item.setData(0, ID_ROLE, hit.id)
            item.setToolTip(0, hit.title)
            group.addChild(item)
        if more:
            item = QTreeWidgetItem([self.tr("Show more…")])
            item.setData(0, KIND_ROLE, kind.value)
            item.setData(0, MORE_ROLE, True)
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
            group.addChild(item)

    def _fit_title_column(self) -> None:
        """The title column as wide as its longest title, up to about 50 characters (longer ones are
        elided, full text in the tooltip): at Qt's default 100 px every title was cut to a word."""
        self.resizeColumnToContents(0)
        widest = 50 * self.fontMetrics().averageCharWidth()
        if self.columnWidth(0) > widest:
            self.setColumnWidth(0, widest)

    def shown_count(self, kind: SearchKind) -> int:
        """How many hits of ``kind`` are listed now (the next page starts after them)."""
        group = self._group(kind)
        return 0 if group is None else self._hits_in(group)

    def append_hits(self, kind: SearchKind, hits: list[SearchHit], more: bool) -> None:
        """Add the next page of ``kind`` at the end of its group; select the first new hit."""
        group = self._group(kind)
        if group is None:
            return
        first_new = self._hits_in(group)
        last = group.child(group.childCount() - 1)
        if last is not None and last.data(0, MORE_ROLE):
            group.removeChild(last)
        self._add_hits(group, kind, hits, more)
        self._fit_title_column()
        gone = self.results.more - {kind}
        self.results = dataclasses.replace(self.results, more=gone | ({kind} if more else set()))
        self._retitle_groups()
        first = group.child(first_new)
        if first is not None:
            self.setCurrentItem(first)

    def _group(self, kind: SearchKind) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if group is not None and group.data(0, KIND_ROLE) == kind.value:
                return group
        return None

    @staticmethod
    def _hits_in(group: QTreeWidgetItem) -> int:
        count = group.childCount()
        last = group.child(count - 1) if count else None
        return count - 1 if last is not None and last.data(0, MORE_ROLE) else count

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
        for group in top_level_items(self):
            kind = SearchKind(group.data(0, KIND_ROLE))
            more = kind in self.results.more
            shown = self._hits_in(group)
            total = self.totals.get(kind, 0) if more else 0
            if total > shown:
                title = self._partial_title(kind).replace("%1", QLocale().toString(shown))
                title = title.replace("%2", QLocale().toString(total))
            else:
                title = self._group_title(kind, shown, more)
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
        if item.data(0, MORE_ROLE):
            self.more_requested.emit(str(item.data(0, KIND_ROLE)))
            return
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
