"""Small widgets the contact log's pages and dialogs share."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractItemModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from hrdesk.gui.common.plain_label import PlainLabel as PlainLabel  # its home is gui.common
from hrdesk.gui.common.plain_label import plain_label as plain_label
from hrdesk.gui.common.typed_date_edit import TypedDateEdit
from hrdesk.gui.contacts.text import from_qdate, to_qdate


def text_area(max_height: int = 90) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (keyboard users must be able to get out of it)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(max_height)
    return edit


def _long_date_format() -> str:
    """The UI language's long date without the weekday ("MMMM d, yyyy", "d MMMM yyyy", ...): a
    short "11/12/26" is ambiguous between languages, and these dates matter."""
    pattern = re.sub(r"d{4}[\s,،.]*", "", QLocale().dateFormat(QLocale.FormatType.LongFormat))
    return pattern.strip(" ,،") or "d MMMM yyyy"


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = TypedDateEdit()  # also takes 2027-02-04, 4/2/2027 (locale order) and month names
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_long_date_format())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


class OptionalDate(QWidget):
    """A date that may be unknown: a check box ("known") and the date beside it."""

    changed = Signal()

    def __init__(self, default: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox()
        self.edit = date_edit(default)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def set_texts(self, check_text: str, accessible_name: str) -> None:
        self.known.setText(check_text)
        self.known.setAccessibleName(accessible_name)
        self.edit.setAccessibleName(accessible_name)


def table_view(model: QAbstractItemModel | None, stretch_last: bool = True) -> QTableView:
    """A read-only list of rows: whole rows selected, Enter or double-click opens one."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setDefaultSectionSize(150)
    view.horizontalHeader().setHighlightSections(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the logical end: the left of Arabic text
    return view
