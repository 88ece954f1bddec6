"""The GUI session of the leak audit. Not collected on its own (no ``test_`` file name):
``test_leak_audit.py`` runs it in a child pytest whose HOME, TMPDIR and XDG folders all point
into one temporary tree, then scans every byte of that tree for the marker.

The marker comes from the environment (``HRDESK_LEAK_MARKER``), never from this source file,
so compiled bytecode cannot be mistaken for a leak. Files the test writes on purpose go to
``HRDESK_LEAK_EXPORTS``, the one folder the scan leaves out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.brief.options import BriefOptions
from hrdesk.domain.contacts import Embassy, Interaction, ItemKind, Officer, TrackedItem
from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.controller import AppController
from hrdesk.private_files import write_export
from hrdesk.services.briefs import BriefService
from hrdesk.services.case_files import export_case
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.settings import LANGUAGE, Settings, config_dir
from hrdesk.vault.folder import VaultFolder, default_vault_dir
from tests.safety.conftest import PASS, marker_case

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]


def unlock(qtbot: QtBot, controller: AppController) -> None:
    dialog = controller.dialog
    dialog.showNormal()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def fill_contacts(service: ContactLog, marker: str, case_id: int) -> None:
    embassy = service.save_embassy(Embassy(f"{marker} government", f"{marker} place", contacts=f"{marker} c"))
    officer = service.save_officer(
        Officer(f"{marker} officer", embassy, email=f"{marker}@example.org", notes=f"{marker} notes")
    )
    today = dt.date.today()
    interaction = service.log_interaction(
        Interaction(
            today,
            [officer],
            case_ids=[case_id],
            summary=f"{marker} summary",
            asked=f"{marker} asked",
            committed=f"{marker} committed",
            follow_up=today,
        ),
        track_asked=True,
        track_committed=True,
    )
    service.save_item(TrackedItem(ItemKind.REQUEST, f"{marker} item", embassy, interaction_id=interaction))


def test_session(qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = os.environ["HRDESK_LEAK_MARKER"]
    exports = Path(os.environ["HRDESK_LEAK_EXPORTS"])
    # The app's own default folders (under XDG_DATA_HOME and XDG_CONFIG_HOME), not the test overrides.
    monkeypatch.delenv("HRDESK_VAULT_DIR")
    monkeypatch.delenv("HRDESK_CONFIG_DIR")
    tempfile.tempdir = None  # follow TMPDIR
    tree = Path(os.environ["HRDESK_LEAK_TREE"])  # refuse to touch a real home folder
    assert default_vault_dir().is_relative_to(tree) and config_dir().is_relative_to(tree)
    assert Path(tempfile.gettempdir()).is_relative_to(tree)
    Messages.log = []
    Messages.answer = lambda kind, title, text: True

    create_application()
    Settings().set(LANGUAGE, "en")
    context = build_context(qapp, VaultFolder(default_vault_dir()))
    context.session.acquire()
    controller = AppController(qapp, context)
    controller.start()

    dialog = controller.dialog  # first run: create the vault through the dialog, as a person would
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.repeat, PASS)
    qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)

    vault = context.session.vault
    case_id = CaseService(vault).import_case(marker_case(marker))
    fill_contacts(ContactLog(vault), marker, case_id)
    for key in controller.window.screens:  # every screen shows the marked data once
        controller.window.show_screen(key)
        qtbot.wait(30)

    # A brief preview (rendered in memory), and the two exports asked for on purpose.
    from hrdesk.gui.brief.export_dialog import BriefExportDialog

    preview = BriefExportDialog(context, case_id, controller.window)
    preview.show()
    qtbot.waitUntil(preview.is_current, timeout=30_000)
    preview.reject()
    write_export(exports / "brief.pdf", BriefService(vault).export_brief(case_id, BriefOptions()))
    (exports / "case.json").write_bytes(export_case(CaseService(vault).load_case(case_id)))

    # The clipboard: emptied after its timeout, and at once when the vault locks.
    from hrdesk.gui.common.clipboard_guard import ClipboardGuard

    guard = ClipboardGuard.instance()
    guard.watch(context.session)
    guard.clear_after = 0.3
    guard.copy(f"{marker} copied")
    qtbot.waitUntil(lambda: marker not in QGuiApplication.clipboard().text(), timeout=5_000)
    guard.clear_after = 60
    guard.copy(f"{marker} copied again")

    controller.window.lock_action.trigger()  # File > Lock vault
    assert not context.session.is_unlocked
    assert not any(marker in title for title in titles())
    assert marker not in QGuiApplication.clipboard().text()
    unlock(qtbot, controller)
    controller.safety.backup.result(timeout=30)  # the automatic backup is in the vault folder
    qtbot.keyClick(controller.window, Qt.Key.Key_L, CTRL_SHIFT)  # lock and hide
    assert not any(marker in title for title in titles())
    unlock(qtbot, controller)
    controller.quit()
    context.session.release()
    qapp.removeEventFilter(controller.idle)

    assert not any(marker in " ".join(entry) for entry in Messages.log)
    assert marker not in QGuiApplication.clipboard().text()
    Messages.answer = None
    report = {
        "vault": str(default_vault_dir()),
        "settings": str(config_dir() / "settings.json"),
        "titles_checked": True,
    }
    (exports / "report.json").write_text(json.dumps(report))
