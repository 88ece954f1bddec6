"""Copy text to the clipboard and take it off again after a minute, if it is still ours.

An email draft names people at risk; left on the clipboard it could be pasted anywhere or
kept by a clipboard manager. Like KeePassXC, the text is marked as secret for clipboard
managers that honour the hint, and cleared after a delay unless the user has copied
something else since. The guard belongs to the application, not to a dialog, so closing
the dialog (or locking the vault, which closes every window) does not cancel the clearing;
locking clears it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

from hrdesk.services.vault_session import VaultSession

CLEAR_AFTER_SECONDS = 60
_NAME = "hrdeskClipboardGuard"


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._text: str | None = None
        self.clear_after = CLEAR_AFTER_SECONDS  # seconds (tests shorten it)
        self._sessions: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @classmethod
    def instance(cls) -> ClipboardGuard:
        """The application's one guard (made on first use)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication")
        found = app.findChild(ClipboardGuard, _NAME)
        return found if found is not None else cls(app)

    def watch(self, session: VaultSession) -> None:
        """Clear our text as soon as ``session`` locks (registered once per session)."""
        if id(session) not in self._sessions:
            self._sessions.add(id(session))
            session.on_lock(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, to be emptied after ``clear_after`` seconds if still there."""
        data = QMimeData()
        data.setText(text)
        data.setData("x-kde-passwordManagerHint", b"secret")  # not kept in clipboard histories
        QGuiApplication.clipboard().setMimeData(data)
        self._text = text
        self._timer.start(int(self.clear_after * 1000))

    def holds_ours(self) -> bool:
        return self._text is not None and QGuiApplication.clipboard().text() == self._text

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds what we put there; leave anything else alone."""
        self._timer.stop()
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._text = None
