"""An embassy's page: how to reach it, its stated priorities, who held each role over time, and
every interaction with any of its officers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hrdesk.domain.contacts import Embassy, Officer
from hrdesk.domain.isolate import isolated
from hrdesk.domain.rotation import expected_end, role_history
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.plain_label import PlainLabel, plain_label
from hrdesk.gui.common.tree_items import child_items, top_level_items
from hrdesk.gui.contacts.embassy_dialog import EmbassyDialog
from hrdesk.gui.contacts.labels import officer_status_label, role_label
from hrdesk.gui.contacts.lazy_model import ROW_ROLE
from hrdesk.gui.contacts.models import InteractionColumn, interactions_model, items_model
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.contacts.page_base import ContactPage
from hrdesk.gui.contacts.refusals import refusal_text
from hrdesk.gui.contacts.text import day_text
from hrdesk.gui.contacts.widgets import table_view
from hrdesk.services.contacts import ContactLog, ContactLogError

OFFICER_ID = Qt.ItemDataRole.UserRole


class EmbassyPage(ContactPage):
    def __init__(self, log: ContactLog, embassy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(log, parent)
        self.embassy_id = embassy_id
        self.embassy: Embassy = log.embassy(embassy_id)
        self.edit_button = self.add_action("mdi6.pencil-outline")
        self.add_officer_button = self.add_action("mdi6.account-plus-outline")
        self.delete_button = self.add_action("mdi6.delete-outline")
        self.edit_button.clicked.connect(self.edit)
        self.add_officer_button.clicked.connect(self.add_officer)
        self.delete_button.clicked.connect(self.delete)

        self.add_details(3)
        self.roles_label = PlainLabel()
        self.roles_label.setObjectName("sectionHeading")
        self.body_layout.addWidget(self.roles_label)
        self.roles = QTreeWidget()
        self.roles.setColumnCount(4)
        self.roles.setRootIsDecorated(False)
        self.roles.setItemsExpandable(False)
        self.roles.setAlternatingRowColors(True)
        self.roles.itemActivated.connect(self._officer_activated)
        self.roles.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.roles.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roles.header().setStretchLastSection(True)
        self.roles_label.setBuddy(self.roles)
        self.body_layout.addWidget(self.roles)
        self.no_officers = plain_label()
        self.no_officers.setObjectName("hint")
        self.body_layout.addWidget(self.no_officers)
        # What was asked of this embassy and what it promised, open first (the tracker, filtered).
        self.items_label = PlainLabel()
        self.items_label.setObjectName("sectionHeading")
        self.body_layout.addWidget(self.items_label)
        self.items_model = items_model(log, embassy_id=embassy_id)
        self.items = table_view(self.items_model, stretch_last=False)
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Long names are elided (full text in the tooltip) rather than squeezing what was asked.
        self.items.horizontalHeader().setMaximumSectionSize(25 * self.items.fontMetrics().averageCharWidth())
        self.items.activated.connect(self._item_activated)
        self.items_label.setBuddy(self.items)
        self.body_layout.addWidget(self.items)
        self.no_items = plain_label()
        self.no_items.setObjectName("hint")
        self.body_layout.addWidget(self.no_items)
        self.set_history(interactions_model(log, embassy_id=embassy_id), hidden=[InteractionColumn.EMBASSY])
        self.reload()

    def reload(self) -> None:
        self.embassy = self.log.embassy(self.embassy_id)
        self.heading.setText(self.embassy.label)
        values = (self.embassy.website, self.embassy.contacts, self.embassy.priorities)
        self.show_details(values)
        self._fill_roles()
        self.items_model.reload()
        self.items_model.fetchMore()
        self.items.setVisible(self.items_model.rowCount() > 0)
        self.no_items.setVisible(self.items_model.rowCount() == 0)
        self._fit_items()
        self.reload_history()
        self.retranslate()

    def _fill_roles(self) -> None:
        """Who held each role over time: a bold row per role, then its holders, oldest first."""
        self.roles.clear()
        officers = self.log.officers(self.embassy_id)
        self._history = role_history(officers)
        for role, holders in self._history:
            heading = QTreeWidgetItem([role_label(role)])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            self.roles.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for officer in holders:
                item = QTreeWidgetItem(
                    [
                        officer.name,
                        day_text(officer.posting_start),
                        self._until(officer),
                        officer_status_label(officer.status),
                    ]
                )
                item.setData(0, OFFICER_ID, officer.id)
                heading.addChild(item)
        self.roles.expandAll()
        self.roles.setVisible(bool(officers))
        self.no_officers.setVisible(not officers)

    def _until(self, officer: Officer) -> str:
        if not officer.in_post:
            return day_text(officer.left_on)
        end = expected_end(officer)
        return (
            self.tr("%1 (expected)", "an expected end of posting").replace("%1", isolated(day_text(end)))
            if end
            else ""
        )

    def role_rows(self) -> list[tuple[str, list[str]]]:
        """The role history as shown: (role, holders' names), for tests and screenshots."""
        rows = []
        for heading in top_level_items(self.roles):
            rows.append((heading.text(0), [child.text(0) for child in child_items(heading)]))
        return rows

    def _fit_items(self, most: int = 4) -> None:
        """As tall as its rows, up to ``most`` (then it scrolls): the roles and history keep their room."""
        view = self.items
        rows = min(max(self.items_model.rowCount(), 1), most)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        default = view.verticalHeader().defaultSectionSize()
        height += sum(view.rowHeight(row) or default for row in range(rows))
        view.setFixedHeight(height)

    def _item_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_item.emit(row.item.id)

    def tracked_items(self) -> list[tuple[str, str]]:
        """(what, with whom) of each tracked item shown, for tests and screenshots."""
        return [(row.item.what, row.officer) for row in self.items_model.rows]

    def _officer_activated(self, item: QTreeWidgetItem) -> None:
        officer_id = item.data(0, OFFICER_ID)
        if officer_id is not None:
            self.open_officer.emit(int(officer_id))

    def retranslate(self) -> None:
        super().retranslate()
        self.edit_button.setText(self.tr("Edit"))
        self.add_officer_button.setText(self.tr("Add an officer"))
        self.delete_button.setText(self.tr("Delete…"))
        for label, text in zip(
            self.detail_labels,
            (self.tr("Website"), self.tr("Contacts"), self.tr("Stated priorities")),
            strict=True,
        ):
            label.setText(text)
        self.roles_label.setText(self.tr("&Who held each role over time"))
        self.roles.setAccessibleName(self.tr("Who held each role over time"))
        self.roles.setHeaderLabels([self.tr("Name"), self.tr("From"), self.tr("Until"), self.tr("Status")])
        for heading, (role, holders) in zip(top_level_items(self.roles), self._history, strict=True):
            heading.setText(0, role_label(role))
            for child, officer in zip(child_items(heading), holders, strict=True):
                child.setText(2, self._until(officer))
                child.setText(3, officer_status_label(officer.status))
        self.no_officers.setText(
            self.tr(
                "No officers recorded here yet. "
                "Add the people you meet; when one leaves, record the successor."
            )
        )
        self.items_label.setText(self.tr("&Requests and commitments"))
        self.items.setAccessibleName(self.tr("Requests and commitments tracked with this embassy"))
        self.items_model.retranslate()
        self.no_items.setText(self.tr("Nothing tracked with this embassy yet."))
        self.history_empty.setText(self.tr("No interactions with this embassy yet."))

    def edit(self) -> None:
        self.open_dialog(EmbassyDialog(self.log, self.embassy, parent=self))

    def add_officer(self) -> None:
        self.open_dialog(OfficerDialog(self.log, embassy_id=self.embassy_id, parent=self))

    def delete(self) -> None:
        if not Messages.confirm(
            self,
            self.tr("Delete this embassy?"),
            self.tr("%1 and the requests tracked with it will be removed from the contact log.").replace(
                "%1", self.embassy.label
            ),
            danger=True,
        ):
            return
        try:
            self.log.delete_embassy(self.embassy_id)
        except ContactLogError as error:
            Messages.info(self, self.tr("The embassy was kept"), refusal_text(error))
            return
        self.changed.emit()
        self.back.emit()
