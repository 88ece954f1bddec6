"""A quiet line at the foot of the main window while the automatic backup of the day is written.

The backup runs in a worker thread (see ``SafetyActions``); this line only shows how far it got,
so the user knows why the disk is busy. It appears with the first progress report (no backup due:
nothing shows) and goes away when the backup is done or failed (a failure never disturbs the
user's work; the next unlock tries again).
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from hrdesk.gui.common.background import POLL_MS, ProgressRelay
from hrdesk.gui.safety.progress_dialog import busy_bar, show_progress


class AutoBackupStatus(QWidget):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("autoBackupStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        self.label = QLabel()
        self.bar = busy_bar()
        self.bar.setMaximumWidth(200)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self._progressed)
        self.report = self.relay.report  # handed to the worker
        self._future: Future[object] | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(POLL_MS * 5)
        self._watch.timeout.connect(self._check_done)
        self.status_bar = window.statusBar()
        self.status_bar.addWidget(self, 1)
        self.status_bar.hide()

    def watch(self, future: Future[object]) -> None:
        self._future = future
        self._watch.start()

    def _progressed(self, done: int, total: int) -> None:
        value = show_progress(self.bar, done, total)
        self.label.setText(self.tr("Automatic backup: %1% done").replace("%1", QLocale().toString(value)))
        self.bar.show()
        self.status_bar.show()

    def _check_done(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._watch.stop()
        self.relay.stop()
        self.status_bar.hide()
