"""The shortcuts of docs/keyboard.md that tests/gui/test_shortcuts.py does not press: each one,
pressed as a person would, does what the page says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from tests.gui.test_shortcuts import focus, open_window, press

ALT = Qt.KeyboardModifier.AltModifier


def test_the_shortcuts_of_the_keyboard_page(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    window = open_window(qtbot, controller)
    vault = controller.context.session.vault
    case_id = CaseService(vault).create_case("Keyboard case").id
    embassy_id = ContactLog(vault).save_embassy(Embassy(government="Canada", place="Embassy in Serin City"))

    # Ctrl+1 ... Ctrl+5: the five screens, in the sidebar's order.
    for number, key in enumerate(("today", "cases", "contacts", "reference", "settings"), start=1):
        focus(qtbot, window.navigation)
        press(qtbot, Qt.Key(Qt.Key.Key_0.value + number))
        assert window.stack.currentWidget() is window.screens[key], key

    # Cases: F2 renames the selected case in place.
    cases = window.screens["cases"]
    window.show_screen("cases")
    panel = cases.list_panel
    panel.refresh()
    panel.view.selectRow(0)
    focus(qtbot, panel.view)
    press(qtbot, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    assert panel.view.state() == QAbstractItemView.State.EditingState
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)

    # The wizard: Ctrl+PgDown and Ctrl+PgUp walk the pages.
    cases.open_case(case_id)
    wizard = cases.wizard
    focus(qtbot, wizard.steps)
    press(qtbot, Qt.Key.Key_PageDown)
    assert wizard.current_page_id() is PageId.REQUEST
    press(qtbot, Qt.Key.Key_PageUp)
    assert wizard.current_page_id() is PageId.BASICS

    # The timeline table: Ctrl+D duplicates the selected row, Ctrl+Z undoes it, Ctrl+Y redoes it.
    wizard.go_to(PageId.TIMELINE)
    table = wizard.pages[PageId.TIMELINE].table
    view = table.view
    table.add_action.trigger()
    view.closePersistentEditor(view.currentIndex())
    window.activateWindow()
    rows = view.model().rowCount()
    view.selectRow(rows - 1)
    focus(qtbot, view)
    press(qtbot, Qt.Key.Key_D)
    assert view.model().rowCount() == rows + 1
    press(qtbot, Qt.Key.Key_Z)
    assert view.model().rowCount() == rows
    press(qtbot, Qt.Key.Key_Y)
    assert view.model().rowCount() == rows + 1
    wizard.close_case()

    # Contacts: Esc and Alt+Left go back from an embassy's page to the lists.
    contacts = window.screens["contacts"]
    window.show_screen("contacts")
    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, ALT)):
        contacts.open_embassy(embassy_id)
        page = contacts.current_page()
        assert page is not None
        focus(qtbot, page.back_button)
        press(qtbot, key, modifiers)
        assert contacts.current_page() is None, key
