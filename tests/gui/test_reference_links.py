"""Screens link to the Reference entries that explain them: the Request page and Today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.cases.wizard.page_ids import PageId
from tests.gui.cases.helpers import new_case, open_cases_screen


def test_request_page_and_today_open_their_reference_entries(qtbot: QtBot, make_controller) -> None:
    controller, screen = open_cases_screen(qtbot, make_controller)
    window = controller.window
    new_case(qtbot, screen, "Links")
    screen.wizard.go_to(PageId.REQUEST)
    request = screen.wizard.pages[PageId.REQUEST]
    qtbot.mouseClick(request.links.buttons["human-rights-officer"], Qt.MouseButton.LeftButton)
    reference = window.screens["reference"]
    assert window.stack.currentWidget() is reference
    assert reference.view.entry is not None and reference.view.entry.id == "human-rights-officer"

    window.show_screen("today")
    today = window.screens["today"]
    qtbot.mouseClick(today.links.buttons["staff-rotation"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reference and reference.view.entry.id == "staff-rotation"
