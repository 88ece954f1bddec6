"""The people list on the Basics page (issue #14): typed in, saved to the vault, translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import Person, PersonRole
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.people_editor import NAME, PROTECTED, ROLE, SPELLINGS
from tests.gui.cases.helpers import solo_service


def test_people_are_typed_and_saved(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("People")
    screen.open_case(case.id, PageId.BASICS)
    people = screen.wizard.pages[PageId.BASICS].people
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Leila Haddad")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    people.table.item(0, SPELLINGS).setText("ليلى الحداد; Лейла Хаддад")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.table.item(1, NAME).setText("Colonel Krell")
    role = people.table.cellWidget(1, ROLE)
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(list(PersonRole).index(PersonRole.PERPETRATOR))
    people.table.item(1, PROTECTED).setCheckState(Qt.CheckState.Unchecked)
    screen.wizard.editor.flush()
    assert service.load_case(case.id).people == [
        Person("Leila Haddad", ["ليلى الحداد", "Лейла Хаддад"], PersonRole.AT_RISK, True),
        Person("Colonel Krell", [], PersonRole.PERPETRATOR, False),
    ]
    people.table.setCurrentCell(1, NAME)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    screen.wizard.editor.flush()
    assert [p.name for p in service.load_case(case.id).people] == ["Leila Haddad"]


@pytest.mark.parametrize("lang", ["es", "fr", "ar", "ru"])
def test_people_editor_is_translated(qtbot: QtBot, solo_screen, lang: str) -> None:
    context, screen = solo_screen
    case = solo_service(context).create_case("People")
    screen.open_case(case.id, PageId.BASICS)
    people = screen.wizard.pages[PageId.BASICS].people
    english = people.add_button.text()
    context.languages.apply(lang)
    QApplication.processEvents()
    assert people.add_button.text() != english
    assert people.table.horizontalHeaderItem(NAME).text() != "Name"
