"""Add or edit an embassy or office: the government, where, how to reach it, its stated priorities."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from hrdesk.domain.contacts import Embassy
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.widgets import text_area
from hrdesk.services.contacts import ContactLog


class EmbassyDialog(ContactDialog):
    def __init__(
        self, log: ContactLog, embassy: Embassy | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(log, parent)
        self.embassy = embassy or Embassy("")
        self.government_label, self.government = QLabel(), QLineEdit(self.embassy.government)
        self.place_label, self.place = QLabel(), QLineEdit(self.embassy.place)
        self.website_label, self.website = QLabel(), QLineEdit(self.embassy.website)
        self.contacts_label, self.contacts = QLabel(), text_area()
        self.contacts.setPlainText(self.embassy.contacts)
        self.priorities_label, self.priorities = QLabel(), text_area(140)
        self.priorities.setPlainText(self.embassy.priorities)
        for label, field in (
            (self.government_label, self.government),
            (self.place_label, self.place),
            (self.website_label, self.website),
            (self.contacts_label, self.contacts),
            (self.priorities_label, self.priorities),
        ):
            self.add_row(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        new = self.embassy.id is None
        self.setWindowTitle(self.tr("Add an embassy") if new else self.tr("Edit the embassy"))
        self.heading.setText(self.windowTitle())
        self.government_label.setText(self.tr("&Government"))
        self.government.setPlaceholderText(self.tr("For example: Canada"))
        self.place_label.setText(self.tr("&Office and place"))
        self.place.setPlaceholderText(self.tr("For example: Embassy in Tegucigalpa"))
        self.website_label.setText(self.tr("&Website"))
        self.contacts_label.setText(self.tr("General &contacts"))
        self.contacts.setPlaceholderText(self.tr("Switchboard, general email, address"))
        self.priorities_label.setText(self.tr("Stated &priorities"))
        self.priorities.setPlaceholderText(
            self.tr("What this embassy says it cares about. Study it before you ask for help.")
        )
        for label, field in (
            (self.government_label, self.government),
            (self.place_label, self.place),
            (self.website_label, self.website),
            (self.contacts_label, self.contacts),
            (self.priorities_label, self.priorities),
        ):
            field.setAccessibleName(label.text().replace("&", ""))

    def save(self) -> int:
        self.embassy.government = self.government.text().strip()
        self.embassy.place = self.place.text().strip()
        self.embassy.website = self.website.text().strip()
        self.embassy.contacts = self.contacts.toPlainText().strip()
        self.embassy.priorities = self.priorities.toPlainText().strip()
        return self.log.save_embassy(self.embassy)
