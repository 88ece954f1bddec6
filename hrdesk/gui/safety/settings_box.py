"""The "Emergencies" part of Settings: lock-and-hide keys, the attempt limit, backups and restore, erase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.plain_label import hint_label
from hrdesk.gui.context import AppContext
from hrdesk.services.attempt_limits import DEFAULT_LIMIT, LIMIT_RANGE, attempt_limit, set_attempt_limit
from hrdesk.services.backups import KEEP_RANGE, auto_backups_usage, keep_within_range
from hrdesk.settings import AUTO_BACKUPS_KEPT, LOCK_HIDE_SHORTCUT
from hrdesk.vault.errors import VaultError

PORTABLE = QKeySequence.SequenceFormat.PortableText


class SafetyBox(QGroupBox):
    """Emits ``erase_requested`` for the emergency erase and ``shortcut_changed`` for lock and hide."""

    erase_requested = Signal()
    shortcut_changed = Signal(str)
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        form = QFormLayout()
        self.shortcut_label = QLabel()
        self.shortcut = QKeySequenceEdit()
        self.shortcut.setMaximumSequenceLength(1)
        self.shortcut.setClearButtonEnabled(True)
        self.shortcut.setKeySequence(
            QKeySequence.fromString(context.settings.get(LOCK_HIDE_SHORTCUT), PORTABLE)
        )
        self.shortcut_label.setBuddy(self.shortcut)
        self.shortcut.editingFinished.connect(self._shortcut_edited)
        form.addRow(self.shortcut_label, self.shortcut)
        outer.addLayout(form)
        self.shortcut_note = hint_label()
        outer.addWidget(self.shortcut_note)

        row = QHBoxLayout()
        self.limit_on = QCheckBox()
        self.limit = QSpinBox()
        self.limit.setRange(*LIMIT_RANGE)
        row.addWidget(self.limit_on)
        row.addWidget(self.limit)
        row.addStretch(1)
        outer.addLayout(row)
        self.limit_note = hint_label()
        outer.addWidget(self.limit_note)
        vault = context.session.vault
        current = attempt_limit(vault) if vault is not None else 0
        self.limit_on.setChecked(bool(current))
        self.limit.setValue(current or DEFAULT_LIMIT)
        self.limit.setEnabled(not current)  # change the number by turning the limit off and on
        self.limit_on.setEnabled(vault is not None and not context.demo)  # a demo vault is thrown away
        self.limit_on.toggled.connect(self._limit_toggled)

        self.backups_note = hint_label()
        outer.addWidget(self.backups_note)
        keep_form = QFormLayout()
        keep_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a small number
        self.keep_label = QLabel()
        self.keep = QSpinBox()
        self.keep.setRange(*KEEP_RANGE)
        self.keep.setValue(keep_within_range(context.settings.get(AUTO_BACKUPS_KEPT)))
        self.keep_label.setBuddy(self.keep)
        self.keep.valueChanged.connect(self._keep_changed)
        keep_form.addRow(self.keep_label, self.keep)
        outer.addLayout(keep_form)
        self.usage = hint_label()
        outer.addWidget(self.usage)
        backup_row = QHBoxLayout()
        self.backup_now = QPushButton()
        self.restore = QPushButton()
        self.backup_now.clicked.connect(self.backup_requested)
        self.restore.clicked.connect(self.restore_requested)
        for button in (self.backup_now, self.restore):
            button.setEnabled(vault is not None and not context.demo)
            backup_row.addWidget(button)
        backup_row.addStretch(1)
        outer.addLayout(backup_row)
        self.erase = QPushButton()
        self.erase.setObjectName("danger")
        self.erase.clicked.connect(self.erase_requested)
        outer.addWidget(self.erase, 0, Qt.AlignmentFlag.AlignLeading)
        self.erase_note = hint_label()
        outer.addWidget(self.erase_note)
        self.retranslate()

    def retranslate(self) -> None:
        # One key combination fits in a short field (stretched across the page it read as a text
        # box), as long as the longest one in this language's key names ("Control+Mayúsculas+…").
        longest = QKeySequence("Ctrl+Alt+Shift+F12").toString(QKeySequence.SequenceFormat.NativeText)
        metrics = self.shortcut.fontMetrics()
        self.shortcut.setMaximumWidth(metrics.horizontalAdvance(longest) + 8 * metrics.averageCharWidth())
        self.setTitle(self.tr("Emergencies"))
        self.shortcut_label.setText(self.tr("L&ock and hide keys:"))
        self.shortcut.setAccessibleName(self.tr("Keys that lock the vault and hide every window"))
        self.shortcut_note.setText(
            self.tr(
                "Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the "
                "taskbar; open it from there. Leave the keys empty to turn this off."
            )
        )
        self.limit_on.setText(self.tr("Erase the vault after this many &wrong passphrases in a row:"))
        self.limit.setAccessibleName(self.tr("Wrong passphrases allowed before the vault is erased"))
        self.limit_note.setText(
            self.tr(
                "For when someone may try to guess your passphrase in this app. The count survives "
                "restarts; the unlock window shows the attempts left. It cannot stop someone who copies "
                "the vault's files. Keep a backup elsewhere if you turn this on."
            )
        )
        self.backups_note.setText(
            self.tr(
                "Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in "
                "the vault folder (the last %n). They open with your current passphrase and are erased "
                "with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.",
                "",
                self.keep.value(),
            )
        )
        self.keep_label.setText(self.tr("Automatic backups &kept:"))
        self.keep.setAccessibleName(self.tr("How many automatic backups the vault folder keeps"))
        self.show_usage()
        self.backup_now.setText(self.tr("&Back up now…"))
        self.restore.setText(self.tr("Res&tore from a backup…"))
        self.erase.setText(self.tr("Emergency &erase…"))
        self.erase_note.setText(
            self.tr(
                "After an erase, this computer still has hrdesk itself and its settings file (language, "
                "window size, these keys; nothing of your cases). hrdesk keeps no list of recent files or "
                "folders. Files you exported or backed up elsewhere are not touched."
            )
        )

    def show_usage(self) -> None:
        """How many automatic backups there are now, and the disk space they take."""
        count, size = auto_backups_usage(self.context.session.folder.path)
        if not count:
            self.usage.setText(self.tr("No automatic backup yet."))
            return
        text = self.tr("Now: %n automatic backup(s), %1 in all.", "", count).replace(
            "%1", isolated(QLocale().formattedDataSize(size))
        )
        if count > self.keep.value():
            text += " " + self.tr("The oldest are deleted at the next automatic backup.")
        self.usage.setText(text)

    def _keep_changed(self, keep: int) -> None:
        # Applied at the next automatic backup, never at once: stepping the number down through 1
        # must not delete backups on the way.
        self.context.settings.set(AUTO_BACKUPS_KEPT, keep)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        self.show_usage()  # a backup may have been made or rotated since
        super().showEvent(event)

    def _shortcut_edited(self) -> None:
        text = self.shortcut.keySequence().toString(PORTABLE)
        self.context.settings.set(LOCK_HIDE_SHORTCUT, text)
        self.shortcut_changed.emit(text)

    def _limit_toggled(self, on: bool) -> None:
        vault = self.context.session.vault
        if vault is None:
            return
        limit = self.limit.value() if on else 0
        if on and not Messages.confirm(
            self,
            self.tr("Erase after wrong passphrases"),
            self.tr(
                "After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten "
                "passphrase or a wrong keyboard layout counts too. Turn this on?"
            ).replace("%1", isolated(str(limit))),
            danger=True,
        ):
            self._set_checked(False)
            return
        try:
            set_attempt_limit(vault, limit)
        except (VaultError, OSError):
            Messages.error(
                self,
                self.tr("Attempt limit"),
                self.tr("The setting could not be saved. Nothing was changed."),
            )
            self._set_checked(not on)
            return
        self.limit.setEnabled(not on)

    def _set_checked(self, on: bool) -> None:
        self.limit_on.blockSignals(True)
        self.limit_on.setChecked(on)
        self.limit_on.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
