"""Later runs: unlock the vault with its passphrase. A wrong one gets a clear message, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.vault_dialog_base import VaultDialogBase
from hrdesk.services.attempt_limits import status as attempt_status
from hrdesk.services.demo import DEMO_PASSPHRASE
from hrdesk.services.unlock_guard import AttemptsLeft, VaultErased
from hrdesk.services.vault_session import UnlockCancelled
from hrdesk.vault.errors import NotAVault, VaultError, VaultInUse, WrongPassphrase

# After this long, "Unlocking…" says why it takes a while: the first unlock by a new version
# of hrdesk may update the vault (re-indexing a large contact log takes up to a minute).
STILL_UNLOCKING_MS = 3000


class UnlockDialog(VaultDialogBase):
    erased = Signal()  # the attempt limit was reached: the vault is gone
    vanished = Signal()  # the vault was erased elsewhere (``hrdesk erase``) while this window waited
    restore_requested = Signal()  # the vault is damaged: restore a backup (handled by gui.safety.actions)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.addWidget(self.intro)
        self.passphrase_label = QLabel()
        self.passphrase = PassphraseEdit()
        self.passphrase_label.setBuddy(self.passphrase)
        self.body.addWidget(self.passphrase_label)
        self.body.addWidget(self.passphrase)
        self.attempts = QLabel()  # attempts left, when the opt-in attempt limit is on
        self.attempts.setObjectName("warning")
        self.attempts.setWordWrap(True)
        self.body.addWidget(self.attempts)
        self.buttons = QDialogButtonBox()
        # Shown only once the vault turned out damaged: the way back is a backup.
        self.restore_button = QPushButton()
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)
        self.passphrase.textEdited.connect(lambda _text: self.show_status(""))
        self.still_unlocking = QTimer(self, singleShot=True, interval=STILL_UNLOCKING_MS)
        self.still_unlocking.timeout.connect(self._say_still_unlocking)
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock — hrdesk"))
        self.heading.setText(self.tr("Unlock your vault"))
        intro = self.tr("Your vault is locked. Type your passphrase to open it.")
        if self.context.demo:
            intro += "\n" + self.tr("Demo: the passphrase is %1").replace("%1", isolated(DEMO_PASSPHRASE))
        self.intro.setText(intro)
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit"))
        self.restore_button.setText(self.tr("Restore from a &backup…"))
        self._show_attempts()

    def _show_attempts(self) -> None:
        state = attempt_status(self.context.session.folder)
        if state is None:
            self.attempts.hide()
            return
        text = self.tr("Attempts left before the vault is erased: %n.", "", state.remaining)
        if state.notice:
            text = self.tr("The record of wrong passphrases was edited or deleted.") + " " + text
        self.attempts.setText(text)
        self.attempts.show()

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_status(self.tr("Type your passphrase first."), error=True)
            self.passphrase.setFocus()
            return
        self.show_status(self.tr("Unlocking…"))
        self.set_busy(True)
        self.still_unlocking.start()
        session = self.context.session
        started = session.lock_count  # a lock (panic key, screen lock) while the KDF runs wins
        task = BackgroundCall(lambda: session.unlock(passphrase, started), self)
        task.done.connect(self._unlocked)
        task.failed.connect(self._failed)

    def _say_still_unlocking(self) -> None:
        self.show_status(
            self.tr(
                "Still unlocking… The first time a new version of hrdesk opens a vault, it may "
                "update it, which can take a minute for a large contact log."
            )
        )

    def _unlocked(self, _vault: object) -> None:
        self.still_unlocking.stop()
        self.set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.still_unlocking.stop()
        self.set_busy(False)
        # While busy, focus left the disabled field and a button took over as default: without
        # this, Enter stopped unlocking from the third attempt on.
        self.unlock_button.setDefault(True)
        if isinstance(error, VaultErased):
            self.passphrase.clear()
            self.erased.emit()
            return
        if isinstance(error, UnlockCancelled):
            self.passphrase.clear()
            self.show_status(self.tr("Locked. Type your passphrase again to open the vault."))
            return
        if isinstance(error, NotAVault) and not self.context.session.has_vault:
            self.passphrase.clear()
            self.vanished.emit()  # erased, not damaged: nothing of it is left to open
            return
        self._show_attempts()
        if isinstance(error, AttemptsLeft):
            text = self.tr(
                "That passphrase is not correct. Attempts left before the vault is erased: %n.",
                "",
                error.remaining,
            )
        elif isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase is not correct. Check the keyboard language and Caps Lock, then try again."
            )
        elif isinstance(error, VaultInUse):
            text = self.tr("This vault is open in another hrdesk window. Close it there first.")
        elif isinstance(error, NotAVault):
            text = self.tr(
                "The vault's files are damaged or are not an hrdesk vault. Nothing was changed. "
                "If you have a backup, you can restore it."
            )
            self.restore_button.show()
        elif isinstance(error, (VaultError, OSError)):
            text = self.tr("The vault could not be opened. Nothing was changed.")
        else:
            raise error
        self.show_status(text, error=True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
