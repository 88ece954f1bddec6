"""Shared steps for the cases and wizard GUI tests: reach the Cases screen, type into cells."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.gui.cases.screen import CasesScreen
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.context import AppContext
from hrdesk.services.cases import CaseService
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with


def solo_service(context: AppContext) -> CaseService:
    assert context.session.vault is not None
    return CaseService(context.session.vault)


def open_cases_screen(qtbot: QtBot, make_controller) -> tuple[object, CasesScreen]:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    window.show_screen("cases")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    screen = window.screens["cases"]
    assert isinstance(screen, CasesScreen)
    return controller, screen


def service_of(controller) -> CaseService:
    return CaseService(controller.context.session.vault)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for ``text``; QTest's own keyClicks only knows ASCII, so others go as key text."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            plain = Qt.KeyboardModifier.NoModifier
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, chunk, plain)


def type_in_focus(qtbot: QtBot, text: str, then: Qt.Key | None = Qt.Key.Key_Tab) -> None:
    """Type into whatever has the focus (an open cell editor), then press ``then``."""
    if text:
        type_text(qtbot, focused(), text)
    if then is not None:
        press(qtbot, then)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key on the focused widget; queued work (an editor closing after Enter) runs before returning."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def new_case(qtbot: QtBot, screen: CasesScreen, title: str) -> int:
    """Ctrl+N, type the title, Enter: the wizard opens on Basics."""
    panel = screen.list_panel
    panel.filter_edit.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.new_case.isVisible()
    type_text(qtbot, panel.new_case.title, title)
    qtbot.keyClick(panel.new_case.title, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.wizard
    assert screen.wizard.current_page_id() == PageId.BASICS
    assert screen.wizard.editor is not None
    return screen.wizard.editor.case_id


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Click a check box on its box (a wide check box's centre may be empty space)."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=box.center())
