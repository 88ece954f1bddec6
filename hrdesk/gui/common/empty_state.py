"""The calm "nothing here yet" panel every list shows when empty, saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.wrapping_label import WrappingLabel


class EmptyState(QWidget):
    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(12)
        self._icon = QLabel()
        self._icon.setPixmap(icon(icon_name).pixmap(64, 64))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Wrapping labels that keep their wrapped height: in a centred layout a plain one got only
        # its one-line height, and the text was cut at the top and bottom.
        self.heading = WrappingLabel()
        self.heading.setObjectName("emptyHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setMaximumWidth(520)
        self.text = WrappingLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        self.button = QPushButton()
        self.button.hide()
        for widget in (self._icon, self.heading, self.text, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_texts(self, heading: str, text: str, button: str = "") -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
