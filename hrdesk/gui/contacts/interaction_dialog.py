"""Log (or edit) an interaction: when, how, with which officers, for which cases, what was said,
asked and promised, and when to follow up (embassies rarely call back, so the default is a week).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.contacts import Interaction, InteractionChannel
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.labels import channel_label, role_label
from hrdesk.gui.contacts.text import from_qdate
from hrdesk.gui.contacts.widgets import OptionalDate, date_edit, text_area
from hrdesk.services.contacts import ContactLog

FOLLOW_UP_AFTER = dt.timedelta(days=7)
ID_ROLE = Qt.ItemDataRole.UserRole


def checkable_list(entries: Iterable[tuple[int, str]], checked: set[int]) -> QListWidget:
    widget = QListWidget()
    for record_id, text in entries:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def fit_height(widget: QListWidget, most: int = 5) -> None:
    """As tall as the entries (at least three rows), up to ``most`` (call again when their texts change)."""
    rows = max(3, min(widget.count(), most))  # a usable list even with one or two entries
    row_height = max(widget.sizeHintForRow(0), widget.fontMetrics().height())
    widget.setFixedHeight(rows * row_height + 2 * widget.frameWidth() + 4)


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(row).data(ID_ROLE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class InteractionDialog(ContactDialog):
    deleted = Signal(int)

    def __init__(
        self,
        log: ContactLog,
        interaction: Interaction | None = None,
        officer_ids: Iterable[int] = (),
        case_ids: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(log, parent)
        today = dt.date.today()
        new = interaction is None
        self.interaction = interaction or Interaction(
            today, list(officer_ids), case_ids=list(case_ids), follow_up=today + FOLLOW_UP_AFTER
        )
        self.date_label, self.date = QLabel(), date_edit(self.interaction.date)
        self.channel_label, self.channel = QLabel(), QComboBox()
        for channel in InteractionChannel:
            self.channel.addItem("", channel.value)
        self.channel.setCurrentIndex(self.channel.findData(self.interaction.channel.value))
        self._build_officers()
        self._build_cases()
        self.summary_label, self.summary = QLabel(), text_area(110)
        self.summary.setPlainText(self.interaction.summary)
        self.asked_label, self.asked = QLabel(), text_area()
        self.asked.setPlainText(self.interaction.asked)
        self.committed_label, self.committed = QLabel(), text_area()
        self.committed.setPlainText(self.interaction.committed)
        self.track_asked, self.track_committed = QCheckBox(), QCheckBox()
        for box in (self.track_asked, self.track_committed):
            box.setChecked(True)
            box.setVisible(new)  # an edit never opens tracker items a second time
        self.follow_up_label, self.follow_up = QLabel(), OptionalDate(self.interaction.date + FOLLOW_UP_AFTER)
        self.follow_up.set_value(self.interaction.follow_up)
        self.follow_up_done = QCheckBox()
        self.follow_up_done.setChecked(self.interaction.follow_up_done)
        self.follow_up_done.setVisible(not new and self.interaction.follow_up is not None)

        self.add_row(self.date_label, self.date)
        self.add_row(self.channel_label, self.channel)
        self.add_row(self.officers_label, self.officers_box)
        self.add_row(self.cases_label, self.cases_box)
        self.add_row(self.summary_label, self.summary)
        self.add_row(self.asked_label, self.asked)
        self.form.addRow("", self.track_asked)
        self.add_row(self.committed_label, self.committed)
        self.form.addRow("", self.track_committed)
        self.add_row(self.follow_up_label, self.follow_up)
        self.form.addRow("", self.follow_up_done)
        self.delete_button = self.add_danger_button() if not new else None
        if self.delete_button is not None:
            self.delete_button.clicked.connect(self._delete)
        self.retranslate()

    def _build_officers(self) -> None:
        labels = {row.embassy.id: row.embassy.label for row in self.log.embassies()}
        self._officer_entries = []
        chosen = set(self.interaction.officer_ids)
        officers = sorted(
            self.log.officers(), key=lambda o: (o.id not in chosen, not o.in_post, o.name.casefold())
        )
        for officer in officers:
            self._officer_entries.append((officer, labels.get(officer.embassy_id, "")))
        self.officers_label = QLabel()
        self.officers_box = QWidget()
        box = QVBoxLayout(self.officers_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.officer_filter = QLineEdit()
        self.officer_filter.setClearButtonEnabled(True)
        self.officer_filter.textChanged.connect(self._filter_officers)
        self.officers = checkable_list([(o.id or 0, "") for o, _ in self._officer_entries], chosen)
        box.addWidget(self.officer_filter)
        box.addWidget(self.officers)

    def _build_cases(self) -> None:
        chosen = set(self.interaction.case_ids)
        cases = {c.id: c.title for c in self.log.cases(include_archived=True) if c.id in chosen}
        cases.update({c.id: c.title for c in self.log.cases()})
        self.cases_label = QLabel()
        self.cases_box = QWidget()
        box = QVBoxLayout(self.cases_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.cases = checkable_list(sorted(cases.items(), key=lambda c: c[1].casefold()), chosen)
        self.no_cases = QLabel()
        self.no_cases.setObjectName("hint")
        self.no_cases.setWordWrap(True)
        box.addWidget(self.cases)
        box.addWidget(self.no_cases)
        fit_height(self.cases)
        self.cases.setVisible(bool(cases))
        self.no_cases.setVisible(not cases)

    def _filter_officers(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.officers.count()):
            item = self.officers.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def retranslate(self) -> None:
        new = self.interaction.id is None
        self.setWindowTitle(self.tr("Log an interaction") if new else self.tr("Edit the interaction"))
        self.heading.setText(self.windowTitle())
        self.date_label.setText(self.tr("&Date"))
        self.channel_label.setText(self.tr("&How"))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, channel_label(InteractionChannel(self.channel.itemData(index))))
        self.officers_label.setText(self.tr("&With whom"))
        self.officer_filter.setPlaceholderText(self.tr("Type to find an officer"))
        self.officer_filter.setAccessibleName(self.tr("Find an officer"))
        for row, (officer, embassy) in enumerate(self._officer_entries):
            text = (
                QCoreApplication.translate(
                    "InteractionDialog",
                    "%1 — %2\n%3",
                    "officer name — role, then the embassy on a second line",
                )
                .replace("%1", isolated(officer.name))
                .replace("%2", isolated(role_label(officer.role)))
                .replace("%3", isolated(embassy))
            )
            self.officers.item(row).setText(text)
            self.officers.item(row).setToolTip(text)
        fit_height(self.officers)
        self.cases_label.setText(self.tr("For which &cases"))
        self.no_cases.setText(self.tr("No open cases. You can link this interaction to a case later."))
        self.summary_label.setText(self.tr("&Summary"))
        self.summary.setPlaceholderText(self.tr("What happened, in a few lines"))
        self.asked_label.setText(self.tr("What you &asked for"))
        self.committed_label.setText(self.tr("What the embassy co&mmitted to"))
        self.committed.setPlaceholderText(
            self.tr("Even “we are looking into it” counts: officers often cannot say more.")
        )
        self.track_asked.setText(self.tr("Add the request to the tracker"))
        self.track_committed.setText(self.tr("Add the commitment to the tracker"))
        self.follow_up_label.setText(self.tr("&Follow up"))
        self.follow_up.set_texts(self.tr("Remind me on"), self.tr("Follow-up date"))
        self.follow_up_done.setText(self.tr("Followed up already"))
        self.save_button.setText(self.tr("Save"))
        if self.delete_button is not None:
            self.delete_button.setText(self.tr("Delete…"))
        for label, field in (
            (self.date_label, self.date),
            (self.channel_label, self.channel),
            (self.officers_label, self.officers),
            (self.cases_label, self.cases),
            (self.summary_label, self.summary),
            (self.asked_label, self.asked),
            (self.committed_label, self.committed),
        ):
            field.setAccessibleName(label.text().replace("&", ""))

    def save(self) -> int:
        interaction = self.interaction
        interaction.date = from_qdate(self.date.date())
        interaction.channel = InteractionChannel(self.channel.currentData())
        interaction.officer_ids = checked_ids(self.officers)
        interaction.case_ids = checked_ids(self.cases)
        interaction.summary = self.summary.toPlainText().strip()
        interaction.asked = self.asked.toPlainText().strip()
        interaction.committed = self.committed.toPlainText().strip()
        interaction.follow_up = self.follow_up.value()
        interaction.follow_up_done = self.follow_up_done.isChecked() and interaction.follow_up is not None
        new = interaction.id is None
        return self.log.log_interaction(
            interaction,
            track_asked=new and self.track_asked.isChecked(),
            track_committed=new and self.track_committed.isChecked(),
        )

    def _delete(self) -> None:
        if self.interaction.id is None:
            return
        if Messages.confirm(
            self,
            self.tr("Delete the interaction?"),
            self.tr("It disappears from every history: the officers', the embassy's and the cases'."),
            danger=True,
        ):
            self.log.delete_interaction(self.interaction.id)
            self.deleted.emit(self.interaction.id)
            self.reject()
