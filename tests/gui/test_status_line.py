"""The status line every progress and export dialog shares (gui/common/status_line.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from hrdesk.gui.common.status_line import StatusLine


def test_it_shows_plain_text_as_an_error_or_not_and_hides_when_empty(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit())
    line = StatusLine()
    layout.addWidget(line)
    dialog.resize(320, 60)
    dialog.show()
    assert line.isHidden()

    line.say("<b>Disk</b> full in /media/usb", error=True)
    assert line.isVisible() and line.property("error") is True
    assert line.textFormat() == Qt.TextFormat.PlainText and line.text() == "<b>Disk</b> full in /media/usb"

    long_text = "The backup could not be written in this folder; choose another place. " * 4
    line.say(long_text)
    assert line.property("error") is False
    # The dialog grew to show every wrapped line: the field above keeps its room.
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())

    line.say("")
    assert line.isHidden() and line.accessibleName() == ""
