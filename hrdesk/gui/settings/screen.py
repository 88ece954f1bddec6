"""The Settings screen: language, auto-lock, "remember on this device", passphrase."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.isolate import isolate_units, isolated
from hrdesk.domain.number_style import (
    ARABIC_INDIC,
    BOTH,
    DIGITS,
    EGYPTIAN,
    LEVANTINE,
    MONTHS,
    WESTERN,
    NumberStyle,
    month_names,
    number,
)
from hrdesk.gui.common.language_combo import LanguageCombo
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from hrdesk.gui.reference.updates_box import ReferenceUpdatesBox
from hrdesk.gui.safety.settings_box import SafetyBox
from hrdesk.gui.screen_list import screen_title
from hrdesk.gui.today.settings_box import TodaySettingsBox
from hrdesk.settings import ARABIC_DIGITS, ARABIC_MONTHS, IDLE_MINUTES, IDLE_MINUTES_RANGE
from hrdesk.vault.device_keyring import keyring_status
from hrdesk.vault.errors import VaultError

# What each choice looks like: the same in every UI language, so the user sees the result.
_SAMPLES = {
    WESTERN: number(2024, "ar", NumberStyle(digits=WESTERN)),
    ARABIC_INDIC: number(2024, "ar", NumberStyle(digits=ARABIC_INDIC)),
    BOTH: month_names("ar", NumberStyle(months=BOTH))[2],
    LEVANTINE: month_names("ar", NumberStyle(months=LEVANTINE))[2],
    EGYPTIAN: month_names("ar", NumberStyle(months=EGYPTIAN))[2],
}


class SettingsScreen(Screen):
    idle_minutes_changed = Signal(int)
    lock_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        self.heading = QLabel()  # like every other screen's
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # natural width
        self.language_label = QLabel()
        self.language = LanguageCombo(context)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        # Arabic digits and month names: one choice for the app, the brief and the email.
        self.digits_label, self.digits = QLabel(), QComboBox()
        self.months_label, self.months = QLabel(), QComboBox()
        for label, combo, values, current in (
            (self.digits_label, self.digits, DIGITS, context.settings.get(ARABIC_DIGITS)),
            (self.months_label, self.months, MONTHS, context.settings.get(ARABIC_MONTHS)),
        ):
            # Texts change with the language: the width must follow them, not the first one shown.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for value in values:
                combo.addItem("", value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.activated.connect(self._number_style_chosen)
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.arabic_note = QLabel()
        self.arabic_note.setWordWrap(True)
        # A wrapped label in a form keeps a narrow guess of its width: in Arabic it was four short lines.
        self.arabic_note.setMinimumWidth(60 * self.arabic_note.fontMetrics().averageCharWidth())
        form.addRow("", self.arabic_note)
        layout.addWidget(self.language_box)

        self.lock_box = QGroupBox()
        form = QFormLayout(self.lock_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
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
        self.today_box = TodaySettingsBox(context.settings)  # how far ahead Today's "Coming up" looks
        layout.addWidget(self.today_box)

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

    @classmethod
    def title(cls) -> str:
        return screen_title("settings")

    def showEvent(self, event: QShowEvent) -> None:
        if self._keyring_ok is None:
            self._keyring_ok, _backend = keyring_status()
            self.remember.setEnabled(self._keyring_ok)
            self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the app:"))
        self.digits_label.setText(self.tr("Arabic &digits:"))
        self.months_label.setText(self.tr("Arabic &month names:"))
        samples = {
            WESTERN: self.tr("Western (%1)"),
            ARABIC_INDIC: self.tr("Arabic-Indic (%1)"),
            BOTH: self.tr("Both names (%1)"),
            LEVANTINE: self.tr("Levantine (%1)"),
            EGYPTIAN: self.tr("Egyptian and Gulf (%1)"),
        }
        for combo in (self.digits, self.months):
            for index in range(combo.count()):
                value = combo.itemData(index)
                combo.setItemText(index, samples[value].replace("%1", isolated(_SAMPLES[value])))
            # The isolated Arabic sample is measured a little short by the combo's own hint.
            widest = max(
                combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
            )
            combo.setMinimumWidth(widest + 40)
        self.arabic_note.setText(
            self.tr(
                "Used wherever dates and numbers are written in Arabic: the app, the brief and the email."
            )
        )
        self.lock_box.setTitle(self.tr("Locking"))
        self.idle_label.setText(self.tr("Lock &after this many idle minutes:"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Minutes before the vault locks itself"))
        shortcut = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_now.setText(self.tr("Lock now (%1)").replace("%1", isolated(shortcut)))
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
        info = self.tr("Vault folder: %1").replace("%1", isolated(str(self.context.session.folder.path)))
        if kdf is not None:
            info += "\n" + self.tr("Key derivation: Argon2id, %1 MiB of memory, time cost %2").replace(
                "%1", QLocale().toString(kdf.memory_kib // 1024)
            ).replace("%2", isolated(QLocale().toString(kdf.time_cost)))
        self.vault_info.setText(isolate_units(info))

    def _number_style_chosen(self) -> None:
        self.context.set_number_style(str(self.digits.currentData()), str(self.months.currentData()))

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
