"""The keyboard-friendly table shared by the timeline and outreach pages, with undo and redo.

Insert or Ctrl+N adds a row and starts typing its date; Delete deletes (with an undo bar);
Ctrl+D duplicates; Enter or F2 edits; Tab moves between cells, also while editing; Ctrl+Z and
Ctrl+Shift+Z undo and redo. Every change is an undo command that saves at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.notice_bar import NoticeBar, NoticeKind
from hrdesk.gui.cases.wizard.editor import ItemStore
from hrdesk.gui.cases.wizard.item_delegates import ItemDelegate
from hrdesk.gui.cases.wizard.item_model import Column, ColumnKind, ItemTableModel
from hrdesk.gui.cases.wizard.undo_commands import AddItems, EditField, RemoveItems
from hrdesk.gui.common.date_text import format_date
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.labels import enum_label

UNDO_MS = 10_000


@dataclasses.dataclass(frozen=True)
class TableTexts:
    """What differs between the timeline and outreach tables, translated by their pages."""

    add: Callable[[], str]
    added: Callable[[], str]  # undo text
    duplicated: Callable[[], str]  # undo text
    deleted: Callable[[int], str]  # undo text and notice
    count: Callable[[int], str]
    table_name: Callable[[], str]
    empty: Callable[[], str]


class ItemTableView(QTableView):
    """Enter edits the current cell (F2 too); typing starts editing; Tab walks the cells."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        current = self.currentIndex()
        if (
            enter
            and self.state() != self.State.EditingState
            and current.isValid()
            and self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)


