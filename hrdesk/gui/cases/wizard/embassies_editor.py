"""The governments whose embassies the defender will approach: an editable list.

Guidance warns against relying on a single embassy, so with only one the editor says so,
gently. Names are stored as typed (an English name or a two-letter code).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.common.icons import icon

MAX_NAME = 200


class EmbassiesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setMaxLength(MAX_NAME)
        self.add_button = QPushButton(icon("mdi6.plus"), "")
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )
        layout.addWidget(self.list)
        below = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), "")
        below.addWidget(self.note, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence("Delete"))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current)
        self.list.addAction(self.remove_action)
        self.input.returnPressed.connect(self.add_from_input)
        self.add_button.clicked.connect(self.add_from_input)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.retranslate()

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("A government, for example Canada or DE"))
        self.input.setAccessibleName(self.tr("Government whose embassy to approach"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setAccessibleName(self.tr("Embassies to approach"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_embassies(self, names: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name in names:
            self._append(name)
        self.list.blockSignals(False)
        self._update()

    def embassies(self) -> list[str]:
        names = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return [name for name in names if name]

    def _append(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def add_from_input(self) -> None:
        name = " ".join(self.input.text().split())
        if not name:
            return
        if name.casefold() not in (existing.casefold() for existing in self.embassies()):
            self.list.blockSignals(True)
            self._append(name)
            self.list.blockSignals(False)
            self.changed.emit()
        self.input.clear()
        self._update()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
            self._update()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not item.text().strip():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()
        self._update()

    def _update(self) -> None:
        count = len(self.embassies())
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        if count == 0:
            self.note.setText(self.tr("Add each government whose embassy you will approach."))
        elif count == 1:
            self.note.setText(
                self.tr(
                    "Consider approaching more than one embassy: guidance advises not to rely on a single "
                    "government, which may be slow or unwilling to act."
                )
            )
        else:
            self.note.setText(self.tr("%n embassies: good, several governments can act together.", "", count))
