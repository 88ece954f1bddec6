"""One short card shown once, right after the vault is created (and again from Help): the few habits
that keep the vault safe, with the keys as they are set on this computer."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.dialog_fit import fit_height
from hrdesk.gui.common.icons import icon
from hrdesk.gui.context import AppContext
from hrdesk.settings import LOCK_HIDE_SHORTCUT

LOCK_KEYS = "Ctrl+L"  # the File menu's "Lock vault" (fixed; lock and hide is a setting)
_ICONS = (
    "mdi6.lock-outline",
    "mdi6.eye-off-outline",
    "mdi6.usb-flash-drive-outline",
    "mdi6.monitor-screenshot",
    "mdi6.help-circle-outline",
)


def native(keys: str) -> str:
    """``keys`` as this system writes them ("Ctrl+L"), kept left-to-right inside Arabic text."""
    text = QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    return isolated(text)


class SafetyCardDialog(QDialog):
    help_requested = Signal()  # "Open Help" (the main window shows the help page)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("safetyCard")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.points: list[QLabel] = []
        for row, name in enumerate(_ICONS):
            picture = QLabel()
            picture.setPixmap(icon(name).pixmap(24, 24))
            grid.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignTop)
            point = QLabel()
            point.setWordWrap(True)
            # Rich text (escaped): wrapped as plain text, the long Arabic points were drawn wider
            # than the label that measured them and ran off the card's edge (seen at 1366x768).
            point.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(point, row, 1)
            self.points.append(point)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)  # any spare height goes above the buttons, not between the points
        self.buttons = QDialogButtonBox()
        self.help_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self._open_help)
        self.done_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keep your vault safe — hrdesk"))
        self.heading.setText(self.tr("Your vault is ready. Five habits keep it safe"))
        hide_keys = self.context.settings.get(LOCK_HIDE_SHORTCUT)
        hide = (
            self.tr(
                "Press %1 to lock the vault and hide every hrdesk window at once, if someone comes in "
                "or asks to see the screen. You can change these keys in Settings."
            ).replace("%1", native(hide_keys))
            if hide_keys
            else self.tr("Lock and hide is turned off. You can choose its keys in Settings.")
        )
        texts = (
            self.tr(
                "Press %1 to lock the vault whenever you step away. hrdesk also locks itself after a "
                "few idle minutes and when you quit."
            ).replace("%1", native(LOCK_KEYS)),
            hide,
            self.tr(
                "Back up to a USB stick (Settings, Back up now) and keep the stick somewhere else: if "
                "this computer is seized or broken, the backup is how you start again."
            ),
            self.tr(
                "On Linux, hrdesk cannot stop screenshots or screen sharing. Lock hrdesk before you "
                "share your screen or let anyone record it."
            ),
            self.tr("Help (F1) explains all of this and more. It works offline, like the rest of hrdesk."),
        )
        for point, text in zip(self.points, texts, strict=True):
            point.setText(html.escape(text, quote=False))
        self.help_button.setText(self.tr("Open &Help"))
        self.done_button.setText(self.tr("&Got it"))

    def _open_help(self) -> None:
        self.help_requested.emit()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                fit_height(self)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # wrapped points need more height than sizeHint gives
