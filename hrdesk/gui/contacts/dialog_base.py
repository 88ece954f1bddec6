"""What every contact-log dialog shares: a scrolling form, a status line, Save and Cancel.

Dialogs open with ``open()`` (window-modal, not blocking a nested event loop), save through
the service in ``save()`` and announce the saved record with ``saved(id)``. A refusal from
the service is shown on the status line, in the user's language, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.contacts.refusals import refusal_text
from hrdesk.gui.contacts.widgets import PlainLabel
from hrdesk.services.contacts import ContactLog, ContactLogError


class ContactDialog(QDialog):
    saved = Signal(int)

    def __init__(self, log: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.setModal(True)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        self.heading = PlainLabel()
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        self.form = QFormLayout(page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        outer.addWidget(scroll, 1)
        self.status = PlainLabel()
        self.status.setObjectName("status")
        self.status.setProperty("error", True)
        self.status.setWordWrap(True)
        self.status.hide()
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def add_row(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        label.setWordWrap(True)
        self.form.addRow(label, field)

    def add_danger_button(self) -> QPushButton:
        """A Delete button, on the far side from Save; the caller confirms before deleting."""
        return self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)

    def show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _save_clicked(self) -> None:
        try:
            record_id = self.save()
        except ContactLogError as error:
            self.show_problem(refusal_text(error))
            return
        self.saved.emit(record_id)
        self.accept()

    def save(self) -> int:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called at creation and whenever the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
