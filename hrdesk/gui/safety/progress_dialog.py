"""The frame the backup and restore dialogs share: a heading and an introduction, the dialog's own
fields, then a busy bar and a status line above the buttons, while the work runs in the background.

The status line grows the dialog to fit; every text is set again when the language changes.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDir, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from hrdesk.gui.common.background import percent
from hrdesk.gui.common.dialog_fit import fit_height
from hrdesk.gui.common.status_line import StatusLine
from hrdesk.gui.common.wrapped_text import WrappedText

DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EISDIR}


def native(path: Path) -> str:
    return QDir.toNativeSeparators(str(path))


def busy_bar() -> QProgressBar:
    """A thin, hidden busy indicator (the time a backup or restore takes is not known in advance).

    Its colour is the palette's highlight: the app's style sheet paints progress chunks red (the
    passphrase meter), which would make waiting look like an error.
    """
    bar = QProgressBar()
    bar.setObjectName("busy")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setStyleSheet("QProgressBar::chunk { background: palette(highlight); }")
    bar.hide()
    return bar


def show_progress(bar: QProgressBar, done: int, total: int) -> int:
    """Turn the busy bar into a measured one at ``done`` of ``total``; return the percentage."""
    value = percent(done, total)
    bar.setRange(0, 100)
    bar.setValue(value)
    return value


def reset_progress(bar: QProgressBar) -> None:
    """Back to "busy, time unknown" (the snapshot is taken before any byte is sealed)."""
    bar.setRange(0, 0)
    bar.setValue(0)


class ProgressDialog(QDialog):
    """Subclasses add their fields to ``body`` (the dialog's own layout, so a field that appears
    resizes the dialog at once), then call ``add_footer``; they add their buttons to ``buttons``
    and set the texts in ``retranslate``."""

    def __init__(self, object_name: str, selectable_status: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.intro = WrappedText()  # long Arabic lines lost their last letters as plain text
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.body = layout
        self.progress = busy_bar()
        self.status = StatusLine(selectable=selectable_status)
        self.buttons = QDialogButtonBox()

    def add_footer(self) -> None:
        """Below the fields: the busy bar, the status line, then the buttons at the bottom.

        Called once the buttons are added and named: a button named once its box is in the
        dialog keeps the style it had before the name (the danger button would look plain).
        """
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.say(text, error)

    def fit_height(self) -> None:
        fit_height(self)

    def show_busy(self, busy: bool, inputs: Iterable[QWidget]) -> None:
        """While the work runs: ``inputs`` disabled and the busy bar shown (back to "time unknown")."""
        for widget in inputs:
            widget.setEnabled(not busy)
        reset_progress(self.progress)
        self.progress.setVisible(busy)
