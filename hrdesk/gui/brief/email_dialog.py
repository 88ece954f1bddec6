"""The meeting-request email: an editable draft, copied to the clipboard on request.

It opens on the short first message (nothing of the case); the detailed draft, which carries
the facts and names, is a second choice behind a warning (see ``hrdesk.brief.email_draft``).

hrdesk never sends anything (it has no network access); the defender pastes the draft into
their own mail program. The clipboard is cleared after a minute if it still holds the draft.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.brief.email_draft import EmailDraft
from hrdesk.domain.languages import is_rtl
from hrdesk.gui.common.clipboard_guard import CLEAR_AFTER_SECONDS, ClipboardGuard
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.context import AppContext


class EmailDraftDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        draft: EmailDraft,
        language: str,
        parent: QWidget | None = None,
        detailed: Callable[[], EmailDraft] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._detailed = detailed
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.subject_label, self.body_label = QLabel(), QLabel()
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit()
        self.body.setPlainText(draft.body)
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        for field in (self.subject, self.body):
            field.setLayoutDirection(direction)  # the draft's language, not the interface's
        self.subject_label.setBuddy(self.subject)
        self.body_label.setBuddy(self.body)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.body_label)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.detail_warning = QLabel()
        self.detail_warning.setObjectName("warning")
        self.detail_warning.setWordWrap(True)
        self.detail_warning.setVisible(False)
        layout.addWidget(self.detail_warning)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(icon("mdi6.content-copy"), "")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.detailed_button = QPushButton(icon("mdi6.text-box-outline"), "")
        self.detailed_button.setVisible(detailed is not None)
        self.buttons.addButton(self.detailed_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.detailed_button.clicked.connect(self.switch_to_detailed)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Meeting request email"))
        self.intro.setText(
            self.tr(
                "A short first message, as the reference advises: who you are, what your work is, and "
                "that you want to discuss a human rights concern, with no names or details of the case. "
                "Fill in the brackets, then copy it into your own mail program. hrdesk never sends anything."
            )
        )
        self.subject_label.setText(self.tr("&Subject:"))
        self.body_label.setText(self.tr("&Message:"))
        self.copy_button.setText(self.tr("&Copy to clipboard"))
        self.detailed_button.setText(self.tr("&Detailed version…"))
        self.detail_warning.setText(self._detail_warning())

    def _detail_warning(self) -> str:
        return self.tr(
            "This detailed draft contains the facts of the case and names. Ordinary email can be read by "
            "others: send it only through a channel the embassy has confirmed as safe."
        )

    def switch_to_detailed(self) -> bool:
        """Replace the first message by the detailed draft, once the user has read the warning."""
        if self._detailed is None:
            return False
        title = self.tr("Use the detailed draft?")
        if not Messages.confirm(self, title, self._detail_warning(), danger=True):
            return False
        draft = self._detailed()
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.detail_warning.setVisible(True)
        self.detailed_button.setEnabled(False)
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        """Subject and message as they will be copied."""
        return f"{self.subject.text().strip()}\n\n{self.body.toPlainText()}"

    def copy(self) -> None:
        guard = ClipboardGuard.instance()
        guard.watch(self.context.session)
        guard.copy(self.text())
        self.status.setText(
            self.tr(
                "Copied. The clipboard will be emptied in %n seconds if it still holds the draft.",
                "",
                CLEAR_AFTER_SECONDS,
            )
        )
