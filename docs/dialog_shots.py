"""Screenshots of the dialogs at their real size on a 1366x768 laptop, including the create-vault
and unlock dialogs showing an error (issue #12). Used by make_screenshots.py."""

from __future__ import annotations

import time
from collections.abc import Callable

from case_shots import _main_case_id
from contact_shots import _log
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.brief.options import BriefOptions
from hrdesk.gui.accountability.dialog import AccountabilityDialog
from hrdesk.gui.brief.email_dialog import EmailDraftDialog
from hrdesk.gui.brief.export_dialog import BriefExportDialog
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.help.dialog import HelpDialog
from hrdesk.gui.help.safety_card import SafetyCardDialog
from hrdesk.gui.safety.backup_dialog import BackupDialog
from hrdesk.gui.safety.erase_dialog import EmergencyEraseDialog
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.services.briefs import BriefService
from hrdesk.vault.errors import WrongPassphrase


def _create_vault_error(context: AppContext) -> QWidget:
    dialog = CreateVaultDialog(context)
    dialog.passphrase.setText("violet river lantern")
    dialog.repeat.setText("violet river lantren")
    dialog.understood.setChecked(True)
    # Shown first, then refused, as a user sees it: the two passphrases differ and the dialog says so.
    dialog.after_show = dialog._create  # type: ignore[attr-defined]
    return dialog


def _unlock_error(context: AppContext) -> QWidget:
    dialog = UnlockDialog(context)
    dialog.after_show = lambda: dialog._failed(WrongPassphrase())  # type: ignore[attr-defined]
    return dialog


def _brief(context: AppContext) -> QWidget:
    dialog = BriefExportDialog(context, _main_case_id(context))
    dialog.after_show = lambda: _wait_for_preview(dialog)  # type: ignore[attr-defined]
    return dialog


def _wait_for_preview(dialog: BriefExportDialog) -> None:
    """The PDF is made in a worker and QPdfView draws its pages in a thread of its own: grabbed
    at once, the preview was blank (issue #12)."""
    deadline = time.monotonic() + 60
    while not (dialog.is_current() and dialog.preview.page_count) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    settle = time.monotonic() + 2
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.02)


def _email(context: AppContext) -> QWidget:
    """The short first message, in the interface's language, as the brief dialog opens it."""
    language = context.languages.current
    draft = BriefService(context.session.vault).email_draft(
        _main_case_id(context), BriefOptions(language=language)
    )
    return EmailDraftDialog(context, draft, language)


def _accountability(context: AppContext) -> QWidget:
    return AccountabilityDialog(context, _main_case_id(context))


def _interaction(context: AppContext) -> QWidget:
    log, _ids = _log(context)
    return InteractionDialog(log, None, case_ids=[_main_case_id(context)])


def _new_officer(context: AppContext) -> QWidget:
    log, _ids = _log(context)
    return OfficerDialog(log, None, log.embassies()[0].embassy.id)


def _item(context: AppContext) -> QWidget:
    log, _ids = _log(context)
    return ItemDialog(log, None, None)


SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("create-vault-error", False, _create_vault_error),
    ("unlock-error", False, _unlock_error),
    ("brief-dialog", True, _brief),
    ("email-dialog", True, _email),
    ("accountability-dialog", True, _accountability),
    ("interaction-dialog", True, _interaction),
    ("officer-dialog", True, _new_officer),
    ("tracked-item-dialog", True, _item),
    ("backup-dialog", True, lambda context: BackupDialog(context)),
    ("restore-dialog", True, lambda context: RestoreDialog(context, True)),
    ("change-passphrase-dialog", True, lambda context: ChangePassphraseDialog(context)),
    ("emergency-erase-dialog", True, lambda context: EmergencyEraseDialog()),
    ("safety-card", True, lambda context: SafetyCardDialog(context)),
    ("help-page", False, lambda context: HelpDialog()),
]
