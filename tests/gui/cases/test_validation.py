"""Validation in the wizard: clear messages, refusals that keep the old value, warnings that allow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.notice_bar import NoticeKind
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.timeline_page import TimelinePage
from hrdesk.services.cases import CaseService
from tests.gui.cases.helpers import focused, new_case, press, solo_service, type_in_focus


def _timeline(solo_screen, *events: TimelineEvent) -> tuple[CaseService, int, TimelinePage]:
    """The timeline page of a new case holding ``events``, with the keyboard in its table."""
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Validation")
    for event in events:
        service.add_event(case.id, event)
    screen.open_case(case.id, PageId.TIMELINE)
    page = screen.wizard.pages[PageId.TIMELINE]
    page.table.view.setFocus()
    return service, case.id, page


def test_empty_title_is_refused_and_the_old_one_kept(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    case_id = new_case(qtbot, screen, "Kept title")
    basics = screen.wizard.pages[PageId.BASICS]
    basics.title_edit.setFocus()
    basics.title_edit.selectAll()
    qtbot.keyClick(basics.title_edit, Qt.Key.Key_Backspace)
    assert basics.title_error.isVisible() and "Kept title" in basics.title_error.text()
    press(qtbot, Qt.Key.Key_Tab)  # on to the country
    assert focused() is basics.country_edit
    qtbot.keyClicks(basics.country_edit, "GT")
    screen.wizard.flush()
    case = solo_service(context).load_case(case_id)
    assert case.title == "Kept title" and case.country == "GT"
    assert basics.title_edit.text() == "Kept title"  # leaving the empty field put the title back
    assert not basics.title_error.isVisible()


def test_impossible_date_is_refused_with_the_reason(qtbot: QtBot, solo_screen) -> None:
    service, case_id, page = _timeline(solo_screen, TimelineEvent(PartialDate(2020), what="a"))
    view = page.table.view
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "2024-02-30", then=Qt.Key.Key_Return)
    notice = page.table.notice
    assert notice.isVisible() and notice.kind is NoticeKind.ERROR
    assert "2024-02-30" in notice.text.text() and "29 days" in notice.text.text()
    assert view.state() == view.State.EditingState  # the editor stays open to fix it
    focused().selectAll()
    type_in_focus(qtbot, "2024-13", then=Qt.Key.Key_Tab)
    assert "no month 13" in notice.text.text()
    focused().selectAll()
    type_in_focus(qtbot, "soon", then=Qt.Key.Key_Return)
    assert "is not a date" in notice.text.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert service.load_case(case_id).timeline[0].date == PartialDate(2020)


def test_end_before_start_is_refused(qtbot: QtBot, solo_screen) -> None:
    service, case_id, page = _timeline(solo_screen, TimelineEvent(PartialDate(2022, 5), what="a"))
    view, model = page.table.view, page.table.model
    view.setCurrentIndex(model.index(0, model.column_of("end_date")))
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "2022-04-30", then=Qt.Key.Key_Return)
    assert "before the start date" in page.table.notice.text.text()
    focused().selectAll()
    type_in_focus(qtbot, "2022-05-31", then=Qt.Key.Key_Return)
    assert service.load_case(case_id).timeline[0].end_date == PartialDate(2022, 5, 31)


def test_future_date_warns_but_is_kept(qtbot: QtBot, solo_screen) -> None:
    service, case_id, page = _timeline(solo_screen, TimelineEvent(PartialDate(2020), what="a"))
    next_year = str(dt.date.today().year + 1)
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, next_year, then=Qt.Key.Key_Return)
    notice = page.table.notice
    assert notice.kind is NoticeKind.WARNING and "in the future" in notice.text.text()
    assert service.load_case(case_id).timeline[0].date == PartialDate(int(next_year))


def test_duplicate_event_offers_merge_or_keep_both(qtbot: QtBot, solo_screen) -> None:
    first = TimelineEvent(PartialDate(2024, 3, 5), EventKind.THREAT, "Phone threat", place="Office")
    second = TimelineEvent(PartialDate(2024, 3, 6), EventKind.THREAT, "phone  threat", who="Caller")
    service, case_id, page = _timeline(solo_screen, first, second)
    view, model = page.table.view, page.table.model
    view.setCurrentIndex(model.index(1, 0))
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "2024-03-05", then=Qt.Key.Key_Return)
    notice = page.table.notice
    assert "repeats one already" in notice.text.text()
    assert {b.text() for b in notice.buttons} == {"Merge", "Keep both"}
    qtbot.mouseClick(notice.button("Merge"), Qt.MouseButton.LeftButton)
    (merged,) = service.load_case(case_id).timeline
    assert (merged.what, merged.place, merged.who) == ("Phone threat", "Office", "Caller")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the merge is one undo step
    assert len(service.load_case(case_id).timeline) == 2

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "repeats" in notice.text.text() or not notice.isVisible()
    view.setCurrentIndex(model.index(1, 0))
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "~2024-03-05", then=Qt.Key.Key_Return)  # approximate: not the same date
    assert len(service.load_case(case_id).timeline) == 2


def test_keep_both_keeps_both(qtbot: QtBot, solo_screen) -> None:
    first = TimelineEvent(PartialDate(2024), EventKind.RAID, "Raid")
    service, case_id, page = _timeline(solo_screen, first)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # duplicating never asks
    assert not page.table.notice.isVisible()
    view, model = page.table.view, page.table.model
    view.setCurrentIndex(model.index(1, model.column_of("what")))
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "Raid again", then=Qt.Key.Key_Return)
    assert not page.table.notice.isVisible()
    view.setCurrentIndex(model.index(1, model.column_of("what")))
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_in_focus(qtbot, "raid", then=Qt.Key.Key_Return)
    qtbot.mouseClick(page.table.notice.button("Keep both"), Qt.MouseButton.LeftButton)
    assert [e.what for e in service.load_case(case_id).timeline] == ["Raid", "raid"]


def test_invalid_deadline_is_explained_and_not_saved(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    case_id = new_case(qtbot, screen, "Deadline")
    screen.wizard.go_to(PageId.REQUEST)
    request = screen.wizard.pages[PageId.REQUEST]
    qtbot.keyClicks(request.deadline_edit, "2025-02-29")
    assert request.deadline_error.isVisible() and "28 days" in request.deadline_error.text()
    screen.wizard.flush()
    assert solo_service(context).load_case(case_id).request.deadline is None


def test_review_links_each_missing_item_to_its_page(qtbot: QtBot, solo_screen) -> None:
    _context, screen = solo_screen
    new_case(qtbot, screen, "Not ready")
    wizard = screen.wizard
    wizard.go_to(PageId.REVIEW)
    review = wizard.pages[PageId.REVIEW]
    visible = {item for item, button in review.fix_buttons.items() if button.isVisible()}
    assert len(visible) == 3 and "3 items still missing" in review.summary.text()  # officers are suggested
    timeline_button = next(b for b in review.fix_buttons.values() if b.text() == "Go to Timeline")
    qtbot.mouseClick(timeline_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() == PageId.TIMELINE
    assert wizard.readiness_label.text() == "1 of 4 ready"
