"""Mark an officer as left and record who took over, so the embassy keeps a point of contact.

The successor is someone already in the log, someone new (created at the same embassy, in the
same role, starting the day the other left), or not known yet — then Today keeps reminding
the defender to ask the embassy who the new point of contact is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Officer
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.plain_label import plain_label
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.labels import role_label
from hrdesk.gui.contacts.text import from_qdate
from hrdesk.gui.contacts.widgets import date_edit
from hrdesk.services.contacts import ContactLog, ContactLogError, Refusal


class LeftDialog(ContactDialog):
    def __init__(self, log: ContactLog, officer: Officer, parent: QWidget | None = None) -> None:
        super().__init__(log, parent)
        self.officer = officer
        self.intro = plain_label()
        self.form.addRow(self.intro)
        self.left_on_label, self.left_on = QLabel(), date_edit(officer.left_on or dt.date.today())
        self.add_row(self.left_on_label, self.left_on)

        self.successor_label = QLabel()
        choices = QWidget()
        box = QVBoxLayout(choices)
        box.setContentsMargins(0, 0, 0, 0)
        self.unknown, self.existing, self.new = QRadioButton(), QRadioButton(), QRadioButton()
        self.group = QButtonGroup(self)
        colleagues = [o for o in log.officers(officer.embassy_id) if o.id != officer.id and o.in_post]
        self.existing_officer = QComboBox()
        for colleague in colleagues:
            self.existing_officer.addItem(colleague.name, colleague.id)
        self.new_name = QLineEdit()
        self.new_email = QLineEdit()
        self.new_role = QComboBox()
        for role in OfficerRole:
            self.new_role.addItem("", role.value)
        self.new_role.setCurrentIndex(self.new_role.findData(officer.role.value))
        for button in (self.new, self.existing, self.unknown):
            self.group.addButton(button)
        box.addWidget(self.new)
        self.new_fields = QWidget()
        fields = QVBoxLayout(self.new_fields)
        fields.setContentsMargins(24, 0, 0, 0)
        for widget in (self.new_name, self.new_role, self.new_email):
            fields.addWidget(widget)
        box.addWidget(self.new_fields)
        box.addWidget(self.existing)
        box.addWidget(self.existing_officer)
        box.addWidget(self.unknown)
        self.existing.setEnabled(bool(colleagues))
        self.new.setChecked(True)
        self.group.buttonToggled.connect(self._enable)
        self.add_row(self.successor_label, choices)
        self._enable()
        self.retranslate()

    def _enable(self) -> None:
        self.new_fields.setEnabled(self.new.isChecked())
        self.existing_officer.setEnabled(self.existing.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark as left"))
        self.heading.setText(self.tr("%1 has left the post").replace("%1", isolated(self.officer.name)))
        self.intro.setText(
            self.tr(
                "Their history stays in the log. Record who took over, so the embassy's page shows who "
                "held the role over time and you know whom to contact next."
            )
        )
        self.left_on_label.setText(self.tr("&Left on"))
        self.left_on.setAccessibleName(self.tr("Left on"))
        self.successor_label.setText(self.tr("Successor"))
        self.new.setText(self.tr("Someone new"))
        self.new_name.setPlaceholderText(self.tr("The successor's name"))
        self.new_name.setAccessibleName(self.tr("The successor's name"))
        self.new_email.setPlaceholderText(self.tr("Email (if you have it)"))
        self.new_email.setAccessibleName(self.tr("The successor's email"))
        self.new_role.setAccessibleName(self.tr("The successor's role"))
        for index in range(self.new_role.count()):
            self.new_role.setItemText(index, role_label(OfficerRole(self.new_role.itemData(index))))
        self.existing.setText(self.tr("Someone already in the log"))
        self.existing_officer.setAccessibleName(self.tr("Successor already in the log"))
        self.unknown.setText(self.tr("Not known yet: remind me to ask the embassy"))
        self.save_button.setText(self.tr("Mark as left"))

    def save(self) -> int:
        left_on = from_qdate(self.left_on.date())
        officer_id = self.officer.id or 0
        if self.new.isChecked():
            name = self.new_name.text().strip()
            if not name:
                raise ContactLogError(Refusal.EMPTY_NAME)
            successor = Officer(
                name,
                self.officer.embassy_id,
                role=OfficerRole(self.new_role.currentData()),
                email=self.new_email.text().strip(),
            )
            self.log.mark_left(officer_id, left_on, successor=successor)
        elif self.existing.isChecked() and self.existing_officer.currentData() is not None:
            self.log.mark_left(officer_id, left_on, successor_id=int(self.existing_officer.currentData()))
        else:
            self.log.mark_left(officer_id, left_on)
        return officer_id
