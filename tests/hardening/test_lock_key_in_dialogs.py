"""Ctrl+L locks from every window, also while a modal dialog is open: one test per dialog opened
over the main window (a QAction shortcut is blocked by a modal dialog; the lock must not be)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.brief.email_draft import EmailDraft
from hrdesk.domain.contacts import Embassy, Officer
from hrdesk.gui.accountability.dialog import AccountabilityDialog
from hrdesk.gui.accountability.export_dialog import AccountabilityExportDialog
from hrdesk.gui.brief.email_dialog import EmailDraftDialog
from hrdesk.gui.brief.export_dialog import BriefExportDialog
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.gui.today.reschedule_dialog import RescheduleDialog
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

Factory = Callable[[object, int, QWidget], QDialog]


def _officer(log: ContactLog) -> Officer:
    embassy_id = log.save_embassy(Embassy("Embassy of Testland", "Capital"))
    officer_id = log.save_officer(Officer("Officer Name", embassy_id=embassy_id))
    return log.officer(officer_id)


DIALOGS: dict[str, Factory] = {
    "brief": lambda c, case, w: BriefExportDialog(c.context, case, w),
    "email": lambda c, case, w: EmailDraftDialog(c.context, EmailDraft("Subject", "Body"), "en", w),
    "accountability": lambda c, case, w: AccountabilityDialog(c.context, case, w),
    "accountability export": lambda c, case, w: AccountabilityExportDialog(c.context, case, w),
    "embassy": lambda c, case, w: EmbassyDialog(ContactLog(c.context.session.vault), parent=w),
    "officer": lambda c, case, w: OfficerDialog(ContactLog(c.context.session.vault), parent=w),
    "interaction": lambda c, case, w: InteractionDialog(ContactLog(c.context.session.vault), parent=w),
    "tracked item": lambda c, case, w: ItemDialog(ContactLog(c.context.session.vault), parent=w),
    "officer left": lambda c, case, w: LeftDialog(
        ContactLog(c.context.session.vault), _officer(ContactLog(c.context.session.vault)), w
    ),
    "change passphrase": lambda c, case, w: ChangePassphraseDialog(c.context, w),
    "backup": lambda c, case, w: BackupDialog(c.context, w),
    "restore": lambda c, case, w: RestoreDialog(c.context, True, w),
    "emergency erase": lambda c, case, w: EmergencyEraseDialog(w),
    "reschedule": lambda c, case, w: RescheduleDialog("Follow up", dt.date.today(), dt.date.today(), w),
    "message box": lambda c, case, w: QMessageBox(QMessageBox.Icon.Question, "Title", "Text", parent=w),
    "file chooser": lambda c, case, w: _file_dialog(w),
}


def _file_dialog(parent: QWidget) -> QFileDialog:
    dialog = QFileDialog(parent)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return dialog


@pytest.mark.parametrize("name", list(DIALOGS))
@pytest.mark.parametrize("modality", [Qt.WindowModality.WindowModal, Qt.WindowModality.ApplicationModal])
def test_ctrl_l_locks_while_a_modal_dialog_is_open(
    qtbot: QtBot, make_controller, name: str, modality: Qt.WindowModality
) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    case_id = CaseService(controller.context.session.vault).create_case("Lock test").id
    dialog = DIALOGS[name](controller, case_id, controller.window)
    dialog.setWindowModality(modality)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    target = QApplication.focusWidget() if dialog.isAncestorOf(QApplication.focusWidget()) else dialog
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not controller.context.session.is_unlocked, timeout=5_000)
    assert controller.window is None and not dialog.isVisible()
    assert isinstance(controller.dialog, UnlockDialog)
    # The windows closed by the lock are deleted later; do it now, while this test's objects live.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
