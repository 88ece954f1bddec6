"""The inline "title of the new case" row of the cases list.

Inline rather than a dialog: Ctrl+N, type, Enter, and the wizard opens, without a window
popping up (and without a dialog that could outlive a lock).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class NewCaseRow(QFrame):
    create_requested = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseRow")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.label = QLabel()
        self.title = QLineEdit()
        self.title.setMaxLength(500)
        self.label.setBuddy(self.title)
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton()
        row.addWidget(self.label)
        row.addWidget(self.title, 1)
        row.addWidget(self.create_button)
        row.addWidget(self.cancel_button)
        self.error = QLabel()
        self.error.setObjectName("status")
        self.error.setProperty("error", True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        outer.addWidget(self.error)
        self.title.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.close_row)
        self.title.textEdited.connect(lambda _text: self.error.hide())
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Title of the new case:"))
        self.title.setPlaceholderText(self.tr("For example: Land defenders of the river valley"))
        self.title.setAccessibleName(self.tr("Title of the new case"))
        self.create_button.setText(self.tr("Create"))
        self.cancel_button.setText(self.tr("Cancel"))

    def open_row(self) -> None:
        self.title.clear()
        self.error.hide()
        self.show()
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_row(self) -> None:
        self.hide()
        self.cancelled.emit()

    def _create(self) -> None:
        text = self.title.text().strip()
        if not text:
            self.error.setText(self.tr("A case needs a title. Type a few words that you will recognise."))
            self.error.show()
            self.title.setFocus()
            return
        self.hide()
        self.create_requested.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_row()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
