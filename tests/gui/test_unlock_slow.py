"""An unlock that takes long (a new version updating a large vault) says why, then opens."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.dialogs.unlock import UnlockDialog
from tests.gui.conftest import PASS


def test_a_slow_unlock_says_why_and_still_opens(qtbot: QtBot, make_controller, monkeypatch) -> None:
    controller = make_controller(existing_vault=True, language="ar")
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    session = controller.context.session
    real_unlock = session.unlock
    release = threading.Event()

    def slow_unlock(*args, **kwargs):  # the worker waits here, as during a long migration
        release.wait(10)
        return real_unlock(*args, **kwargs)

    monkeypatch.setattr(session, "unlock", slow_unlock)
    dialog.still_unlocking.setInterval(50)
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    expected = dialog.tr(
        "Still unlocking… The first time a new version of hrdesk opens a vault, it may "
        "update it, which can take a minute for a large contact log."
    )
    assert expected.startswith("لا يزال")  # shown in the user's language
    qtbot.waitUntil(lambda: dialog.status.text() == expected, timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
