"""A word-wrapped label that keeps the height its wrapped lines need, wherever it is laid out.

Layouts inside a splitter or a scroll area do not ask a wrapped label for its height at the
width it got, so a status line could be cut in half (Arabic lines are taller than Latin ones).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._keep_height()

    def sizeHint(self) -> QSize:
        """As wide as the text on one line (up to the maximum width), so short texts do not wrap."""
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        longest = max(
            (self.fontMetrics().horizontalAdvance(line) for line in self.text().split("\n")), default=0
        )
        width = min(self.maximumWidth(), longest + extra + 2)
        return QSize(width, self.heightForWidth(width) if self.text() else super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_height()

    def _keep_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
