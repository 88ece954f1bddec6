"""The contact log and Today, driven as a person would: keys and clicks on the real main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Embassy, Interaction, InteractionChannel, Officer, OfficerStatus
from hrdesk.domain.isolate import plain
from hrdesk.gui.contacts.embassy_page import EmbassyPage
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.gui.contacts.officer_page import OfficerPage
from hrdesk.gui.contacts.screen import ContactsScreen
from hrdesk.gui.main_window import MainWindow
from hrdesk.gui.today.screen import TodayScreen
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.contacts.conftest import add_case
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

TODAY = dt.date.today()
Filler = Callable[[ContactLog, Vault], dict[str, int]]


@pytest.fixture
def open_app(qtbot: QtBot, make_controller, tmp_path: Path):
    """Fill a vault with ``fill``, then start the app on it and unlock: returns (window, log, ids)."""

    def start(fill: Filler) -> tuple[MainWindow, ContactLog, dict[str, int]]:
        folder = VaultFolder(tmp_path / "vault")
        vault = Vault.create(folder, PASS)
        ids = fill(ContactLog(vault), vault)
        vault.close()
        folder.release()
        controller = make_controller()
        unlock_with(qtbot, controller, PASS)
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        return window, ContactLog(controller.context.session.vault), ids

    return start


def two_officers_and_a_case(log: ContactLog, vault: Vault) -> dict[str, int]:
    embassy = log.save_embassy(Embassy("Canada", "Embassy in Tegucigalpa"))
    other = log.save_embassy(Embassy("Norway", "Embassy in Guatemala City"))
    return {
        "embassy": embassy,
        "ana": log.save_officer(Officer("Ana Pérez", embassy, posting_start=dt.date(2024, 2, 29))),
        "bo": log.save_officer(Officer("Bo Lindqvist", embassy, role=OfficerRole.POLITICAL)),
        "kari": log.save_officer(Officer("Kari Nordmann", other)),
        "case": add_case(vault, "Land defenders of Río Blanco"),
    }


def go_to_contacts(qtbot: QtBot, window: MainWindow) -> ContactsScreen:
    window.navigation.setFocus()
    row = [window.navigation.item(i).text() for i in range(window.navigation.count())].index("Contacts")
    qtbot.mouseClick(
        window.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.navigation.visualItemRect(window.navigation.item(row)).center(),
    )
    screen = window.screens["contacts"]
    assert isinstance(screen, ContactsScreen) and screen.isVisible()
    return screen


def tick(qtbot: QtBot, widget: QListWidget, text: str) -> None:
    """Move to the entry with the keyboard and tick it with Space."""
    widget.setFocus()
    for row in range(widget.count()):
        if plain(widget.item(row).text()).startswith(text):
            widget.setCurrentRow(row)
            qtbot.keyClick(widget, Qt.Key.Key_Space)
            assert widget.item(row).checkState() == Qt.CheckState.Checked
            return
    raise AssertionError(f"{text!r} not in the list")


def open_row(qtbot: QtBot, view: QAbstractItemView, text: str) -> None:
    """Select the row whose first column is ``text`` and press Enter, as a keyboard user would."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == text:
            view.setFocus()
            view.setCurrentIndex(index)
            qtbot.keyClick(view, Qt.Key.Key_Return)
            return
    raise AssertionError(f"{text!r} not in the table")


