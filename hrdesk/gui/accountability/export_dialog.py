"""Export the accountability package: choose the language and an optional password, then save.

The PDF is rendered in the background from copies loaded on the GUI thread (the vault's
connection belongs to it), exists only in memory, and is written only where the user chooses,
through the same non-native save dialog as the brief (no "recent files" entry).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.capture_guard import exclude_from_capture
from hrdesk.gui.common.dialog_fit import limit_to_screen
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.pdf_password import PdfPasswordFields
from hrdesk.gui.common.status_line import StatusLine
from hrdesk.gui.context import AppContext
from hrdesk.private_files import write_export
from hrdesk.services.accountability import AccountabilityService, render_package


class AccountabilityExportDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.language = QComboBox()
        for code in BRIEF_LANGUAGES:  # each language in its own name, so anyone finds theirs
            self.language.addItem(brief_texts(code).get("meta.language"), code)
        current = context.languages.current if context.languages.current in BRIEF_LANGUAGES else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.pdf_password = fields = PdfPasswordFields()
        self.protect, self.password, self.repeat = fields.protect, fields.password, fields.repeat
        layout.addWidget(self.pdf_password)
        self.status = StatusLine()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), "")
        self.save_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_package)
        layout.addWidget(self.buttons)
        limit_to_screen(self, QSize(520, 300))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the accountability package"))
        self.intro.setText(
            self.tr(
                "The package is a separate document from the brief: it names the people responsible. "
                "It is saved only where you choose."
            )
        )
        self.language_label.setText(self.tr("&Language of the package:"))
        self.save_button.setText(self.tr("&Save as PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        exclude_from_capture(self)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.say(text, error)

    # -- saving --------------------------------------------------------------------------------
    def save_package(self) -> bool:
        """Ask where, then render and write in the background; False when nothing was started."""
        if self._busy:
            return False
        problem = self.pdf_password.problem()
        if problem:
            self._set_status(problem, error=True)
            self.password.setFocus()
            return False
        vault = self.context.session.vault
        if vault is None:
            return False
        language = str(self.language.currentData())
        path = FileDialogs.save_path(
            self,
            self.tr("Save the accountability package as PDF"),
            f"accountability-{language}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        service = AccountabilityService(vault)
        case = copy.deepcopy(service.cases.load_case(self.case_id))
        file = copy.deepcopy(service.load(self.case_id))
        password = self.pdf_password.chosen()
        prepared = dt.date.today()  # the day the user asked for it, shown on the package

        def render() -> bytes:
            return render_package(case, file, language, password, prepared)

        self._busy = True
        self.save_button.setEnabled(False)
        self._set_status(self.tr("Preparing the PDF…"))
        task = BackgroundCall(render, self)
        task.done.connect(lambda data: self._write(target, data))
        task.failed.connect(self._failed)
        return True

    def _write(self, target: Path, data: bytes) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        try:
            write_export(target, data)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self._set_status(
                self.tr("The PDF could not be saved: %1").replace("%1", isolated(reason)), error=True
            )
            Messages.error(
                self,
                self.tr("Save the accountability package as PDF"),
                self.tr("The PDF could not be saved: %1").replace("%1", isolated(reason)),
            )
            return
        self._set_status(self.tr("Saved: %1").replace("%1", isolated(target.name)))
        self.saved.emit(str(target))

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self._set_status(
            self.tr("The package could not be prepared (%1).").replace("%1", isolated(type(error).__name__)),
            error=True,
        )
