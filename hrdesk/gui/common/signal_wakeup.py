"""Let signals reach Python while Qt's event loop sleeps, without waking up on a timer.

Python runs a signal handler only when the interpreter gets control back; inside ``app.exec()``
that may be never. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to a pipe;
a ``QSocketNotifier`` on the pipe's other end wakes the event loop, and the slot that drains it
is the Python code that lets the handler run. No timer: an idle app stays asleep.

(A pipe, not a socket pair: hrdesk imports no networking module at all. Where a pipe cannot be
used (Windows wants a socket), a slow timer does the waking instead.)
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_FALLBACK_MS = 300


class SignalWakeup(QObject):
    """Owns the pipe; lives as long as its ``parent`` (the application)."""

    def __init__(self, parent: QObject, after_signal: Callable[[], object] = lambda: None) -> None:
        super().__init__(parent)
        self._after_signal = after_signal  # runs in the event loop, after Python's handler ran
        self._reader, self._writer = os.pipe()
        try:
            for fd in (self._reader, self._writer):
                os.set_blocking(fd, False)
            self._previous = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        except (ValueError, OSError):
            self._close()
            timer = QTimer(self)
            timer.timeout.connect(lambda: self._after_signal())
            timer.start(_FALLBACK_MS)
            return
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.destroyed.connect(self._restore)

    def _drain(self) -> None:
        # Reading is enough: returning to Python here is what runs the pending signal handler.
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while os.read(self._reader, 64):
                pass
        self._after_signal()

    def _restore(self) -> None:
        with contextlib.suppress(ValueError):  # not the main thread any more, or interpreter exit
            signal.set_wakeup_fd(self._previous)
        self._close()

    def _close(self) -> None:
        for fd in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                os.close(fd)
