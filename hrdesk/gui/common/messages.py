"""Every message box goes through here, so tests can answer them without a blocking dialog.

Tests set ``Messages.answer`` (a callable receiving kind, title, text) to reply at once, and
``Messages.log`` (a list) to record what was shown; in the app neither is set: the real, modal
QMessageBox is shown and nothing is kept (a message can name a case or an officer).

Text is always plain (what the user typed can hold "<b>" or "<img>") and bounded in length: a
message quoting a huge value must not freeze the app (and its panic key) while it is laid out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Callable[[str, str, str], bool]
MAX_TEXT = 2000


class Messages:
    answer: Answer | None = None  # set by tests
    log: ClassVar[list[tuple[str, str, str]] | None] = None  # a recorder a test installs

    @classmethod
    def _shown(cls, kind: str, title: str, text: str) -> bool | None:
        if cls.log is not None:
            cls.log.append((kind, title, text))
        if cls.answer is not None:
            return cls.answer(kind, title, text)
        return None

    @staticmethod
    def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(icon, _bounded(title, 200), _bounded(text, MAX_TEXT), parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls._shown("error", title, text) is None:
            cls._box(QMessageBox.Icon.Critical, title, text, parent).exec()

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls._shown("info", title, text) is None:
            cls._box(QMessageBox.Icon.Information, title, text, parent).exec()

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, danger: bool = False) -> bool:
        """Ask once; the safe choice (No/Cancel) is the default button."""
        answered = cls._shown("confirm", title, text)
        if answered is not None:
            return answered
        icon = QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question
        box = cls._box(icon, title, text, parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes


def _bounded(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
