"""A page of the contact log (an officer, an embassy, a case): a Back button, a heading, actions,
what the page is about, and the history of interactions, newest first, loaded as it scrolls.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.plain_label import PlainLabel, plain_label
from hrdesk.gui.contacts.lazy_model import ROW_ROLE, LazyTableModel
from hrdesk.gui.contacts.models import InteractionColumn, fit_interaction_columns
from hrdesk.gui.contacts.widgets import table_view
from hrdesk.services.contacts import ContactLog


class ContactPage(QWidget):
    back = Signal()
    open_officer = Signal(int)
    open_embassy = Signal(int)
    open_interaction = Signal(int)
    open_item = Signal(int)  # a tracked request or commitment
    log_interaction = Signal(list, list)  # officer ids, case ids to start with
    changed = Signal()  # something was saved or deleted from this page

    def __init__(self, log: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.dialog: QDialog | None = None  # the editing dialog open over this page, if any
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.back_button = QPushButton(icon("mdi6.arrow-left"), "")
        self.back_button.clicked.connect(self.back)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.actions_bar = bar
        layout.addLayout(bar)
        self.heading = plain_label(wrap=True, selectable=True)
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.body)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_label = PlainLabel()
        self.history_label.setObjectName("sectionHeading")
        history_layout.addWidget(self.history_label)
        self.history_stack = QStackedWidget()
        self.history_empty = plain_label()
        self.history_empty.setObjectName("hint")
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.history_model: LazyTableModel | None = None
        self.history = table_view(None)
        self.history.activated.connect(self._history_activated)
        self.history_label.setBuddy(self.history)
        self.history_stack.addWidget(self.history)
        self.history_stack.addWidget(self.history_empty)
        history_layout.addWidget(self.history_stack, 1)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        for sequence in (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence(Qt.Key.Key_Escape)):
            # PySide6 connects activated= at construction; its stubs do not declare signal keywords.
            QShortcut(  # type: ignore[call-overload]
                sequence,
                self,
                activated=self.back.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    def add_action(self, icon_name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), "")
        self.actions_bar.addWidget(button)
        return button

    def add_details(self, count: int) -> None:
        """``count`` rows of label and value (how to reach someone, notes...) in the page's body;
        ``show_details`` fills them and hides the empty ones."""
        self.details = QFormLayout()
        self.detail_labels = [QLabel() for _ in range(count)]
        self.detail_values = [plain_label(selectable=True) for _ in range(count)]
        for label, value in zip(self.detail_labels, self.detail_values, strict=True):
            self.details.addRow(label, value)
        self.body_layout.addLayout(self.details)

    def show_details(self, texts: Iterable[str]) -> None:
        for label, value, text in zip(self.detail_labels, self.detail_values, texts, strict=True):
            value.setText(text)
            label.setVisible(bool(text))
            value.setVisible(bool(text))

    def open_dialog(self, dialog: QDialog) -> None:
        """Open an editing dialog of this page (kept in ``dialog``); once it saved, show the change."""
        self.dialog = dialog
        dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        dialog.open()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def set_history(self, model: LazyTableModel, hidden: Iterable[InteractionColumn] = ()) -> None:
        self.history_model = model
        self.history.setModel(model)
        fit_interaction_columns(self.history, hidden)
        model.modelReset.connect(self._show_history_or_empty)
        model.rowsInserted.connect(self._show_history_or_empty)
        model.fetchMore()
        self._show_history_or_empty()

    def _show_history_or_empty(self) -> None:
        has_rows = self.history_model is not None and self.history_model.rowCount() > 0
        self.history_stack.setCurrentWidget(self.history if has_rows else self.history_empty)

    def reload_history(self) -> None:
        if self.history_model is not None:
            self.history_model.reload()
            self.history_model.fetchMore()

    def _history_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_interaction.emit(row.id)

    def history_ids(self) -> list[int]:
        """The ids of the interactions loaded so far (tests and screenshots read it)."""
        return [row.id for row in self.history_model.rows] if self.history_model else []

    def reload(self) -> None:
        """Read the record again after a change; subclasses fill in their own parts."""

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (Esc)"))
        self.history_label.setText(self.tr("Hi&story"))
        self.history.setAccessibleName(self.tr("History"))
        if self.history_model is not None:
            self.history_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
