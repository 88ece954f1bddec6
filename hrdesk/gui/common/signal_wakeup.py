"""Let POSIX signals reach Python while Qt's event loop sleeps, without waking up on a timer.

Python runs a signal handler only when the interpreter gets control back; inside ``app.exec()``
that may be never. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to a socket;
a ``QSocketNotifier`` on the other end wakes the event loop, and the slot that drains the socket
is the Python code that lets the handler run. No timer: an idle app stays asleep.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWakeup(QObject):
    """Owns the socket pair; lives as long as its ``parent`` (the application)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.destroyed.connect(self._restore)

    def _drain(self) -> None:
        # Reading is enough: returning to Python here is what runs the pending signal handler.
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._reader.recv(64):
                pass

    def _restore(self) -> None:
        with contextlib.suppress(ValueError):  # not the main thread any more, or interpreter exit
            signal.set_wakeup_fd(self._previous)
