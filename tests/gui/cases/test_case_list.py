"""The cases list: create, rename, archive, filter, delete with confirmation and undo, import/export."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.case import CaseStatus, Disclosure, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.list_model import CaseColumn
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from tests.gui.cases.helpers import focused, press, solo_service, type_text


def _titles(panel) -> list[str]:
    edit = Qt.ItemDataRole.EditRole
    return [panel.model.index(r, CaseColumn.TITLE).data(edit) for r in range(panel.model.rowCount())]


def test_list_sorts_by_last_change_and_shows_readiness(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    first = service.create_case("First")
    second = service.create_case("Second")
    service.add_event(first.id, TimelineEvent(PartialDate(2024), EventKind.THREAT, "call"))
    panel = screen.list_panel
    panel.refresh()
    assert _titles(panel) == ["First", "Second"]  # last changed first
    readiness = panel.model.index(0, CaseColumn.READINESS)
    assert readiness.data() == "2 of 4"  # an event, and the suggested officer
    tooltip = readiness.data(Qt.ItemDataRole.ToolTipRole)
    assert "Still missing" in tooltip and "Your request is stated" in tooltip
    assert "The timeline has at least one event" not in tooltip
    assert readiness.data(Qt.ItemDataRole.DecorationRole) is not None
    assert second.id in {panel.model.case_at(r).id for r in range(2)}


def test_rename_in_place_and_empty_title_refused(qtbot: QtBot, solo_screen, messages) -> None:
    context, screen = solo_screen
    case = solo_service(context).create_case("Old title")
    panel = screen.list_panel
    panel.refresh(case.id)
    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages))  # the rename runs once the cell editor has closed
    assert "needs a title" in messages[-1][2]
    assert solo_service(context).load_case(case.id).title == "Old title"
    assert _titles(panel) == ["Old title"]

    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    focused().selectAll()
    type_text(qtbot, focused(), "Nueva denuncia – Ñandú")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: solo_service(context).load_case(case.id).title == "Nueva denuncia – Ñandú")


def test_archive_filter_and_unarchive(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    keep = service.create_case("Valley defenders")
    archive = service.create_case("Journalist in exile")
    panel = screen.list_panel
    panel.refresh(archive.id)
    panel.archive_action.trigger()
    assert service.load_case(archive.id).status is CaseStatus.ARCHIVED
    assert _titles(panel) == ["Valley defenders"]  # the default filter shows open cases
    assert "archived" in panel.notice.text.text()
    qtbot.mouseClick(panel.notice.button("Undo"), Qt.MouseButton.LeftButton)
    assert service.load_case(archive.id).status is CaseStatus.OPEN

    panel.refresh(archive.id)
    panel.archive_action.trigger()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(CaseStatus.ARCHIVED))
    assert _titles(panel) == ["Journalist in exile"]
    assert panel.archive_action.text() == "Unarchive"
    panel.archive_action.trigger()
    assert service.load_case(archive.id).status is CaseStatus.OPEN
    assert panel.stack.currentWidget() is panel.empty  # nothing archived any more
    assert panel.empty.button.text() == "Show all cases"
    qtbot.mouseClick(panel.empty.button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.filter_edit, "valley")
    assert _titles(panel) == ["Valley defenders"] and keep.id == panel.current_case_id()


def test_delete_asks_first_and_can_be_undone(qtbot: QtBot, solo_screen, messages) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("To delete")
    panel = screen.list_panel
    panel.refresh(case.id)

    Messages.answer = lambda kind, title, text: False  # "Cancel"
    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert messages[-1][0] == "confirm" and "To delete" in messages[-1][2]
    assert service.list_cases()

    Messages.answer = lambda kind, title, text: True
    press(qtbot, Qt.Key.Key_Delete)
    assert not service.list_cases() and panel.notice.isVisible()
    qtbot.mouseClick(panel.notice.button("Undo"), Qt.MouseButton.LeftButton)
    assert [c.title for c in service.list_cases()] == ["To delete"]

    panel.undo_ms = 50  # the undo window (ten seconds in the app) runs out: purged for good
    panel.refresh(case.id)
    panel.delete_action.trigger()
    qtbot.waitUntil(lambda: not panel.notice.isVisible(), timeout=2_000)
    service.restore_case(case.id)  # too late: nothing left to restore
    assert not service.list_cases()


def test_export_warns_and_import_adds_the_case(qtbot: QtBot, solo_screen, messages, tmp_path: Path) -> None:
    context, screen = solo_screen
    service = solo_service(context)
    case = service.create_case("Exported case")
    service.add_event(case.id, TimelineEvent(PartialDate(2023), what="secret", disclosure=Disclosure.NEVER))
    panel = screen.list_panel
    panel.refresh(case.id)
    out = tmp_path / "out" / "case"
    out.parent.mkdir()  # the file dialog offers only folders that exist; exports never create one
    answers = iter([True, False])  # yes, write it; no, leave "never print" out
    Messages.answer = lambda kind, title, text: next(answers, True)
    FileDialogs.answer = lambda kind, title: str(out)
    try:
        panel.export_action.trigger()
        written = out.with_name("case.json")
        assert "NOT encrypted" in messages[0][2] and "Never print" in messages[1][2]
        document = json.loads(written.read_bytes())
        assert document["case"]["title"] == "Exported case" and document["case"]["timeline"] == []
        if os.name == "posix":
            assert written.stat().st_mode & 0o077 == 0

        bad = tmp_path / "bad.json"
        bad.write_text('{"format": "hrdesk-case", "version": 1, "case": {"title": ""}}', "utf-8")
        FileDialogs.answer = lambda kind, title: str(bad)
        panel.import_action.trigger()
        assert messages[-1][0] == "error" and "Nothing was imported" in messages[-1][2]
        assert len(service.list_cases()) == 1

        FileDialogs.answer = lambda kind, title: str(written)
        panel.import_action.trigger()
        assert [c.title for c in service.list_cases()] == ["Exported case", "Exported case"]
    finally:
        FileDialogs.answer = None


def test_empty_state_offers_a_new_case_and_enter_opens_one(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    panel = screen.list_panel
    assert panel.stack.currentWidget() is panel.empty and "No cases yet" in panel.empty.heading.text()
    qtbot.mouseClick(panel.empty.button, Qt.MouseButton.LeftButton)
    assert panel.new_case.isVisible() and focused() is panel.new_case.title
    press(qtbot, Qt.Key.Key_Return)  # an empty title is refused, with a reason
    assert panel.new_case.error.isVisible() and not solo_service(context).list_cases()
    type_text(qtbot, panel.new_case.title, "Ciudad del Este")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.wizard
    qtbot.mouseClick(screen.wizard.back_to_list, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is panel and focused() is panel.view
    press(qtbot, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.wizard
    assert screen.wizard.heading.text() == "Ciudad del Este"
