"""The help page (F1): sections on the leading side, the chosen one beside it. Offline, no vault
needed, so it also opens from the create and unlock dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.common.dialog_fit import limit_to_screen
from hrdesk.gui.help.sections import HelpSection, help_sections

HELP_KEYS = "F1"  # in the main window and in the create and unlock dialogs
HELP_LOCKING = "locking"  # the section the safety card's "Open Help" shows


class _SectionPage(QScrollArea):
    """One section: its heading and paragraphs, scrolling when the window is small."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(8, 0, 8, 0)
        self.column.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.column.addWidget(self.heading)
        self.paragraphs: list[QLabel] = []
        self.column.addStretch(1)
        self.setWidget(inner)

    def show_section(self, section: HelpSection) -> None:
        self.heading.setText(section.title)
        while len(self.paragraphs) < len(section.paragraphs):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.column.insertWidget(self.column.count() - 1, label)
            self.paragraphs.append(label)
        for index, label in enumerate(self.paragraphs):
            label.setVisible(index < len(section.paragraphs))
            label.setText(section.paragraphs[index] if index < len(section.paragraphs) else "")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPage")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.contents = QListWidget()
        self.contents.setObjectName("navigation")
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.sections = help_sections()
        for _section in self.sections:
            self.contents.addItem("")
            self.pages.addWidget(_SectionPage())
        self.contents.currentRowChanged.connect(self.pages.setCurrentIndex)
        row.addWidget(self.contents)
        row.addWidget(self.pages, 1)
        layout.addLayout(row, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.contents.setCurrentRow(0)
        self.contents.setFocus()
        limit_to_screen(self, QSize(900, 620))

    def show_section(self, key: str) -> None:
        keys = [section.key for section in self.sections]
        self.contents.setCurrentRow(keys.index(key) if key in keys else 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help — hrdesk"))
        self.contents.setAccessibleName(self.tr("Help sections"))
        self.sections = help_sections()
        for row, section in enumerate(self.sections):
            self.contents.item(row).setText(section.title)
            page = self.pages.widget(row)
            assert isinstance(page, _SectionPage)  # noqa: S101
            page.show_section(section)
        # As wide as the longest title in this language (the style sheet pads the items).
        self.contents.setFixedWidth(self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
