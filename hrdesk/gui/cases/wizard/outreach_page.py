"""Page 4, Prior outreach: whom the defender already asked, how, and what came of it.

Either rows in a table (same keyboard and undo as the timeline) or an explicit "no prior
outreach": an empty table alone does not tell the embassy whether nothing was done or nothing
was recorded, so readiness asks for one or the other.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QWidget

from hrdesk.domain.case import Channel, Outreach
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.item_model import Column, ColumnKind
from hrdesk.gui.cases.wizard.item_table import ItemTablePanel, TableTexts
from hrdesk.gui.cases.wizard.page_base import page_layout
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.cases.wizard.table_page import TablePage, date_columns, disclosure_column
from hrdesk.gui.cases.wizard.undo_commands import SetValue
from hrdesk.gui.common.labels import disclosure_label
from hrdesk.gui.common.plain_label import hint_label


class OutreachPage(TablePage):
    page_id = PageId.OUTREACH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.add_heading(layout)
        self.none_check = QCheckBox()
        layout.addWidget(self.none_check)
        self.none_hint = hint_label()
        layout.addWidget(self.none_hint)
        columns = [
            *date_columns(),
            Column("institution", ColumnKind.TEXT, lambda: self.tr("Government or institution"), width=200),
            Column("channel", ColumnKind.CHOICE, lambda: self.tr("Channel"), Channel, width=110),
            Column("contact", ColumnKind.TEXT, lambda: self.tr("Person contacted"), width=150),
            Column("asked", ColumnKind.TEXT, lambda: self.tr("What was asked"), width=200),
            Column("outcome", ColumnKind.TEXT, lambda: self.tr("Outcome"), width=180),
            Column("next_step", ColumnKind.TEXT, lambda: self.tr("Next step"), width=160),
            disclosure_column(),
        ]
        texts = TableTexts(
            add=lambda: self.tr("Add outreach"),
            added=lambda: self.tr("Add outreach"),
            duplicated=lambda: self.tr("Duplicate outreach"),
            deleted=lambda n: self.tr("%n outreach item(s) deleted.", "", n),
            count=lambda n: self.tr("%n outreach item(s)", "", n),
            table_name=lambda: self.tr("Prior outreach, earliest first"),
            empty=lambda: self.tr(
                "Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, "
                "UN office, NGO or parliament you already contacted, or tick “No prior outreach” above."
            ),
        )
        self.table = ItemTablePanel(columns, texts, self._new_item)
        self.table.install_shortcuts(self)
        layout.addWidget(self.table, 1)
        self.none_check.toggled.connect(self._none_toggled)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Prior outreach")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What you have already done"))
        self.intro.setText(
            self.tr(
                "Embassies want to know whom you already asked for help and what came of it: other "
                "embassies, ministries in their capital, the UN, NGOs, parliaments."
            )
        )
        self.none_check.setText(self.tr("&No prior outreach: this is the first time I ask anyone for help"))
        self._update_none_state()

    # -- case data -----------------------------------------------------------------------------
    def load(self, editor: CaseEditor) -> None:
        super().load(editor)
        self.none_check.blockSignals(True)
        self.none_check.setChecked(editor.case.no_prior_outreach)
        self.none_check.blockSignals(False)
        self.table.load(editor.case.outreach, editor.outreach_store)
        assert self.table.model is not None  # noqa: S101
        self.table.model.rowsInserted.connect(self._update_none_state)
        self.table.model.rowsRemoved.connect(self._update_none_state)
        self._update_none_state()

    def refresh(self) -> None:
        self._update_none_state()

    def _new_item(self) -> Outreach:
        disclosure = self.new_row_disclosure()
        return Outreach(date=PartialDate.from_date(dt.date.today()), disclosure=disclosure)

    def _none_toggled(self, checked: bool) -> None:
        if self.editor is None:
            return
        old = self.editor.case.no_prior_outreach
        if old != checked:
            text = self.tr("Mark “no prior outreach”") if checked else self.tr("Unmark “no prior outreach”")
            self.table.push(SetValue(self._set_none, old, checked, text))

    def _set_none(self, value: bool) -> None:
        if self.editor is None:
            return
        self.editor.case.no_prior_outreach = value
        self.none_check.blockSignals(True)
        self.none_check.setChecked(value)
        self.none_check.blockSignals(False)
        self.save_now()
        self._update_none_state()

    def _update_none_state(self) -> None:
        """ "No prior outreach" and rows exclude each other: one is offered only without the other."""
        rows = self.table.model.rowCount() if self.table.model is not None else 0
        none = self.none_check.isChecked()
        self.none_check.setEnabled(rows == 0)
        self.table.set_editable(not none)
        if rows:
            self.none_hint.setText(self.tr("Outreach is recorded below."))
        elif none:
            self.none_hint.setText(self.tr("Untick this to record outreach."))
        else:
            self.none_hint.setText(
                self.tr("New rows are marked “%1”; change the default on the Timeline page.").replace(
                    "%1", disclosure_label(self.editor.case.default_disclosure) if self.editor else ""
                )
            )
