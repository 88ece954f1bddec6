"""A table model over dated rows (timeline events, outreach), always in chronological order.

The model never changes a row on its own: ``setData`` checks what was typed and emits
``edit_requested``; the table panel turns that into an undoable command that calls
``set_field`` and saves. A refusal (an impossible date, an end before the start) is emitted as
``refused`` with a reason in the user's language. Rows are the very objects of the case's
lists, so readiness and the review page see edits at once. Nothing is computed per row up
front: a thousand events open as fast as the list can be sorted.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from enum import Enum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hrdesk.domain.case import Outreach, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.date_text import DateInputError, edit_text, format_date, parse_date_input
from hrdesk.gui.common.labels import enum_label

Index = QModelIndex | QPersistentModelIndex
Item = TimelineEvent | Outreach
DISPLAY_CHARS = 200


class ColumnKind(Enum):
    DATE = "date"  # the start date; typing "~" makes it approximate
    APPROXIMATE = "approximate"  # a check box for the start date's "approximate" flag
    END_DATE = "end_date"  # optional
    CHOICE = "choice"  # an enum, edited with a combo box
    TEXT = "text"


@dataclasses.dataclass(frozen=True)
class Column:
    field: str
    kind: ColumnKind
    header: Callable[[], str]
    choices: type[StrEnum] | None = None
    width: int = 140  # for text columns; the others are sized to fit their longest value
    tip: Callable[[], str] | None = None  # the header's tooltip, when its title is short


def sort_key(item: Item) -> tuple[tuple[int, int, int], int]:
    return (item.date.sort_key(), item.id or 0)


def _one_line(text: str) -> str:
    """A cell shows the start of a long text on one line; the editor and tooltip have it all."""
    head = text[:DISPLAY_CHARS]
    head = " ".join(head.split())
    return head + ("…" if len(text) > DISPLAY_CHARS else "")


class ItemTableModel(QAbstractTableModel):
    edit_requested = Signal(object, str, object)  # item, field, new value
    refused = Signal(str)  # why a value was not accepted

    def __init__(self, columns: list[Column], items: list[Any]) -> None:
        super().__init__()
        self.columns = columns
        self.items = items
        self.items.sort(key=sort_key)

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[section].tip
            return tip() if tip is not None else self.columns[section].header()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if self.columns[index.column()].kind is ColumnKind.APPROXIMATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        kind = column.kind
        if kind is ColumnKind.APPROXIMATE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if item.date.approximate else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.EditRole:
                return item.date.approximate
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return column.header() if item.date.approximate else ""
            return None
        value = getattr(item, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind in (ColumnKind.DATE, ColumnKind.END_DATE):
                return format_date(value) if value is not None else ""
            if kind is ColumnKind.CHOICE:
                return enum_label(value)
            return isolated(_one_line(value))
        if role == Qt.ItemDataRole.EditRole:
            if kind in (ColumnKind.DATE, ColumnKind.END_DATE):
                return edit_text(value)
            return value.value if kind is ColumnKind.CHOICE else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind in (ColumnKind.DATE, ColumnKind.END_DATE):
                return edit_text(value) or None
            if kind is ColumnKind.TEXT and value:
                return value[:2000]
        return None

    def item_at(self, row: int) -> Any:
        return self.items[row]

    def row_of(self, item: Any) -> int:
        return next((row for row, candidate in enumerate(self.items) if candidate is item), -1)

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field)

    # -- checking what was typed ---------------------------------------------------------------
    def parse(self, index: Index, raw: Any) -> tuple[str, Any]:
        """The field and new value for what was typed in ``index``; raises ``DateInputError``."""
        item = self.items[index.row()]
        column = self.columns[index.column()]
        kind = column.kind
        if kind is ColumnKind.APPROXIMATE:
            return "date", dataclasses.replace(item.date, approximate=bool(raw))
        if kind is ColumnKind.DATE:
            date = parse_date_input(str(raw))
            self._check_order(date, getattr(item, "end_date", None))
            return "date", date
        if kind is ColumnKind.END_DATE:
            text = str(raw or "").strip()
            end = parse_date_input(text) if text else None
            self._check_order(item.date, end)
            return "end_date", end
        if kind is ColumnKind.CHOICE:
            assert column.choices is not None  # noqa: S101
            return column.field, column.choices(raw)
        return column.field, str(raw)

    @staticmethod
    def _check_order(start: PartialDate, end: PartialDate | None) -> None:
        if end is not None and end.last_day() < start.first_day():
            raise DateInputError(
                QCoreApplication.translate(
                    "ItemTableModel", "The end date (%1) is before the start date (%2). Change one of them."
                )
                .replace("%1", isolated(format_date(end)))
                .replace("%2", isolated(format_date(start)))
            )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            field, new = self.parse(index, value)
        except DateInputError as error:
            self.refused.emit(str(error))
            return False
        except ValueError:
            return False
        item = self.items[index.row()]
        if getattr(item, field) != new:  # dates compare their "approximate" flag too
            self.edit_requested.emit(item, field, new)
        return True

    # -- changing rows (called by undo commands) -----------------------------------------------
    def set_field(self, item: Any, field: str, value: Any) -> None:
        setattr(item, field, value)
        row = self.row_of(item)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self._reposition(item, row)

    def insert_item(self, item: Any) -> int:
        row = bisect.bisect_right(self.items, sort_key(item), key=sort_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()
        return row

    def remove_item(self, item: Any) -> None:
        row = self.row_of(item)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def _reposition(self, item: Any, row: int) -> None:
        """Keep the order chronological after a date changed; the view's current cell follows."""
        del self.items[row]
        target = bisect.bisect_right(self.items, sort_key(item), key=sort_key)
        self.items.insert(row, item)
        if target == row:
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target if target < row else target + 1)
        del self.items[row]
        self.items.insert(target, item)
        self.endMoveRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.columns) - 1))
