"""Lock and hide: one configurable key combination that locks at once and hides every window.

An application-wide event filter rather than a QShortcut: a shortcut does not fire while a modal
dialog (a message box, a file chooser) blocks its window, and this one must fire everywhere. The
controller uses a second watcher for the plain lock key (Ctrl+L) for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QKeySequenceEdit, QWidget

DEFAULT_SEQUENCE = "Ctrl+Shift+L"


class LockHideWatcher(QObject):
    """Emits ``triggered`` when the key combination is pressed in any window of the app."""

    triggered = Signal()

    def __init__(
        self, app: QApplication, sequence: str = DEFAULT_SEQUENCE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or app)
        self._combination: QKeyCombination | None = None
        self.set_sequence(sequence)
        app.installEventFilter(self)

    def set_sequence(self, text: str) -> None:
        """Use ``text`` (portable form, e.g. "Ctrl+Shift+L"); an empty or invalid one turns it off."""
        sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
        # QKeySequence[i] (Qt's operator[]) is real; PySide6's stubs do not declare it.
        self._combination = sequence[0] if sequence.count() else None  # type: ignore[index]

    @property
    def sequence(self) -> str:
        if self._combination is None:
            return ""
        return QKeySequence(self._combination).toString(QKeySequence.SequenceFormat.PortableText)

    def _matches(self, event: QKeyEvent) -> bool:
        if self._combination is None:
            return False
        pressed = event.keyCombination()
        modifiers = pressed.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return (pressed.key(), modifiers) == (self._combination.key(), self._combination.keyboardModifiers())

    @staticmethod
    def _recording(watched: QObject) -> bool:
        """True when the keys go to a key-sequence field (Settings): the user is choosing new keys."""
        widget = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, QKeySequenceEdit):
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event of the app, so it calls nothing that returns None unless the keys
        # match: some bindings (PySide6 6.12.0) drop a reference to None on each such call, and
        # Python 3.11 aborts after a few thousand keystrokes. Matching first is also cheaper.
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not self._matches(event) or self._recording(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, even if a menu action uses the same keys: deliver the key press
            return True
        self.triggered.emit()
        return True
