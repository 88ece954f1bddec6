"""The Contacts screen: search, the lists, and the pages of officers, embassies and cases.

Pages open on top of the lists (Back or Esc returns); dialogs open window-modal. Nothing is
cached beyond the widgets themselves: locking destroys the main window and this screen with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.contacts import CaseRef, SearchKind, SearchResults
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.plain_label import PlainLabel
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.contacts.case_page import CasePage
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.embassy_page import EmbassyPage
from hrdesk.gui.contacts.interaction_dialog import InteractionDialog
from hrdesk.gui.contacts.item_dialog import ItemDialog
from hrdesk.gui.contacts.lists_panel import ListsPanel
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.contacts.officer_page import OfficerPage
from hrdesk.gui.contacts.page_base import ContactPage
from hrdesk.gui.contacts.refusals import refusal_text
from hrdesk.gui.contacts.search_results import SearchResultsView
from hrdesk.gui.context import AppContext
from hrdesk.gui.screen_list import screen_title
from hrdesk.services.contacts import ContactLog, ContactLogError

SEARCH_DELAY_MS = 200


class ContactsScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        vault = context.session.vault
        assert vault is not None  # noqa: S101 - the main window exists only while unlocked
        self.log = ContactLog(vault)
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        top.addWidget(self.search)
        layout.addLayout(top)
        self.actions_row = QWidget()
        actions = QHBoxLayout(self.actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.log_button = QPushButton(icon("mdi6.message-plus-outline"), "")
        self.add_embassy_button = QPushButton(icon("mdi6.bank-plus"), "")
        self.add_officer_button = QPushButton(icon("mdi6.account-plus-outline"), "")
        self.add_item_button = QPushButton(icon("mdi6.playlist-plus"), "")
        for button in (
            self.log_button,
            self.add_officer_button,
            self.add_embassy_button,
            self.add_item_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addWidget(self.actions_row)

        self.pages = QStackedWidget()
        self.lists = ListsPanel(self.log)
        self.results = SearchResultsView()
        self.no_results = PlainLabel()
        self.no_results.setObjectName("hint")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        for widget in (self.lists, self.results, self.no_results):
            self.pages.addWidget(widget)
        layout.addWidget(self.pages, 1)
        self._page_stack: list[ContactPage] = []

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.log_button.clicked.connect(lambda: self.log_interaction())
        self.add_embassy_button.clicked.connect(self.add_embassy)
        self.add_officer_button.clicked.connect(self.add_officer)
        self.add_item_button.clicked.connect(lambda: self.open_item(None))
        self._connect_opening(self.lists)
        self._connect_opening(self.results)
        self.lists.open_item.connect(self.open_item)
        self.lists.open_case.connect(self.open_case)
        self.lists.log_requested.connect(lambda: self.log_interaction())
        self.lists.add_embassy_requested.connect(self.add_embassy)
        self.lists.add_officer_requested.connect(self.add_officer)
        self.lists.add_item_requested.connect(lambda: self.open_item(None))
        self.results.more_requested.connect(self._show_more)
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # PySide6 connects activated= at construction; its stubs do not declare signal keywords.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search, context=shortcut)  # type: ignore[call-overload]
        QShortcut(  # type: ignore[call-overload]
            QKeySequence.StandardKey.New, self, activated=lambda: self.log_interaction(), context=shortcut
        )
        self.retranslate()

    def _connect_opening(self, source: QWidget) -> None:
        source.open_officer.connect(self.open_officer)  # type: ignore[attr-defined]
        source.open_embassy.connect(self.open_embassy)  # type: ignore[attr-defined]
        source.open_interaction.connect(self.open_interaction)  # type: ignore[attr-defined]

    @classmethod
    def title(cls) -> str:
        return screen_title("contacts")

    def showEvent(self, event: QShowEvent) -> None:
        # Other screens (Today, Cases) change the log too: read it again each time this one shows.
        self.refresh()
        super().showEvent(event)

    # -- navigation ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.log.is_open:  # locked: this screen is about to be destroyed
            return
        embassies, officers = self.log.counts()
        self.add_officer_button.setEnabled(embassies > 0)
        self.add_item_button.setEnabled(embassies > 0)
        self.log_button.setEnabled(officers > 0)
        self.lists.set_counts(embassies, officers)
        self.lists.refresh()
        for page in self._page_stack:
            try:
                page.reload()
            except ContactLogError:
                self.go_back()
        if self.search.text().strip() and not self._page_stack:
            self.run_search()

    def _push(self, page: ContactPage) -> None:
        self._connect_opening(page)
        page.back.connect(self.go_back)
        page.open_item.connect(self.open_item)
        page.changed.connect(self._changed_elsewhere)
        page.log_interaction.connect(lambda officers, cases: self.log_interaction(officers, cases))
        self._page_stack.append(page)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.actions_row.hide()  # the page has its own actions
        page.back_button.setFocus()

    def current_page(self) -> ContactPage | None:
        return self._page_stack[-1] if self._page_stack else None

    def go_back(self) -> None:
        if not self._page_stack:
            return
        page = self._page_stack.pop()
        self.pages.removeWidget(page)
        page.deleteLater()
        if self._page_stack:
            self.pages.setCurrentWidget(self._page_stack[-1])
        else:
            self.actions_row.show()
            self._show_lists_or_results()

    def _changed_elsewhere(self) -> None:
        self.lists.set_counts(*self.log.counts())
        self.lists.refresh()

    def _opened(self, make: object) -> None:
        try:
            self._push(make())  # type: ignore[operator]
        except ContactLogError as error:
            Messages.info(self, self.tr("Not found"), refusal_text(error))
            self.refresh()

    def open_officer(self, officer_id: int) -> None:
        self._opened(lambda: OfficerPage(self.log, officer_id))

    def open_embassy(self, embassy_id: int) -> None:
        self._opened(lambda: EmbassyPage(self.log, embassy_id))

    def open_case(self, case: CaseRef) -> None:
        self._opened(lambda: CasePage(self.log, case))

    # -- search -------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.log_interaction()

    def focus_search(self) -> None:
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        while self._page_stack:
            self.go_back()
        query = self.search.text().strip()
        if query:
            results = self.log.search(query)
            self.results.show_results(results)
            if results.more:  # the totals come after the first page has painted
                QTimer.singleShot(0, self, lambda: self._count_hits(query, results))
            self.no_results.setText(self.tr("Nothing found for “%1”.").replace("%1", isolated(query)))
        self._show_lists_or_results()

    def _show_more(self, kind_value: str) -> None:
        """The next page of one group of hits (the search pages in SQL: nothing more is read)."""
        query = self.search.text().strip()
        if not query or not self.log.is_open:
            return
        kind = SearchKind(kind_value)
        page = self.log.search(query, offset=self.results.shown_count(kind))
        hits = {
            SearchKind.EMBASSY: page.embassies,
            SearchKind.OFFICER: page.officers,
            SearchKind.INTERACTION: page.interactions,
        }[kind]
        self.results.append_hits(kind, hits, kind in page.more)

    def _count_hits(self, query: str, results: SearchResults) -> None:
        if self.results.results is results and self.log.is_open:  # still the same search, still unlocked
            self.results.set_totals(self.log.search_counts(query))

    def _show_lists_or_results(self) -> None:
        if not self.search.text().strip():
            self.pages.setCurrentWidget(self.lists)
        elif self.results.results.empty:
            self.pages.setCurrentWidget(self.no_results)
        else:
            self.pages.setCurrentWidget(self.results)

    # -- dialogs ------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self.refresh())  # type: ignore[attr-defined]
        if hasattr(dialog, "deleted"):
            dialog.deleted.connect(lambda _id: self.refresh())
        dialog.open()

    def log_interaction(self, officer_ids: Iterable[int] = (), case_ids: Iterable[int] = ()) -> None:
        embassies, officers = self.log.counts()
        if not embassies:
            # Refused for lack of an embassy: offer the step that makes it possible.
            if Messages.confirm(
                self,
                self.tr("Add an embassy first"),
                self.tr(
                    "An interaction is with an officer of an embassy. "
                    "Add the embassy now, then the officer you met?"
                ),
            ):
                self.add_embassy()
            return
        if not officers:
            if Messages.confirm(
                self,
                self.tr("Add an officer first"),
                self.tr("An interaction is with one or more officers. Add the officer you met now?"),
            ):
                self.add_officer()
            return
        self._open_dialog(InteractionDialog(self.log, None, officer_ids, case_ids, parent=self))

    def open_interaction(self, interaction_id: int) -> None:
        try:
            interaction = self.log.interaction(interaction_id)
        except ContactLogError as error:
            Messages.info(self, self.tr("Not found"), refusal_text(error))
            self.refresh()
            return
        self._open_dialog(InteractionDialog(self.log, interaction, parent=self))

    def add_embassy(self) -> None:
        self._open_dialog(EmbassyDialog(self.log, parent=self))

    def add_officer(self) -> None:
        page = self.current_page()
        embassy_id = getattr(page, "embassy_id", None)
        self._open_dialog(OfficerDialog(self.log, embassy_id=embassy_id, parent=self))

    def open_item(self, item_id: int | None) -> None:
        try:
            item = self.log.item(item_id) if item_id is not None else None
        except ContactLogError as error:
            Messages.info(self, self.tr("Not found"), refusal_text(error))
            return
        self._open_dialog(ItemDialog(self.log, item, parent=self))

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search officers, embassies and interactions (Ctrl+F)"))
        # Wide enough for the hint in every language (it was cut at 280 px); the top row has room.
        hint_width = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(min(max(280, hint_width + 110), 600))
        self.search.setAccessibleName(self.tr("Search the contact log"))
        self.log_button.setText(self.tr("&Log an interaction"))
        self.log_button.setToolTip(self.tr("Log a meeting, call, email or event (Ctrl+N)"))
        self.add_officer_button.setText(self.tr("Add an officer"))
        self.add_embassy_button.setText(self.tr("Add an embassy"))
        self.add_item_button.setText(self.tr("Track a request"))
        self.add_item_button.setToolTip(self.tr("Track a request you made or a commitment an officer made"))
