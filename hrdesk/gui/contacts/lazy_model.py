"""A table model that loads its rows a page at a time, as the view scrolls.

Qt asks ``canFetchMore``/``fetchMore`` whenever the view needs rows it does not have, so a
history of 100,000 interactions opens with its first 200 and the rest arrive while
scrolling. Rows are whatever the service returns; columns say how to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
PAGE = 200


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # a literal translate() call, evaluated when the header is painted
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None  # None: the cell's own text (it may be elided)


Fetch = Callable[[Any, int], Sequence[Any]]  # (key of the last row or None, how many) -> rows


class LazyTableModel(QAbstractTableModel):
    def __init__(
        self, fetch: Fetch, columns: Sequence[Column], key: Callable[[Any], Any] = lambda row: None
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._columns = list(columns)
        self._key = key
        self.rows: list[Any] = []
        self._exhausted = False

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget every row; the view asks for the first page again."""
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self.endResetModel()

    def suspend(self) -> None:
        """Load nothing until ``reload`` (a list on a tab nobody has opened yet)."""
        self.beginResetModel()
        self.rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._key(self.rows[-1]) if self.rows else None
        page = list(self._fetch(after, PAGE)) if after is not None or not self.rows else []
        self._exhausted = len(page) < PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def load_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    # -- showing ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row) or None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def retranslate(self) -> None:
        """Headers and enum names are translated when painted: ask the view to paint again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
