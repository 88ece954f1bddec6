"""Every advertised shortcut, pressed in every UI language after a language switch (issue #12).

Found by a user: Ctrl+P did nothing because retranslate() set the Brief button's text after its
shortcut, and a button's text replaces its shortcut. Each language here is reached by switching
from another one, so a shortcut lost on retranslation fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.main_window import MainWindow
from hrdesk.services.cases import CaseService
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

LANGUAGES = ("en", "es", "fr", "ar", "ru")
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifiers=CTRL) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifiers)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2_000)


def open_window(qtbot: QtBot, controller) -> MainWindow:
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_shortcuts_work_after_switching_language(
    qtbot: QtBot, make_controller, monkeypatch, language: str
) -> None:
    controller = make_controller(existing_vault=True)
    window = open_window(qtbot, controller)
    case_id = CaseService(controller.context.session.vault).create_case("Shortcut case").id
    other = "ar" if language != "ar" else "fr"
    window.language_actions[other].trigger()
    window.language_actions[language].trigger()

    # Ctrl+N on Cases, from the list, the search of the sidebar alike.
    cases = window.screens["cases"]
    window.show_screen("cases")
    panel = cases.list_panel
    panel.refresh()
    for start in (window.navigation, panel.view, panel.delete_button):
        panel.new_case.close_row()
        focus(qtbot, start)
        press(qtbot, Qt.Key.Key_N)
        assert panel.new_case.isVisible() and panel.new_case.title.hasFocus(), start
    panel.new_case.close_row()

    # Ctrl+P in the case opens the Brief dialog; Ctrl+Z undoes in a table.
    opened: list[int] = []
    cases.wizard.brief_requested.disconnect()
    cases.wizard.brief_requested.connect(opened.append)
    cases.open_case(case_id)
    focus(qtbot, cases.wizard.steps)
    press(qtbot, Qt.Key.Key_P)
    assert opened == [case_id]
    cases.wizard.go_to(PageId.TIMELINE)
    table = cases.wizard.pages[PageId.TIMELINE].table
    view = table.view
    table.add_action.trigger()  # a new row, undoable
    done = table.undo_stack.index()
    assert done > 0
    view.closePersistentEditor(view.currentIndex())
    window.activateWindow()  # the date cell's editor may have taken the activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Z)
    assert table.undo_stack.index() == done - 1
    cases.wizard.close_case()

    # Contacts: Ctrl+F goes to the search, Ctrl+N logs an interaction from anywhere on the screen.
    contacts = window.screens["contacts"]
    window.show_screen("contacts")
    logged: list[bool] = []
    monkeypatch.setattr(contacts, "log_interaction", lambda *a, **k: logged.append(True))
    focus(qtbot, window.navigation)
    press(qtbot, Qt.Key.Key_F)
    assert contacts.search.hasFocus()
    press(qtbot, Qt.Key.Key_N)
    focus(qtbot, window.navigation)
    press(qtbot, Qt.Key.Key_N)
    assert logged == [True, True]

    # Reference: Ctrl+F.
    window.show_screen("reference")
    focus(qtbot, window.navigation)
    press(qtbot, Qt.Key.Key_F)
    assert window.screens["reference"].search.hasFocus()

    # Ctrl+L locks; after unlocking, Ctrl+Shift+L locks and hides.
    press(qtbot, Qt.Key.Key_L)
    assert controller.window is None and isinstance(controller.dialog, UnlockDialog)
    window = open_window(qtbot, controller)
    focus(qtbot, window.navigation)
    press(qtbot, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert controller.window is None and not controller.context.session.is_unlocked
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
