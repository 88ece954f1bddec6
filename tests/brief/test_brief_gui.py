"""The export dialog driven like a person would: preview from memory, save only where chosen,
print without a file, and the email draft's clipboard emptied afterwards."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.brief.options import Section, Variant
from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.brief.export_dialog import BriefExportDialog, suggested_file_name
from hrdesk.gui.brief.printing import PrintDialog
from hrdesk.gui.common.clipboard_guard import ClipboardGuard
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.context import AppContext
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from tests.brief.brief_case import fictional_case

PASS = "correct horse battery"


@pytest.fixture
def context(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    create_application()
    ctx = build_context(qapp, VaultFolder(tmp_path / "vault"))
    ctx.languages.apply("en")
    ctx.session.acquire()
    ctx.session.create(PASS)
    Messages.log = []
    Messages.answer = lambda kind, title, text: True
    yield ctx
    Messages.answer = None
    FileDialogs.answer = None
    PrintDialog.answer = None
    ctx.session.release()


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> BriefExportDialog:
    assert context.session.vault is not None
    case_id = CaseService(context.session.vault).import_case(fictional_case())
    widget = BriefExportDialog(context, case_id, None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.is_current() and widget.preview.page_count > 0, timeout=15_000)
    return widget


def test_preview_is_loaded_from_memory_and_follows_the_options(
    qtbot: QtBot, dialog: BriefExportDialog, tmp_path: Path
) -> None:
    pages = dialog.preview.page_count
    assert pages >= 1 and f"Pages: {pages}." in dialog.status.text()
    dialog.panel.variant.setCurrentIndex(1)  # speaker notes: more pages (the private part)
    qtbot.waitUntil(lambda: dialog.is_current(), timeout=15_000)
    assert dialog.options().variant is Variant.NOTES
    assert dialog.preview.page_count > pages
    qtbot.keyClick(dialog.panel.sections[Section.TIMELINE], Qt.Key.Key_Space)
    assert Section.TIMELINE not in dialog.options().sections
    # Nothing was written anywhere in the test's folders by previewing.
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "vault" not in p.parts]
    assert written == []


def test_save_writes_only_the_chosen_file_with_its_password(
    qtbot: QtBot, dialog: BriefExportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "chosen"
    out.mkdir()
    FileDialogs.answer = lambda kind, title: str(out / "for-embassy")
    dialog.panel.protect.setChecked(True)
    qtbot.keyClicks(dialog.panel.password, "x")
    qtbot.keyClicks(dialog.panel.repeat, "x")
    assert not dialog.save_brief() and "at least 8 characters" in dialog.status.text()
    dialog.panel.password.clear()
    dialog.panel.repeat.clear()
    qtbot.keyClicks(dialog.panel.password, "river stone")
    qtbot.keyClicks(dialog.panel.repeat, "river stonx")
    assert not dialog.save_brief()
    assert "not the same" in dialog.status.text()
    dialog.panel.repeat.clear()
    qtbot.keyClicks(dialog.panel.repeat, "river stone")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in out.iterdir()) == ["for-embassy.pdf"]
    reader = PdfReader(io.BytesIO((out / "for-embassy.pdf").read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("") and reader.decrypt("river stone")


def test_cancelled_save_writes_nothing(dialog: BriefExportDialog, tmp_path: Path) -> None:
    FileDialogs.answer = lambda kind, title: ""
    assert not dialog.save_brief()
    assert [p for p in tmp_path.rglob("*.pdf")] == []


def test_print_draws_every_page_without_a_file_of_ours(dialog: BriefExportDialog, tmp_path: Path) -> None:
    target = tmp_path / "printer-output.pdf"  # stands in for a printer: Qt's own PDF printer

    def choose(printer: QPrinter, parent: object) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    PrintDialog.answer = choose
    assert dialog.print_brief()
    assert len(PdfReader(str(target)).pages) == dialog.preview.page_count
    assert [p.name for p in tmp_path.rglob("*.pdf")] == ["printer-output.pdf"]


def test_email_draft_is_editable_and_the_clipboard_is_emptied_if_still_ours(
    qtbot: QtBot, dialog: BriefExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    email = dialog.show_email_draft()
    qtbot.addWidget(email)
    # The first message carries nothing of the case; the detailed one only after a warning.
    assert "REQUESTASK" not in email.body.toPlainText() and "Valle Verde" not in email.subject.text()
    assert email.detail_warning.isHidden()
    Messages.answer = lambda kind, title, text: False
    assert not email.switch_to_detailed() and "REQUESTASK" not in email.body.toPlainText()
    Messages.answer = lambda kind, title, text: True
    qtbot.mouseClick(email.detailed_button, Qt.MouseButton.LeftButton)
    assert "channel the embassy has confirmed" in Messages.log[-1][2]
    assert not email.detail_warning.isHidden() and not email.detailed_button.isEnabled()
    assert "REQUESTASK" in email.body.toPlainText() and "NOTESONLY" not in email.body.toPlainText()
    assert "NEVERPRINT" not in email.body.toPlainText()
    qtbot.keyClicks(email.subject, " (urgent)")
    guard = ClipboardGuard.instance()
    monkeypatch.setattr(guard, "clear_after", 0.2)
    qtbot.mouseClick(email.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text().startswith("Request for a meeting") and "(urgent)" in clipboard.text()
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    # Something else copied afterwards is left alone.
    qtbot.mouseClick(email.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("the user's own text")
    guard.clear_if_ours()
    assert clipboard.text() == "the user's own text"


def test_locking_empties_the_clipboard_at_once(
    qtbot: QtBot, dialog: BriefExportDialog, context: AppContext
) -> None:
    email = dialog.show_email_draft()
    qtbot.addWidget(email)
    qtbot.mouseClick(email.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() != ""
    context.session.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_arabic_brief_and_draft(qtbot: QtBot, dialog: BriefExportDialog) -> None:
    dialog.panel.language.setCurrentIndex(dialog.panel.language.findData("ar"))
    qtbot.waitUntil(lambda: dialog.is_current() and dialog.options().language == "ar", timeout=15_000)
    email = dialog.show_email_draft()
    qtbot.addWidget(email)
    assert email.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert email.subject.text().startswith("طلب اجتماع")


def test_hiding_the_dialog_drops_the_pdf(dialog: BriefExportDialog) -> None:
    dialog.hide()
    assert dialog.preview.page_count == 0 and not dialog.is_current()


def test_save_suggests_a_name_with_the_embassy_and_the_brief_cites_its_policy(
    qtbot: QtBot, dialog: BriefExportDialog
) -> None:
    dialog.panel.embassy.setEditText("Embassy of Canada")
    options = dialog.options()
    assert suggested_file_name(options) == "brief-embassy-of-canada-en.pdf"
    assert [p.id for p in options.policies] == ["canada-voices-at-risk"]
    dialog.panel.embassy.setEditText("")
    assert suggested_file_name(dialog.options()) == "brief-en.pdf" and dialog.options().policies == ()


def test_a_name_without_a_government_is_flagged_while_it_can_be_fixed(dialog: BriefExportDialog) -> None:
    panel = dialog.panel
    assert panel.embassy_hint.isHidden()
    panel.embassy.setEditText("Canda")  # a typo: the brief would cite no policy
    assert not panel.embassy_hint.isHidden() and "two-letter code" in panel.embassy_hint.text()
    for fixed in ("Canada", "CA", "كندا", "Embassy of Canada", ""):
        panel.embassy.setEditText(fixed)
        assert panel.embassy_hint.isHidden(), fixed


def test_a_hand_over_longer_than_two_pages_is_flagged(dialog: BriefExportDialog) -> None:
    dialog.current_pdf()
    assert dialog.preview.page_count <= 2 and "two pages" not in dialog.status.text()
    case = dialog._case
    case.timeline = case.timeline * 15  # a 40-odd event case
    dialog._pdf = None
    dialog.current_pdf()
    assert dialog.preview.page_count > 2
    assert "longer than the two pages" in dialog.status.text()
