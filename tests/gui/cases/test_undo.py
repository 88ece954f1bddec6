"""Undo and redo (Ctrl+Z, Ctrl+Shift+Z) of timeline and outreach edits; every step reaches the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import EventKind, Outreach, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.wizard.page_ids import PageId
from tests.gui.cases.helpers import press, solo_service, type_in_focus

UNDO = Qt.KeyboardModifier.ControlModifier
REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_timeline_add_edit_duplicate_delete_undo_redo(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Undo")
    screen.open_case(case.id, PageId.TIMELINE)
    page = screen.wizard.pages[PageId.TIMELINE]
    view = page.table.view
    view.setFocus()

    def whats() -> list[str]:
        return [e.what for e in service.load_case(case.id).sorted_timeline()]

    press(qtbot, Qt.Key.Key_Insert)
    type_in_focus(qtbot, "2021-07")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "S")  # Surveillance
    type_in_focus(qtbot, "Car outside the office", then=Qt.Key.Key_Return)
    assert whats() == ["Car outside the office"]
    event = service.load_case(case.id).timeline[0]
    assert event.kind is EventKind.SURVEILLANCE and event.date == PartialDate(2021, 7)

    view.setCurrentIndex(page.table.model.index(0, 0))
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert whats() == ["Car outside the office"] * 2
    press(qtbot, Qt.Key.Key_Delete)
    assert whats() == ["Car outside the office"]
    assert page.table.notice.isVisible() and "1 event deleted" in page.table.notice.text.text()
    qtbot.mouseClick(page.table.notice.button("Undo"), Qt.MouseButton.LeftButton)
    assert whats() == ["Car outside the office"] * 2

    press(qtbot, Qt.Key.Key_Z, UNDO)  # the duplicate
    assert whats() == ["Car outside the office"]
    press(qtbot, Qt.Key.Key_Z, UNDO)  # the "what" edit
    press(qtbot, Qt.Key.Key_Z, UNDO)  # the kind
    assert service.load_case(case.id).timeline[0].kind is EventKind.OTHER
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, UNDO)
    assert whats() == []  # back to before the first Insert
    assert not page.table.undo_action.isEnabled()
    for _ in range(5):  # add, date, kind, what, duplicate (the delete stays undone)
        press(qtbot, Qt.Key.Key_Z, REDO)
    assert whats() == ["Car outside the office"] * 2
    assert page.table.undo_action.toolTip().startswith("Undo: Duplicate event")
    assert page.table.redo_action.toolTip().startswith("Redo: 1 event deleted")


def test_outreach_undo_and_no_prior_outreach(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Outreach")
    service.add_outreach(case.id, Outreach(PartialDate(2023, 4), "EU delegation"))
    screen.open_case(case.id, PageId.OUTREACH)
    page = screen.wizard.pages[PageId.OUTREACH]
    assert not page.none_check.isEnabled()
    page.table.view.setFocus()
    page.table.view.setCurrentIndex(page.table.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Delete)
    assert service.load_case(case.id).outreach == [] and page.none_check.isEnabled()
    page.none_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert service.load_case(case.id).no_prior_outreach
    assert not page.table.add_action.isEnabled()
    press(qtbot, Qt.Key.Key_Z, UNDO)
    assert not service.load_case(case.id).no_prior_outreach and not page.none_check.isChecked()
    press(qtbot, Qt.Key.Key_Z, UNDO)
    assert [o.institution for o in service.load_case(case.id).outreach] == ["EU delegation"]
    press(qtbot, Qt.Key.Key_Z, REDO)
    press(qtbot, Qt.Key.Key_Z, REDO)
    assert service.load_case(case.id).no_prior_outreach and page.none_check.isChecked()


def test_undo_history_is_per_case(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("History")
    service.add_event(case.id, TimelineEvent(PartialDate(2020), what="x"))
    screen.open_case(case.id, PageId.TIMELINE)
    page = screen.wizard.pages[PageId.TIMELINE]
    page.table.view.setFocus()
    page.table.view.setCurrentIndex(page.table.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.mouseClick(screen.wizard.back_to_list, Qt.MouseButton.LeftButton)
    screen.open_case(case.id, PageId.TIMELINE)
    assert not page.table.undo_action.isEnabled() and page.table.model.rowCount() == 0
