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
        if not self.text():
            return
        # QLabel's heightForWidth never answers less than the minimum height: measured with the
        # minimum in place, a height set while the label was narrow (many lines) stayed for good,
        # and an empty state's text pushed its button over the words. Measure without it.
        kept = self.minimumHeight()
        self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        self.setMinimumHeight(needed if needed > 0 else kept)
