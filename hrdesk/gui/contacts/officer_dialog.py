"""Add or edit an officer: who, where, which role, how to reach them, and the posting's dates.

The expected end of posting defaults to three years after the start (officers rotate every
three or four years); the user can set another date when the embassy says so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Officer, OfficerStatus
from hrdesk.domain.rotation import default_posting_end
from hrdesk.gui.common.plain_label import plain_label
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.labels import role_label
from hrdesk.gui.contacts.text import day_text
from hrdesk.gui.contacts.widgets import OptionalDate, text_area
from hrdesk.services.contacts import ContactLog


class OfficerDialog(ContactDialog):
    def __init__(
        self,
        log: ContactLog,
        officer: Officer | None = None,
        embassy_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(log, parent)
        self.officer = replace(officer) if officer else Officer("", embassy_id or 0)
        self.name_label, self.name = QLabel(), QLineEdit(self.officer.name)
        self.embassy_label, self.embassy = QLabel(), QComboBox()
        for row in log.embassies():
            self.embassy.addItem(row.embassy.label, row.embassy.id)
        index = self.embassy.findData(self.officer.embassy_id)
        self.embassy.setCurrentIndex(max(index, 0))
        self.role_label, self.role = QLabel(), QComboBox()
        for role in OfficerRole:
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(self.role.findData(self.officer.role.value))
        self.email_label, self.email = QLabel(), QLineEdit(self.officer.email)
        self.phone_label, self.phone = QLabel(), QLineEdit(self.officer.phone)
        self.handle_label, self.handle = QLabel(), QLineEdit(self.officer.secure_handle)
        self.languages_label, self.languages = QLabel(), QLineEdit(self.officer.languages)
        self.start_label, self.start = QLabel(), OptionalDate()
        self.start.set_value(self.officer.posting_start)
        self.end_label, self.end = QLabel(), OptionalDate()
        self.end.set_value(self.officer.posting_end)
        self.end_hint = plain_label()
        self.end_hint.setObjectName("hint")
        self.notes_label, self.notes = QLabel(), text_area(120)
        self.notes.setPlainText(self.officer.notes)
        self.back_in_post = QCheckBox()  # undoes "mark as left" made by mistake
        self.back_in_post.setVisible(not self.officer.in_post)
        for label, field in self._rows():
            self.add_row(label, field)
        self.form.addRow("", self.end_hint)
        self.form.addRow("", self.back_in_post)
        self.start.changed.connect(self._update_hint)
        self.end.changed.connect(self._update_hint)
        self.retranslate()

    def _rows(self) -> list[tuple[QLabel, QWidget]]:
        return [
            (self.name_label, self.name),
            (self.embassy_label, self.embassy),
            (self.role_label, self.role),
            (self.email_label, self.email),
            (self.phone_label, self.phone),
            (self.handle_label, self.handle),
            (self.languages_label, self.languages),
            (self.start_label, self.start),
            (self.end_label, self.end),
            (self.notes_label, self.notes),
        ]

    def retranslate(self) -> None:
        new = self.officer.id is None
        self.setWindowTitle(self.tr("Add an officer") if new else self.tr("Edit the officer"))
        self.heading.setText(self.windowTitle())
        self.name_label.setText(self.tr("&Name"))
        self.embassy_label.setText(self.tr("&Embassy"))
        self.role_label.setText(self.tr("&Role"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(OfficerRole(self.role.itemData(index))))
        self.email_label.setText(self.tr("E&mail"))
        self.phone_label.setText(self.tr("&Phone"))
        self.handle_label.setText(self.tr("&Secure messaging"))
        self.handle.setPlaceholderText(self.tr("Signal, Wire or another app, and the handle"))
        self.languages_label.setText(self.tr("Lan&guages"))
        self.start_label.setText(self.tr("Posting s&tarted"))
        self.start.set_texts(self.tr("Known"), self.tr("Posting started"))
        self.end_label.setText(self.tr("Expected to &leave"))
        self.end.set_texts(
            self.tr("Another date than three years after the start"), self.tr("Expected to leave")
        )
        self.notes_label.setText(self.tr("N&otes"))
        self.back_in_post.setText(self.tr("Still in post: undo “left”"))
        for label, field in self._rows():
            if field not in (self.start, self.end):
                field.setAccessibleName(label.text().replace("&", ""))
        self._update_hint()

    def _update_hint(self) -> None:
        start, end = self.start.value(), self.end.value()
        if end is not None:
            self.end_hint.setText("")
        elif start is not None:
            self.end_hint.setText(
                self.tr(
                    "Officers move on every three or four years: expect them to leave from around %1."
                ).replace("%1", day_text(default_posting_end(start)))
            )
        else:
            self.end_hint.setText(
                self.tr("Without a start date there is no expected end, and no reminder before they leave.")
            )
        self.end_hint.setVisible(bool(self.end_hint.text()))

    def save(self) -> int:
        officer = self.officer
        officer.name = self.name.text().strip()
        officer.embassy_id = int(self.embassy.currentData() or 0)
        officer.role = OfficerRole(self.role.currentData())
        officer.email = self.email.text().strip()
        officer.phone = self.phone.text().strip()
        officer.secure_handle = self.handle.text().strip()
        officer.languages = self.languages.text().strip()
        officer.posting_start = self.start.value()
        officer.posting_end = self.end.value()
        officer.notes = self.notes.toPlainText().strip()
        if self.back_in_post.isChecked():
            officer.status, officer.left_on, officer.successor_id = OfficerStatus.IN_POST, None, None
        return self.log.save_officer(officer)
