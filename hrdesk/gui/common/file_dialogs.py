"""Open and save dialogs through one thin wrapper (every one the app shows), so tests answer them
without blocking.

Qt's own (non-native) dialog is used on purpose: desktop-native dialogs add the chosen file
to the system's "recent files" list, which would leave the name of a case file, a brief or a
backup behind.
Tests set ``FileDialogs.answer`` (a callable receiving kind and title, returning a path or "").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QFileDialog, QWidget

Answer = Callable[[str, str], str]


class FileDialogs:
    answer: Answer | None = None  # set by tests
    log: ClassVar[list[tuple[str, str]]] = []

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """The path chosen to save to, or "" when cancelled."""
        cls.log.append(("save", title))
        if cls.answer is not None:
            return cls.answer("save", title)
        path, _ = QFileDialog.getSaveFileName(
            parent, title, suggested, filters, options=QFileDialog.Option.DontUseNativeDialog
        )
        return path

    @classmethod
    def open_path(cls, parent: QWidget | None, title: str, filters: str) -> str:
        """The path chosen to open, or "" when cancelled."""
        cls.log.append(("open", title))
        if cls.answer is not None:
            return cls.answer("open", title)
        path, _ = QFileDialog.getOpenFileName(
            parent, title, "", filters, options=QFileDialog.Option.DontUseNativeDialog
        )
        return path
