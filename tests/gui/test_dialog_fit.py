"""Every dialog at its real size on a 1366x768 laptop: on the screen, buttons visible, nothing squashed.

Found by a user (issue #12): the Brief dialog was 760 pixels tall on a 720-pixel desktop, and the
create-vault and unlock dialogs squashed their fields when an error line appeared.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy, Officer
from hrdesk.gui.accountability.dialog import AccountabilityDialog
from hrdesk.gui.brief.export_dialog import BriefExportDialog
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.gui.today.reschedule_dialog import RescheduleDialog
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from tests.gui.conftest import PASS
from tests.gui.fit import fit_problems
from tests.gui.test_shell import unlock_with

LANGUAGES = ("en", "es", "fr", "ar", "ru")
LONG_ERROR = (
    "This is a long error message that wraps over several lines, the way a translated explanation "
    "of a failed unlock or a refused passphrase does in the longer languages of the app. "
)


def shown(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog) if dialog.parent() is None else None
    dialog.show()
    qtbot.waitExposed(dialog)
    return fit_problems(dialog)


@pytest.mark.parametrize("language", LANGUAGES)
def test_create_and_unlock_dialogs_grow_for_an_error(qtbot: QtBot, make_controller, language: str) -> None:
    create = make_controller(language=language).dialog
    create.show()
    qtbot.waitExposed(create)
    before = fit_problems(create)
    create.show_status(LONG_ERROR, error=True)
    assert before == [], "\n".join(before)
    after = fit_problems(create)
    assert after == [], "\n".join(after)
    assert create.status.height() >= create.status.heightForWidth(create.status.width())


@pytest.mark.parametrize("language", LANGUAGES)
def test_unlock_dialog_grows_for_an_error(qtbot: QtBot, make_controller, language: str) -> None:
    dialog = make_controller(existing_vault=True, language=language).dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fit_problems(dialog) == []
    dialog.show_status(LONG_ERROR, error=True)
    assert fit_problems(dialog) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_of_the_main_window_fits(qtbot: QtBot, make_controller, language: str) -> None:
    controller = make_controller(existing_vault=True, language=language)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    context = controller.context
    vault = context.session.vault
    case = CaseService(vault).create_case("A case with a reasonably long title for the dialogs")
    log = ContactLog(vault)
    embassy_id = log.save_embassy(Embassy("Canada", "Embassy in a capital with a long name"))
    officer = Officer("Jane Officer", embassy_id, posting_start=dt.date(2025, 1, 6))
    officer.id = log.save_officer(officer)

    dialogs = [
        BriefExportDialog(context, case.id, window),
        AccountabilityDialog(context, case.id, window),
        BackupDialog(context, window),
        RestoreDialog(context, True, window),
        EmergencyEraseDialog(window),
        ChangePassphraseDialog(context, window),
        EmbassyDialog(log, None, window),
        OfficerDialog(log, None, embassy_id, window),
        InteractionDialog(log, None, parent=window),
        ItemDialog(log, None, embassy_id, window),
        LeftDialog(log, officer, window),
        RescheduleDialog("Follow up", dt.date(2027, 2, 4), dt.date(2027, 2, 1), window),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        problems += shown(qtbot, dialog)
        dialog.close()
    assert problems == [], "\n".join(problems)
