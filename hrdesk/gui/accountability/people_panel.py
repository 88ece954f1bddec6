"""The list of people responsible in a case: add one by typing a name, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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

from hrdesk.domain.accountability import ResponsiblePerson
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.icons import icon

_ID = Qt.ItemDataRole.UserRole


class AccountabilityPeoplePanel(QWidget):
    add_requested = Signal(str)  # the full name typed
    edit_requested = Signal()
    delete_requested = Signal()
    current_changed = Signal(int)  # the person's id, or -1 when none is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        layout.addWidget(self.heading)
        add_row = QHBoxLayout()
        self.name_input = QLineEdit()
        self.name_input.setClearButtonEnabled(True)
        self.add_button = QPushButton(icon("mdi6.account-plus-outline"), "")
        self.add_button.setEnabled(False)
        add_row.addWidget(self.name_input, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), "")
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), "")
        self.delete_button.setObjectName("danger")
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self.name_input.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.name_input.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.list.itemActivated.connect(lambda _item: self.edit_requested.emit())
        self.list.currentItemChanged.connect(self._current_changed)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People responsible"))
        self.name_input.setPlaceholderText(self.tr("Full name of a person responsible"))
        self.name_input.setAccessibleName(self.tr("Full name of a new person responsible"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add this person to the list"))
        self.list.setAccessibleName(self.tr("People responsible"))
        self.empty.setText(
            self.tr("No one is listed yet. Type the full name of a person responsible above and press Enter.")
        )
        self.edit_button.setText(self.tr("Ed&it"))
        self.edit_button.setToolTip(self.tr("Edit the selected person's details"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected person and the conduct recorded for them"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def _add(self) -> None:
        name = self.name_input.text().strip()
        if name:
            self.add_requested.emit(name)

    def set_people(self, people: list[ResponsiblePerson]) -> None:
        self.list.clear()
        for person in people:
            self.append(person, select=False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def append(self, person: ResponsiblePerson, select: bool = True) -> None:
        item = QListWidgetItem(isolated(person.full_name))
        item.setData(_ID, person.id)
        self.list.addItem(item)
        if select:
            self.list.setCurrentItem(item)
        self._update_buttons()

    def rename(self, person: ResponsiblePerson) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID) == person.id:
                item.setText(isolated(person.full_name))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update_buttons()
        if self.list.count() == 0:
            self.current_changed.emit(-1)

    def current_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else -1

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._update_buttons()
        self.current_changed.emit(int(current.data(_ID)) if current is not None else -1)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.empty.setVisible(self.list.count() == 0)
