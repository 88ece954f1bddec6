"""Page 5, Review: is the case ready, and what will each printout contain?

The checklist mirrors ``domain.rules.readiness``; each missing item is a button that opens the
page where it is fixed. The disclosure preview lists, item by item, what goes where on paper.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.rules import ReadinessItem, past_dates, readiness
from hrdesk.gui.cases.wizard.disclosure_preview import DisclosurePreview
from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.page_base import WizardPage, page_layout
from hrdesk.gui.cases.wizard.page_ids import PAGE_FOR_READINESS, PageId
from hrdesk.gui.common.date_text import format_date
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.labels import readiness_item_label
from hrdesk.gui.common.plain_label import hint_label


class ReviewPage(WizardPage):
    page_id = PageId.REVIEW
    go_to_page = Signal(int)  # PageId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.add_heading(layout)
        self.check_box = QGroupBox()
        grid = QGridLayout(self.check_box)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(8)
        self.check_icons: dict[ReadinessItem, QLabel] = {}
        self.check_labels: dict[ReadinessItem, QLabel] = {}
        self.fix_buttons: dict[ReadinessItem, QPushButton] = {}
        # Two columns of checks, so the preview below keeps most of the height.
        for number, item in enumerate(ReadinessItem):
            mark, label, button = QLabel(), QLabel(), QPushButton()
            label.setWordWrap(True)
            button.clicked.connect(lambda _checked=False, i=item: self.go_to_page.emit(PAGE_FOR_READINESS[i]))
            row, column = number // 2, (number % 2) * 3
            grid.addWidget(mark, row, column)
            grid.addWidget(label, row, column + 1)
            grid.addWidget(button, row, column + 2)
            grid.setColumnStretch(column + 1, 1)
            self.check_icons[item], self.check_labels[item], self.fix_buttons[item] = mark, label, button
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        grid.addWidget(self.summary, (len(ReadinessItem) + 1) // 2, 0, 1, 6)
        layout.addWidget(self.check_box)
        # A deadline already gone makes the brief read as a closed case: say so before printing.
        past_row = QHBoxLayout()
        self.past_warning = QLabel()
        self.past_warning.setObjectName("warning")
        self.past_warning.setWordWrap(True)
        self.past_button = QPushButton()
        self.past_button.clicked.connect(lambda: self.go_to_page.emit(PageId.REQUEST))
        past_row.addWidget(self.past_warning, 1)
        past_row.addWidget(self.past_button)
        layout.addLayout(past_row)
        self.preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_box)
        self.preview_hint = hint_label()
        self.preview = DisclosurePreview()
        preview_layout.addWidget(self.preview_hint)
        preview_layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_box, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Review")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Review before you print"))
        self.intro.setText(
            self.tr(
                "Check that the three things an embassy needs are here, and what each printout will show."
            )
        )
        self.check_box.setTitle(self.tr("Ready for the embassy?"))
        self.preview_box.setTitle(self.tr("What will be printed"))
        self.preview_hint.setText(
            self.tr(
                "Your speaker notes also repeat everything in the brief. Change where an event or an "
                "outreach item goes in its Disclosure column. Case files leave out “never print” items "
                "unless you ask."
            )
        )
        pages = {PageId.REQUEST: self.tr("Go to Request"), PageId.TIMELINE: self.tr("Go to Timeline"),
                 PageId.OUTREACH: self.tr("Go to Prior outreach")}  # fmt: skip
        self.past_button.setText(pages[PageId.REQUEST])
        for item, button in self.fix_buttons.items():
            button.setText(pages[PAGE_FOR_READINESS[item]])
            button.setAccessibleDescription(readiness_item_label(item))
        self.refresh()

    def load(self, editor: CaseEditor) -> None:
        super().load(editor)
        self.refresh()

    def unload(self) -> None:
        super().unload()
        self.preview.show_case(None)

    def refresh(self) -> None:
        if self.editor is None or not self.isVisible():
            return
        case = self.editor.case
        state = readiness(case)
        for item in ReadinessItem:
            missing = item in state.missing
            self.check_icons[item].setPixmap(
                icon("mdi6.alert-circle-outline" if missing else "mdi6.check-circle-outline").pixmap(20, 20)
            )
            self.check_labels[item].setText(readiness_item_label(item))
            self.check_labels[item].setAccessibleName(
                (self.tr("Missing: %1") if missing else self.tr("Done: %1")).replace(
                    "%1", readiness_item_label(item)
                )
            )
            self.fix_buttons[item].setVisible(missing)
        self.summary.setText(
            self.tr("Ready: everything the embassy needs is here.")
            if state.ready
            else self.tr(
                "%n item(s) still missing. Use the buttons to go where each is filled in.",
                "",
                len(state.missing),
            )
        )
        past = past_dates(case, dt.date.today())
        self.past_warning.setText(
            self.tr(
                "This date has already passed: %1. Update the deadline or the urgency on the Request page, "
                "or the embassy may think the matter is over."
            ).replace("%1", ", ".join(format_date(date) for date in past))
        )
        for widget in (self.past_warning, self.past_button):
            widget.setVisible(bool(past))
        self.preview.show_case(case)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
