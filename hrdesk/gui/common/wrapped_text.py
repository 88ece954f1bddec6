"""A word-wrapped label for plain text, laid out the way Arabic needs.

Qt wraps a plain-text label whose letters come from a fallback font (Arabic, in a UI font
without it) as if the lines were a few pixels narrower than it then draws them: the last
letters of a long Arabic line were clipped at the label's edge. The same text laid out as rich
text (Qt's document layout) keeps inside the label, so this label shows its plain text that way,
escaped, with its line breaks kept.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class WrappedText(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text`` as written: markup characters are shown, not interpreted."""
        super().setText(html.escape(text).replace("\n", "<br>"))
