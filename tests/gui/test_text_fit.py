"""Every screen and dialog in all five languages at 1366x768: no label or button text cut (issue #12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.services.cases import CaseService
from tests.gui.conftest import PASS
from tests.gui.fit import mnemonic_clashes, text_problems
from tests.gui.test_shell import unlock_with

LANGUAGES = ("en", "es", "fr", "ar", "ru")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_on_any_screen(qtbot: QtBot, make_controller, language: str) -> None:
    controller = make_controller(existing_vault=True, language=language)
    dialog = controller.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = [f"unlock: {p}" for p in text_problems(dialog)]
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    window.resize(1366, 720)
    window.show()
    qtbot.waitExposed(window)
    for key in window.screens:
        window.show_screen(key)
        problems += [f"{key} (empty): {p}" for p in text_problems(window) + mnemonic_clashes(window)]
    settings = window.screens["settings"]
    assert settings.heading.text() == settings.title() and settings.heading.objectName() == "heading"
    case = CaseService(controller.context.session.vault).create_case(
        "Land defenders of the river valley: threats after the 2026 eviction hearings"
    )
    cases = window.screens["cases"]
    window.show_screen("cases")
    cases.list_panel.refresh()
    problems += [f"cases (one case): {p}" for p in text_problems(window)]
    cases.open_case(case.id)
    for page in cases.wizard.pages:
        cases.wizard.go_to(page)
        QApplication.processEvents()
        problems += [f"wizard {page.name}: {p}" for p in text_problems(window) + mnemonic_clashes(window)]
    assert problems == [], "\n".join(problems)


def test_contact_tables_show_dates_whole_and_long_text_in_a_tooltip(qtbot: QtBot, make_controller) -> None:
    import datetime as dt

    from hrdesk.domain.contacts import Embassy, Interaction, Officer
    from hrdesk.services.contacts import ContactLog

    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    window.resize(1366, 720)
    window.show()
    log = ContactLog(controller.context.session.vault)
    embassy_id = log.save_embassy(Embassy("Canada", "Embassy in a capital city with a long name"))
    officer_id = log.save_officer(Officer("Jane Officer", embassy_id))
    summary = "We went through the whole timeline of threats, the eviction hearings and the request " * 3
    log.log_interaction(Interaction(dt.date(2027, 9, 28), [officer_id], summary=summary.strip()))
    window.show_screen("contacts")
    contacts = window.screens["contacts"]
    contacts.lists.refresh()
    QApplication.processEvents()
    view = contacts.lists.interactions_view
    model = view.model()
    assert model.rowCount() == 1
    date_text = model.index(0, 0).data()
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(date_text)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == summary.strip()
    # Every cell's full text is in its tooltip, so an elided one can always be read.
    for column in range(model.columnCount()):
        text = model.index(0, column).data()
        if text:
            assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole), column
