"""Switching through all five languages at run time: layout direction and translated labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.i18n import LANGUAGES
from hrdesk.gui.main_window import SCREENS
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

# Words that are correctly the same as in English.
SAME_AS_ENGLISH = {("fr", "Contacts")}


def test_every_language_translates_every_screen(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    english = {key: window.screens[key].title() for key, _ in SCREENS}
    english_lock = window.lock_action.text()
    for code, _name in LANGUAGES:
        window.language_actions[code].trigger()
        QApplication.processEvents()  # LanguageChange events are posted, not sent
        rtl = code == "ar"
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert QApplication.layoutDirection() == expected, code
        for row, (key, _) in enumerate(SCREENS):
            screen = window.screens[key]
            assert screen.layoutDirection() == expected, (code, key)
            label = window.navigation.item(row).text()
            assert label == screen.title()
            if code != "en" and (code, label) not in SAME_AS_ENGLISH:
                assert label != english[key], (code, key, label)  # really translated
        if code != "en":
            assert window.lock_action.text() != english_lock
            # Qt's own standard buttons are translated too (qtbase_<lang>.qm).
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel", code
    window.language_actions["en"].trigger()
    QApplication.processEvents()
    assert window.navigation.item(0).text() == english[SCREENS[0][0]]


@pytest.mark.parametrize("code", [c for c, _ in LANGUAGES])
def test_unlock_dialog_in_each_language(qtbot: QtBot, make_controller, code: str) -> None:
    controller = make_controller(existing_vault=True, language=code)
    dialog = controller.dialog
    assert dialog.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    )
    if code != "en":
        assert dialog.heading.text() != "Unlock your vault"
