"""Every message box goes through here, so tests can answer them without a blocking dialog.

Tests set ``Messages.answer`` (a callable receiving kind, title, text) to reply at once; in
the app the real, modal QMessageBox is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Callable[[str, str, str], bool]


class Messages:
    answer: Answer | None = None  # set by tests
    log: ClassVar[list[tuple[str, str, str]]] = []  # what was shown, newest last (tests read it)

    @classmethod
    def _shown(cls, kind: str, title: str, text: str) -> bool | None:
        cls.log.append((kind, title, text))
        if cls.answer is not None:
            return cls.answer(kind, title, text)
        return None

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls._shown("error", title, text) is None:
            QMessageBox.critical(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls._shown("info", title, text) is None:
            QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, danger: bool = False) -> bool:
        """Ask once; the safe choice (No/Cancel) is the default button."""
        answered = cls._shown("confirm", title, text)
        if answered is not None:
            return answered
        box = QMessageBox(
            QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text, parent=parent
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
