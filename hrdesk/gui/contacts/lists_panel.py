"""The contact log's lists in tabs: interactions, officers, embassies, the tracker and cases.

Each tab is a table, or an empty state saying what to do first. Tables load when shown and
again on ``refresh``; the interactions table pages in as it scrolls.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.contacts import CaseRef
from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.contacts.lazy_model import ROW_ROLE, LazyTableModel
from hrdesk.gui.contacts.models import (
    embassies_model,
    fit_interaction_columns,
    interactions_model,
    items_model,
    officers_model,
)
from hrdesk.gui.contacts.widgets import table_view
from hrdesk.services.contacts import ContactLog

CASE_ROLE = Qt.ItemDataRole.UserRole


class ListsPanel(QTabWidget):
    open_interaction = Signal(int)
    open_officer = Signal(int)
    open_embassy = Signal(int)
    open_item = Signal(int)
    open_case = Signal(object)  # CaseRef
    log_requested = Signal()
    add_officer_requested = Signal()
    add_embassy_requested = Signal()
    add_item_requested = Signal()

    def __init__(self, log: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.interactions = interactions_model(log)
        self.officers = officers_model(log)
        self.embassies = embassies_model(log)
        # Done and declined items stay in the log but out of the way: open ones only, unless asked.
        self.open_only = QCheckBox()
        self.open_only.setChecked(True)
        self.items = items_model(log, open_only=self.open_only.isChecked)
        self.tables: dict[str, tuple[QStackedWidget, LazyTableModel, EmptyState]] = {}
        for key, model, icon_name, request in (
            ("interactions", self.interactions, "mdi6.message-text-outline", self.log_requested),
            ("officers", self.officers, "mdi6.account-tie-outline", self.add_officer_requested),
            ("embassies", self.embassies, "mdi6.bank-outline", self.add_embassy_requested),
            ("tracker", self.items, "mdi6.format-list-checks", self.add_item_requested),
        ):
            stack = QStackedWidget()
            view = table_view(model)
            view.setObjectName(f"{key}Table")
            view.activated.connect(lambda index, k=key: self._activated(k, index))
            empty = EmptyState(icon_name)
            # Logging, adding an officer and tracking all need an embassy first (and logging an
            # officer): the empty state's button offers the step that is actually possible.
            empty.button.clicked.connect(lambda _c=False, k=key, r=request: self._first_step(k, r))
            stack.addWidget(view)
            stack.addWidget(empty)
            model.modelReset.connect(lambda s=stack, m=model: self._show_table_or_empty(s, m))
            model.rowsInserted.connect(lambda *_a, s=stack, m=model: self._show_table_or_empty(s, m))
            self.tables[key] = (stack, model, empty)
            model.suspend()  # nothing is read before the tab is shown (see refresh)
            self.addTab(self._with_filter(stack) if key == "tracker" else stack, "")
        self.interactions_view = self.view("interactions")
        for key in ("officers", "embassies", "tracker"):
            header = self.view(key).horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setResizeContentsPrecision(50)  # measure the first rows, not hundreds of officers
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name or what it is
            # A long case title or embassy name is elided (full text in the tooltip) instead of
            # squeezing the first column to nothing.
            header.setMaximumSectionSize(30 * header.fontMetrics().averageCharWidth())
        fit_interaction_columns(self.interactions_view)
        self.cases = QListWidget()
        self.cases.itemActivated.connect(self._case_activated)
        self.cases_empty = EmptyState("mdi6.briefcase-outline")
        self.cases_stack = QStackedWidget()
        self.cases_stack.addWidget(self.cases)
        self.cases_stack.addWidget(self.cases_empty)
        self.addTab(self.cases_stack, "")
        self._stale: set[int] = set()
        self.embassy_count = self.officer_count = 1  # set by the screen before the lists are read
        self.currentChanged.connect(self._load)
        self.retranslate()

    def _with_filter(self, stack: QStackedWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.open_only)
        layout.addWidget(stack, 1)
        self.open_only.toggled.connect(self._open_only_toggled)
        return page

    def _open_only_toggled(self) -> None:
        self.retranslate()  # the empty state says whether closed items are hidden
        self.items.reload()
        self.items.fetchMore()

    def view(self, key: str) -> QTableView:
        return cast(QTableView, self.tables[key][0].widget(0))  # each stack shows its table first

    def set_counts(self, embassies: int, officers: int) -> None:
        """How many embassies and officers exist: decides which first step each empty list offers."""
        if (embassies, officers) != (self.embassy_count, self.officer_count):
            self.embassy_count, self.officer_count = embassies, officers
            self.retranslate()

    def missing_step(self, key: str) -> str:
        """Which first step (an "embassy" or an "officer") the tab needs before its own action, or ""."""
        if key in ("interactions", "officers", "tracker") and not self.embassy_count:
            return "embassy"
        if key == "interactions" and not self.officer_count:
            return "officer"
        return ""

    def _first_step(self, key: str, request: Signal) -> None:
        missing = self.missing_step(key)
        if missing == "embassy":
            self.add_embassy_requested.emit()
        elif missing == "officer":
            self.add_officer_requested.emit()
        else:
            request.emit()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Read again (after a change, or when the screen is shown): the visible tab now, each other
        tab when it is next chosen, so showing the screen costs one page of one list."""
        self._stale = set(range(self.count()))
        self._load(self.currentIndex())

    def _load(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        if index < len(self.tables):
            _stack, model, _empty = list(self.tables.values())[index]
            model.reload()
            model.fetchMore()
            return
        self.cases.clear()
        for case in self.log.cases():
            item = QListWidgetItem(case.title)
            item.setData(CASE_ROLE, case)
            self.cases.addItem(item)
        self.cases_stack.setCurrentIndex(0 if self.cases.count() else 1)

    @staticmethod
    def _show_table_or_empty(stack: QStackedWidget, model: LazyTableModel) -> None:
        stack.setCurrentIndex(0 if model.rowCount() else 1)

    def _activated(self, key: str, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        if key == "interactions":
            self.open_interaction.emit(row.id)
        elif key == "officers":
            self.open_officer.emit(row.officer.id)
        elif key == "embassies":
            self.open_embassy.emit(row.embassy.id)
        else:
            self.open_item.emit(row.item.id)

    def _case_activated(self, item: QListWidgetItem) -> None:
        case = item.data(CASE_ROLE)
        if isinstance(case, CaseRef):
            self.open_case.emit(case)

    def retranslate(self) -> None:
        titles = (self.tr("&Interactions"), self.tr("&Officers"), self.tr("&Embassies"), self.tr("&Tracker"))
        for index, title in enumerate(titles):
            self.setTabText(index, title)
        self.setTabText(4, self.tr("C&ases"))
        empties = {
            "interactions": (
                self.tr("No interactions logged yet"),
                self.tr(
                    "Log every meeting, call, email or event with an embassy, with a date to follow up. "
                    "Embassies rarely call back, and being known as a reliable source helps in an emergency."
                ),
                self.tr("Log an interaction"),
            ),
            "officers": (
                self.tr("No officers yet"),
                self.tr(
                    "Add the officers you meet: the human rights officer first, "
                    "and others as your cases need. "
                    "With a posting start date you are reminded to ask for a new contact before they rotate."
                ),
                self.tr("Add an officer"),
            ),
            "embassies": (
                self.tr("No embassies yet"),
                self.tr(
                    "Start with the embassies you work with: the government, where the office is, and the "
                    "priorities it states. Study those priorities before you ask for help."
                ),
                self.tr("Add an embassy"),
            ),
            "tracker": (
                self.tr("Nothing tracked yet"),
                self.tr(
                    "Every request you make (trial observation, a statement, a visa referral, "
                    "a support letter) "
                    "and every commitment an officer makes can be tracked here until it is done."
                ),
                self.tr("Track a request or commitment"),
            ),
        }
        first_steps = {
            "embassy": (
                self.tr("Add an embassy"),
                self.tr("Start with the embassy: officers, interactions and requests all belong to one."),
            ),
            "officer": (
                self.tr("Add an officer"),
                self.tr("An interaction is with an officer: add the officer you met first."),
            ),
        }
        if self.open_only.isChecked():
            empties["tracker"] = (
                self.tr("No open requests or commitments"),
                self.tr(
                    "Everything tracked is done, declined or not tracked yet. "
                    "Untick “Open items only” to see closed ones."
                ),
                self.tr("Track a request or commitment"),
            )
        self.open_only.setText(self.tr("O&pen items only"))
        self.open_only.setToolTip(self.tr("Hide requests and commitments that are done or declined"))
        for key, (heading, text, button) in empties.items():
            missing = self.missing_step(key)
            if missing:
                button, first = first_steps[missing]
                text = f"{text}\n\n{first}"
            self.tables[key][2].set_texts(heading, text, button)
            self.tables[key][1].retranslate()
            self.view(key).setAccessibleName(self.tabText(list(self.tables).index(key)).replace("&", ""))
        self.cases.setAccessibleName(self.tr("Cases"))
        self.cases_empty.set_texts(
            self.tr("No open cases"),
            self.tr(
                "Cases are prepared in the Cases section. Their contact history with embassies appears here."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
