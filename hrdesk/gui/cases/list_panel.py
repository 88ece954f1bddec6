"""The list of cases: create, open, rename, archive, delete with undo, filter, import and export.

Sorted by last change (the service does it); each row shows readiness at a glance. A deleted
case is only hidden until the undo bar expires (about ten seconds), the bar is replaced, or the
vault locks; then it is purged for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.case import CaseStatus
from hrdesk.domain.isolate import isolated
from hrdesk.gui.cases import case_file_actions
from hrdesk.gui.cases.list_model import CaseColumn, CaseListModel
from hrdesk.gui.cases.new_case_row import NewCaseRow
from hrdesk.gui.cases.notice_bar import NoticeBar, NoticeKind
from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.services.cases import CaseService, InvalidCase

UNDO_MS = 10_000


class CaseListPanel(QWidget):
    open_requested = Signal(int)  # case id

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_ms = UNDO_MS
        self._empty_offers_new = True
        self._any_case = False  # whether the vault holds any case at all (known at the last refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self._build_actions()
        layout.addLayout(self._build_toolbar())
        self.new_case = NewCaseRow()
        self.new_case.create_requested.connect(self._create)
        layout.addWidget(self.new_case)

        self.model = CaseListModel()
        # Queued: the rename (and a possible message box) runs after the cell editor has closed.
        self.model.rename_requested.connect(self._rename, Qt.ConnectionType.QueuedConnection)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CaseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (CaseColumn.COUNTRY, CaseColumn.READINESS, CaseColumn.STATUS, CaseColumn.CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.view.activated.connect(self._open_index)  # Enter, or a double click
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for action in (self.delete_action, self.rename_action):
            self.view.addAction(action)

        self.empty = EmptyState("mdi6.briefcase-outline")
        self.empty.button.clicked.connect(self._empty_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.row_buttons = QHBoxLayout()
        for action in (self.open_action, self.rename_action, self.archive_action, self.export_action):
            self.row_buttons.addWidget(self._tool_button(action))
        self.row_buttons.addStretch(1)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), "")
        self.delete_button.setObjectName("danger")  # dangerous actions look dangerous (app.qss)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.delete_action.changed.connect(self._sync_delete_button)
        self.row_buttons.addWidget(self.delete_button)
        layout.addLayout(self.row_buttons)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        self.retranslate()

    # -- building ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def make(name: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
            action = QAction(icon(name), "", self)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return action

        self.new_action = make("mdi6.briefcase-plus-outline", self.start_new_case, QKeySequence("Ctrl+N"))
        self.addAction(self.new_action)
        self.open_action = make("mdi6.folder-open-outline", self._open_current)
        self.rename_action = make("mdi6.pencil-outline", self._rename_current, QKeySequence("F2"))
        self.archive_action = make("mdi6.archive-arrow-down-outline", self._toggle_archive)
        self.delete_action = make(
            "mdi6.delete-outline", self._delete_current, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.export_action = make("mdi6.file-export-outline", self._export_current)
        self.import_action = make("mdi6.file-import-outline", self._import)
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = self._tool_button(self.new_action)
        self.new_button.setObjectName("primaryButton")
        row.addWidget(self.new_button)
        row.addWidget(self._tool_button(self.import_action))
        row.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(220)
        self.filter_edit.textChanged.connect(lambda _text: self.refresh())
        self.status_filter = QComboBox()
        for status in (CaseStatus.OPEN, CaseStatus.ARCHIVED, None):
            self.status_filter.addItem("", status)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        row.addWidget(self.filter_edit)
        row.addWidget(self.status_filter)
        return row

    def _sync_delete_button(self) -> None:
        self.delete_button.setText(self.delete_action.text())
        self.delete_button.setToolTip(self.delete_action.toolTip())
        self.delete_button.setEnabled(self.delete_action.isEnabled())

    @staticmethod
    def _tool_button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cases"))
        self.new_action.setText(self.tr("New case"))
        self.new_action.setToolTip(self.tr("Start preparing a new case (Ctrl+N)"))
        self.open_action.setText(self.tr("Open"))
        self.rename_action.setText(self.tr("Rename"))
        self.delete_action.setText(self.tr("Delete…"))
        self.export_action.setText(self.tr("Export case file…"))
        self.import_action.setText(self.tr("Import case file…"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or country"))
        # Wide enough for the hint in every language (the Russian one was cut at 220 px).
        hint = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(min(max(220, hint + 40), 420))
        self.filter_edit.setAccessibleName(self.tr("Filter cases by title or country"))
        self.status_filter.setAccessibleName(self.tr("Show cases with this status"))
        for index, text in enumerate(
            (self.tr("Open cases"), self.tr("Archived cases"), self.tr("All cases"))
        ):
            self.status_filter.setItemText(index, text)
        self.view.setAccessibleName(self.tr("Cases, most recently changed first"))
        self.model.retranslate()
        self._update_actions()
        self._update_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_case_id()
        status = self.status_filter.currentData()
        self.model.set_cases(self.service.list_cases(self.filter_edit.text(), status))
        self._any_case = bool(self.model.rowCount()) or bool(self.service.list_cases())
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            # Through the selection model: QTableView.selectRow picks its column from the viewport
            # width, which misses before the first show in right-to-left layouts.
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._update_empty_state()
        self._update_actions()

    def current_case_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.case_at(rows[0].row()).id if rows else None

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        filtered = bool(self.filter_edit.text().strip()) or self.status_filter.currentData() is not None
        self._empty_offers_new = not (filtered and self._any_case)
        if not self._empty_offers_new:
            self.empty.set_texts(
                self.tr("No case matches"),
                self.tr(
                    "No case matches the filter. Change the words or the status above, or show all cases."
                ),
                self.tr("Show all cases"),
            )
        else:
            self.empty.set_texts(
                self.tr("No cases yet"),
                self.tr(
                    "A case gathers the three things an embassy needs from you: your specific request for "
                    "help, the facts as a timeline of events, and the outreach you have already done. "
                    "The wizard walks you through them; everything is saved as you type."
                ),
                self.tr("New case"),
            )
        self.stack.setCurrentWidget(self.empty)

    def _empty_button(self) -> None:
        if self._empty_offers_new:
            self.start_new_case()
        else:
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))

    def _update_actions(self) -> None:
        case_id = self.current_case_id()
        for action in (self.open_action, self.rename_action, self.archive_action, self.delete_action):
            action.setEnabled(case_id is not None)
        self.export_action.setEnabled(case_id is not None)
        archived = (
            case_id is not None
            and self.model.case_at(self.model.row_of(case_id)).status == CaseStatus.ARCHIVED
        )
        self.archive_action.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
        self.archive_action.setIcon(
            icon("mdi6.archive-arrow-up-outline" if archived else "mdi6.archive-arrow-down-outline")
        )

    # -- actions -------------------------------------------------------------------------------
    def start_new_case(self) -> None:
        self.new_case.open_row()

    def _create(self, title: str) -> None:
        case = self.service.create_case(title)
        self.refresh(case.id)
        self.open_requested.emit(case.id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.case_at(index.row()).id)

    def _open_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.open_requested.emit(case_id)

    def _rename_current(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.view.setFocus()
            self.view.edit(self.model.index(rows[0].row(), CaseColumn.TITLE))

    def _rename(self, case_id: int, title: str) -> None:
        try:
            self.service.rename_case(case_id, title)
        except InvalidCase:
            Messages.error(
                self,
                self.tr("Rename case"),
                self.tr("A case needs a title. The old title is kept."),
            )
        self.refresh(case_id)

    def _toggle_archive(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        case = self.model.case_at(self.model.row_of(case_id))
        archive = case.status != CaseStatus.ARCHIVED
        self.service.set_status(case_id, CaseStatus.ARCHIVED if archive else CaseStatus.OPEN)
        self.refresh(case_id)
        text = self.tr("“%1” is archived.") if archive else self.tr("“%1” is open again.")
        previous = case.status
        self.notice.show_notice(
            text.replace("%1", isolated(case.title)),
            actions=[(self.tr("Undo"), lambda: self._set_status(case_id, previous))],
            timeout_ms=self.undo_ms,
        )

    def _set_status(self, case_id: int, status: CaseStatus) -> None:
        self.service.set_status(case_id, status)
        self.refresh(case_id)

    def _delete_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        title = self.model.case_at(self.model.row_of(case_id)).title
        if not Messages.confirm(
            self,
            self.tr("Delete case"),
            self.tr(
                "Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds."
            ).replace("%1", isolated(title)),
            danger=True,
        ):
            return
        self.service.delete_case(case_id)
        self.refresh()
        self.notice.show_notice(
            self.tr("“%1” was deleted.").replace("%1", isolated(title)),
            kind=NoticeKind.WARNING,
            actions=[(self.tr("Undo"), lambda: self._restore(case_id))],
            timeout_ms=self.undo_ms,
            on_expire=self.service.purge_deleted,
        )

    def _restore(self, case_id: int) -> None:
        self.service.restore_case(case_id)
        self.refresh(case_id)

    def commit_pending(self) -> None:
        """Before a lock or quit: a deletion still waiting for undo becomes final."""
        self.notice.dismiss()

    def _export_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is None:
            return
        path = case_file_actions.export_case_file(self, self.service, case_id)
        if path is not None:
            self.notice.show_notice(
                self.tr(
                    "Case file written to %1. It is not encrypted: delete it once it has been used."
                ).replace("%1", isolated(str(path))),
                kind=NoticeKind.WARNING,
            )

    def _import(self) -> None:
        case_id = case_file_actions.import_case_from_file(self, self.service)
        if case_id is not None:
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.refresh(case_id)
            self.notice.show_notice(self.tr("The case file was imported."))

    def _context_menu(self, position: QPoint) -> None:
        if self.current_case_id() is None:
            return
        menu = QMenu(self)
        for action in (self.open_action, self.rename_action, self.archive_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(position))
