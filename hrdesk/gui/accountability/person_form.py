"""The selected person's details: identity and notes, the kinds of conduct, and for each kind
what they did, the linked timeline events and notes on the evidence.

Conduct is recorded per kind (the package prints each kind with its own events and evidence):
the highlighted kind in the conduct list is the one whose events and evidence are shown below
it. The form edits copies; :meth:`collect` hands them back for saving.
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.accountability import Conduct, ConductCategory, ResponsiblePerson
from hrdesk.domain.case import TimelineEvent
from hrdesk.gui.accountability.conduct_details import ConductDetails, text_box, unticked_item
from hrdesk.gui.common.date_text import DateInputError, edit_text, parse_date_input
from hrdesk.gui.common.labels import conduct_label
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.status_line import StatusLine

_DATA = Qt.ItemDataRole.UserRole
_ALIAS_SEPARATORS = re.compile(r"[;؛]")


def split_aliases(text: str) -> list[str]:
    return [alias.strip() for alias in _ALIAS_SEPARATORS.split(text) if alias.strip()]


class AccountabilityPersonForm(QWidget):
    edited = Signal()  # something the user changed; the dialog saves after a pause

    def __init__(self, events: list[TimelineEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = sorted(events, key=TimelineEvent.sort_key)
        self._person: ResponsiblePerson | None = None
        self._conduct: dict[ConductCategory, Conduct] = {}
        self._shown: ConductCategory | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.aliases_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.birth_edit = QLineEdit()
        self.birth_edit.setMaxLength(11)
        self.birth_approximate = QCheckBox()
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_edit, 1)
        birth_row.addWidget(self.birth_approximate)
        self.position_edit = QLineEdit()
        self.notes_edit = text_box(60, lines=4)  # printed as the person's "Notes" in the package
        self.labels = [QLabel() for _ in range(6)]
        fields: list[QWidget | QHBoxLayout] = [
            self.name_edit,
            self.aliases_edit,
            self.country_edit,
            birth_row,
            self.position_edit,
            self.notes_edit,
        ]
        buddies = [
            self.name_edit,
            self.aliases_edit,
            self.country_edit,
            self.birth_edit,
            self.position_edit,
            self.notes_edit,
        ]
        for label, field, buddy in zip(self.labels, fields, buddies, strict=True):
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.problem = StatusLine(error=True)
        form.addRow(self.problem)
        layout.addLayout(form)

        self.conduct_label = QLabel()
        self.conduct_list = QListWidget()
        self.conduct_label.setBuddy(self.conduct_list)
        for category in ConductCategory:
            self.conduct_list.addItem(unticked_item(category.value))
        self.conduct_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conduct_hint = QLabel()
        self.conduct_hint.setObjectName("hint")
        self.conduct_hint.setWordWrap(True)
        layout.addWidget(self.conduct_label)
        layout.addWidget(self.conduct_hint)
        layout.addWidget(self.conduct_list)

        self.details = ConductDetails(self._events)
        layout.addWidget(self.details)
        # The details' fields, as the tests and the dialog reach them.
        self.events_list, self.evidence_edit = self.details.events_list, self.details.evidence_edit
        self.description_edit = self.details.description_edit
        layout.addStretch(1)

        for edit in (
            self.name_edit,
            self.aliases_edit,
            self.country_edit,
            self.birth_edit,
            self.position_edit,
        ):
            edit.textEdited.connect(self._edited)
        self.birth_approximate.toggled.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        self.details.edited.connect(self._edited)
        self.conduct_list.itemChanged.connect(self._conduct_ticked)
        self.conduct_list.currentItemChanged.connect(self._conduct_highlighted)
        self.conduct_list.setCurrentRow(0)
        self.retranslate()
        self.load(None, [])

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = [
            self.tr("Full &name:"),
            self.tr("Other names or spe&llings:"),
            self.tr("&Country of birth:"),
            self.tr("Date or &year of birth:"),
            self.tr("&Position or unit:"),
            self.tr("Notes on this pe&rson:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.aliases_edit.setPlaceholderText(self.tr("Separate them with semicolons"))
        self.birth_edit.setPlaceholderText(self.tr("1971, 1971-04 or 1971-04-23"))
        self.birth_approximate.setText(self.tr("Appro&ximate"))
        self.birth_approximate.setToolTip(self.tr("Tick when the year is an estimate"))
        self.position_edit.setPlaceholderText(self.tr("At the time of the conduct"))
        self.notes_edit.setPlaceholderText(
            self.tr("Anything else that tells this person apart, and how you know it")
        )
        self.notes_edit.setAccessibleName(self.tr("Notes on this person"))
        self.conduct_label.setText(self.tr("Cond&uct"))
        self.conduct_hint.setText(
            self.tr("Tick what this person did. Select a ticked line to link its events and evidence below.")
        )
        self.conduct_list.setAccessibleName(self.tr("Conduct of this person"))
        for row in range(self.conduct_list.count()):
            item = self.conduct_list.item(row)
            item.setText(conduct_label(ConductCategory(item.data(_DATA))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_conduct_list()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_conduct_list()
        super().showEvent(event)

    def _fit_conduct_list(self) -> None:
        """Tall enough for every kind of conduct: six lines are worth no scroll bar."""
        view = self.conduct_list
        rows = sum(view.sizeHintForRow(r) for r in range(view.count()))
        view.setFixedHeight(rows + 2 * view.frameWidth() + 2)

    # -- loading and collecting ------------------------------------------------------------------
    def load(self, person: ResponsiblePerson | None, conduct: list[Conduct]) -> None:
        """Show ``person`` (copies are edited) or an empty, disabled form for None."""
        self._loading = True
        self._person = copy.deepcopy(person)
        self._conduct = {c.category: copy.deepcopy(c) for c in conduct}
        self._shown = None
        self.name_edit.setText(person.full_name if person else "")
        self.aliases_edit.setText("; ".join(person.aliases) if person else "")
        self.country_edit.setText(person.country_of_birth if person else "")
        birth = person.birth_date if person else None
        self.birth_edit.setText(edit_text(birth).lstrip("~"))
        self.birth_approximate.setChecked(bool(birth and birth.approximate))
        self.position_edit.setText(person.position if person else "")
        self.notes_edit.setPlainText(person.notes if person else "")
        for row in range(self.conduct_list.count()):
            item = self.conduct_list.item(row)
            ticked = ConductCategory(item.data(_DATA)) in self._conduct
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        first = next((r for r in range(self.conduct_list.count()) if self._ticked(r)), 0)
        self.conduct_list.setCurrentRow(first)
        self.problem.hide()
        self.setEnabled(person is not None)
        self._loading = False
        self._show_details()

    def person_id(self) -> int | None:
        return self._person.id if self._person is not None else None

    def collect(self) -> tuple[ResponsiblePerson, list[Conduct]] | None:
        """The person and their conduct as edited, or None when no one is shown.

        A full name left empty or a birth date that is not a date keeps the last good value,
        and the form says why.
        """
        if self._person is None:
            return None
        self._store_details()
        person = self._person
        problems = []
        name = self.name_edit.text().strip()
        if name:
            person.full_name = name
        else:
            problems.append(self.tr("A person needs a full name; the last one is kept until you type one."))
        person.aliases = split_aliases(self.aliases_edit.text())
        person.country_of_birth = self.country_edit.text().strip()
        person.position = self.position_edit.text().strip()
        person.notes = self.notes_edit.toPlainText().strip()
        birth_text = self.birth_edit.text().strip().lstrip("~")
        if not birth_text:
            person.birth_date = None
        else:
            try:
                person.birth_date = parse_date_input(birth_text, self.birth_approximate.isChecked())
            except DateInputError as error:
                problems.append(str(error))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        ordered = [self._conduct[c] for c in ConductCategory if c in self._conduct]
        return copy.deepcopy(person), copy.deepcopy(ordered)

    def saved(self, person: ResponsiblePerson, conduct: list[Conduct]) -> None:
        """The ids the vault gave to new conduct, so the next save updates instead of adding."""
        self._person = copy.deepcopy(person)
        for item in conduct:
            if item.category in self._conduct:
                self._conduct[item.category].id = item.id

    # -- conduct -----------------------------------------------------------------------------
    def _ticked(self, row: int) -> bool:
        return self.conduct_list.item(row).checkState() == Qt.CheckState.Checked

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _conduct_ticked(self, item: QListWidgetItem) -> None:
        if self._loading or self._person is None:
            return
        category = ConductCategory(item.data(_DATA))
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and category not in self._conduct:
            self._conduct[category] = Conduct(int(self._person.id or 0), category)
        elif not ticked and category in self._conduct:
            if category == self._shown:
                self._store_details()
            conduct = self._conduct[category]
            if (
                conduct.event_ids or conduct.evidence.strip() or conduct.description.strip()
            ) and not Messages.confirm(
                self,
                self.tr("Remove conduct"),
                self.tr(
                    "Remove “%1” from this person, with what you wrote and the events linked to it?"
                ).replace("%1", conduct_label(category)),
            ):
                self._loading = True
                item.setCheckState(Qt.CheckState.Checked)
                self._loading = False
                return
            del self._conduct[category]
        self.conduct_list.setCurrentItem(item)
        self._show_details()
        self.edited.emit()

    def _conduct_highlighted(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self._store_details()
        self._show_details()

    def _store_details(self) -> None:
        """Copy what the details show into the conduct they belong to."""
        if self._shown is not None and self._shown in self._conduct:
            self.details.store(self._conduct[self._shown])

    def _show_details(self) -> None:
        item = self.conduct_list.currentItem()
        category = ConductCategory(item.data(_DATA)) if item is not None else None
        conduct = self._conduct.get(category) if category is not None else None
        self._shown = category if conduct is not None else None
        was_loading, self._loading = self._loading, True
        self.details.show_conduct(category, conduct)
        self._loading = was_loading
