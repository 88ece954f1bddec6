"""The people a case names: a small table (name, other spellings, role, protected) on the Basics page.

Institutions ("National Security Agency") do not go here: they are not people and are never
replaced by a pseudonym. Every spelling a person's name takes in the case's texts (another
script, a married name, "Ms Haddad") goes into "other spellings", separated by semicolons, so
"replace names" in the brief finds them all and gives them one letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.case import Person, PersonRole
from hrdesk.gui.common.icons import icon

NAME, SPELLINGS, ROLE, PROTECTED = range(4)


class PeopleEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPELLINGS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROTECTED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("mdi6.account-plus-outline"), "")
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), "")
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Everyone the case names, one per row, but not institutions. Put every other spelling "
                "of a name (another script, a surname alone) in “Other spellings”, separated by "
                "semicolons: replacing names in the brief then finds them all. Untick “Protected” only "
                "for someone who may be named, such as an official responsible."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Other spellings"), self.tr("Role"), self.tr("Protected")]
        )
        self.table.setAccessibleName(self.tr("People named in the case"))
        self.add_button.setText(self.tr("Add a &person"))
        self.remove_button.setText(self.tr("Remove the person"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, ROLE)
            if isinstance(combo, QComboBox):
                for index, role in enumerate(PersonRole):
                    combo.setItemText(index, self._role_label(role))

    def _role_label(self, role: PersonRole) -> str:
        labels = {
            PersonRole.AT_RISK: self.tr("At risk"),
            PersonRole.WITNESS: self.tr("Witness"),
            PersonRole.FAMILY: self.tr("Family"),
            PersonRole.CONTACT: self.tr("Contact"),
            PersonRole.PERPETRATOR: self.tr("Responsible for abuses"),
        }
        return labels[role]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _append(self, person: Person) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(person.name))
        self.table.setItem(row, SPELLINGS, QTableWidgetItem("; ".join(person.variants)))
        combo = QComboBox()
        for role in PersonRole:
            combo.addItem(self._role_label(role), role.value)
        combo.setCurrentIndex(list(PersonRole).index(person.role))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, ROLE, combo)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if person.protected else Qt.CheckState.Unchecked)
        self.table.setItem(row, PROTECTED, check)
        self.table.blockSignals(False)

    def set_people(self, people: list[Person]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self._append(person)

    def people(self) -> list[Person]:
        """The rows with a name, as people (spellings split at semicolons)."""
        result = []
        for row in range(self.table.rowCount()):
            name = (cell.text() if (cell := self.table.item(row, NAME)) else "").strip()
            if not name:
                continue
            spellings = cell.text() if (cell := self.table.item(row, SPELLINGS)) else ""
            combo = self.table.cellWidget(row, ROLE)
            role = PersonRole(combo.currentData()) if isinstance(combo, QComboBox) else PersonRole.AT_RISK
            box = self.table.item(row, PROTECTED)
            protected = box is not None and box.checkState() == Qt.CheckState.Checked
            variants = [s.strip() for s in spellings.split(";") if s.strip()]
            result.append(Person(name, variants, role, protected))
        return result

    def add_person(self) -> None:
        self._append(Person(""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        if (cell := self.table.item(row, NAME)) is not None:
            self.table.editItem(cell)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()
