"""A slim bar under a list that says what just happened and offers to undo or choose.

Used for "Case deleted — Undo" (about ten seconds), for warnings that allow the edit ("this
date is in the future") and for refusals that explain why ("2024-02-30 is not a date").
Non-modal on purpose: someone typing a timeline with the keyboard is never stopped by a
dialog for something that only needs a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hrdesk.gui.common.icons import icon


class NoticeKind(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_ICONS = {
    NoticeKind.INFO: "mdi6.information-outline",
    NoticeKind.WARNING: "mdi6.alert-outline",
    NoticeKind.ERROR: "mdi6.alert-circle-outline",
}


class NoticeBar(QFrame):
    """Hidden until ``show_notice``; hides itself after ``timeout_ms`` (0: stays until closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Set apart from the page by the palette's alternate base (legible in light and dark themes).
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._icon = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._icon)
        layout.addWidget(self.text, 1)
        self._buttons_layout = QHBoxLayout()
        layout.addLayout(self._buttons_layout)
        self.close_button = QPushButton()
        self.close_button.setIcon(icon("mdi6.close"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.buttons: list[QPushButton] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._on_expire: Callable[[], object] | None = None
        self.kind = NoticeKind.INFO
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notice(
        self,
        text: str,
        kind: NoticeKind = NoticeKind.INFO,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        timeout_ms: int = 0,
        on_expire: Callable[[], object] | None = None,
    ) -> None:
        """Replace whatever was shown. ``on_expire`` runs when the time runs out or the bar is
        replaced or closed without one of the actions having been chosen."""
        self._finish()
        self.kind = kind
        self.setProperty("kind", kind.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._icon.setPixmap(icon(_ICONS[kind]).pixmap(20, 20))
        self.text.setText(text)
        self.text.setObjectName("status" if kind is NoticeKind.ERROR else "")
        self.text.setProperty("error", kind is NoticeKind.ERROR)
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        self.setAccessibleName(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, callback in actions or []:
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, c=callback: self._chosen(c))
            self._buttons_layout.addWidget(button)
            self.buttons.append(button)
        self._on_expire = on_expire
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()
        # Screen readers announce it: the user's eyes may be on the table, not on this bar.
        QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))

    def button(self, label: str) -> QPushButton:
        """The action button with this label (tests and keyboard shortcuts use it)."""
        return next(b for b in self.buttons if b.text() == label)

    def _chosen(self, callback: Callable[[], None]) -> None:
        self._on_expire = None
        self._timer.stop()
        self.hide()
        callback()

    def _expired(self) -> None:
        self._finish()
        self.hide()

    def dismiss(self) -> None:
        self._finish()
        self.hide()

    def _finish(self) -> None:
        """Run the pending expiry action now (a replaced or closed undo bar commits the delete)."""
        self._timer.stop()
        pending, self._on_expire = self._on_expire, None
        if pending is not None:
            pending()
