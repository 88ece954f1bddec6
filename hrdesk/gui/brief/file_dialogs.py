"""The save dialog through one thin wrapper, so tests answer it without blocking.

Qt's own (non-native) dialog is used on purpose: desktop-native dialogs add the chosen file
to the system's "recent files" list, which would leave the name of a brief behind. Tests set
``SaveDialog.answer`` (a callable receiving the title, returning a path or "").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QFileDialog, QWidget

Answer = Callable[[str], str]


class SaveDialog:
    answer: Answer | None = None  # set by tests
    log: ClassVar[list[str]] = []

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        """The path chosen to save to, or "" when cancelled."""
        cls.log.append(title)
        if cls.answer is not None:
            return cls.answer(title)
        path, _ = QFileDialog.getSaveFileName(
            parent, title, suggested, filters, options=QFileDialog.Option.DontUseNativeDialog
        )
        return path
