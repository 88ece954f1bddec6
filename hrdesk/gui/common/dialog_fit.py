"""Dialogs that grow to fit a wrapped message and never outgrow the screen.

``adjustSize`` alone gives a word-wrapped label too little height, so a status or error line
that appears under the fields squashed them (and blanked the buttons) in the create-vault and
unlock dialogs. Every dialog with such a line uses these helpers instead of its own copy.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

FRAME = QSize(16, 48)  # a generous window frame and title bar


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by panels (the primary screen before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def limit_to_screen(widget: QWidget, size: QSize | None = None) -> QSize:
    """``size`` (or the widget's size) made no larger than the available screen, and applied."""
    wanted = size if size is not None else widget.size()
    room = available_geometry(widget).size()
    # Leave room for the frame and title bar the window manager adds around the window.
    fitted = QSize(
        min(wanted.width(), room.width() - FRAME.width()),
        min(wanted.height(), room.height() - FRAME.height()),
    )
    widget.resize(fitted)
    return fitted


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` to the height its layout needs at its current width, up to the screen's."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else 0
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        limit_to_screen(dialog, QSize(dialog.width(), needed))


def show_status(label: QLabel, text: str, error: bool = False) -> None:
    """Show ``text`` in a dialog's status line (styled as an error or not); hide it when empty.

    The dialog grows when the wrapped text needs more room, so nothing else gets squashed.
    """
    label.setProperty("error", error)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleName(text)
    dialog = label.window()
    if dialog.isVisible():
        fit_height(dialog)
