"""The case wizard walked through as a person would, then the vault checked through the service;
and nothing typed lost when the vault locks in the middle of an edit.

The timeline and outreach tables are driven with the keyboard only: Insert, typing, Tab, Enter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import (
    Case,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.list_model import CaseColumn
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.main_window import MainWindow
from tests.gui.cases.helpers import (
    new_case,
    open_cases_screen,
    press,
    service_of,
    tick,
    type_in_focus,
    type_text,
)
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

SUMMARY = "Threats after the community opposed the dam. التهديدات بعد معارضة السد."


def test_walk_through_the_whole_wizard(qtbot: QtBot, make_controller) -> None:
    controller, screen = open_cases_screen(qtbot, make_controller)
    panel = screen.list_panel
    assert panel.stack.currentWidget() is panel.empty and panel.empty.button.isVisible()

    case_id = new_case(qtbot, screen, "Río Claro land defenders")
    wizard = screen.wizard

    # 1. Basics
    basics = wizard.pages[PageId.BASICS]
    qtbot.keyClicks(basics.country_edit, "HN")
    qtbot.keyClicks(basics.at_risk_edit, "M. (pseudonym)")
    type_text(qtbot, basics.organisation_edit, "Río Claro water committee")
    type_text(qtbot, basics.summary_edit, SUMMARY)
    tick(qtbot, basics.business_check)
    tick(qtbot, basics.security_check)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() == PageId.REQUEST

    # 2. Request
    request = wizard.pages[PageId.REQUEST]
    catalogue = request.catalogue
    tick(qtbot, catalogue.checks[SupportKind.TRIAL_MONITORING])
    qtbot.keyClicks(catalogue.notes[SupportKind.TRIAL_MONITORING], "hearing on 3 May")
    tick(qtbot, catalogue.checks[SupportKind.PUBLIC_STATEMENT])
    qtbot.keyClicks(request.ask_edit, "Observe the trial and say publicly that it is watched.")
    qtbot.keyClicks(request.urgency_edit, "The trial opens in May")
    qtbot.keyClicks(request.deadline_edit, "2026-05")
    for government in ("United States", "Canada"):
        qtbot.keyClicks(request.embassies.input, government)
        qtbot.keyClick(request.embassies.input, Qt.Key.Key_Return)
        if government == "United States":
            assert "more than one embassy" in request.embassies.note.text()
    officers = request.officers
    rows = range(officers.list.count())
    ticked = [officers.list.item(r).checkState() == Qt.CheckState.Checked for r in rows]
    assert sum(ticked) == 2  # human rights, economic: never a security service by itself
    assert officers.security_warning.isHidden()
    police_row = list(OfficerRole).index(OfficerRole.LAW_ENFORCEMENT)
    officers.list.setFocus()
    officers.list.setCurrentRow(police_row)
    qtbot.keyClick(officers.list, Qt.Key.Key_Space)  # chosen explicitly: printed, with a warning
    assert officers.reset_button.isEnabled()
    assert not officers.security_warning.isHidden()
    assert "foreign agent" in officers.security_warning.text()
    qtbot.keyClicks(request.why_edit, "Canadian investors fund the dam.")
    qtbot.keyClicks(request.can_do_edit, "Attend the hearing.")
    qtbot.keyClicks(request.please_do_not_edit, "name the source")
    qtbot.keyClicks(request.safe_channel_edit, "through our lawyer")
    qtbot.keyClicks(request.confirmed_by_edit, "the bar association")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() == PageId.TIMELINE

    # 3. Timeline, keyboard only
    timeline = wizard.pages[PageId.TIMELINE]
    view = timeline.table.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    type_in_focus(qtbot, "2024-03-05")  # date, replacing today's date
    type_in_focus(qtbot, "")  # approximate: leave unticked
    type_in_focus(qtbot, "")  # until: none
    type_in_focus(qtbot, "Th")  # kind: Threat
    type_in_focus(qtbot, "Phone call: 'stop or your family pays'")
    type_in_focus(qtbot, "Río Claro")
    type_in_focus(qtbot, "Unknown caller")
    type_in_focus(qtbot, "Call log screenshot")
    press(qtbot, Qt.Key.Key_Down)  # disclosure: For my eyes
    press(qtbot, Qt.Key.Key_Return)
    assert view.state() != view.State.EditingState

    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_in_focus(qtbot, "~2019")  # approximate year
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "2019-06")  # until June 2019
    type_in_focus(qtbot, "R")  # Raid
    type_in_focus(qtbot, "Office raided, computers taken", then=Qt.Key.Key_Return)
    model = timeline.table.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "c. 2019"  # sorted: the 2019 event comes first
    assert model.index(1, 0).data() == "March 5, 2024"

    # Enter edits the current cell; Ctrl+Z undoes the edit.
    view.setCurrentIndex(model.index(0, model.column_of("place")))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_in_focus(qtbot, "Tegucigalpa", then=Qt.Key.Key_Return)
    assert model.item_at(0).place == "Tegucigalpa"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.item_at(0).place == ""
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, shift_control)
    assert model.item_at(0).place == "Tegucigalpa"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() == PageId.OUTREACH

    # 4. Prior outreach, keyboard only
    outreach = wizard.pages[PageId.OUTREACH]
    assert outreach.none_check.isEnabled()
    outreach.table.view.setFocus()
    qtbot.keyClick(outreach.table.view, Qt.Key.Key_Insert)
    type_in_focus(qtbot, "2024-01-10")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "UN OHCHR")
    type_in_focus(qtbot, "E")  # Email
    type_in_focus(qtbot, "Desk officer")
    type_in_focus(qtbot, "A statement")
    type_in_focus(qtbot, "No reply")
    type_in_focus(qtbot, "Call in March", then=Qt.Key.Key_Return)
    assert not outreach.none_check.isEnabled()  # rows and "none" exclude each other
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    # 5. Review
    review = wizard.pages[PageId.REVIEW]
    assert wizard.current_page_id() == PageId.REVIEW
    assert review.summary.text().startswith("Ready")
    assert not any(button.isVisible() for button in review.fix_buttons.values())
    # The deadline typed above (May 2026) lies before the test's today, so it is flagged.
    if PartialDate(2026, 5).last_day() < date.today():
        assert review.past_warning.isVisible() and "2026" in review.past_warning.text()
        assert review.past_button.isVisible()
    groups = review.preview.groups
    assert groups[Disclosure.NOTES_ONLY].childCount() == 1
    notes_only = groups[Disclosure.NOTES_ONLY].child(0).text(3)
    assert notes_only == "\u2068Phone call: 'stop or your family pays'\u2069"  # isolated for bidi
    assert groups[Disclosure.NEVER].childCount() == 0
    assert controller.window.windowTitle() == "hrdesk"  # never the case title
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # Done
    assert screen.stack.currentWidget() is panel
    row = panel.model.row_of(case_id)
    assert panel.model.index(row, CaseColumn.READINESS).data() == "4 of 4"

    # What the vault holds
    case = service_of(controller).load_case(case_id)
    assert case.title == "Río Claro land defenders"
    assert (case.country, case.at_risk, case.summary) == ("HN", "M. (pseudonym)", SUMMARY)
    assert case.business_involved and case.security_forces_involved and not case.high_profile
    assert case.request.support == [
        SupportRequest(SupportKind.TRIAL_MONITORING, "hearing on 3 May"),
        SupportRequest(SupportKind.PUBLIC_STATEMENT, ""),
    ]
    assert case.request.ask.startswith("Observe the trial")
    assert case.request.deadline == PartialDate(2026, 5)
    assert case.request.embassies == ["United States", "Canada"]
    assert case.request.officers == [
        OfficerRole.HUMAN_RIGHTS,
        OfficerRole.ECONOMIC,
        OfficerRole.LAW_ENFORCEMENT,
    ]
    assert case.request.why_it_matters and case.request.embassy_can_do == "Attend the hearing."
    assert (case.request.please_do_not, case.request.safe_channel, case.request.confirmed_by) == (
        "name the source",
        "through our lawyer",
        "the bar association",
    )
    raid, threat = case.sorted_timeline()
    assert raid.date == PartialDate(2019, approximate=True) and raid.end_date == PartialDate(2019, 6)
    assert raid.kind is EventKind.RAID and raid.what == "Office raided, computers taken"
    assert raid.place == "Tegucigalpa" and raid.disclosure is Disclosure.HAND_OVER
    assert threat.date == PartialDate(2024, 3, 5) and threat.kind is EventKind.THREAT
    assert (threat.place, threat.who, threat.source) == ("Río Claro", "Unknown caller", "Call log screenshot")
    assert threat.disclosure is Disclosure.NOTES_ONLY
    (contact,) = case.outreach
    assert contact.date == PartialDate(2024, 1, 10) and contact.channel is Channel.EMAIL
    assert (contact.institution, contact.contact) == ("UN OHCHR", "Desk officer")
    assert (contact.asked, contact.outcome, contact.next_step) == ("A statement", "No reply", "Call in March")
    assert not case.no_prior_outreach
    assert QApplication.focusWidget() is not None


def _relock_and_load(qtbot: QtBot, controller, case_id: int) -> Case:
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    return service_of(controller).load_case(case_id)


def test_an_edit_followed_at_once_by_a_lock_is_saved(qtbot: QtBot, make_controller) -> None:
    controller, screen = open_cases_screen(qtbot, make_controller)
    case_id = new_case(qtbot, screen, "Locked mid-edit")
    wizard = screen.wizard
    type_text(qtbot, wizard.pages[PageId.BASICS].summary_edit, "Just typed — ثم قفل")
    wizard.go_to(PageId.TIMELINE)
    timeline = wizard.pages[PageId.TIMELINE]
    timeline.table.view.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    type_in_focus(qtbot, "2022-11-02")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "")
    type_in_focus(qtbot, "Half-typed cell", then=None)  # the cell editor is still open
    wizard.go_to(PageId.BASICS)
    qtbot.keyClicks(wizard.pages[PageId.BASICS].country_edit, "NI")  # typed, not yet saved
    assert wizard.editor.pending
    qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock now
    assert not controller.context.session.is_unlocked
    qtbot.waitUntil(lambda: not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()))
    case = _relock_and_load(qtbot, controller, case_id)
    assert case.summary == "Just typed — ثم قفل" and case.country == "NI"
    assert [e.what for e in case.timeline] == ["Half-typed cell"]


def test_open_table_cell_is_saved_by_a_lock(qtbot: QtBot, make_controller) -> None:
    controller, screen = open_cases_screen(qtbot, make_controller)
    service = service_of(controller)
    case = service.create_case("Cell")
    service.add_event(case.id, TimelineEvent(PartialDate(2020), what="old"))
    screen.open_case(case.id, PageId.TIMELINE)
    page = screen.wizard.pages[PageId.TIMELINE]
    page.table.view.setFocus()
    page.table.view.setCurrentIndex(page.table.model.index(0, page.table.model.column_of("place")))
    press(qtbot, Qt.Key.Key_F2)
    type_in_focus(qtbot, "Managua", then=None)
    controller.lock()  # the idle timer's way in
    assert _relock_and_load(qtbot, controller, case.id).timeline[0].place == "Managua"


def test_brief_button_saves_first_and_opens_the_export_dialog(qtbot: QtBot, make_controller) -> None:
    from hrdesk.gui.brief.export_dialog import BriefExportDialog

    controller, screen = open_cases_screen(qtbot, make_controller)
    case_id = new_case(qtbot, screen, "Brief from the wizard")
    wizard = screen.wizard
    type_text(qtbot, wizard.pages[PageId.BASICS].summary_edit, "Typed just before printing")
    qtbot.mouseClick(wizard.brief_button, Qt.MouseButton.LeftButton)
    assert service_of(controller).load_case(case_id).summary == "Typed just before printing"
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BriefExportDialog)]
    dialogs = [w for w in dialogs if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
