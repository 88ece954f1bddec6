"""A passphrase field with a show/hide button; never remembered, never in an undo history, never
copied (a passphrase on the clipboard can be read by any program and by clipboard history tools),
and never left in the X11 middle-click selection (PRIMARY), even while shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from hrdesk.gui.common.icons import icon


class PassphraseEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # its Copy works once shown
        self.setDragEnabled(False)
        self._toggle = QAction(self)
        self._toggle.setCheckable(True)
        self._toggle.toggled.connect(self._set_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self._set_visible(False)
        # Selecting shown text offers it to every program on X11 (no copy needed): take it back.
        self.selectionChanged.connect(lambda: QTimer.singleShot(0, self._unpublish))

    def _unpublish(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if not (clipboard.supportsSelection() and clipboard.ownsSelection()):
            return
        if self.text() and clipboard.text(QClipboard.Mode.Selection) in self.text():
            clipboard.clear(QClipboard.Mode.Selection)

    @property
    def show_action(self) -> QAction:
        """The eye button (checked: the passphrase is shown)."""
        return self._toggle

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            event.accept()  # swallowed: shown or hidden, the passphrase never reaches the clipboard
            return
        super().keyPressEvent(event)

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self._toggle.setIcon(icon("mdi6.eye-off-outline" if visible else "mdi6.eye-outline"))
        self._retranslate()

    def _retranslate(self) -> None:
        self._toggle.setText(
            self.tr("Hide passphrase") if self._toggle.isChecked() else self.tr("Show passphrase")
        )
        self._toggle.setToolTip(self._toggle.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
