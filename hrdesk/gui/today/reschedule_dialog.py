"""Pick a new day for a follow-up (snoozing offers fixed delays; this offers any day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hrdesk.gui.contacts.text import from_qdate, to_qdate


class RescheduleDialog(QDialog):
    def __init__(self, title: str, current: dt.date, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.what = QLabel(title)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(to_qdate(today))
        self.calendar.setSelectedDate(to_qdate(max(current, today) + dt.timedelta(days=7)))
        self.calendar.setGridVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(lambda _date: self.accept())
        layout.addWidget(self.what)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.retranslate()

    def chosen(self) -> dt.date:
        return from_qdate(self.calendar.selectedDate())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reschedule the follow-up"))
        self.calendar.setAccessibleName(self.tr("New date for the follow-up"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
