"""The vault locks when the desktop session's screen saver activates (a real D-Bus signal)."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with


def _send_screen_saver_active(active: bool) -> None:
    message = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    message.setArguments([active])
    assert QDBusConnection.sessionBus().send(message)


@pytest.mark.skipif(
    not QDBusConnection.sessionBus().isConnected(),
    reason="no D-Bus session bus (CI runs under dbus-run-session)",
)
def test_screen_lock_signal_locks_the_vault(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert "org.freedesktop.ScreenSaver" in controller.session_watch.listening
    _send_screen_saver_active(False)  # the screen saver going away changes nothing
    qtbot.wait(200)
    assert controller.context.session.is_unlocked
    _send_screen_saver_active(True)
    qtbot.waitUntil(lambda: not controller.context.session.is_unlocked, timeout=5_000)
    assert controller.window is None
