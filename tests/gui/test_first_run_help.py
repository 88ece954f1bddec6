"""After the vault is created: the safety card (once), the offline help page (F1) in five
languages, and the demo's passphrase on its unlock screen (issue #12 part 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.controller import AppController
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.help.dialog import HelpDialog
from hrdesk.gui.help.safety_card import LOCK_KEYS, SafetyCardDialog
from hrdesk.gui.help.sections import help_sections
from hrdesk.gui.safety.lock_hide import DEFAULT_SEQUENCE
from hrdesk.gui.today.danger import DANGER_SHORTCUT
from hrdesk.services.demo import DEMO_PASSPHRASE, DemoVault
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with
from tests.gui.test_shortcuts import open_window, press

LANGUAGES = ("en", "es", "fr", "ar", "ru")
CLICK = Qt.MouseButton.LeftButton


def create_vault(qtbot: QtBot, controller) -> None:
    dialog = controller.dialog
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.repeat, PASS)
    qtbot.mouseClick(dialog.understood, CLICK)
    qtbot.mouseClick(dialog.create_button, CLICK)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def test_safety_card_appears_once_after_the_vault_is_created(qtbot: QtBot, make_controller) -> None:
    controller = make_controller()
    create_vault(qtbot, controller)
    card = controller.window.safety_card
    assert isinstance(card, SafetyCardDialog) and card.isVisible()
    text = "\n".join(point.text() for point in card.points)
    for needed in ("Ctrl+L", "Ctrl+Shift+L", "USB stick", "Linux", "screenshots", "Help (F1)"):
        assert needed in text, needed
    qtbot.mouseClick(card.done_button, CLICK)
    assert not card.isVisible()

    # Locking and unlocking again does not show it a second time.
    controller.lock()
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.safety_card is None
    assert not any(isinstance(w, SafetyCardDialog) and w.isVisible() for w in QApplication.topLevelWidgets())

    # It stays reachable from Help, and its "Open Help" shows the locking section.
    window = controller.window
    assert window.safety_card_action in window.help_menu.actions()
    window.safety_card_action.trigger()
    card = window.safety_card
    assert card is not None and card.isVisible()
    qtbot.mouseClick(card.help_button, CLICK)
    assert window.help_page is not None and window.help_page.isVisible()
    assert window.help_page.pages.currentWidget().heading.text() == "Locking and hiding"


def test_no_safety_card_when_an_existing_vault_is_unlocked(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.safety_card is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_opens_with_f1_in_every_language(qtbot: QtBot, make_controller, language: str) -> None:
    controller = make_controller(existing_vault=True, language=language)
    languages = controller.context.languages
    languages.apply("en")
    english = help_sections()
    languages.apply(language)
    window = open_window(qtbot, controller)
    press(qtbot, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    page = window.help_page
    assert isinstance(page, HelpDialog) and page.isVisible()
    keys = [section.key for section in page.sections]
    assert keys == ["start", "wizard", "contacts", "brief", "backups", "locking", "leaves"]
    assert page.contents.count() == len(keys)
    for row, (shown, source) in enumerate(zip(page.sections, english, strict=True)):
        assert page.contents.item(row).text() == shown.title
        assert len(shown.paragraphs) == len(source.paragraphs) and all(shown.paragraphs)
        if language != "en":  # translated, not English left in place
            assert shown.title != source.title
            assert all(a != b for a, b in zip(shown.paragraphs, source.paragraphs, strict=True))
    # Keyboard only: Down moves through the sections and the page follows.
    page.contents.setFocus()
    qtbot.keyClick(page.contents, Qt.Key.Key_Down)
    assert page.pages.currentIndex() == 1
    assert page.pages.currentWidget().heading.text() == page.sections[1].title
    if language == "ar":
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_help_names_the_keys_the_app_really_uses() -> None:
    text = " ".join(p for section in help_sections() for p in section.paragraphs)
    for keys in (LOCK_KEYS, DEFAULT_SEQUENCE, DANGER_SHORTCUT, "Ctrl+1", "Ctrl+5"):
        assert keys in text, keys


def test_f1_opens_help_before_the_vault_exists(qtbot: QtBot, make_controller) -> None:
    dialog = make_controller().dialog
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, HelpDialog) and w.isVisible() for w in dialog.children()))
    assert not controller_has_vault(dialog)


def controller_has_vault(dialog) -> bool:
    return dialog.context.session.has_vault


def test_demo_unlock_screen_shows_its_passphrase(qtbot: QtBot, qapp: QApplication) -> None:
    """The README says the demo's passphrase is on the unlock screen: lock the demo and look."""
    create_application()
    demo = DemoVault()
    context = build_context(qapp, demo.folder, demo=True)
    context.session.vault = demo.create()
    controller = AppController(qapp, context)
    controller.start()
    try:
        assert controller.window is not None and controller.window.safety_card is None
        controller.lock()
        dialog = controller.dialog
        assert isinstance(dialog, UnlockDialog) and DEMO_PASSPHRASE in dialog.intro.text()
        unlock_with(qtbot, controller, DEMO_PASSPHRASE)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    finally:
        controller.quit()
        qapp.removeEventFilter(controller.idle)
        context.languages.apply("en")
        demo.erase()
