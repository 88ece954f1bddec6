"""Run a slow call (the KDF takes about half a second) off the GUI thread, then report back."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hrdesk-background")

# How often the GUI thread looks at a worker: often enough to feel immediate, rare enough to cost nothing.
POLL_MS = 20


class _Latest:
    """The newest ``(done, total)``: plain Python, so a worker may outlive the widgets watching it."""

    __slots__ = ("pair",)

    def __init__(self) -> None:
        self.pair: tuple[int, int] | None = None

    def report(self, done: int, total: int) -> None:
        self.pair = (done, total)  # one assignment: atomic, no lock needed


class ProgressRelay(QObject):
    """Carries ``(done, total)`` from a worker thread to the GUI thread.

    The worker calls ``report`` as often as it likes (it only stores the latest pair, no Qt call);
    a timer on the GUI thread emits ``changed`` when the pair moved on. So a worker that reports
    after every megabyte never floods the event queue.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject, interval_ms: int = 100) -> None:
        super().__init__(parent)
        self._latest = _Latest()
        # Any thread: the work has reached ``done`` of ``total``.
        self.report: Callable[[int, int], None] = self._latest.report
        self._shown: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    def flush(self) -> None:
        """GUI thread: emit the latest pair if it is new."""
        latest = self._latest.pair
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.changed.emit(*latest)

    def stop(self) -> None:
        self.flush()
        self._timer.stop()


def percent(done: int, total: int) -> int:
    """``done`` of ``total`` as a whole percentage, never above 100 (an empty total counts as done)."""
    return 100 if total <= 0 else max(0, min(100, done * 100 // total))


class BackgroundCall(QObject):
    """Runs ``fn()`` in a worker thread; emits ``done(result)`` or ``failed(error)`` on the GUI thread.

    With ``reports_progress``, ``fn`` is called with a ``report(done, total)`` callable and
    ``progressed(done, total)`` is emitted on the GUI thread as the work moves on.
    """

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], parent: QObject, *, reports_progress: bool = False) -> None:
        super().__init__(parent)
        self.relay: ProgressRelay | None = None
        if reports_progress:
            relay = self.relay = ProgressRelay(self, POLL_MS)
            relay.changed.connect(self.progressed)
            self._future: Future[Any] = _executor.submit(fn, relay.report)
        else:
            self._future = _executor.submit(fn)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if not self._future.done():
            return
        self._timer.stop()
        if self.relay is not None:
            self.relay.stop()
        error = self._future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(self._future.result())
        self.deleteLater()
