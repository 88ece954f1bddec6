"""Cell editors for the timeline and outreach tables, made for the keyboard.

Dates: a line edit that takes ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``~`` in front for
"approximate"); a date that cannot exist keeps the editor open and says why. Kinds, channels and
disclosure levels: a combo box. Long texts: a several-line editor in which Enter commits and
Shift+Enter starts a new line. Tab commits and moves to the next cell everywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QWidget,
)

from hrdesk.gui.cases.wizard.item_model import ColumnKind, ItemTableModel
from hrdesk.gui.common.date_text import DateInputError
from hrdesk.gui.common.labels import enum_label
from hrdesk.gui.common.text_direction import AutoDirectionDelegate

Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CellTextEdit(QPlainTextEdit):
    """A few lines of text in a cell: Enter commits, Shift+Enter is a new line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QPlainTextEdit.Shape.Box)


class ItemDelegate(AutoDirectionDelegate):
    refused = Signal(str)

    def __init__(self, model: ItemTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._editors: dict[QWidget, QPersistentModelIndex] = {}
        self.closeEditor.connect(lambda editor, _hint=None: self._editors.pop(editor, None))

    def _kind(self, index: Index) -> ColumnKind:
        return self.model.columns[index.column()].kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self._kind(index)
        column = self.model.columns[index.column()]
        editor: QWidget
        if kind in (ColumnKind.DATE, ColumnKind.END_DATE):
            line = QLineEdit(parent)
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
            line.setToolTip(
                self.tr(
                    "Type a year (2019), a month (2019-03) or a day (2019-03-05). "
                    "Put ~ in front when the date is approximate: ~2019."
                )
            )
            editor = line
        elif kind is ColumnKind.APPROXIMATE:
            check = QCheckBox(column.header(), parent)
            check.setAutoFillBackground(True)
            editor = check
        elif kind is ColumnKind.CHOICE:
            combo = QComboBox(parent)
            assert column.choices is not None  # noqa: S101
            for value in column.choices:
                combo.addItem(enum_label(value), value.value)
            editor = combo
        else:
            editor = CellTextEdit(parent)
        editor.setAccessibleName(column.header())
        self._editors[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._editors.pop(e, None))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
            editor.selectAll()

    def _value(self, editor: QWidget) -> Any:
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return None

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, self._value(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, 0)
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 5 + 10))
            width = max(rect.width(), 320)
            if option.direction == Qt.LayoutDirection.RightToLeft:
                rect.setLeft(rect.right() - width)
            else:
                rect.setWidth(width)
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QWidget)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in _COMMIT_KEYS and not self._acceptable(editor):
                return True  # keep the editor open: the notice says what is wrong
            if isinstance(editor, QPlainTextEdit) and key in _COMMIT_KEYS:
                # Qt leaves these keys to text editors; in a cell they commit like everywhere else.
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                    editor.insertPlainText("\n")
                    return True
                hint = {
                    Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                    Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
                }.get(Qt.Key(key), QAbstractItemDelegate.EndEditHint.NoHint)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, hint)
                return True
        return super().eventFilter(editor, event)

    def _acceptable(self, editor: QWidget) -> bool:
        index = self._editors.get(editor)
        if index is None or not index.isValid():
            return True
        if self._kind(index) not in (ColumnKind.DATE, ColumnKind.END_DATE):
            return True
        try:
            self.model.parse(index, self._value(editor))
        except DateInputError as error:
            self.refused.emit(str(error))
            return False
        return True

    def commit_open_editors(self) -> None:
        """Save what is typed in a cell right now (before a page change or a lock)."""
        for editor, index in list(self._editors.items()):
            if index.isValid():
                self.commitData.emit(editor)
