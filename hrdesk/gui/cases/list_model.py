"""The cases list as a Qt table model: title, country, readiness, status, last change.

Rows are ``CaseSummary`` values straight from the service (already sorted by last change);
renaming in place goes back through ``rename_requested`` so the panel can refuse an empty
title with a message instead of the model deciding silently.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hrdesk.domain.dates import PartialDate
from hrdesk.domain.isolate import isolated
from hrdesk.domain.rules import ReadinessItem
from hrdesk.gui.common.date_text import format_date
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.labels import case_status_label, readiness_item_label
from hrdesk.services.cases import CaseSummary

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseColumn(IntEnum):
    TITLE = 0
    COUNTRY = 1
    READINESS = 2
    STATUS = 3
    CHANGED = 4


def readiness_text(done: int) -> str:
    """ "3 of 4": how many readiness checks pass."""
    total = len(ReadinessItem)
    return (
        QCoreApplication.translate("CaseListModel", "%1 of %2", "readiness: 3 of 4 checks done")
        .replace("%1", isolated(QLocale().toString(done)))
        .replace("%2", isolated(QLocale().toString(total)))
    )


def readiness_tooltip(missing: tuple[ReadinessItem, ...]) -> str:
    if not missing:
        return QCoreApplication.translate("CaseListModel", "Ready: everything the embassy needs is here.")
    lines = [QCoreApplication.translate("CaseListModel", "Still missing:")]
    lines += [f"• {readiness_item_label(item)}" for item in missing]
    return "\n".join(lines)


def changed_text(iso: str) -> str:
    """The day in words and the time, as the UI language writes them ("4 December 2026, 10:15").

    Not Qt's short format ("12/4/26 12:19 AM"): its day and month order is ambiguous, and the
    day goes through ``format_date`` so Arabic follows the chosen digits and month names.
    """
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return ""
    local = moment.toLocalTime()
    day = local.date()
    return (
        QCoreApplication.translate("CaseListModel", "%1, %2", "a date, then a time: 4 December 2026, 10:15")
        .replace("%1", format_date(PartialDate(day.year(), day.month(), day.day())))
        .replace("%2", QLocale().toString(local.time(), QLocale.FormatType.ShortFormat))
    )


class CaseListModel(QAbstractTableModel):
    rename_requested = Signal(int, str)  # case id, new title

    def __init__(self) -> None:
        super().__init__()
        self.cases: list[CaseSummary] = []

    def set_cases(self, cases: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        return self.cases[row]

    def row_of(self, case_id: int) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CaseColumn.TITLE: self.tr("Case"),
            CaseColumn.COUNTRY: self.tr("Country"),
            CaseColumn.READINESS: self.tr("Ready"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.CHANGED: self.tr("Last change"),
        }[CaseColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CaseColumn.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.cases[index.row()]
        column = CaseColumn(index.column())
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(case, column)
            return isolated(text) if column in (CaseColumn.TITLE, CaseColumn.COUNTRY) else text
        if role == Qt.ItemDataRole.EditRole:
            return self._text(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CaseColumn.READINESS:
                return readiness_tooltip(case.readiness.missing)
            return self._text(case, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == CaseColumn.READINESS:
            ready = case.readiness.ready
            return icon("mdi6.check-circle-outline" if ready else "mdi6.progress-check")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == CaseColumn.READINESS:
            return f"{self._text(case, column)}. {readiness_tooltip(case.readiness.missing)}"
        return None

    def _text(self, case: CaseSummary, column: CaseColumn) -> str:
        if column == CaseColumn.TITLE:
            return case.title
        if column == CaseColumn.COUNTRY:
            return case.country
        if column == CaseColumn.READINESS:
            return readiness_text(case.readiness.done_count)
        if column == CaseColumn.STATUS:
            return case_status_label(case.status)
        return changed_text(case.updated_at)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CaseColumn.TITLE or role != Qt.ItemDataRole.EditRole:
            return False
        case = self.cases[index.row()]
        if str(value) != case.title:
            self.rename_requested.emit(case.id, str(value))
        return True

    def retranslate(self) -> None:
        """Labels, readiness texts and dates follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CaseColumn) - 1)
        if self.cases:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cases) - 1, len(CaseColumn) - 1))