def test_a_meeting_with_two_officers_shows_on_all_three_histories(qtbot: QtBot, open_app) -> None:
    window, log, _ids = open_app(two_officers_and_a_case)
    screen = go_to_contacts(qtbot, window)
    qtbot.mouseClick(screen.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, InteractionDialog) and dialog.isVisible()
    assert dialog.channel.currentData() == InteractionChannel.MEETING.value
    qtbot.keyClicks(dialog.officer_filter, "ana p")
    assert [dialog.officers.item(r).isHidden() for r in range(3)].count(False) == 1
    tick(qtbot, dialog.officers, "Ana Pérez")
    dialog.officer_filter.clear()
    tick(qtbot, dialog.officers, "Bo Lindqvist")
    tick(qtbot, dialog.cases, "Land defenders")
    qtbot.keyClicks(dialog.summary, "Met both officers about the trial")
    qtbot.keyClicks(dialog.asked, "Trial observation on 3 June")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    interactions = log.interactions()
    assert len(interactions) == 1 and interactions[0].officer_names == ("Ana Pérez", "Bo Lindqvist")
    meeting = interactions[0].id
    assert [r.item.what for r in log.items()] == ["Trial observation on 3 June"]  # tracked, as ticked

    screen.lists.setCurrentIndex(1)  # the Officers tab
    for name in ("Ana Pérez", "Bo Lindqvist"):
        open_row(qtbot, screen.lists.view("officers"), name)
        page = screen.current_page()
        assert isinstance(page, OfficerPage) and page.heading.text() == name
        assert page.history_ids() == [meeting]
        assert page.history.model().index(0, 1).data() == "Met both officers about the trial"
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert screen.current_page() is None

    screen.lists.setCurrentIndex(2)  # Embassies
    open_row(qtbot, screen.lists.view("embassies"), "Canada — Embassy in Tegucigalpa")
    embassy_page = screen.current_page()
    assert isinstance(embassy_page, EmbassyPage) and embassy_page.history_ids() == [meeting]
    qtbot.keyClick(embassy_page.history, Qt.Key.Key_Escape)  # Esc goes back too
    open_row(qtbot, screen.lists.view("embassies"), "Norway — Embassy in Guatemala City")
    assert screen.current_page().history_ids() == []
    assert screen.current_page().history_stack.currentWidget() is screen.current_page().history_empty
    qtbot.mouseClick(screen.current_page().back_button, Qt.MouseButton.LeftButton)

    screen.lists.setCurrentIndex(4)  # Cases
    screen.lists.cases.setFocus()
    screen.lists.cases.setCurrentRow(0)
    qtbot.keyClick(screen.lists.cases, Qt.Key.Key_Return)
    case_page = screen.current_page()
    assert case_page.heading.text() == "Land defenders of Río Blanco"
    assert case_page.history_ids() == [meeting]


