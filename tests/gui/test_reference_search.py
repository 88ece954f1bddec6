"""Typing in the Reference screen's search shows the best match first, in English and Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.reference.screen import ReferenceScreen
from tests.gui.test_reference import entry_titles, screen  # noqa: F401 - the fixture


def test_the_best_match_is_shown_not_the_first_in_the_tree(qtbot: QtBot, screen: ReferenceScreen) -> None:  # noqa: F811
    library = screen.library()
    qtbot.keyClicks(screen.search, "emergency fund")
    assert "Front Line Defenders: call first in an emergency" in entry_titles(screen)
    screen.search.clear()
    qtbot.keyClicks(screen.search, "lifeline")
    titles = entry_titles(screen)
    # The tree keeps the reference's order ("In danger now" comes first)...
    assert titles[0] == library.entry("urgent-relocation-funds").title
    assert screen.view.entry.id == "lifeline-fund"  # ...but the best-ranked entry is shown


def test_arabic_search_folds_letter_variants(screen: ReferenceScreen) -> None:  # noqa: F811
    screen.reading.setCurrentIndex(screen.reading.findData("ar"))
    screen.reading.activated.emit(screen.reading.currentIndex())
    # Without hamza, with ه for ة. (QTest's keyClicks aborts on Arabic letters: set the text.)
    screen.search.setText("تاشيره كندا")
    assert screen.view.entry is not None and screen.view.entry.id == "canada-hrd-stream"


def test_the_danger_button_asks_for_tonights_entry(qtbot: QtBot, make_controller, monkeypatch) -> None:
    from hrdesk.gui.today.danger import IN_DANGER_ENTRY
    from tests.gui.cases.helpers import open_cases_screen

    controller, _cases = open_cases_screen(qtbot, make_controller)
    window = controller.window
    asked: list[str] = []
    reference = window.screens["reference"]
    monkeypatch.setattr(reference, "show_entry", asked.append)
    window.show_screen("contacts")
    qtbot.mouseClick(window.danger_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reference and asked == [IN_DANGER_ENTRY]
    window.show_screen("today")
    qtbot.mouseClick(window.screens["today"].danger, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reference and asked == [IN_DANGER_ENTRY] * 2
