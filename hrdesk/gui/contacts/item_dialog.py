"""Track a request made to an embassy or a commitment an officer made, and update its status.

Officers often cannot tell you what they did, only whether something is being done: the
status ("in progress") and "what they said" record exactly that.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hrdesk.domain.contacts import ItemKind, ItemStatus, TrackedItem
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.labels import item_kind_label, item_status_label
from hrdesk.gui.contacts.widgets import OptionalDate, text_area
from hrdesk.services.contacts import ContactLog


class ItemDialog(ContactDialog):
    deleted = Signal(int)

    def __init__(
        self,
        log: ContactLog,
        item: TrackedItem | None = None,
        embassy_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(log, parent)
        self.item = replace(item) if item else TrackedItem(ItemKind.REQUEST, "", embassy_id or 0)
        self.kind_label, self.kind = QLabel(), QComboBox()
        for kind in ItemKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self.item.kind.value))
        self.what_label, self.what = QLabel(), text_area()
        self.what.setPlainText(self.item.what)
        self.embassy_label, self.embassy = QLabel(), QComboBox()
        for row in log.embassies():
            self.embassy.addItem(row.embassy.label, row.embassy.id)
        self.embassy.setCurrentIndex(max(self.embassy.findData(self.item.embassy_id), 0))
        self.officer_label, self.officer = QLabel(), QComboBox()
        self.case_label, self.case = QLabel(), QComboBox()
        self.case.addItem("", None)
        for case in log.cases(include_archived=True):
            self.case.addItem(case.title, case.id)
        self.case.setCurrentIndex(max(self.case.findData(self.item.case_id), 0))
        self.status_label, self.status_choice = QLabel(), QComboBox()
        for status in ItemStatus:
            self.status_choice.addItem("", status.value)
        self.status_choice.setCurrentIndex(self.status_choice.findData(self.item.status.value))
        self.note_label, self.note = QLabel(), text_area()
        self.note.setPlainText(self.item.status_note)
        self.due_label, self.due = QLabel(), OptionalDate()
        self.due.set_value(self.item.due)
        self.next_label, self.next = QLabel(), OptionalDate()
        self.next.set_value(self.item.next_follow_up)
        for label, field in self._rows():
            self.add_row(label, field)
        self.embassy.currentIndexChanged.connect(self._fill_officers)
        self._fill_officers()
        self.delete_button = self.add_danger_button() if self.item.id is not None else None
        if self.delete_button is not None:
            self.delete_button.clicked.connect(self._delete)
        self.retranslate()

    def _rows(self) -> list[tuple[QLabel, QWidget]]:
        return [
            (self.kind_label, self.kind),
            (self.what_label, self.what),
            (self.embassy_label, self.embassy),
            (self.officer_label, self.officer),
            (self.case_label, self.case),
            (self.status_label, self.status_choice),
            (self.note_label, self.note),
            (self.due_label, self.due),
            (self.next_label, self.next),
        ]

    def _fill_officers(self) -> None:
        wanted = self.officer.currentData() if self.officer.count() else self.item.officer_id
        self.officer.clear()
        self.officer.addItem(self.tr("Nobody in particular"), None)
        embassy_id = self.embassy.currentData()
        if embassy_id is not None:
            for officer in self.log.officers(int(embassy_id)):
                self.officer.addItem(officer.name, officer.id)
        self.officer.setCurrentIndex(max(self.officer.findData(wanted), 0))

    def retranslate(self) -> None:
        new = self.item.id is None
        self.setWindowTitle(
            self.tr("Track a request or commitment") if new else self.tr("Edit the tracked item")
        )
        self.heading.setText(self.windowTitle())
        self.kind_label.setText(self.tr("&Kind"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, item_kind_label(ItemKind(self.kind.itemData(index))))
        self.what_label.setText(self.tr("&What"))
        self.what.setPlaceholderText(
            self.tr("Trial observation, a public statement, a visa referral, a support letter…")
        )
        self.embassy_label.setText(self.tr("&Embassy"))
        self.officer_label.setText(self.tr("W&ith whom"))
        self.officer.setItemText(0, self.tr("Nobody in particular"))
        self.case_label.setText(self.tr("&Case"))
        self.case.setItemText(0, self.tr("No case"))
        self.status_label.setText(self.tr("&Status"))
        for index in range(self.status_choice.count()):
            self.status_choice.setItemText(
                index, item_status_label(ItemStatus(self.status_choice.itemData(index)))
            )
        self.note_label.setText(self.tr("What &they said"))
        self.note.setPlaceholderText(
            self.tr("For example: “We are working on it” (they may not be able to say more)")
        )
        self.due_label.setText(self.tr("&Due"))
        self.due.set_texts(self.tr("Promised or needed by"), self.tr("Due"))
        self.next_label.setText(self.tr("&Next follow-up"))
        self.next.set_texts(self.tr("Remind me on"), self.tr("Next follow-up"))
        if self.delete_button is not None:
            self.delete_button.setText(self.tr("Delete…"))
        for label, field in self._rows():
            if field not in (self.due, self.next):
                field.setAccessibleName(label.text().replace("&", ""))

    def save(self) -> int:
        item = self.item
        item.kind = ItemKind(self.kind.currentData())
        item.what = self.what.toPlainText().strip()
        item.embassy_id = int(self.embassy.currentData() or 0)
        item.officer_id = self.officer.currentData()
        item.case_id = self.case.currentData()
        item.status = ItemStatus(self.status_choice.currentData())
        item.status_note = self.note.toPlainText().strip()
        item.due = self.due.value()
        item.next_follow_up = self.next.value()
        return self.log.save_item(item)

    def _delete(self) -> None:
        if self.item.id is None:
            return
        if Messages.confirm(
            self,
            self.tr("Delete the tracked item?"),
            self.tr("Its follow-up reminder is deleted too."),
            danger=True,
        ):
            self.log.delete_item(self.item.id)
            self.deleted.emit(self.item.id)
            self.reject()
