"""Page 3, Timeline: the facts as dated events, typed in a table with the keyboard.

Each event has a disclosure level; new ones get the case's default, which is set here. After
an edit the page warns (and keeps the edit) when the date lies in the future, and offers to
merge or keep both when an event repeats another one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hrdesk.domain.case import Disclosure, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.duplicate_events import find_duplicate, merged_fields
from hrdesk.domain.isolate import isolated
from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.item_model import Column, ColumnKind
from hrdesk.gui.cases.wizard.item_table import ItemTablePanel, TableTexts
from hrdesk.gui.cases.wizard.page_base import page_layout
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.table_page import TablePage, date_columns, disclosure_column
from hrdesk.gui.cases.wizard.undo_commands import EditField, RemoveItems, Steps
from hrdesk.gui.common.date_text import format_date
from hrdesk.gui.common.labels import disclosure_help, disclosure_label, event_kind_label
from hrdesk.gui.common.plain_label import hint_label

_CHECKED_FIELDS = ("date", "kind", "what")


class TimelinePage(TablePage):
    page_id = PageId.TIMELINE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.add_heading(layout)
        row = QHBoxLayout()
        self.default_label = QLabel()
        self.default_combo = QComboBox()
        for level in Disclosure:
            self.default_combo.addItem("", level.value)
        self.default_label.setBuddy(self.default_combo)
        self.default_help = hint_label()
        row.addWidget(self.default_label)
        row.addWidget(self.default_combo)
        row.addWidget(self.default_help, 1)
        layout.addLayout(row)
        columns = [
            *date_columns(),
            Column("end_date", ColumnKind.END_DATE, lambda: self.tr("Until"), width=110),
            Column("kind", ColumnKind.CHOICE, lambda: self.tr("Kind"), EventKind, width=150),
            Column("what", ColumnKind.TEXT, lambda: self.tr("What happened"), width=280),
            Column("place", ColumnKind.TEXT, lambda: self.tr("Place"), width=130),
            Column("who", ColumnKind.TEXT, lambda: self.tr("Who was involved"), width=150),
            Column("source", ColumnKind.TEXT, lambda: self.tr("Sources or evidence"), width=170),
            disclosure_column(),
        ]
        texts = TableTexts(
            add=lambda: self.tr("Add event"),
            added=lambda: self.tr("Add event"),
            duplicated=lambda: self.tr("Duplicate event"),
            deleted=lambda n: self.tr("%n event(s) deleted.", "", n),
            count=lambda n: self.tr("%n event(s)", "", n),
            table_name=lambda: self.tr("Timeline of events, earliest first"),
            empty=lambda: self.tr(
                "No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next "
                "cell. A year alone (2019) or a month (2019-03) is fine."
            ),
        )
        self.table = ItemTablePanel(columns, texts, self._new_event)
        self.table.install_shortcuts(self)
        self.table.edited.connect(self._check_edit)
        layout.addWidget(self.table, 1)
        self.default_combo.currentIndexChanged.connect(self._default_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Timeline")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The facts, as a timeline of events"))
        self.intro.setText(
            self.tr(
                "One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear "
                "campaigns. Each row says who may see it on paper: the brief you hand over, only your own "
                "speaker notes, or no printout at all."
            )
        )
        self.default_label.setText(self.tr("New &events and outreach are marked:"))
        self.default_combo.setAccessibleName(self.tr("Disclosure level for new events and outreach"))
        for index in range(self.default_combo.count()):
            self.default_combo.setItemText(
                index, disclosure_label(Disclosure(self.default_combo.itemData(index)))
            )
        self._update_default_help()

    def _update_default_help(self) -> None:
        level = Disclosure(self.default_combo.currentData())
        self.default_help.setText(disclosure_help(level))
        self.default_combo.setToolTip(disclosure_help(level))

    # -- case data -----------------------------------------------------------------------------
    def load(self, editor: CaseEditor) -> None:
        super().load(editor)
        self.default_combo.blockSignals(True)
        self.default_combo.setCurrentIndex(self.default_combo.findData(editor.case.default_disclosure.value))
        self.default_combo.blockSignals(False)
        self._update_default_help()
        self.table.load(editor.case.timeline, editor.timeline_store)

    def _new_event(self) -> TimelineEvent:
        disclosure = self.new_row_disclosure()
        return TimelineEvent(date=PartialDate.from_date(dt.date.today()), disclosure=disclosure)

    def _default_changed(self) -> None:
        self._update_default_help()
        if self.editor is not None:
            self.editor.case.default_disclosure = Disclosure(self.default_combo.currentData())
            self.save_now()

    # -- checks after an edit ------------------------------------------------------------------
    def _check_edit(self, event: TimelineEvent, field: str) -> None:
        if field not in _CHECKED_FIELDS or self.editor is None:
            return
        other = find_duplicate(self.editor.case.timeline, event)
        if other is not None:
            self.table.show_warning(
                self.tr(
                    "This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?"
                )
                .replace("%1", isolated(format_date(other.date)))
                .replace("%2", isolated(event_kind_label(other.kind))),
                actions=[
                    (self.tr("Merge"), lambda: self.merge(other, event)),
                    (self.tr("Keep both"), lambda: None),
                ],
            )
        elif field == "date" and event.date.is_future(dt.date.today()):
            self.table.show_warning(
                self.tr(
                    "%1 is in the future. The event is kept with this date; check it if it was a typo."
                ).replace("%1", isolated(format_date(event.date)))
            )

    def merge(self, keep: TimelineEvent, other: TimelineEvent) -> None:
        """One undoable step: ``keep`` takes what ``other`` adds, then ``other`` goes."""
        model, store = self.table.model, self.table.store
        if model is None or store is None or model.row_of(other) < 0 or model.row_of(keep) < 0:
            return
        steps: list[QUndoCommand] = [
            EditField(model, store, keep, field, value, "")
            for field, value in merged_fields(keep, other).items()
        ]
        steps.append(RemoveItems(model, store, [other], ""))
        command = Steps(self.tr("Merge events"), steps)
        self.table.push(command)
        self.table.select_item(keep)