def test_mark_as_left_with_a_successor_shows_the_role_history(qtbot: QtBot, open_app) -> None:
    window, log, ids = open_app(two_officers_and_a_case)
    screen = go_to_contacts(qtbot, window)
    screen.lists.setCurrentIndex(1)
    open_row(qtbot, screen.lists.view("officers"), "Ana Pérez")
    page = screen.current_page()
    assert isinstance(page, OfficerPage) and page.left_button.isVisible()
    qtbot.mouseClick(page.left_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, LeftDialog) and dialog.new.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.status.text() == "Give the officer's name."  # refused, stays open
    qtbot.keyClicks(dialog.new_name, "Carla Gomez")
    qtbot.keyClicks(dialog.new_email, "carla@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    ana = log.officer(ids["ana"])
    assert ana.status == OfficerStatus.LEFT and ana.left_on == TODAY and ana.successor_id is not None
    carla = log.officer(ana.successor_id)
    assert (carla.name, carla.role, carla.embassy_id) == (
        "Carla Gomez",
        OfficerRole.HUMAN_RIGHTS,
        ids["embassy"],
    )
    assert not page.left_button.isVisible()
    assert page.successor_button.text() == "Succeeded by \u2068Carla Gomez\u2069"  # name isolated
    assert plain(page.posting.text()).startswith("In post from February 29, 2024 until")

    qtbot.mouseClick(page.embassy_button, Qt.MouseButton.LeftButton)
    embassy_page = screen.current_page()
    assert isinstance(embassy_page, EmbassyPage)
    assert embassy_page.role_rows() == [
        ("Human rights officer", ["Ana Pérez", "Carla Gomez"]),
        ("Political officer", ["Bo Lindqvist"]),
    ]
    holder = embassy_page.roles.topLevelItem(0).child(0)
    assert (holder.text(1), holder.text(3)) == ("February 29, 2024", "Left")

    # The successor's page says whom they took over from.
    embassy_page.roles.setFocus()
    embassy_page.roles.setCurrentItem(embassy_page.roles.topLevelItem(0).child(1))
    qtbot.keyClick(embassy_page.roles, Qt.Key.Key_Return)
    assert plain(screen.current_page().predecessor_button.text()) == "Took over from Ana Pérez"


def test_a_follow_up_due_yesterday_shows_on_today_and_goes_when_done(qtbot: QtBot, open_app) -> None:
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        ids = two_officers_and_a_case(log, vault)
        yesterday = TODAY - dt.timedelta(days=1)
        log.log_interaction(
            Interaction(
                TODAY - dt.timedelta(days=8), [ids["ana"]], summary="Ask about the visa", follow_up=yesterday
            )
        )
        log.log_interaction(
            Interaction(TODAY, [ids["bo"]], summary="Not due yet", follow_up=TODAY + dt.timedelta(days=3))
        )
        return ids

    window, log, _ids = open_app(fill)
    today = window.screens["today"]
    assert isinstance(today, TodayScreen) and today.isVisible()  # the first screen
    assert window.navigation.currentRow() == 0
    rows = today.follow_ups.rows
    assert [(r.tag.text(), r.title.text()) for r in rows] == [("Overdue by 1 day", "Ask about the visa")]
    assert today.follow_ups.isVisible() and not today.all_clear.isVisible()
    done = rows[0].buttons.itemAt(0).widget()
    assert done.text() == "Done"
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert today.follow_ups.rows == [] and not today.follow_ups.isVisible()
    assert log.due_follow_ups(TODAY) == []
    assert QApplication.focusWidget() is not None


def test_snooze_moves_a_follow_up_off_today(qtbot: QtBot, open_app) -> None:
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        ids = two_officers_and_a_case(log, vault)
        log.log_interaction(Interaction(TODAY, [ids["ana"]], summary="Call back", follow_up=TODAY))
        return ids

    window, log, _ids = open_app(fill)
    today = window.screens["today"]
    snooze = today.follow_ups.rows[0].buttons.itemAt(1).widget()
    assert today.follow_ups.rows[0].tag.text() == "Due today"
    assert [a.text() for a in snooze.menu().actions()][:2] == ["In 1 day", "In 3 days"]
    snooze.menu().actions()[1].trigger()
    assert today.follow_ups.rows == []
    assert [f.title for f in log.due_follow_ups(TODAY + dt.timedelta(days=3))] == ["Call back"]


def test_search_groups_results_and_opens_them(qtbot: QtBot, open_app) -> None:
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        ids = two_officers_and_a_case(log, vault)
        log.log_interaction(Interaction(TODAY, [ids["kari"]], summary="Norway: visa support discussed"))
        return ids

    window, _log, ids = open_app(fill)
    screen = go_to_contacts(qtbot, window)
    qtbot.keyClicks(screen.search, "norw")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.results
    groups = [screen.results.topLevelItem(i).text(0) for i in range(screen.results.topLevelItemCount())]
    assert groups == ["Embassies (1)", "Interactions (1)"]
    screen.results.setFocus()
    qtbot.keyClick(screen.results, Qt.Key.Key_Return)  # the first hit is selected
    assert isinstance(screen.current_page(), EmbassyPage)
    assert screen.current_page().embassy_id != ids["embassy"]
    qtbot.mouseClick(screen.current_page().back_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.results
    screen.search.clear()
    qtbot.keyClicks(screen.search, "zzzz")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.no_results and "zzzz" in screen.no_results.text()
    screen.search.clear()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.lists


def test_empty_log_explains_what_to_do(qtbot: QtBot, open_app) -> None:
    window, _log, _ids = open_app(lambda log, vault: {})
    today = window.screens["today"]
    assert today.all_clear.isVisible() and today.all_clear.heading.text() == "Nothing needs you today"
    screen = go_to_contacts(qtbot, window)
    stack, _model, empty = screen.lists.tables["interactions"]
    assert stack.currentWidget() is empty and empty.button.isVisible()
    assert not screen.log_button.isEnabled()
    screen.lists.setCurrentIndex(2)
    _stack, _model, embassies_empty = screen.lists.tables["embassies"]
    qtbot.mouseClick(embassies_empty.button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.keyClicks(dialog.government, "Canada")
    qtbot.keyClicks(dialog.place, "Embassy in Ottawa")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert [r.embassy.label for r in screen.log.embassies()] == ["Canada — Embassy in Ottawa"]
    assert screen.add_officer_button.isEnabled()


def test_a_mistaken_departure_can_be_undone(qtbot: QtBot, open_app) -> None:
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        ids = two_officers_and_a_case(log, vault)
        log.mark_left(ids["bo"], TODAY)
        return ids

    window, log, ids = open_app(fill)
    screen = go_to_contacts(qtbot, window)
    screen.open_officer(ids["bo"])
    page = screen.current_page()
    assert not page.left_button.isVisible()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.back_in_post.isVisible()
    dialog.back_in_post.setFocus()
    qtbot.keyClick(dialog.back_in_post, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bo = log.officer(ids["bo"])
    assert bo.status == OfficerStatus.IN_POST and bo.left_on is None
    assert page.left_button.isVisible()
