"""Export a case's brief: choose the options, look at the preview, then save or print.

The PDF exists only in memory until the user saves it where they choose; the preview reads
it from a buffer and printing draws its pages straight onto the printer. Rendering runs in
the background (a case with hundreds of events takes about a second) from a copy of the
case loaded when the dialog opens, since the vault's connection belongs to the GUI thread.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.brief.email_draft import draft_first_email, draft_meeting_email
from hrdesk.brief.options import BriefOptions, ContactHistoryRow, Variant
from hrdesk.brief.texts import BRIEF_LANGUAGES
from hrdesk.domain.isolate import isolated
from hrdesk.gui.brief.email_dialog import EmailDraftDialog
from hrdesk.gui.brief.options_panel import BriefOptionsPanel
from hrdesk.gui.brief.preview import PdfPreview
from hrdesk.gui.brief.printing import PrintDialog, print_document
from hrdesk.gui.common.background import BackgroundCall
from hrdesk.gui.common.capture_guard import exclude_from_capture
from hrdesk.gui.common.dialog_fit import available_geometry, limit_to_screen
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.wrapping_label import WrappingLabel
from hrdesk.gui.context import AppContext
from hrdesk.private_files import write_export
from hrdesk.services.briefs import for_embassy, protect_pdf, render_case_brief
from hrdesk.services.cases import CaseService

#: The length the app's own advice gives for a hand-over brief.
HAND_OVER_PAGES = 2

#: Milliseconds to wait after a change before rendering again (typing an embassy name).
RENDER_DELAY_MS = 300


def suggested_file_name(options: BriefOptions) -> str:
    """ "brief-canada-en.pdf": which document, for which embassy, in which language (never the
    case title: file names show in recent-file lists)."""
    kind = "notes" if options.variant.value == "notes" else "brief"
    embassy = re.sub(r"[^\w]+", "-", options.embassy.casefold()).strip("-_")[:40]
    return "-".join(part for part in (kind, embassy, options.language) if part) + ".pdf"


class BriefExportDialog(QDialog):
    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        vault = context.session.vault
        if vault is None:
            raise RuntimeError("the vault is locked")
        self._case = CaseService(vault).load_case(case_id)
        self._contacts: tuple[ContactHistoryRow, ...] = ()
        self._pdf: bytes | None = None
        self._pdf_options: BriefOptions | None = None
        self._rendering = False
        limit_to_screen(self, QSize(1100, 760))  # Save and Close stay on a 768-pixel screen

        language = context.languages.current if context.languages.current in BRIEF_LANGUAGES else "en"
        self.panel = BriefOptionsPanel(self._case.request.embassies, language)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        # As wide as the options want (their combo boxes show whole choices, not "Brief to hand
        # over to the emb"), within a third of the screen so the preview keeps its room.
        room = available_geometry(self).width() // 3
        scroll.setMinimumWidth(min(self.panel.sizeHint().width() + 24, room))
        self.preview = PdfPreview()
        self.status = WrappingLabel()
        self.status.setObjectName("status")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth(), 1100 - scroll.minimumWidth()])

        self.email_button = QPushButton(icon("mdi6.email-edit-outline"), "")
        self.print_button = QPushButton(icon("mdi6.printer-outline"), "")
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.email_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.email_button.clicked.connect(self.show_email_draft)
        self.print_button.clicked.connect(self.print_brief)
        self.save_button.clicked.connect(self.save_brief)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._timer.timeout.connect(self._render)
        self.panel.changed.connect(self._schedule)
        self.retranslate()
        self._render()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print or save the brief"))
        self.email_button.setText(self.tr("&Email draft…"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.preview.setAccessibleName(self.tr("Preview of the brief"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- rendering ---------------------------------------------------------------------------
    def set_contact_history(self, rows: tuple[ContactHistoryRow, ...]) -> None:
        """Rows from the contact log to print in the "contact history" section."""
        self._contacts = tuple(rows)
        self._schedule()

    def options(self) -> BriefOptions:
        return for_embassy(dataclasses.replace(self.panel.options(), contact_history=self._contacts))

    def _schedule(self) -> None:
        self._timer.start()
        self._show_status()

    def _render(self) -> None:
        if self._rendering:  # one at a time: the finished one starts the next if still needed
            return
        options = self.options()
        case = copy.deepcopy(self._case)
        self._rendering = True
        self._show_status()
        task = BackgroundCall(lambda: render_case_brief(case, options), self)
        task.done.connect(lambda pdf: self._rendered(pdf, options))
        task.failed.connect(self._render_failed)

    def _rendered(self, pdf: bytes, options: BriefOptions) -> None:
        self._rendering = False
        self._pdf, self._pdf_options = pdf, options
        self.preview.show_pdf(pdf)
        if options != self.options():
            self._schedule()
        self._show_status()

    def _render_failed(self, error: Exception) -> None:
        self._rendering = False
        self._pdf = self._pdf_options = None
        reason = type(error).__name__
        self.status.setText(self.tr("The brief could not be prepared (%1).").replace("%1", isolated(reason)))

    def is_current(self) -> bool:
        """True when the preview shows the options as they are now."""
        return self._pdf is not None and self._pdf_options == self.options()

    def current_pdf(self) -> bytes:
        """The PDF for the options as they are now (rendered here if the preview is behind)."""
        if not self.is_current():
            self._timer.stop()
            options = self.options()
            self._pdf, self._pdf_options = render_case_brief(copy.deepcopy(self._case), options), options
            self.preview.show_pdf(self._pdf)
            self._show_status()
        assert self._pdf is not None  # noqa: S101
        return self._pdf

    def _show_status(self) -> None:
        if self._pdf is None or self._rendering or self._timer.isActive():
            self.status.setText(self.tr("Preparing the preview…"))
        else:
            pages = self.preview.page_count
            text = self.tr("Pages: %n. Nothing is saved until you choose Save as PDF.", "", pages)
            shown = self._pdf_options
            if shown is not None and shown.variant is Variant.HAND_OVER and pages > HAND_OVER_PAGES:
                # The advice is one or two pages: an officer reads page 1 and perhaps page 2.
                text += " " + self.tr(
                    "This is longer than the two pages an officer is likely to read. Consider leaving out "
                    "sections, shortening the timeline, or marking some items for your speaker notes only."
                )
            self.status.setText(text)

    # -- actions -----------------------------------------------------------------------------
    def save_brief(self) -> bool:
        problem = self.panel.pdf_password.problem()
        if problem:
            self.status.setText(problem)
            self.panel.password.setFocus()
            return False
        options = self.options()
        suggested = suggested_file_name(options)
        path = FileDialogs.save_path(
            self, self.tr("Save the brief as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data = self.current_pdf()
        password = self.panel.pdf_password.chosen()
        if password:
            data = protect_pdf(data, password)
        try:
            write_export(target, data)
        except OSError as exc:
            Messages.error(
                self,
                self.tr("Save the brief as PDF"),
                self.tr("The PDF could not be saved: %1").replace(
                    "%1", isolated(exc.strerror or type(exc).__name__)
                ),
            )
            return False
        self.status.setText(self.tr("Saved: %1").replace("%1", isolated(target.name)))
        return True

    def print_brief(self) -> bool:
        self.current_pdf()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Brief"))  # not the case title: print queues are visible to others
        if not PrintDialog.ask(printer, self):
            return False
        return print_document(self.preview.pdf, printer) > 0

    def show_email_draft(self) -> EmailDraftDialog:
        options = self.options()
        case = self._case
        draft = draft_first_email(case, options)
        dialog = EmailDraftDialog(
            self.context, draft, options.language, self, detailed=lambda: draft_meeting_email(case, options)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- privacy -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        exclude_from_capture(self)
        if self._pdf is None and not self._rendering:
            self._schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        """Drop the PDF from memory when the dialog goes away (closed, or the vault locked)."""
        super().hideEvent(event)
        if not event.spontaneous():
            self._timer.stop()
            self.preview.clear()
            self._pdf = self._pdf_options = None
