"""The request page's lists (officers follow the facts until chosen; embassies), and language switches
with a case open: texts follow, Arabic lays out right-to-left, nothing touches the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import EventKind, OfficerRole, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.wizard.page_ids import PageId
from tests.gui.cases.helpers import press, solo_service, tick


def _checked(officers) -> list[OfficerRole]:
    rows = range(officers.list.count())
    return [list(OfficerRole)[r] for r in rows if officers.list.item(r).checkState() == Qt.CheckState.Checked]


def test_officers_follow_the_facts_until_chosen(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Officers")
    screen.open_case(case.id, PageId.BASICS)
    wizard = screen.wizard
    tick(qtbot, wizard.pages[PageId.BASICS].profile_check)
    wizard.go_to(PageId.REQUEST)
    officers = wizard.pages[PageId.REQUEST].officers
    high_profile = [OfficerRole.HUMAN_RIGHTS, OfficerRole.DEPUTY_CHIEF_OF_MISSION, OfficerRole.AMBASSADOR]
    assert _checked(officers) == high_profile
    assert service.load_case(case.id).request.officers is None  # following the rules
    assert "(suggested)" in officers.list.item(0).text()

    officers.list.setFocus()
    officers.list.setCurrentRow(list(OfficerRole).index(OfficerRole.POLITICAL))
    press(qtbot, Qt.Key.Key_Space)
    chosen = [OfficerRole.HUMAN_RIGHTS, OfficerRole.POLITICAL, OfficerRole.DEPUTY_CHIEF_OF_MISSION]
    chosen.append(OfficerRole.AMBASSADOR)
    assert service.load_case(case.id).request.officers == chosen
    wizard.go_to(PageId.BASICS)
    tick(qtbot, wizard.pages[PageId.BASICS].business_check)
    wizard.go_to(PageId.REQUEST)
    assert _checked(officers) == chosen  # the user's choice is kept
    qtbot.mouseClick(officers.reset_button, Qt.MouseButton.LeftButton)
    assert OfficerRole.ECONOMIC in _checked(officers) and OfficerRole.POLITICAL not in _checked(officers)
    assert service.load_case(case.id).request.officers is None


def test_embassies_add_edit_remove(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Embassies")
    screen.open_case(case.id, PageId.REQUEST)
    embassies = screen.wizard.pages[PageId.REQUEST].embassies
    assert "Add each government" in embassies.note.text()
    for name in ("Canada", "  canada ", "DE", "Norway"):
        qtbot.keyClicks(embassies.input, name)
        qtbot.keyClick(embassies.input, Qt.Key.Key_Return)
    assert service.load_case(case.id).request.embassies == ["Canada", "DE", "Norway"]  # no duplicate
    embassies.list.setFocus()
    embassies.list.setCurrentRow(1)
    press(qtbot, Qt.Key.Key_Delete)
    assert service.load_case(case.id).request.embassies == ["Canada", "Norway"]
    embassies.list.item(1).setText("United Kingdom")  # as the list's own editor does on F2
    assert service.load_case(case.id).request.embassies == ["Canada", "United Kingdom"]
    assert "2 embassies" in embassies.note.text()


def test_language_switch_with_a_case_open(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Idiomas")
    service.add_event(case.id, TimelineEvent(PartialDate(2024, 3), EventKind.THREAT, "x"))
    screen.open_case(case.id, PageId.TIMELINE)
    wizard = screen.wizard
    table = wizard.pages[PageId.TIMELINE].table
    assert table.model.index(0, 0).data() == "March 2024"
    context.languages.apply("ar")
    QApplication.processEvents()
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert table.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert table.model.index(0, 0).data() != "March 2024"  # the month and digits in Arabic
    context.languages.apply("fr")
    QApplication.processEvents()
    assert "2024" in table.model.index(0, 0).data() and "mars" in table.model.index(0, 0).data()
    context.languages.apply("en")
    QApplication.processEvents()
    assert wizard.steps.item(PageId.TIMELINE).text() == "3. Timeline"
    context.session.lock()  # a language change after a lock must not reach for the vault
    context.languages.apply("es")
    QApplication.processEvents()
