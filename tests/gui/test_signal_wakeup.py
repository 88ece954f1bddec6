"""Signals reach Python through a socket the event loop watches, not through a polling timer.

(That a signal ends a sleeping app is tested on a real process in test_termination.py.)
"""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QObject, QTimer

from hrdesk.gui.common.signal_wakeup import SignalWakeup


@pytest.mark.skipif(not hasattr(signal, "SIGUSR1"), reason="POSIX signals")
def test_a_signal_runs_its_handler_while_the_event_loop_sleeps(qtbot, qapp) -> None:
    owner = QObject()
    SignalWakeup(owner)
    assert [t for t in owner.findChildren(QTimer) if t.isActive()] == []  # nothing polls
    seen: list[int] = []
    previous = signal.signal(signal.SIGUSR1, lambda number, _frame: seen.append(number))
    try:
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGUSR1))
        qtbot.waitUntil(lambda: seen == [signal.SIGUSR1], timeout=5000)
    finally:
        signal.signal(signal.SIGUSR1, previous)
        owner.deleteLater()
        qtbot.wait(10)
