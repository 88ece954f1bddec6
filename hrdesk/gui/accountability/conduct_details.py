"""For the kind of conduct highlighted in the person form: what the person did, the timeline
events that show it, and notes on the evidence (each kind has its own; the package prints them
under that kind)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from hrdesk.domain.accountability import Conduct, ConductCategory
from hrdesk.domain.case import TimelineEvent
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.date_text import format_date
from hrdesk.gui.common.labels import conduct_label
from hrdesk.gui.common.plain_label import hint_label

_DATA = Qt.ItemDataRole.UserRole


def text_box(min_height: int, lines: int | None = None) -> QPlainTextEdit:
    """Free text; Tab moves on instead of typing a tab. With ``lines``, no taller than that many
    lines (a note, not a page: the form stays short enough to see what comes next)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(min_height)
    if lines is not None:
        box.ensurePolished()  # the style sheet's font size, which sets the line height
        margins = 2 * (box.frameWidth() + int(box.document().documentMargin()))
        box.setMaximumHeight(max(min_height, lines * box.fontMetrics().lineSpacing() + margins))
    return box


def unticked_item(data: object) -> QListWidgetItem:
    """A list line the user ticks (Space or a click), carrying ``data``; its text is set later."""
    item = QListWidgetItem()
    item.setData(_DATA, data)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


class ConductDetails(QWidget):
    edited = Signal()  # the user changed the description, the linked events or the evidence notes

    def __init__(self, events: list[TimelineEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events  # in timeline order
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = hint_label()
        self.description_label = QLabel()
        self.description_edit = text_box(60, lines=4)
        self.description_label.setBuddy(self.description_edit)
        self.events_label = QLabel()
        self.events_list = QListWidget()
        self.events_list.setMinimumHeight(120)
        self.events_label.setBuddy(self.events_list)
        for event in events:
            self.events_list.addItem(unticked_item(event.id))
        self.no_events = hint_label()
        self.no_events.setVisible(not events)
        self.events_list.setVisible(bool(events))
        self.evidence_label = QLabel()
        self.evidence_edit = text_box(90)
        self.evidence_label.setBuddy(self.evidence_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (
            self.heading,
            self.hint,
            self.description_label,
            self.description_edit,
            self.events_label,
            self.no_events,
            self.events_list,
            self.evidence_label,
            self.evidence_edit,
        ):
            layout.addWidget(widget)
        self.description_edit.textChanged.connect(self.edited)
        self.evidence_edit.textChanged.connect(self.edited)
        self.events_list.itemChanged.connect(self.edited)
        self._category: ConductCategory | None = None
        self._ticked = False
        self.retranslate()

    def retranslate(self) -> None:
        self.description_label.setText(self.tr("&What they did:"))
        self.description_edit.setPlaceholderText(
            self.tr("In a few sentences: what this person did, when and where, and to whom")
        )
        self.description_edit.setAccessibleName(self.tr("What this person did"))
        self.events_label.setText(self.tr("Even&ts of the timeline that show it:"))
        self.events_list.setAccessibleName(self.tr("Timeline events linked to this conduct"))
        for row, event in enumerate(self._events):
            self.events_list.item(row).setText(
                self.tr("%1 — %2", "date of an event, then what happened")
                .replace("%1", isolated(format_date(event.date)))
                .replace("%2", isolated(event.what.splitlines()[0] if event.what.strip() else ""))
            )
        self.no_events.setText(
            self.tr("The timeline of this case has no events yet. Add them in step 3 of the case wizard.")
        )
        self.evidence_label.setText(self.tr("Notes on the e&vidence:"))
        self.evidence_edit.setPlaceholderText(
            self.tr("What evidence exists and where it is kept (not the evidence itself)")
        )
        self.evidence_edit.setAccessibleName(self.tr("Notes on the evidence"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_conduct(self, category: ConductCategory | None, conduct: Conduct | None) -> None:
        """Show what was recorded for ``category`` (highlighted); editable only when it is ticked
        (``conduct`` is not None). Emits ``edited`` while it fills the fields: the caller ignores it."""
        self._category, self._ticked = category, conduct is not None
        linked = set(conduct.event_ids) if conduct else set()
        for row in range(self.events_list.count()):
            item = self.events_list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(_DATA) in linked else Qt.CheckState.Unchecked
            )
        for edit, text in (
            (self.description_edit, conduct.description if conduct else ""),
            (self.evidence_edit, conduct.evidence if conduct else ""),
        ):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        for widget in (
            self.description_label,
            self.description_edit,
            self.events_label,
            self.events_list,
            self.evidence_label,
            self.evidence_edit,
        ):
            widget.setEnabled(conduct is not None)
        self._show_texts()

    def store(self, conduct: Conduct) -> None:
        """Copy what is shown into ``conduct`` (the one shown)."""
        conduct.event_ids = [
            int(self.events_list.item(r).data(_DATA))
            for r in range(self.events_list.count())
            if self.events_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        conduct.description = self.description_edit.toPlainText()
        conduct.evidence = self.evidence_edit.toPlainText()

    def _show_texts(self) -> None:
        if self._category is None:
            self.heading.clear()
        else:
            self.heading.setText(
                self.tr("Events and evidence for: %1").replace("%1", isolated(conduct_label(self._category)))
            )
        self.hint.setText(
            ""
            if self._ticked
            else self.tr("Tick this kind of conduct above to link events and evidence to it.")
        )
        self.hint.setVisible(not self._ticked and self._category is not None)
