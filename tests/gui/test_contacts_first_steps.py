"""An empty contact log offers the step that is possible: an embassy first, then an officer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.vault import Vault
from tests.gui.test_contacts import go_to_contacts, open_app  # noqa: F401 - the fixture


def test_no_embassy_the_interactions_empty_state_adds_one(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(lambda log, vault: {})
    screen = go_to_contacts(qtbot, window)
    stack, _model, empty = screen.lists.tables["interactions"]
    assert stack.currentWidget() is empty
    assert empty.button.text() == "Add an embassy"
    assert "Start with the embassy" in empty.text.text()
    # Laid out whole: the text keeps only the height its lines need, the button sits below it.
    qtbot.waitUntil(lambda: empty.button.geometry().top() >= empty.text.geometry().bottom())
    assert empty.text.height() == empty.text.heightForWidth(empty.text.width()) < 200
    assert empty.geometry().contains(empty.button.geometry())
    empty.button.setFocus()
    qtbot.keyClick(empty.button, Qt.Key.Key_Space)  # a real button, reachable from the keyboard
    dialog = screen.dialog
    assert isinstance(dialog, EmbassyDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.government, "Canada")
    qtbot.keyClick(dialog.government, Qt.Key.Key_Return)
    assert [r.embassy.government for r in screen.log.embassies()] == ["Canada"]
    # With an embassy but no officer the same button now adds the officer.
    assert empty.button.text() == "Add an officer"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert isinstance(screen.dialog, OfficerDialog)


def test_officers_and_tracker_tabs_also_start_with_an_embassy(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(lambda log, vault: {})
    screen = go_to_contacts(qtbot, window)
    for key in ("officers", "tracker"):
        assert screen.lists.tables[key][2].button.text() == "Add an embassy"
    assert screen.lists.tables["embassies"][2].button.text() == "Add an embassy"


def test_ctrl_n_without_an_embassy_offers_to_add_one(qtbot: QtBot, open_app, messages) -> None:  # noqa: F811
    window, _log, _ids = open_app(lambda log, vault: {})
    screen = go_to_contacts(qtbot, window)
    screen.log_interaction()
    assert messages[-1][0] == "confirm" and messages[-1][1] == "Add an embassy first"
    assert isinstance(screen.dialog, EmbassyDialog)


def test_with_officers_the_button_logs_an_interaction(qtbot: QtBot, open_app) -> None:  # noqa: F811
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        log.save_embassy(Embassy("Canada"))
        return {}

    window, _log, _ids = open_app(fill)
    screen = go_to_contacts(qtbot, window)
    empty = screen.lists.tables["interactions"][2]
    assert empty.button.text() == "Add an officer"
    assert screen.lists.tables["officers"][2].button.text() == "Add an officer"
    assert screen.lists.tables["tracker"][2].button.text() == "Track a request or commitment"
