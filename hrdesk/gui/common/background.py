"""Run a slow call (the KDF takes about half a second) off the GUI thread, then report back."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hrdesk-background")


class BackgroundCall(QObject):
    """Runs ``fn()`` in a worker thread; emits ``done(result)`` or ``failed(error)`` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._future: Future[Any] = _executor.submit(fn)
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if not self._future.done():
            return
        self._timer.stop()
        error = self._future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(self._future.result())
        self.deleteLater()
