"""The case wizard: the steps across the top, the current page below them, Back and Next last.

A stepper rather than a QWizard, because every page must be reachable directly once the case
exists (the review page links to the page that fixes each missing item) and there is nothing
to "finish": every edit is already saved. Changing page, going back to the list, hiding the
screen and locking the vault all flush the autosave first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.rules import readiness
from hrdesk.gui.cases.list_model import readiness_text, readiness_tooltip
from hrdesk.gui.cases.wizard.basics_page import BasicsPage
from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.outreach_page import OutreachPage
from hrdesk.gui.cases.wizard.page_base import WizardPage
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.request_page import RequestPage
from hrdesk.gui.cases.wizard.review_page import ReviewPage
from hrdesk.gui.cases.wizard.timeline_page import TimelinePage
from hrdesk.gui.common.elided_label import ElidedLabel
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.shortcuts import press_on_keys
from hrdesk.services.cases import CaseService

_PAGE_ICONS = {
    PageId.BASICS: "mdi6.card-text-outline",
    PageId.REQUEST: "mdi6.hand-extended-outline",
    PageId.TIMELINE: "mdi6.timeline-clock-outline",
    PageId.OUTREACH: "mdi6.handshake-outline",
    PageId.REVIEW: "mdi6.clipboard-check-outline",
}


class CaseWizard(QWidget):
    closed = Signal(int)  # the case id, when the user goes back to the list
    brief_requested = Signal(int)  # the case id: open the print/export dialog
    accountability_requested = Signal(int)  # the case id: open the accountability package dialog
    reference_requested = Signal(str)  # a Reference entry id, from a page's "Read first" links

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.editor: CaseEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.back_to_list = QToolButton()
        self.back_to_list.setIcon(icon("mdi6.arrow-left"))
        self.back_to_list.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_to_list.clicked.connect(self.close_case)
        # A long title ends with an ellipsis instead of widening the window; the tooltip has it all.
        self.heading = ElidedLabel()
        self.heading.setObjectName("heading")
        self.readiness_icon = QLabel()
        self.readiness_label = QLabel()
        top.addWidget(self.back_to_list)
        top.addWidget(self.heading, 1)
        top.addWidget(self.readiness_icon)
        top.addWidget(self.readiness_label)
        self.brief_button = QPushButton(icon("mdi6.printer-outline"), "")
        press_on_keys(self, QKeySequence.StandardKey.Print, self.brief_button)
        self.brief_button.clicked.connect(self._request_brief)
        top.addWidget(self.brief_button)
        self.accountability_button = QPushButton(icon("mdi6.gavel"), "")
        self.accountability_button.clicked.connect(self._request_accountability)
        top.addWidget(self.accountability_button)
        layout.addLayout(top)

        # The steps run across the top, so the timeline and outreach tables get the full width.
        self.steps = QListWidget()
        self.steps.setObjectName("steps")  # the navigation's look, tighter: five steps in one row
        self.steps.setIconSize(QSize(20, 20))
        self.steps.setFlow(QListView.Flow.LeftToRight)
        self.steps.setWrapping(False)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setFixedHeight(self.fontMetrics().height() + 50)
        self.stack = QStackedWidget()
        self.pages: dict[PageId, WizardPage] = {}
        for page in (BasicsPage(), RequestPage(), TimelinePage(), OutreachPage(), ReviewPage()):
            self.pages[page.page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(_PAGE_ICONS[page.page_id]), "")
            self.steps.addItem(item)
        review = self.pages[PageId.REVIEW]
        assert isinstance(review, ReviewPage)  # noqa: S101
        review.go_to_page.connect(self.go_to)
        request = self.pages[PageId.REQUEST]
        assert isinstance(request, RequestPage)  # noqa: S101
        request.reference_requested.connect(self.reference_requested)
        self.steps.currentRowChanged.connect(lambda row: self.go_to(PageId(row)) if row >= 0 else None)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setIcon(icon("mdi6.chevron-left"))
        self.next_button = QPushButton()
        self.next_button.setIcon(icon("mdi6.chevron-right"))
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.LayoutDirection.LeftToRight
        )
        self.back_button.clicked.connect(lambda: self.go_to(PageId(max(0, self.current_page_id() - 1))))
        self.next_button.clicked.connect(self._next)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)

        self.next_page_action = QAction(self)
        self.next_page_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_page_action.triggered.connect(self._next)
        self.previous_page_action = QAction(self)
        self.previous_page_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_page_action.triggered.connect(self.back_button.click)
        for action in (self.next_page_action, self.previous_page_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_to_list.setText(self.tr("All cases"))
        self.back_to_list.setToolTip(self.tr("Back to the list of cases; everything is saved"))
        self.steps.setAccessibleName(self.tr("Steps of the case wizard"))
        for page_id, page in self.pages.items():
            self.steps.item(page_id).setText(
                self.tr("%1. %2", "step number, step name")
                .replace("%1", QLocale().toString(page_id + 1))  # the digits of the chosen style
                .replace("%2", page.title())
            )
        self.brief_button.setText(self.tr("Brief…"))
        self.brief_button.setToolTip(self.tr("Preview, print or save the brief for the embassy (Ctrl+P)"))
        self.accountability_button.setText(self.tr("&Accountability…"))
        self.accountability_button.setToolTip(
            self.tr("The people responsible, for a Section 7031(c) or Global Magnitsky submission")
        )
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self._update_buttons()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.next_button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                else Qt.LayoutDirection.LeftToRight
            )
            self.back_button.setIcon(icon("mdi6.chevron-left"))
            self.next_button.setIcon(icon("mdi6.chevron-right"))
            self.back_to_list.setIcon(icon("mdi6.arrow-left"))
        super().changeEvent(event)

    def _request_brief(self) -> None:
        if self.editor is not None:
            self.flush()  # the brief is rendered from the vault: it must hold the last keystroke
            self.brief_requested.emit(self.editor.case_id)

    def _request_accountability(self) -> None:
        if self.editor is not None:
            self.flush()  # the dialog lists the timeline events as saved in the vault
            self.accountability_requested.emit(self.editor.case_id)

    # -- opening and closing -------------------------------------------------------------------
    def open_case(self, case_id: int, page: PageId = PageId.BASICS) -> None:
        """Load the case and show ``page``; any case open before is saved and dropped first."""
        self.unload()
        case = self.service.load_case(case_id)
        self.editor = CaseEditor(self.service, case, self)
        self.editor.changed.connect(self._case_changed)
        for wizard_page in self.pages.values():
            wizard_page.load(self.editor)
        self._update_header()
        self.stack.setCurrentWidget(self.pages[page])
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(page)
        self.steps.blockSignals(False)
        self.pages[page].refresh()
        self._update_buttons()

    def flush(self) -> None:
        """Save everything typed so far, including a half-edited table cell."""
        if self.editor is None:
            return
        for page in self.pages.values():
            page.flush()
        self.editor.flush()

    def unload(self) -> None:
        if self.editor is None:
            return
        self.flush()
        for page in self.pages.values():
            page.unload()
        self.editor.deleteLater()
        self.editor = None

    def close_case(self) -> None:
        case_id = self.editor.case_id if self.editor is not None else 0
        self.unload()
        self.closed.emit(case_id)

    # -- navigation ----------------------------------------------------------------------------
    def current_page_id(self) -> PageId:
        return PageId(self.stack.currentIndex())

    def go_to(self, page_id: PageId) -> None:
        self.flush()
        page = self.pages[PageId(page_id)]
        self.stack.setCurrentWidget(page)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(page_id)
        self.steps.blockSignals(False)
        page.refresh()
        self._update_buttons()
        self._update_header()

    def _next(self) -> None:
        current = self.current_page_id()
        if current == PageId.REVIEW:
            self.close_case()
        else:
            self.go_to(PageId(current + 1))

    def _update_buttons(self) -> None:
        current = self.current_page_id()
        self.back_button.setEnabled(current > 0)
        last = current == PageId.REVIEW
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.next_button.setToolTip(
            self.tr("Back to the list of cases; everything is saved")
            if last
            else self.tr("Next step (Ctrl+Page Down)")
        )

    def _case_changed(self) -> None:
        self._update_header()
        current = self.pages[self.current_page_id()]
        if current.page_id == PageId.REVIEW:
            current.refresh()

    def _update_header(self) -> None:
        if self.editor is None:
            self.heading.clear()
            self.readiness_label.clear()
            self.readiness_icon.clear()
            return
        case = self.editor.case
        self.heading.setText(case.title)
        self.heading.setToolTip(case.title)
        state = readiness(case)
        self.readiness_label.setText(
            self.tr("%1 ready", "readiness: 3 of 4 ready").replace("%1", readiness_text(state.done_count))
        )
        tooltip = readiness_tooltip(state.missing)
        self.readiness_label.setToolTip(tooltip)
        self.readiness_icon.setToolTip(tooltip)
        self.readiness_icon.setPixmap(
            icon("mdi6.check-circle-outline" if state.ready else "mdi6.progress-check").pixmap(20, 20)
        )
