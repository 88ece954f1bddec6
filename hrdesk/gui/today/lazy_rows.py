"""Today paints first, then fills: rows are built a few at a time, not all before the first paint.

A Today row is a handful of widgets (labels, buttons, a menu): a couple of milliseconds each, and a
busy vault has well over a hundred of them. ``LazyRows`` builds the first ``first_batch`` at once
(what fits on the screen), then the rest in chunks from a zero-time timer, so each chunk is one
short stretch of the GUI thread and the window paints, scrolls and locks in between.

Every section of Today queues its rows here (``add``), so a new section gets the same behaviour.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from hrdesk.gui.today.section import Section

FIRST_BATCH = 8  # what a 1366x768 screen shows of Today, and a little more
# Rows per turn of the event loop. Building a row takes 2-3 ms, but each turn also lays the page
# out again, which grows with the rows already shown (25-35 ms with a hundred): one row a turn
# keeps every turn under a frame's 50 ms; four made turns of 60-70 ms at 136 rows (issue #16).
CHUNK = 1


class LazyRows(QObject):
    filled = Signal()  # every queued row is built

    def __init__(self, parent: QObject, first_batch: int = FIRST_BATCH, chunk: int = CHUNK) -> None:
        super().__init__(parent)
        self.first_batch, self.chunk = first_batch, chunk
        self._queue: deque[tuple[Section, Callable[[], object]]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_chunk)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def restart(self) -> None:
        """Forget the rows still queued (the view is being rebuilt)."""
        self._timer.stop()
        for section, _build in self._queue:
            section.pending = 0
        self._queue.clear()

    def add(self, section: Section, build: Callable[..., object], *args: object) -> None:
        """Queue ``build(*args)``, which adds one row to ``section``."""
        section.pending += 1
        self._queue.append((section, partial(build, *args)))

    def start(self) -> None:
        """Build the first batch now; the rest follows from the event loop."""
        self._build(self.first_batch)
        if self._queue:
            self._timer.start()
        else:
            self.filled.emit()

    def finish(self) -> None:
        """Build everything still queued, now (before acting on a row that may not exist yet)."""
        self._build(len(self._queue))
        self._next_chunk()

    def _build(self, count: int) -> None:
        for _ in range(min(count, len(self._queue))):
            section, build = self._queue.popleft()
            section.pending -= 1
            build()
            section.refresh_empty()

    def _next_chunk(self) -> None:
        self._build(self.chunk)
        if not self._queue:
            self._timer.stop()
            self.filled.emit()
