"""A section of the Today view: a heading with a count, its rows, and a calm line when empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.plain_label import PlainLabel


class TodayRow(QFrame):
    """One thing to do: a short tag ("Overdue by 2 days"), what it is, who it is with, and buttons."""

    def __init__(self, tag: str, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A card on the base colour (white in light themes, dark in dark ones): calm, easy to scan.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        # Names and summaries are the user's text: plain, and lined up with the layout.
        self.tag, self.title, self.detail = PlainLabel(tag), PlainLabel(title), PlainLabel(detail)
        font = self.tag.font()
        font.setBold(True)
        self.tag.setFont(font)
        self.detail.setObjectName("hint")
        for label in (self.tag, self.title, self.detail):
            label.setWordWrap(True)
            label.setVisible(bool(label.text()))
            texts.addWidget(label)
        layout.addLayout(texts, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        layout.addLayout(self.buttons)
        self.setAccessibleName(" — ".join(t for t in (tag, title, detail) if t))

    def add_button(self, text: str, icon_name: str, accessible: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        self.buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def add_menu_button(self, text: str, icon_name: str, accessible: str, menu: QMenu) -> QPushButton:
        """A button that opens ``menu`` (Space or Enter opens it from the keyboard)."""
        button = self.add_button(text, icon_name, accessible)
        button.setMenu(menu)
        return button


class Section(QWidget):
    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setPixmap(icon(icon_name).pixmap(22, 22))
        self.heading = PlainLabel()  # lines up with the layout even before it is translated
        self.heading.setObjectName("sectionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        self.extra = QHBoxLayout()  # controls beside the heading (the "no contact for" days)
        top.addLayout(self.extra)
        layout.addLayout(top)
        self.note = PlainLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout.addLayout(self.rows_layout)
        self.empty = PlainLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.rows: list[TodayRow] = []
        self.pending = 0  # rows queued in ``LazyRows``, not built yet

    def clear(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def add(self, row: TodayRow) -> TodayRow:
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def set_texts(self, heading: str, empty: str = "", note: str = "") -> None:
        self.heading.setText(heading)
        self.setAccessibleName(heading)
        self.empty.setText(empty)
        self.refresh_empty()
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def refresh_empty(self) -> None:
        """The calm "nothing here" line shows only when no row is shown or on its way."""
        self.empty.setVisible(not self.rows and not self.pending and bool(self.empty.text()))
