"""Marking an officer as left offers to hand over what is open; the tracker and embassy page show it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Interaction, ItemKind, ItemStatus, TrackedItem
from hrdesk.domain.isolate import plain
from hrdesk.gui.contacts.embassy_page import EmbassyPage
from hrdesk.gui.contacts.handover_dialog import HandOverDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.vault import Vault
from tests.gui.test_contacts import go_to_contacts, open_app, two_officers_and_a_case  # noqa: F401

TODAY = dt.date.today()


def _with_open_work(log: ContactLog, vault: Vault) -> dict[str, int]:
    ids = two_officers_and_a_case(log, vault)
    embassy, ana = ids["embassy"], ids["ana"]
    for kind, what, status in (
        (ItemKind.REQUEST, "Trial observation", ItemStatus.ASKED),
        (ItemKind.COMMITMENT, "Public statement", ItemStatus.PROMISED),
        (ItemKind.REQUEST, "Visa letter", ItemStatus.DONE),
    ):
        log.save_item(TrackedItem(kind, what, embassy, status, ana))
    soon = TODAY + dt.timedelta(days=2)
    log.log_interaction(Interaction(TODAY, [ana], summary="Ask about the hearing", follow_up=soon))
    return ids


def _mark_left_with_successor(qtbot: QtBot, screen, ids: dict[str, int]):
    screen.open_officer(ids["ana"])
    page = screen.current_page()
    assert not page.hand_over_button.isVisible()  # in post: nothing to hand over yet
    qtbot.mouseClick(page.left_button, Qt.MouseButton.LeftButton)
    left = page.dialog
    assert isinstance(left, LeftDialog)
    left.existing.setChecked(True)
    left.existing_officer.setCurrentIndex(left.existing_officer.findData(ids["bo"]))
    qtbot.mouseClick(left.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, HandOverDialog) and page.dialog.isVisible())
    return page, page.dialog


def test_mark_as_left_then_hand_over_to_the_successor(qtbot: QtBot, open_app, messages) -> None:  # noqa: F811
    window, log, ids = open_app(_with_open_work)
    screen = go_to_contacts(qtbot, window)
    page, dialog = _mark_left_with_successor(qtbot, screen, ids)
    # The dialog is the confirmation: what is open, and where it goes (the successor first).
    assert dialog.what.text() == "• 1 open request\n• 1 open commitment\n• 1 follow-up still to make"
    assert dialog.to_colleague.isChecked() and dialog.colleague.currentText() == "Bo Lindqvist"
    assert dialog.save_button.text() == "Hand over"
    assert QApplication.focusWidget() is dialog.to_colleague  # the first field, from the keyboard
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    kind, title, text = messages[-1]
    assert (kind, title) == ("info", "Handed over")
    assert plain(text).startswith("Now with Bo Lindqvist:\n• 1 open request\n• 1 open commitment")
    open_rows = {row.item.what: row.officer for row in log.items(open_only=True)}
    assert open_rows == {"Trial observation": "Bo Lindqvist", "Public statement": "Bo Lindqvist"}
    assert page.undo_button.isVisible() and not page.hand_over_button.isVisible()

    # The tracker shows the result, open items only by default.
    page.back.emit()
    screen.lists.setCurrentIndex(3)
    tracker = screen.lists.tables["tracker"][1]
    assert screen.lists.open_only.isChecked() and screen.lists.open_only.isVisible()
    assert sorted((r.item.what, r.officer) for r in tracker.rows) == [
        ("Public statement", "Bo Lindqvist"),
        ("Trial observation", "Bo Lindqvist"),
    ]
    screen.lists.open_only.setFocus()
    qtbot.keyClick(screen.lists.open_only, Qt.Key.Key_Space)
    assert sorted(r.item.what for r in tracker.rows) == [
        "Public statement",
        "Trial observation",
        "Visa letter",
    ]
    # Today's Coming up names the successor for the meeting's follow-up.
    coming = log.coming_up(TODAY, 7)[0]
    assert [(f.title, f.officer_names) for f in coming] == [("Ask about the hearing", ("Bo Lindqvist",))]


def test_keep_with_the_embassy_and_undo(qtbot: QtBot, open_app, messages) -> None:  # noqa: F811
    window, log, ids = open_app(_with_open_work)
    screen = go_to_contacts(qtbot, window)
    page, dialog = _mark_left_with_successor(qtbot, screen, ids)
    dialog.to_embassy.setFocus()
    qtbot.keyClick(dialog.to_embassy, Qt.Key.Key_Space)
    assert dialog.to_embassy.isChecked() and not dialog.colleague.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert plain(messages[-1][2]).startswith("Now with the embassy, no officer named:")
    assert {row.officer for row in log.items(open_only=True)} == {""}
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert messages[-1][1] == "Hand-over undone"
    assert {row.officer for row in log.items(open_only=True)} == {"Ana Pérez"}
    # Undone: the page offers the hand-over again, for later.
    assert page.hand_over_button.isVisible() and not page.undo_button.isVisible()
    qtbot.mouseClick(page.hand_over_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, HandOverDialog) and page.dialog.isVisible()
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)  # Cancel: nothing moves
    assert {row.officer for row in log.items(open_only=True)} == {"Ana Pérez"}


def test_the_embassy_page_lists_its_tracked_items(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, ids = open_app(_with_open_work)
    screen = go_to_contacts(qtbot, window)
    screen.open_embassy(ids["embassy"])
    page = screen.current_page()
    assert isinstance(page, EmbassyPage) and page.items.isVisible()
    assert page.items_label.text() == "&Requests and commitments" and page.items_label.buddy() is page.items
    shown = [what for what, _who in page.tracked_items()]
    assert (
        sorted(shown[:2]) == ["Public statement", "Trial observation"] and shown[2] == "Visa letter"
    )  # open first
    page.items.setFocus()
    page.items.setCurrentIndex(page.items_model.index(0, 0))
    qtbot.keyClick(page.items, Qt.Key.Key_Return)
    assert isinstance(screen.dialog, ItemDialog) and screen.dialog.isVisible()
    screen.dialog.reject()
    screen.open_embassy(two_other := _other_embassy(screen.log))
    assert screen.current_page().embassy_id == two_other
    assert screen.current_page().no_items.isVisible() and not screen.current_page().items.isVisible()


def _other_embassy(log: ContactLog) -> int:
    return next(r.embassy.id for r in log.embassies() if r.embassy.government == "Norway")


def test_an_officer_with_nothing_open_is_not_asked(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, ids = open_app(two_officers_and_a_case)
    screen = go_to_contacts(qtbot, window)
    screen.open_officer(ids["bo"])
    page = screen.current_page()
    qtbot.mouseClick(page.left_button, Qt.MouseButton.LeftButton)
    left = page.dialog
    left.unknown.setChecked(True)
    qtbot.mouseClick(left.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert page.dialog is left and not page.hand_over_button.isVisible()
