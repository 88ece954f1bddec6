"""Choosing a passphrase (issue #12 part 6): zxcvbn's verdict, the risk question, suggested words,
and the same fields in every dialog that sets a passphrase (issue #18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from hrdesk.domain.passphrase import eff_long_words
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.new_passphrase import NewPassphraseFields
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

CLICK = Qt.MouseButton.LeftButton


def type_new(qtbot: QtBot, fields: NewPassphraseFields, passphrase: str) -> None:
    fields.passphrase.clear()
    fields.repeat.clear()
    qtbot.keyClicks(fields.passphrase, passphrase)
    qtbot.keyClicks(fields.repeat, passphrase)


def test_cairo2024_is_weak_and_asks_before_the_vault_is_created(
    qtbot: QtBot, make_controller, messages
) -> None:
    controller = make_controller()
    dialog = controller.dialog
    type_new(qtbot, dialog.fields, "cairo2024")
    assert dialog.strength.text().startswith("Weak.") and "year" in dialog.strength.text()
    assert dialog.meter.value() < dialog.meter.maximum()
    qtbot.mouseClick(dialog.understood, CLICK)

    Messages.answer = lambda kind, title, text: False  # "Cancel": nothing is created
    qtbot.mouseClick(dialog.create_button, CLICK)
    kind, title, text = messages[-1]
    assert kind == "confirm" and "not strong" in title
    assert "year" in text and "guesses" in text and "every case" in text
    assert not controller.context.session.has_vault and dialog.isVisible()

    Messages.answer = lambda kind, title, text: True  # the person accepts the named risk
    qtbot.mouseClick(dialog.create_button, CLICK)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.context.session.has_vault


def test_a_strong_passphrase_is_not_questioned(qtbot: QtBot, make_controller, messages) -> None:
    controller = make_controller()
    dialog = controller.dialog
    type_new(qtbot, dialog.fields, PASS)
    assert dialog.strength.text() == "Strong."
    assert dialog.meter.value() == dialog.meter.maximum()
    qtbot.mouseClick(dialog.understood, CLICK)
    qtbot.mouseClick(dialog.create_button, CLICK)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert not [m for m in messages if m[0] == "confirm"]


def test_suggested_passphrase_is_six_eff_words_hidden_and_never_copied(qtbot: QtBot, make_controller) -> None:
    dialog = make_controller().dialog
    fields = dialog.fields
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    qtbot.mouseClick(fields.suggest_button, CLICK)
    words = fields.passphrase.text().split(" ")
    assert len(words) == 6 and set(words) <= set(eff_long_words())
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Password and fields.repeat.text() == ""
    assert fields.strength.text() == "Strong."
    assert "6 random words" in fields.suggest_hint.text()
    first = fields.passphrase.text()
    qtbot.mouseClick(fields.suggest_button, CLICK)
    assert fields.passphrase.text() != first

    fields.passphrase.show_action.trigger()  # the "show" toggle
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    fields.passphrase.selectAll()
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before" and fields.passphrase.text().split(" ") != [""]
    assert fields.passphrase.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    fields.passphrase.show_action.trigger()
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Password

    # Typing the words again is all it takes.
    qtbot.keyClicks(fields.repeat, fields.passphrase.text())
    assert fields.problem() == ""


def test_change_passphrase_dialog_has_the_meter_and_the_risk_question(
    qtbot: QtBot, make_controller, messages
) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    dialog = ChangePassphraseDialog(controller.context, controller.window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog.fields, NewPassphraseFields)
    assert dialog.fields.meter.isVisible() and dialog.fields.suggest_button.isVisible()
    qtbot.keyClicks(dialog.current, PASS)
    type_new(qtbot, dialog.fields, "cairo2024")
    assert dialog.fields.strength.text().startswith("Weak.")

    Messages.answer = lambda kind, title, text: False
    dialog.buttons.accepted.emit()
    assert messages[-1][0] == "confirm" and dialog.isVisible() and dialog.isEnabled()

    type_new(qtbot, dialog.fields, "a whole new passphrase")
    Messages.answer = lambda kind, title, text: True
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    session = controller.context.session
    session.lock()
    assert session.unlock("a whole new passphrase") is not None


def test_backup_dialog_uses_the_same_fields(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    dialog = BackupDialog(controller.context, controller.window)
    assert isinstance(dialog.separate, NewPassphraseFields)
    assert dialog.separate.passphrase_label.text() == "Backup &passphrase:"
    dialog.deleteLater()
    QApplication.processEvents()


def test_without_the_word_list_the_button_says_so_and_typing_still_works(
    qtbot: QtBot, make_controller, monkeypatch, tmp_path
) -> None:
    from hrdesk.domain import passphrase

    monkeypatch.setattr(passphrase, "eff_long_path", lambda: tmp_path / "missing")
    dialog = make_controller().dialog
    qtbot.mouseClick(dialog.fields.suggest_button, CLICK)
    assert not dialog.fields.suggest_button.isEnabled()
    assert "word list is missing" in dialog.fields.suggest_hint.text()
    assert dialog.passphrase.text() == ""
    type_new(qtbot, dialog.fields, PASS)
    assert dialog.fields.problem() == ""
