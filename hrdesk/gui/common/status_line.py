"""A dialog's status or error line: plain text, wrapped, hidden while empty, and the dialog grows to
show it whole (the backup, restore, create-vault, unlock and export dialogs share it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hrdesk.gui.common.dialog_fit import show_status


class StatusLine(QLabel):
    """``say(text, error)`` shows a message (styled as an error or not); ``say("")`` hides the line.

    Plain text always: a message may quote a file name or a system error, never to be read as HTML.
    """

    def __init__(self, selectable: bool = False, error: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status")  # the style sheet colours it, red when its "error" property is set
        self.setProperty("error", error)  # a line that only ever shows problems (shown with show())
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if selectable:  # a path or an error to copy into a note or a search
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        show_status(self, text, error)
