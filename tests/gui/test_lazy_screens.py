"""Issue #16: the main window builds only the screen it shows first (Today); every other screen is
built on its first visit, in the language and layout direction the app has by then, and is wired as
if it had been there from the start."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from hrdesk.gui.common.screen import Screen
from hrdesk.gui.main_window import SCREENS
from hrdesk.gui.settings.screen import SettingsScreen
from tests.gui.test_shortcuts import open_window

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
RTL = Qt.LayoutDirection.RightToLeft


def built_screens(window) -> set[str]:
    """The screens that exist as widgets in the window (found by type, not through the window's map)."""
    return {screen.objectName() for screen in window.findChildren(Screen)}


def visible_texts(screen: Screen) -> list[str]:
    widgets = screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)
    return [widget.text() for widget in widgets if widget.isVisibleTo(screen) and widget.text()]


def test_only_today_is_built_when_the_window_shows(qtbot: QtBot, make_controller) -> None:
    window = open_window(qtbot, make_controller(existing_vault=True))
    assert built_screens(window) == {"screen-today"}
    assert window.stack.currentWidget().objectName() == "screen-today"
    # The sidebar still names and offers every screen, with its shortcut.
    assert window.navigation.count() == len(SCREENS)
    assert [window.navigation.item(row).text() for row in range(len(SCREENS))] == [
        "Today",
        "Cases",
        "Contacts",
        "Reference",
        "Settings",
    ]
    assert window.go_actions[2].shortcut().toString() == "Ctrl+3"


def test_a_screen_visited_after_switching_to_arabic_comes_up_in_arabic(qtbot: QtBot, make_controller) -> None:
    window = open_window(qtbot, make_controller(existing_vault=True))
    window.language_actions["ar"].trigger()
    QApplication.processEvents()  # LanguageChange events are posted, not sent
    assert built_screens(window) == {"screen-today"}  # the switch built nothing

    for row, (key, _factory) in enumerate(SCREENS[1:], start=1):
        window.go_actions[row].trigger()  # Ctrl+2 ... Ctrl+5
        screen = window.stack.currentWidget()
        assert screen.objectName() == f"screen-{key}"
        assert screen.isVisible()
        assert screen.layoutDirection() == RTL, key
        texts = visible_texts(screen)
        assert any(ARABIC_LETTER.search(text) for text in texts), (key, texts)
        assert window.navigation.item(row).text() == screen.title()
    assert built_screens(window) == {f"screen-{key}" for key, _ in SCREENS}

    # Built in Arabic, they follow the next switch like any other screen.
    window.language_actions["en"].trigger()
    QApplication.processEvents()
    settings = window.screens["settings"]
    assert settings.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not any(ARABIC_LETTER.search(text) for text in visible_texts(settings))


def test_a_screen_reached_from_code_is_built_and_wired(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    window = open_window(qtbot, controller)
    window.show_in_danger()  # Today's and the Help menu's link into Reference
    assert window.stack.currentWidget() is window.screens["reference"]
    assert "screen-settings" not in built_screens(window)

    # Settings built late still locks the vault through the controller, as when it was built at start.
    settings = window.screens["settings"]
    assert isinstance(settings, SettingsScreen)
    assert window.stack.indexOf(settings) == 4
    settings.idle_minutes_changed.emit(7)
    assert controller.idle._timer.interval() == 7 * 60_000  # no public getter
    settings.lock_now.click()
    assert controller.window is None
    assert not controller.context.session.is_unlocked
