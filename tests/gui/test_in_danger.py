""" "In danger now" is one click (or one shortcut) away from every screen, and on Today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.today.danger import DANGER_SHORTCUT, IN_DANGER_ENTRY
from hrdesk.reference.loading import load_library
from tests.gui.cases.helpers import open_cases_screen


def test_the_danger_button_opens_tonights_steps_from_every_screen(qtbot: QtBot, make_controller) -> None:
    controller, _cases = open_cases_screen(qtbot, make_controller)
    window = controller.window
    reference = window.screens["reference"]
    button = window.danger_button
    assert button.isVisible() and button.accessibleName() == "In danger now"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    for key in ("today", "cases", "contacts", "settings"):
        window.show_screen(key)
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is reference
        assert reference.view.entry is not None and reference.view.entry.id == IN_DANGER_ENTRY

    window.show_screen("contacts")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(
        window.navigation,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is reference and reference.view.entry.id == IN_DANGER_ENTRY

    window.show_screen("today")
    today = window.screens["today"]
    qtbot.mouseClick(today.danger, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reference and reference.view.entry.id == IN_DANGER_ENTRY


def test_the_shortcut_is_used_by_nothing_else(qtbot: QtBot, make_controller) -> None:
    controller, _cases = open_cases_screen(qtbot, make_controller)
    wanted = QKeySequence(DANGER_SHORTCUT)

    users = [a for a in controller.window.findChildren(QAction) if wanted in a.shortcuts()]
    assert users == [controller.window.danger_action]


def test_the_entry_exists_first_in_every_language() -> None:
    for language in ("en", "es", "fr", "ar", "ru"):
        library = load_library(language)
        assert library.topics[0].id == "in-danger-now"
        assert library.topics[0].entries[0].id == IN_DANGER_ENTRY