class ItemTablePanel(QWidget):
    edited = Signal(object, str)  # item, field: after an edit was applied (pages check it)

    def __init__(
        self,
        columns: list[Column],
        texts: TableTexts,
        new_item: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns, self.texts, self.new_item = columns, texts, new_item
        self.undo_ms = UNDO_MS
        self._editable = True
        self.model: ItemTableModel | None = None
        self.store: ItemStore[Any] | None = None
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_actions()
        buttons = QHBoxLayout()
        for action in (self.add_action, self.duplicate_action, self.delete_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        for action in (self.undo_action, self.redo_action):
            buttons.addWidget(self._button(action))
        layout.addLayout(buttons)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self.view = ItemTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.horizontalHeader().setStretchLastSection(True)
        for action in (self.duplicate_action, self.delete_action):
            self.view.addAction(action)
        layout.addWidget(self.view, 1)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda _text: self._undo_tooltips())
        self.undo_stack.redoTextChanged.connect(lambda _text: self._undo_tooltips())
        self.retranslate()

    def _build_actions(self) -> None:
        def make(
            name: str, slot: Callable[[], None], keys: list[QKeySequence], context: Qt.ShortcutContext
        ) -> QAction:
            action = QAction(icon(name), "", self)
            action.triggered.connect(lambda _checked=False: slot())
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            return action

        with_children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only_table = Qt.ShortcutContext.WidgetShortcut
        self.add_action = make(
            "mdi6.table-row-plus-after",
            self.add_row,
            [QKeySequence("Insert"), QKeySequence("Ctrl+N")],
            with_children,
        )
        self.duplicate_action = make(
            "mdi6.content-copy", self.duplicate_rows, [QKeySequence("Ctrl+D")], only_table
        )
        self.delete_action = make(
            "mdi6.table-row-remove", self.delete_rows, [QKeySequence("Delete")], only_table
        )
        self.undo_action = make("mdi6.undo", self.undo_stack.undo, [QKeySequence("Ctrl+Z")], with_children)
        self.redo_action = make(
            "mdi6.redo",
            self.undo_stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            with_children,
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.addAction(self.add_action)

    def install_shortcuts(self, scope: QWidget) -> None:
        """Undo, redo and add also work from anywhere on ``scope`` (the whole page)."""
        for action in (self.add_action, self.undo_action, self.redo_action):
            scope.addAction(action)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def retranslate(self) -> None:
        self.add_action.setText(self.texts.add())
        self.add_action.setToolTip(self.tr("%1 (Insert or Ctrl+N)").replace("%1", self.texts.add()))
        self.duplicate_action.setText(self.tr("Duplicate"))
        self.duplicate_action.setToolTip(self.tr("Duplicate the selected rows (Ctrl+D)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected rows (Delete); you can undo it"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._undo_tooltips()
        self.view.setAccessibleName(self.texts.table_name())
        self.empty_hint.setText(self.texts.empty())
        if self.model is not None:
            self.model.retranslate()
            self._size_columns()
        self._update_count()

    def _undo_tooltips(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z)").replace("%1", undo) if undo else self.tr("Undo (Ctrl+Z)")
        )
        self.redo_action.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", redo) if redo else self.tr("Redo (Ctrl+Shift+Z)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------
    def load(self, items: list[Any], store: ItemStore[Any]) -> None:
        self.unload()
        self.store = store
        self.model = ItemTableModel(self.columns, items)
        self.model.edit_requested.connect(self._edit_requested)
        self.model.refused.connect(self.show_error)
        self.delegate = ItemDelegate(self.model, self.view)
        self.delegate.refused.connect(self.show_error)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self._size_columns()
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_count)
        self._update_count()

    def _size_columns(self) -> None:
        """Dates, kinds and levels fit their longest value in this language; texts get room."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        for number, column in enumerate(self.columns):
            samples = [column.header()]
            if column.kind in (ColumnKind.DATE, ColumnKind.END_DATE):
                samples.append(format_date(PartialDate(2024, 9, 30)))
            elif column.kind is ColumnKind.CHOICE and column.choices is not None:
                samples += [enum_label(value) for value in column.choices]
            width = max(metrics.horizontalAdvance(text) for text in samples) + 36
            header.resizeSection(number, max(width, column.width if column.kind is ColumnKind.TEXT else 0))

    def unload(self) -> None:
        self.notice.dismiss()
        self.undo_stack.clear()
        if self.model is not None:
            self.view.setModel(None)
            self.model.deleteLater()
            self.delegate.deleteLater()
        self.model = None
        self.store = None

    def flush(self) -> None:
        if self.model is not None:
            self.delegate.commit_open_editors()

    def _update_count(self) -> None:
        rows = self.model.rowCount() if self.model is not None else 0
        self.count_label.setText(self.texts.count(rows))
        self.empty_hint.setVisible(rows == 0 and self._editable)
        self.add_action.setEnabled(self._editable)
        self.duplicate_action.setEnabled(self._editable and rows > 0)
        self.delete_action.setEnabled(self._editable and rows > 0)

    def set_editable(self, editable: bool) -> None:
        """Rows can be added and edited (the outreach page turns this off for "no prior outreach")."""
        self._editable = editable
        self.view.setEnabled(editable)
        self._update_count()

    # -- editing -------------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _edit_requested(self, item: Any, field: str, value: Any) -> None:
        assert self.model is not None and self.store is not None  # noqa: S101
        header = next((c.header() for c in self.columns if c.field == field), field)
        self.push(
            EditField(self.model, self.store, item, field, value, self.tr("Edit %1").replace("%1", header))
        )
        self.edited.emit(item, field)

    def selected_items(self) -> list[Any]:
        if self.model is None:
            return []
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.item_at(row) for row in rows]

    def select_item(self, item: Any, column: int = 0, edit: bool = False) -> None:
        if self.model is None:
            return
        row = self.model.row_of(item)
        if row < 0:
            return
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus()
        if edit:
            self.view.edit(index)

    def add_row(self) -> None:
        if self.model is None or self.store is None:
            return
        self.flush()
        item = self.new_item()
        self.push(AddItems(self.model, self.store, [item], self.texts.added()))
        self.select_item(item, 0, edit=True)

    def duplicate_rows(self) -> None:
        if self.model is None or self.store is None:
            return
        copies = [dataclasses.replace(item, id=None) for item in self.selected_items()]
        if copies:
            self.push(AddItems(self.model, self.store, copies, self.texts.duplicated()))
            self.select_item(copies[-1], max(0, self.view.currentIndex().column()))

    def delete_rows(self) -> None:
        if self.model is None or self.store is None:
            return
        items = self.selected_items()
        if not items:
            return
        first_row = self.model.row_of(items[0])
        command = RemoveItems(self.model, self.store, items, self.texts.deleted(len(items)))
        self.push(command)
        if self.model.rowCount():
            self.select_item(self.model.item_at(min(first_row, self.model.rowCount() - 1)))
        self.notice.show_notice(
            self.texts.deleted(len(items)),
            kind=NoticeKind.INFO,
            actions=[(self.tr("Undo"), lambda: self._undo_if_last(command))],
            timeout_ms=self.undo_ms,
        )

    def _undo_if_last(self, command: QUndoCommand) -> None:
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            self.undo_stack.undo()
            if isinstance(command, AddItems) and command.items:
                self.select_item(command.items[0])

    def show_error(self, text: str) -> None:
        self.notice.show_notice(text, kind=NoticeKind.ERROR)

    def show_warning(self, text: str, actions: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        self.notice.show_notice(text, kind=NoticeKind.WARNING, actions=actions)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
