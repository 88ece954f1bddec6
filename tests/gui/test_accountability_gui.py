"""The accountability package dialog, driven as a person would: type a person, tick conduct,
link a timeline event, close and reopen; delete asks first; export writes the PDF where chosen.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.domain.accountability import ConductCategory
from hrdesk.domain.case import TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.accountability.dialog import AccountabilityDialog
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from hrdesk.services.accountability import AccountabilityService
from tests.gui.cases.helpers import new_case, open_cases_screen, service_of, type_text
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

NAME = "Coronel Tomás Ibáñez"


@pytest.fixture
def save_answer():
    yield
    FileDialogs.answer = None


def _open_case_with_events(qtbot: QtBot, make_controller):
    controller, screen = open_cases_screen(qtbot, make_controller)
    case_id = new_case(qtbot, screen, "Río Claro land defenders")
    service = service_of(controller)
    raid = service.add_event(case_id, TimelineEvent(PartialDate(2024, 3, 5), what="Raid on the office"))
    service.add_event(case_id, TimelineEvent(PartialDate(2024, 6), what="Arrest of M. at the checkpoint"))
    screen.wizard.open_case(case_id)  # the wizard shows the events added above
    return controller, screen, case_id, raid


def _open_dialog(qtbot: QtBot, screen) -> AccountabilityDialog:
    before = set(screen.findChildren(AccountabilityDialog))
    qtbot.mouseClick(screen.wizard.accountability_button, Qt.MouseButton.LeftButton)
    opened = [d for d in screen.findChildren(AccountabilityDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened[0], timeout=5_000)
    return opened[0]


def _add_person(qtbot: QtBot, dialog: AccountabilityDialog, name: str) -> None:
    type_text(qtbot, dialog.people.name_input, name)
    qtbot.keyClick(dialog.people.name_input, Qt.Key.Key_Return)


def _tick_row(qtbot: QtBot, view, row: int) -> None:
    """Move to ``row`` and press Space, as with the keyboard."""
    view.setFocus()
    view.setCurrentRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_person_conduct_and_linked_event_are_saved(qtbot: QtBot, make_controller) -> None:
    controller, screen, case_id, raid = _open_case_with_events(qtbot, make_controller)
    dialog = _open_dialog(qtbot, screen)
    assert dialog.people.empty.isVisible() and not dialog.form.isEnabled()
    _add_person(qtbot, dialog, NAME)
    assert dialog.people.list.count() == 1 and dialog.form.isEnabled()
    assert QApplication.focusWidget() is dialog.form.aliases_edit
    type_text(qtbot, dialog.form.aliases_edit, "El Tigre; T. Ibáñez")
    type_text(qtbot, dialog.form.country_edit, "Honduras")
    qtbot.keyClicks(dialog.form.birth_edit, "1971")
    dialog.form.birth_approximate.setChecked(True)
    qtbot.keyClicks(dialog.form.position_edit, "Commander, 3rd Battalion")
    qtbot.keyClicks(dialog.form.notes_edit, "Drives a grey pick-up, seen by two witnesses")

    categories = list(ConductCategory)
    _tick_row(qtbot, dialog.form.conduct_list, categories.index(ConductCategory.TORTURE))
    assert dialog.form.events_list.isEnabled()
    _tick_row(qtbot, dialog.form.events_list, 0)  # the raid, earliest first
    qtbot.keyClicks(dialog.form.description_edit, "Ordered the beating of two detainees")
    qtbot.keyClicks(dialog.form.evidence_edit, "Medical report, kept by the lawyer")
    _tick_row(qtbot, dialog.form.conduct_list, categories.index(ConductCategory.ARBITRARY_DETENTION))
    assert dialog.form.events_list.item(0).checkState() == Qt.CheckState.Unchecked  # its own links
    assert dialog.form.evidence_edit.toPlainText() == dialog.form.description_edit.toPlainText() == ""

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    file = AccountabilityService(controller.context.session.vault).load(case_id)
    (person,) = file.people
    assert person.full_name == NAME
    assert person.aliases == ["El Tigre", "T. Ibáñez"]
    assert person.country_of_birth == "Honduras"
    assert person.birth_date == PartialDate(1971, approximate=True)
    assert person.position == "Commander, 3rd Battalion"
    assert person.notes == "Drives a grey pick-up, seen by two witnesses"
    conduct = {c.category: c for c in file.conduct_of(person.id)}
    assert set(conduct) == {ConductCategory.TORTURE, ConductCategory.ARBITRARY_DETENTION}
    assert conduct[ConductCategory.TORTURE].event_ids == [raid.id]
    assert conduct[ConductCategory.TORTURE].evidence == "Medical report, kept by the lawyer"
    assert conduct[ConductCategory.TORTURE].description == "Ordered the beating of two detainees"
    assert conduct[ConductCategory.ARBITRARY_DETENTION].event_ids == []

    again = _open_dialog(qtbot, screen)
    assert again.people.list.item(0).text().strip("\u2068\u2069") == NAME
    assert again.form.name_edit.text() == NAME
    ticked = [
        again.form.conduct_list.item(r).checkState() == Qt.CheckState.Checked for r in range(len(categories))
    ]
    assert sum(ticked) == 2
    assert again.form.conduct_list.currentRow() == categories.index(ConductCategory.TORTURE)
    assert again.form.events_list.item(0).checkState() == Qt.CheckState.Checked
    assert again.form.description_edit.toPlainText() == "Ordered the beating of two detainees"
    assert again.form.notes_edit.toPlainText() == "Drives a grey pick-up, seen by two witnesses"
    again.close()


def test_an_edit_followed_at_once_by_a_lock_is_saved(qtbot: QtBot, make_controller) -> None:
    controller, screen, case_id, _raid = _open_case_with_events(qtbot, make_controller)
    dialog = _open_dialog(qtbot, screen)
    _add_person(qtbot, dialog, NAME)
    qtbot.keyClicks(dialog.form.position_edit, "Chief of police")
    controller.lock()
    assert not controller.context.session.is_unlocked
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.context.session.is_unlocked, timeout=10_000)
    (person,) = AccountabilityService(controller.context.session.vault).load(case_id).people
    assert person.position == "Chief of police"


def test_delete_asks_first(qtbot: QtBot, make_controller) -> None:
    controller, screen, case_id, _raid = _open_case_with_events(qtbot, make_controller)
    dialog = _open_dialog(qtbot, screen)
    _add_person(qtbot, dialog, NAME)
    service = AccountabilityService(controller.context.session.vault)

    Messages.answer = lambda kind, title, text: False
    qtbot.mouseClick(dialog.people.delete_button, Qt.MouseButton.LeftButton)
    kind, _title, text = Messages.log[-1]
    assert kind == "confirm" and NAME in text
    assert len(service.load(case_id).people) == 1 and dialog.people.list.count() == 1

    Messages.answer = lambda kind, title, text: True
    qtbot.mouseClick(dialog.people.delete_button, Qt.MouseButton.LeftButton)
    assert service.load(case_id).people == []
    assert dialog.people.list.count() == 0 and dialog.people.empty.isVisible()
    assert not dialog.form.isEnabled()
    dialog.close()


def test_export_writes_the_pdf_where_chosen(
    qtbot: QtBot, make_controller, tmp_path: Path, save_answer
) -> None:
    _controller, screen, _case_id, _raid = _open_case_with_events(qtbot, make_controller)
    dialog = _open_dialog(qtbot, screen)
    _add_person(qtbot, dialog, NAME)
    type_text(qtbot, dialog.form.position_edit, "Comandante")  # not saved yet: export must flush it
    target = tmp_path / "out" / "package"
    target.parent.mkdir()
    FileDialogs.answer = lambda kind, title: str(target)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    export = dialog.export_dialog
    assert export is not None and export.isVisible()
    export.protect.setChecked(True)
    qtbot.keyClicks(export.password, "open sesame")
    qtbot.keyClicks(export.repeat, "open sesame!")
    assert not export.save_package()  # the passwords differ: nothing asked, nothing written
    assert "not the same" in export.status.text()
    export.protect.setChecked(False)
    qtbot.mouseClick(export.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("package.pdf")
    qtbot.waitUntil(written.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Saved" in export.status.text(), timeout=5_000)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(written.read_bytes())).pages)
    assert "Ibáñez" in text and "Comandante" in text
    assert list(tmp_path.joinpath("out").iterdir()) == [written]  # no temporary copy left behind
    dialog.close()


def test_reference_buttons_ask_for_the_entries(qtbot: QtBot, make_controller) -> None:
    _controller, screen, _case_id, _raid = _open_case_with_events(qtbot, make_controller)
    dialog = _open_dialog(qtbot, screen)
    asked: list[str] = []
    dialog.reference_requested.connect(asked.append)
    for button in dialog.intro.buttons.values():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["section-7031c", "global-magnitsky", "preparing-a-submission"]
    dialog.close()
