"""Run under a real X server (Xvfb): what the PRIMARY selection holds after selecting, locking and
waiting. Prints one line per check; the test reads them."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from hrdesk.gui.common.passphrase_edit import PassphraseEdit
from hrdesk.gui.common.selection_guard import SelectionGuard

SELECTION = QClipboard.Mode.Selection


class FakeSession:
    def __init__(self) -> None:
        self.callbacks: list = []

    def on_lock(self, callback) -> None:
        self.callbacks.append(callback)

    def lock(self) -> None:
        for callback in self.callbacks:
            callback()


def settle(until=lambda: False, seconds: float = 3.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        QApplication.processEvents()
        QTest.qWait(20)


def select_by_keyboard(field: QLineEdit) -> None:
    """Shift+Home from the end, as a person selects (X11 then offers the text as PRIMARY)."""
    field.setFocus()
    field.end(False)
    QTest.keyClick(field, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)


def main() -> int:
    app = QApplication(sys.argv[:1])
    clipboard = QGuiApplication.clipboard()
    print("supports", clipboard.supportsSelection())
    session = FakeSession()
    guard = SelectionGuard(app, session, clear_after=0.5)
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit("CASEMARKER")
    secret = PassphraseEdit()
    secret.setText("PASSMARKER")
    layout.addWidget(field)
    layout.addWidget(secret)
    window.show()
    QTest.qWaitForWindowExposed(window)

    select_by_keyboard(field)
    settle(lambda: clipboard.text(SELECTION) == "CASEMARKER", 2)
    print("selected", clipboard.text(SELECTION))
    session.lock()
    settle(seconds=0.3)
    print("after lock", repr(clipboard.text(SELECTION)))

    select_by_keyboard(field)
    settle(lambda: clipboard.text(SELECTION) == "CASEMARKER", 2)
    print("selected again", clipboard.text(SELECTION))
    settle(lambda: clipboard.text(SELECTION) == "", 10)
    print("after timeout", repr(clipboard.text(SELECTION)))

    guard.clear_after = 600  # from here on, only the passphrase field itself may clear it
    secret.actions()[0].trigger()  # "Show passphrase"
    select_by_keyboard(secret)
    settle(seconds=0.5)
    print("shown passphrase selected", repr(secret.selectedText()), repr(clipboard.text(SELECTION)))
    guard.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
