"""What the timeline and the outreach pages share: one table of dated rows, each with who may see
it on paper (its disclosure), new rows marked with the case's default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrdesk.domain.case import Disclosure
from hrdesk.gui.cases.wizard.item_model import Column, ColumnKind
from hrdesk.gui.cases.wizard.item_table import ItemTablePanel
from hrdesk.gui.cases.wizard.page_base import WizardPage


def date_columns() -> list[Column]:
    """The date, and whether it is approximate (a tick, or ~ typed before the date)."""
    return [
        Column("date", ColumnKind.DATE, lambda: QCoreApplication.translate("TablePage", "Date"), width=130),
        Column(
            "date",
            ColumnKind.APPROXIMATE,
            lambda: QCoreApplication.translate("TablePage", "Approx.", "short for: the date is approximate"),
            tip=lambda: QCoreApplication.translate(
                "TablePage", "Tick when the date is approximate (or type ~ before the date)"
            ),
        ),
    ]


def disclosure_column() -> Column:
    return Column(
        "disclosure",
        ColumnKind.CHOICE,
        lambda: QCoreApplication.translate("TablePage", "Disclosure"),
        Disclosure,
        width=130,
    )


class TablePage(WizardPage):
    """A wizard page around one ``ItemTablePanel`` (set as ``table`` by the page)."""

    table: ItemTablePanel

    def unload(self) -> None:
        self.table.unload()
        super().unload()

    def flush(self) -> None:
        self.table.flush()

    def new_row_disclosure(self) -> Disclosure:
        """A new row's disclosure: the case's default (chosen on the timeline page)."""
        return self.editor.case.default_disclosure if self.editor else Disclosure.HAND_OVER
