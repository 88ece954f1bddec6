"""The Settings screen: language, auto-lock, "remember on this device", passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.common.language_combo import LanguageCombo
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.reference.updates_box import ReferenceUpdatesBox
from hrdesk.gui.safety.settings_box import SafetyBox
from hrdesk.gui.screens.base import Screen
from hrdesk.settings import IDLE_MINUTES, IDLE_MINUTES_RANGE
from hrdesk.vault.device_keyring import keyring_status
from hrdesk.vault.errors import VaultError


class SettingsScreen(Screen):
    icon_name = "mdi6.cog-outline"
    idle_minutes_changed = Signal(int)
    lock_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setSpacing(16)

        self.language_box = QGroupBox()
        form = QFormLayout(self.language_box)
        self.language_label = QLabel()
        self.language = LanguageCombo(context)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        layout.addWidget(self.language_box)

        self.lock_box = QGroupBox()
        form = QFormLayout(self.lock_box)
        self.idle_label = QLabel()
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setValue(context.settings.get(IDLE_MINUTES))
        self.idle_label.setBuddy(self.idle)
        self.idle.valueChanged.connect(self._idle_changed)
        form.addRow(self.idle_label, self.idle)
        self.lock_now = QPushButton()
        self.lock_now.clicked.connect(self.lock_requested)
        form.addRow("", self.lock_now)
        layout.addWidget(self.lock_box)

        self.device_box = QGroupBox()
        device = QVBoxLayout(self.device_box)
        self.remember = QCheckBox()
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        self.remember_note.setObjectName("hint")
        device.addWidget(self.remember)
        device.addWidget(self.remember_note)
        layout.addWidget(self.device_box)
        # Asking which keyring exists takes ~0.1 s: done when the screen is first shown, not at unlock.
        self._keyring_ok: bool | None = None
        vault = context.session.vault
        self.remember.setChecked(bool(vault and vault.remembered_on_device))
        self.remember.setEnabled(False)
        self.remember.toggled.connect(self._remember_toggled)

        self.passphrase_box = QGroupBox()
        box = QVBoxLayout(self.passphrase_box)
        self.change_passphrase = QPushButton()
        self.change_passphrase.clicked.connect(self._change_passphrase)
        box.addWidget(self.change_passphrase, 0, Qt.AlignmentFlag.AlignLeading)
        self.vault_info = QLabel()
        self.vault_info.setObjectName("hint")
        self.vault_info.setWordWrap(True)
        self.vault_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.vault_info)
        layout.addWidget(self.passphrase_box)
        self.safety_box = SafetyBox(context)  # lock and hide, attempt limit, backups, emergency erase
        layout.addWidget(self.safety_box)
        self.reference_updates = ReferenceUpdatesBox()
        layout.addWidget(self.reference_updates)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def showEvent(self, event: QShowEvent) -> None:
        if self._keyring_ok is None:
            self._keyring_ok, _backend = keyring_status()
            self.remember.setEnabled(self._keyring_ok)
            self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the app:"))
        self.lock_box.setTitle(self.tr("Locking"))
        self.idle_label.setText(self.tr("Lock &after this many idle minutes:"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Minutes before the vault locks itself"))
        shortcut = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_now.setText(self.tr("Lock now (%1)").replace("%1", shortcut))
        self.device_box.setTitle(self.tr("This device"))
        self.remember.setText(self.tr("&Remember the vault on this device (system keyring)"))
        if self._keyring_ok is None:
            note = ""
        elif self._keyring_ok:
            note = self.tr(
                "Convenient but weaker: anyone who can use your computer account while you are logged in "
                "can then open the vault without the passphrase. Leave this off if the computer may be "
                "taken or shared. Your passphrase still works either way."
            )
        else:
            note = self.tr(
                "Not available: no system keyring service is running on this device. "
                "Everything else works; you type your passphrase each time."
            )
        self.remember_note.setText(note)
        self.passphrase_box.setTitle(self.tr("Passphrase and vault"))
        self.change_passphrase.setText(self.tr("&Change passphrase…"))
        vault = self.context.session.vault
        kdf = vault.kdf_params if vault else None
        info = self.tr("Vault folder: %1").replace("%1", str(self.context.session.folder.path))
        if kdf is not None:
            info += "\n" + self.tr("Key derivation: Argon2id, %1 MiB of memory, time cost %2").replace(
                "%1", str(kdf.memory_kib // 1024)
            ).replace("%2", str(kdf.time_cost))
        self.vault_info.setText(info)

    def _idle_changed(self, minutes: int) -> None:
        self.context.settings.set(IDLE_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def _remember_toggled(self, on: bool) -> None:
        vault = self.context.session.vault
        if vault is None:
            return
        try:
            if on:
                vault.remember_on_device()
            else:
                vault.forget_on_device()
        except (VaultError, OSError):
            Messages.error(
                self,
                self.tr("Keyring"),
                self.tr("The system keyring did not accept the change. Nothing was stored."),
            )
            self.remember.blockSignals(True)
            self.remember.setChecked(vault.remembered_on_device)
            self.remember.blockSignals(False)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.context, self)
        dialog.open()
