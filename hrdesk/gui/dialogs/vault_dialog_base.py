"""What the create-vault and unlock dialogs share: language chooser, heading, status line, busy state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCursor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hrdesk.gui.common.dialog_fit import fit_height
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.language_combo import LanguageCombo
from hrdesk.gui.common.status_line import StatusLine
from hrdesk.gui.context import AppContext
from hrdesk.gui.help.dialog import HELP_KEYS, HelpDialog


class VaultDialogBase(QDialog):
    """A dialog that ends with an unlocked vault (``unlocked``) or with the user quitting (``rejected``)."""

    unlocked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("vaultDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)

        top = QHBoxLayout()
        self._logo = QLabel()
        self._logo.setPixmap(icon("mdi6.shield-lock-outline").pixmap(40, 40))
        top.addWidget(self._logo)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.heading, 1)
        self.language = LanguageCombo(context)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)

        self.status = StatusLine()
        layout.addWidget(self.status)
        # Help needs no vault: F1 works before the vault exists or while it is locked.
        QShortcut(QKeySequence(HELP_KEYS), self, self.show_help)

    def show_help(self) -> HelpDialog:
        page = HelpDialog(self)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.show()
        return page

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.say(text, error)  # the dialog grows: the fields and buttons keep their room

    def set_busy(self, busy: bool) -> None:
        """While the key is derived (about half a second): wait cursor, inputs disabled."""
        for child in self.findChildren(QWidget):
            if child is not self.status and child is not self.heading:
                child.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        else:
            QApplication.restoreOverrideCursor()

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                fit_height(self)  # another language's texts may wrap onto more lines
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # the first size comes from sizeHint, which ignores wrapped labels
