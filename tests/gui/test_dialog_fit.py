"""Every dialog at its real size on a 1366x768 laptop: on the screen, buttons visible, nothing squashed.

Found by a user (issue #12): the Brief dialog was 760 pixels tall on a 720-pixel desktop, and the
create-vault and unlock dialogs squashed their fields when an error line appeared.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.brief.email_draft import EmailDraft
from hrdesk.domain.contacts import Embassy, ItemKind, Officer, TrackedItem
from hrdesk.gui.accountability.dialog import AccountabilityDialog
from hrdesk.gui.brief.email_dialog import EmailDraftDialog
from hrdesk.gui.brief.export_dialog import BriefExportDialog
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.handover_dialog import HandOverDialog
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.help.dialog import HelpDialog
from hrdesk.gui.help.safety_card import SafetyCardDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.gui.today.reschedule_dialog import RescheduleDialog
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.services.handover import OfficerHandOver
from tests.gui.conftest import PASS
from tests.gui.fit import fit_problems, mnemonic_clashes, text_problems
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
    return [
        *fit_problems(dialog),
        *(f"{type(dialog).__name__}: {p}" for p in text_problems(dialog)),
        *mnemonic_clashes(dialog),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_create_and_unlock_dialogs_grow_for_an_error(qtbot: QtBot, make_controller, language: str) -> None:
    create = make_controller(language=language).dialog
    create.show()
    qtbot.waitExposed(create)
    before = fit_problems(create)
    create.show_status(LONG_ERROR, error=True)
    assert before == [], "\n".join(before)
    after = fit_problems(create) + text_problems(create) + mnemonic_clashes(create)
    assert after == [], "\n".join(after)
    assert create.status.height() >= create.status.heightForWidth(create.status.width())


@pytest.mark.parametrize("language", LANGUAGES)
def test_unlock_dialog_grows_for_an_error(qtbot: QtBot, make_controller, language: str) -> None:
    dialog = make_controller(existing_vault=True, language=language).dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fit_problems(dialog) == []
    dialog.show_status(LONG_ERROR, error=True)
    assert fit_problems(dialog) + text_problems(dialog) + mnemonic_clashes(dialog) == []


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
    # Someone who left with open work, and a colleague to hand it to.
    leaving = Officer("Someone Who Left", embassy_id)
    leaving.id = log.save_officer(leaving)
    log.save_item(TrackedItem(ItemKind.REQUEST, "Trial observation", embassy_id, officer_id=leaving.id))
    log.save_item(TrackedItem(ItemKind.COMMITMENT, "A statement", embassy_id, officer_id=leaving.id))
    log.mark_left(leaving.id, dt.date(2026, 12, 1), successor_id=officer.id)

    dialogs = [
        BriefExportDialog(context, case.id, window),
        EmailDraftDialog(
            context, EmailDraft("A subject line", "Dear officer,\n\nA first message."), language, window
        ),
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
        HandOverDialog(log, OfficerHandOver(vault), log.officer(leaving.id), window),
        RescheduleDialog("Follow up", dt.date(2027, 2, 4), dt.date(2027, 2, 1), window),
        SafetyCardDialog(context, window),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        problems += shown(qtbot, dialog)
        dialog.close()
    interaction = InteractionDialog(log, None, parent=window)
    interaction.show()
    qtbot.waitExposed(interaction)
    interaction.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is interaction, timeout=5_000)
    focused = QApplication.focusWidget()
    assert interaction.isAncestorOf(focused) and not interaction.buttons.isAncestorOf(focused)
    assert interaction.cases.height() >= 3 * interaction.cases.fontMetrics().height()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_page_fits_with_every_section(qtbot: QtBot, make_controller, language: str) -> None:
    controller = make_controller(existing_vault=True, language=language)
    dialog = HelpDialog(controller.dialog)
    problems = shown(qtbot, dialog)
    for row, section in enumerate(dialog.sections):
        dialog.show_section(section.key)
        QApplication.processEvents()
        page = dialog.pages.currentWidget()
        assert dialog.pages.currentIndex() == row
        # Paragraphs wrap inside the page; none may need a scroll bar sideways.
        assert page.horizontalScrollBar().maximum() == 0, section.key
        problems += [f"help {section.key}: {p}" for p in text_problems(dialog)]
    dialog.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_new_passphrase_fields_fit_with_the_longest_verdict(
    qtbot: QtBot, make_controller, language: str
) -> None:
    create = make_controller(language=language).dialog
    create.show()
    qtbot.waitExposed(create)
    qtbot.keyClicks(create.passphrase, "p@ssw0rd1985")  # two reasons under the meter
    assert create.strength.text().count(".") >= 2
    QApplication.processEvents()  # as the person sees it, once the typed key is handled
    problems = fit_problems(create) + text_problems(create)
    assert problems == [], "\n".join(problems)


def test_contact_dialogs_start_in_the_first_field_and_tab_to_the_buttons_last(
    qtbot: QtBot, make_controller
) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    log = ContactLog(controller.context.session.vault)
    embassy_id = log.save_embassy(Embassy("Canada"))
    for dialog, first in (
        (EmbassyDialog(log, None, window), "government"),
        (OfficerDialog(log, None, embassy_id, window), "name"),
    ):
        saved: list[int] = []
        dialog.saved.connect(saved.append)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d, timeout=5_000)
        field = getattr(dialog, first)
        assert QApplication.focusWidget() is field, type(dialog).__name__
        qtbot.keyClicks(field, "Jane Doe")  # the space must type a space, not press Save
        assert field.text() == "Jane Doe" and saved == [] and dialog.isVisible()
        # Tab goes down the form; the buttons come after every field.
        seen: list[QWidget] = []
        widget = field
        for _ in range(60):
            widget = widget.nextInFocusChain()
            while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
                widget = widget.nextInFocusChain()
            if widget is field:
                break
            seen.append(widget)
        in_buttons = [dialog.buttons.isAncestorOf(w) for w in seen if dialog.isAncestorOf(w)]
        assert True in in_buttons and in_buttons == sorted(in_buttons), type(dialog).__name__
        dialog.close()
    interaction = InteractionDialog(log, None, parent=window)
    interaction.show()
    qtbot.waitExposed(interaction)
    interaction.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is interaction, timeout=5_000)
    focused = QApplication.focusWidget()
    assert interaction.isAncestorOf(focused) and not interaction.buttons.isAncestorOf(focused)
    assert interaction.cases.height() >= 3 * interaction.cases.fontMetrics().height()
