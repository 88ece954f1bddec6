"""A label for what the user typed: plain text, lined up with the layout (screens share it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """What the user typed: plain text, never HTML, lined up with the layout's leading side.

    A QLabel aligns by its text's own direction, so a Latin name in an Arabic window would sit on
    the far left while everything around it sits on the right. Table cells follow the layout
    instead; this label does the same, and follows the layout again whenever it flips.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._follow_layout()
        self.setText(text)

    def _follow_layout(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_layout()
        super().changeEvent(event)


def plain_label(text: str = "", wrap: bool = True, selectable: bool = False) -> PlainLabel:
    """A label for what the user typed (see ``PlainLabel``)."""
    label = PlainLabel(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def hint_label() -> QLabel:
    """A wrapped, quiet explanation under a heading or a field (app.qss styles ``#hint``)."""
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
