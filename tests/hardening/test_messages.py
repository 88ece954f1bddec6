"""Message boxes: nothing recorded unless a test installs a recorder, plain text, bounded length;
and Settings says what an erase leaves behind."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hrdesk.gui.common.messages import MAX_TEXT, Messages
from tests.safety.test_gui_safety import safety_box, unlocked


def test_a_real_message_box_is_plain_bounded_and_not_recorded(qtbot: QtBot) -> None:
    Messages.log, Messages.answer = None, None
    seen: list[QMessageBox] = []

    def close_it() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box)
        box.setProperty("shown_text", box.text())
        box.setProperty("shown_format", int(box.textFormat().value))
        box.reject()

    QTimer.singleShot(0, close_it)
    Messages.error(None, "Case title <b>MARKER</b>", "<img src=x>" + "MARKER " * 1_000_000)
    (box,) = seen
    assert box.property("shown_format") == Qt.TextFormat.PlainText.value
    assert len(box.property("shown_text")) <= MAX_TEXT
    assert box.property("shown_text").startswith("<img src=x>")  # shown as typed, not as HTML
    assert Messages.log is None  # in production nothing keeps what the messages said


def test_settings_say_what_an_erase_leaves(qtbot: QtBot, make_controller) -> None:
    controller = unlocked(qtbot, make_controller)
    note = safety_box(controller).erase_note.text()
    assert "settings file" in note and "no list of recent files" in note


def test_create_dialog_refuses_spaces_only_in_the_users_language(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(language="es")
    dialog = controller.dialog
    spaces = " " * 12
    qtbot.keyClicks(dialog.passphrase, spaces)
    qtbot.keyClicks(dialog.repeat, spaces)
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Una frase de contraseña no puede ser solo espacios."
    assert not controller.context.session.has_vault
