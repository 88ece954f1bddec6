"""What every contact-log dialog shares: a scrolling form, a status line, Save and Cancel.

Dialogs open with ``open()`` (window-modal, not blocking a nested event loop), save through
the service in ``save()`` and announce the saved record with ``saved(id)``. A refusal from
the service is shown on the status line, in the user's language, and the dialog stays open.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.common.dialog_fit import FRAME, available_geometry, limit_to_screen, show_status
from hrdesk.gui.common.plain_label import PlainLabel
from hrdesk.gui.contacts.refusals import refusal_text
from hrdesk.services.contacts import ContactLog, ContactLogError


class ContactDialog(QDialog):
    saved = Signal(int)

    def __init__(self, log: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self._arranged = False
        self.setModal(True)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        self.heading = PlainLabel()
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The dialog is made wide enough for the form instead: no sideways scrolling, no clipped combo.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a container, not a stop for Tab
        self._scroll = scroll
        page = QWidget()
        self._page = page
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
        show_status(self.status, text, error=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._arranged:
            self._arranged = True
            self._fit_form()
            self._arrange_focus()

    def _unwrap_short_labels(self) -> None:
        """A wrapped form label can be given less than its own width: "С кем" (With whom) broke into
        two lines. Labels that fit on one line in a sensible column stay on one line."""
        limit = 24 * self.fontMetrics().averageCharWidth()
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.wordWrap():
                text = label.text().replace("&&", "&").replace("&", "")
                if label.fontMetrics().horizontalAdvance(text) <= limit:
                    label.setWordWrap(False)

    def _fit_form(self) -> None:
        """As large as the form wants (within the screen): a scroll bar only when the screen is too small."""
        self._unwrap_short_labels()
        page = self._page.sizeHint()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        room = available_geometry(self).width() - 2 * FRAME.width() - 40
        self._scroll.setMinimumWidth(min(page.width() + bar, room))
        extra_height = max(0, page.height() - self._scroll.viewport().height())
        limit_to_screen(self, QSize(max(self.width(), self.sizeHint().width()), self.height() + extra_height))

    def _arrange_focus(self) -> None:
        """The first field takes the focus; Tab follows the form top to bottom, then the buttons.

        Subclasses build their fields after the buttons, so Qt's own order (creation order) put
        Save and Cancel first, and a space typed "into" the name pressed Save.
        """
        chain: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole
            )
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            for candidate in [widget, *widget.findChildren(QWidget)]:
                if (
                    candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and candidate.focusProxy() is None
                    and candidate.window() is self  # not a date field's calendar pop-up
                ):
                    chain.append(candidate)
        chain += [button for button in self._button_order() if button.isVisible()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        fields = [widget for widget in chain if widget.isEnabled() and widget.isVisibleTo(self)]
        if fields and not self.buttons.isAncestorOf(fields[0]):
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _button_order(self) -> list[QAbstractButton]:
        """The buttons as they appear, leading side first (the button box orders them by role)."""
        buttons = self.buttons.buttons()
        return sorted(buttons, key=lambda button: button.mapTo(self, button.rect().topLeft()).x())

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
