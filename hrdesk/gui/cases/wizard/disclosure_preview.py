"""Item by item, what each printout will hold: the hand-over brief, the speaker notes, or none.

The defender must be able to see, before printing anything, that an item marked "for my eyes"
or "never print" will not end up on the paper they give away. Texts are shown as plain text
(tree items never interpret markup) and cut to one line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from hrdesk.domain.case import Case, Disclosure
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.date_text import format_date, format_range
from hrdesk.gui.common.labels import channel_label, disclosure_help, disclosure_label, event_kind_label

PREVIEW_CHARS = 120


def _line(text: str) -> str:
    head = " ".join(text[: PREVIEW_CHARS * 2].split())
    return isolated(
        head[:PREVIEW_CHARS] + ("…" if len(head) > PREVIEW_CHARS or len(text) > PREVIEW_CHARS * 2 else "")
    )


class DisclosurePreview(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((170, 190, 150)):
            header.resizeSection(column, width)
        self.groups: dict[Disclosure, QTreeWidgetItem] = {}
        for level in Disclosure:
            group = QTreeWidgetItem(self)
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[level] = group
        self._case: Case | None = None
        self._fitted = False  # columns sized to the first case shown in this language (see _fit)
        self.retranslate()

    def _fit_columns(self) -> None:
        """Item, date and kind as wide as their texts, within limits; the content takes the rest.
        The fixed widths cut "Hecho de la cronología" and Arabic dates in the middle. Done once
        per language, so a column the user widened stays as they left it."""
        chars = self.fontMetrics().averageCharWidth()
        for column, most in enumerate((30, 34, 26)):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), most * chars))
        self._fitted = True

    def retranslate(self) -> None:
        self._fitted = False
        self.setHeaderLabels([self.tr("Item"), self.tr("Date"), self.tr("Kind"), self.tr("Content")])
        self.setAccessibleName(self.tr("What each printout will contain"))
        self.show_case(self._case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case: Case | None) -> None:
        """Rebuild from ``case`` (None: empty, for example after closing the case)."""
        self._case = case
        self.setUpdatesEnabled(False)
        rows: dict[Disclosure, list[list[str]]] = {level: [] for level in Disclosure}
        details = self._case_rows(case) if case is not None else []
        if case is not None:
            for event in case.sorted_timeline():
                when, kind = format_range(event.date, event.end_date), event_kind_label(event.kind)
                rows[event.disclosure].append([self.tr("Timeline event"), when, kind, _line(event.what)])
            for item in sorted(case.outreach, key=lambda o: (o.date.sort_key(), o.id or 0)):
                when, channel = format_date(item.date), channel_label(item.channel)
                rows[item.disclosure].append([self.tr("Outreach"), when, channel, _line(item.institution)])
        counts = {level: len(items) for level, items in rows.items()}
        counts[Disclosure.HAND_OVER] += len(details)
        titles = {
            Disclosure.HAND_OVER: self.tr(
                "In the brief you hand over (%n item(s))", "", counts[Disclosure.HAND_OVER]
            ),
            Disclosure.NOTES_ONLY: self.tr(
                "Only in your speaker notes (%n item(s))", "", counts[Disclosure.NOTES_ONLY]
            ),
            Disclosure.NEVER: self.tr("In no printout (%n item(s))", "", counts[Disclosure.NEVER]),
        }
        tip = self.tr("%1: %2", "disclosure level: what it means")
        for level, group in self.groups.items():
            group.takeChildren()
            group.setText(0, titles[level])
            group.setToolTip(
                0, tip.replace("%1", disclosure_label(level)).replace("%2", disclosure_help(level))
            )
            if level is Disclosure.HAND_OVER and details:
                # The case's own fields are always handed over: folded, so the events show first.
                folded = QTreeWidgetItem(
                    group, [self.tr("Case details and your request (%n)", "", len(details))]
                )
                folded.setFirstColumnSpanned(True)
                folded.addChildren([QTreeWidgetItem(texts) for texts in details])
                folded.setExpanded(False)
            group.addChildren([QTreeWidgetItem(texts) for texts in rows[level]])
            group.setExpanded(True)
        if case is not None and not self._fitted:
            self._fit_columns()
        self.setUpdatesEnabled(True)

    def _case_rows(self, case: Case) -> list[list[str]]:
        """The case's own fields, which every brief starts with."""
        request = case.request
        deadline = format_date(request.deadline) if request.deadline else ""
        support = self.tr("%n kind(s)", "", len(request.support)) if request.support else ""
        fields = [
            (self.tr("Title"), case.title, ""),
            (self.tr("Country"), case.country, ""),
            (self.tr("Who is at risk"), case.at_risk, ""),
            (self.tr("Organisation"), case.organisation, ""),
            (self.tr("Summary"), case.summary, ""),
            (self.tr("Your request"), request.ask, ""),
            (self.tr("Support asked for"), support, ""),
            (self.tr("Embassies"), QLocale().createSeparatedList(request.embassies), ""),
            (self.tr("Urgency"), request.urgency or deadline, deadline),
            (self.tr("Why it matters"), request.why_it_matters, ""),
            (self.tr("What the embassy could do"), request.embassy_can_do, ""),
        ]
        return [[name, date, "", _line(value)] for name, value, date in fields if value]
