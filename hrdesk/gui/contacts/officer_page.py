"""An officer's page: role and embassy, the posting's dates, who came before and after them,
how to reach them, and every interaction with them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from hrdesk.domain.contacts import Officer
from hrdesk.domain.handover import HandOverResult, OpenWork
from hrdesk.domain.isolate import isolated
from hrdesk.domain.rotation import days_left_in_posting, expected_end
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.plain_label import plain_label
from hrdesk.gui.contacts.handover_dialog import HandOverDialog, HandOverTexts
from hrdesk.gui.contacts.labels import role_label
from hrdesk.gui.contacts.left_dialog import LeftDialog
from hrdesk.gui.contacts.models import InteractionColumn, interactions_model
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.gui.contacts.page_base import ContactPage
from hrdesk.gui.contacts.refusals import refusal_text
from hrdesk.gui.contacts.text import day_text
from hrdesk.services.contacts import ContactLog, ContactLogError
from hrdesk.services.handover import OfficerHandOver


class OfficerPage(ContactPage):
    def __init__(self, log: ContactLog, officer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(log, parent)
        self.officer_id = officer_id
        self.officer: Officer = log.officer(officer_id)
        self.edit_button = self.add_action("mdi6.pencil-outline")
        self.left_button = self.add_action("mdi6.account-arrow-right-outline")
        # Once they left: hand what is still open to the successor (and undo that, this visit).
        self.handover = OfficerHandOver(log.vault)
        self.open_work: OpenWork | None = None
        self.last_hand_over: HandOverResult | None = None
        self.hand_over_button = self.add_action("mdi6.account-switch-outline")
        self.undo_button = self.add_action("mdi6.undo-variant")
        self.hand_over_button.clicked.connect(self.hand_over)
        self.undo_button.clicked.connect(self.undo_hand_over)
        self.log_button = self.add_action("mdi6.message-plus-outline")
        self.delete_button = self.add_action("mdi6.delete-outline")
        self.log_button.clicked.connect(lambda: self.log_interaction.emit([self.officer_id], []))

        self.role_line = plain_label()
        self.embassy_button = QPushButton(icon("mdi6.bank-outline"), "")
        self.embassy_button.clicked.connect(lambda: self.open_embassy.emit(self.officer.embassy_id))
        line = QHBoxLayout()
        line.addWidget(self.role_line)
        line.addWidget(self.embassy_button)
        line.addStretch(1)
        self.body_layout.addLayout(line)
        self.posting = plain_label()
        self.body_layout.addWidget(self.posting)
        links = QHBoxLayout()
        self.predecessor_button = QPushButton(icon("mdi6.account-outline"), "")
        self.successor_button = QPushButton(icon("mdi6.account-outline"), "")
        for button in (self.predecessor_button, self.successor_button):
            links.addWidget(button)
        links.addStretch(1)
        self.body_layout.addLayout(links)
        self.predecessor_button.clicked.connect(lambda: self._open_officer(self._predecessor))
        self.successor_button.clicked.connect(lambda: self._open_officer(self._successor))
        self.edit_button.clicked.connect(self.edit)
        self.left_button.clicked.connect(self.mark_left)
        self.delete_button.clicked.connect(self.delete)
        self._successor: Officer | None = None
        self._predecessor: Officer | None = None
        self.add_details(5)
        self.body_layout.addStretch(1)
        self.set_history(interactions_model(log, officer_id=officer_id), hidden=[InteractionColumn.EMBASSY])
        self.reload()

    def reload(self) -> None:
        self.officer = self.log.officer(self.officer_id)
        officer = self.officer
        self.heading.setText(officer.name)
        self.embassy_button.setText(self.log.embassy(officer.embassy_id).label)
        values = (officer.email, officer.phone, officer.secure_handle, officer.languages, officer.notes)
        self.show_details(values)
        self.left_button.setVisible(officer.in_post)
        self.open_work = None if officer.in_post else self.handover.open_work(self.officer_id)
        self.hand_over_button.setVisible(self.open_work is not None and not self.open_work.empty)
        self.undo_button.setVisible(self.last_hand_over is not None)
        successor = self.log.officer(officer.successor_id) if officer.successor_id else None
        predecessors = [o for o in self.log.officers(officer.embassy_id) if o.successor_id == officer.id]
        self._successor = successor
        self._predecessor = predecessors[0] if predecessors else None
        self.successor_button.setVisible(successor is not None)
        self.predecessor_button.setVisible(self._predecessor is not None)
        self.reload_history()
        self.retranslate()

    def posting_text(self, today: dt.date | None = None) -> str:
        today = today or dt.date.today()
        officer = self.officer
        start, end = officer.posting_start, expected_end(officer)
        if not officer.in_post:
            if officer.left_on is None:
                return self.tr("Left the post.")
            if start is not None:
                return (
                    self.tr("In post from %1 until %2.")
                    .replace("%1", isolated(day_text(start)))
                    .replace("%2", isolated(day_text(officer.left_on)))
                )
            return self.tr("Left the post on %1.").replace("%1", isolated(day_text(officer.left_on)))
        sentences = []
        if start is not None:
            sentences.append(self.tr("In post since %1.").replace("%1", isolated(day_text(start))))
        if end is None:
            sentences.append(
                self.tr("No expected end of posting: add the start date to be reminded before they leave.")
            )
            return " ".join(sentences)
        days = days_left_in_posting(officer, today) or 0
        if days > 0:
            sentences.append(
                self.tr("Expected to leave on %1, in %n days.", "", days).replace(
                    "%1", isolated(day_text(end))
                )
            )
        elif days == 0:
            sentences.append(self.tr("Expected to leave today."))
        else:
            sentences.append(
                self.tr("Was expected to leave on %1. Ask the embassy who takes over.").replace(
                    "%1", day_text(end)
                )
            )
        return " ".join(sentences)

    def retranslate(self) -> None:
        super().retranslate()
        self.edit_button.setText(self.tr("Edit"))
        self.left_button.setText(self.tr("Mark as left…"))
        self.hand_over_button.setText(self.tr("Hand over open items…"))
        self.undo_button.setText(self.tr("Undo the hand-over"))
        self.log_button.setText(self.tr("Log an interaction"))
        self.delete_button.setText(self.tr("Delete…"))
        self.role_line.setText(role_label(self.officer.role))
        self.embassy_button.setAccessibleName(
            self.tr("Open the embassy: %1").replace("%1", isolated(self.embassy_button.text()))
        )
        self.posting.setText(self.posting_text())
        if self._successor is not None:
            self.successor_button.setText(
                self.tr("Succeeded by %1").replace("%1", isolated(self._successor.name))
            )
        if self._predecessor is not None:
            self.predecessor_button.setText(
                self.tr("Took over from %1").replace("%1", isolated(self._predecessor.name))
            )
        for label, text in zip(
            self.detail_labels,
            (
                self.tr("Email"),
                self.tr("Phone"),
                self.tr("Secure messaging"),
                self.tr("Languages"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.history_empty.setText(
            self.tr(
                "No interactions with this officer yet. "
                "Log every meeting, call or email: embassies rarely call back."
            )
        )

    def _open_officer(self, officer: Officer | None) -> None:
        if officer is not None and officer.id is not None:
            self.open_officer.emit(officer.id)

    def edit(self) -> None:
        self.open_dialog(OfficerDialog(self.log, self.officer, parent=self))

    def mark_left(self) -> None:
        dialog = LeftDialog(self.log, self.officer, parent=self)
        self.open_dialog(dialog)
        # Then offer to hand over what is still open (once the first dialog has closed).
        dialog.saved.connect(lambda _id: QTimer.singleShot(0, self._offer_hand_over))

    def _offer_hand_over(self) -> None:
        if self.open_work is not None and not self.open_work.empty:
            self.hand_over()

    def hand_over(self) -> None:
        dialog = HandOverDialog(self.log, self.handover, self.officer, parent=self)
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self._handed_over(dialog.outcome))
        dialog.open()

    def _handed_over(self, result: HandOverResult | None) -> None:
        if result is None:
            return
        self.last_hand_over = result
        self._saved()
        successor = self.log.officer(result.to_officer_id).name if result.to_officer_id else ""
        Messages.info(self, self.tr("Handed over"), HandOverTexts().summary(result, successor))

    def undo_hand_over(self) -> None:
        result, self.last_hand_over = self.last_hand_over, None
        if result is None:
            return
        self.handover.undo(result)
        self._saved()
        Messages.info(
            self,
            self.tr("Hand-over undone"),
            self.tr("What was handed over is with %1 again.").replace("%1", isolated(self.officer.name)),
        )
        self.hand_over_button.setFocus()

    def delete(self) -> None:
        if not Messages.confirm(
            self,
            self.tr("Delete this officer?"),
            self.tr("%1 will be removed from the contact log.").replace("%1", isolated(self.officer.name)),
            danger=True,
        ):
            return
        try:
            self.log.delete_officer(self.officer_id)
        except ContactLogError as error:
            Messages.info(self, self.tr("The officer was kept"), refusal_text(error))
            return
        self.changed.emit()
        self.back.emit()
