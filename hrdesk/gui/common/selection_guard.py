"""The X11 middle-click selection (PRIMARY) and the clipboard: no case text or passphrase left there.

On X11, selecting text in any field offers it to every other program as the PRIMARY selection,
with no copy command at all, and it stays there after the vault locks. This guard:

- (``PassphraseEdit`` takes a shown passphrase that was selected off PRIMARY at once;)
- empties PRIMARY a while after hrdesk last put something there (the clipboard guard's delay);
- on lock empties PRIMARY and the clipboard if they still hold what hrdesk put there.

Where the platform has no selection (Windows, macOS, Wayland without the protocol), only the
clipboard part does anything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from hrdesk.gui.common.clipboard_guard import CLEAR_AFTER_SECONDS
from hrdesk.services.vault_session import VaultSession

SELECTION = QClipboard.Mode.Selection


class SelectionGuard(QObject):
    def __init__(
        self, parent: QObject, session: VaultSession, clear_after: float = CLEAR_AFTER_SECONDS
    ) -> None:
        super().__init__(parent)
        self.clear_after = clear_after  # seconds (tests shorten it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_selection)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.selectionChanged.connect(self._selection_changed)
        session.on_lock(self.clear_all)

    def _selection_changed(self) -> None:
        if not self._clipboard.ownsSelection():
            self._timer.stop()  # another program's selection now: not ours to clear
            return
        self._timer.start(int(self.clear_after * 1000))

    def clear_selection(self) -> None:
        self._timer.stop()
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(SELECTION)

    def clear_all(self) -> None:
        """On lock: PRIMARY and the clipboard, where they hold what hrdesk put there."""
        self.clear_selection()
        if self._clipboard.ownsClipboard():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
